import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { writeDataset } from "@/lib/export/dataset";
import { mappingCollectionDocumentSchema } from "@/lib/export/oscal/mapping-schema";
import { parseSssom } from "@/lib/export/sssom";
import { validateOscalDocument } from "@/lib/import/oscal-schema";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const FIXTURES = path.join(ROOT, "tests", "fixtures", "minimal");
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
const temp = async (prefix: string) => {
  const d = await mkdtemp(path.join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};

/** Every line of SHA256SUMS matches its file, and every file but SHA256SUMS is listed. */
async function verifyChecksums(dir: string) {
  const lines = (await readFile(path.join(dir, "SHA256SUMS"), "utf8")).trim().split("\n");
  const listed = new Set<string>();
  for (const line of lines) {
    const [, hash, rel] = /^([0-9a-f]{64}) {2}(.+)$/.exec(line)!;
    expect(createHash("sha256").update(await readFile(path.join(dir, rel!))).digest("hex"), rel).toBe(hash);
    listed.add(rel!);
  }
  const walk = async (d: string): Promise<string[]> =>
    (await readdir(d, { withFileTypes: true })).flatMap((e) => (e.isDirectory() ? [] : [path.relative(dir, path.join(d, e.name))])).concat(
      ...(await Promise.all((await readdir(d, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => walk(path.join(d, e.name))))),
    );
  expect((await walk(dir)).filter((f) => f !== "SHA256SUMS").sort()).toEqual([...listed].sort());
}

describe("data release (npm run export:dataset)", () => {
  it("writes the whole corpus, the OSCAL and SSSOM files, licence, changelog and checksums from the data files", async () => {
    const out = await temp("dataset-");
    const { stdout } = await run("npx", ["tsx", "scripts/export-dataset.ts", "--out", out], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", SOURCE_DATE_EPOCH: "1795000000" },
    });
    const files = await loadCorpusFiles();
    const dir = path.join(out, files.corpusVersion);
    expect(stdout).toContain(files.corpusVersion);
    expect(stdout).toContain("first release");
    await verifyChecksums(dir);

    for (const table of ["frameworks", "versions", "provisions", "concepts", "mappings", "recognitions"]) {
      const json = JSON.parse(await readFile(path.join(dir, "json", `${table}.json`), "utf8")) as unknown[];
      const csv = (await readFile(path.join(dir, "csv", `${table}.csv`), "utf8")).trimEnd().split("\r\n");
      expect(json.length, table).toBeGreaterThan(0);
      expect(csv[0], table).toMatch(/^id,/);
    }
    const provisions = JSON.parse(await readFile(path.join(dir, "json", "provisions.json"), "utf8")) as { id: string }[];
    expect(provisions).toHaveLength(files.frameworks.reduce((n, f) => n + f.versions.reduce((m, v) => m + v.provisions.length, 0), 0));
    const mappings = JSON.parse(await readFile(path.join(dir, "json", "mappings.json"), "utf8")) as { id: string; rationale: string; provenance: string }[];
    expect(mappings).toHaveLength(files.mappings.length);
    expect(mappings[0]).toEqual(expect.objectContaining({ rationale: expect.any(String), provenance: expect.any(String) }));

    for (const f of files.frameworks)
      for (const v of f.versions) {
        const catalog = JSON.parse(await readFile(path.join(dir, "oscal", "catalogs", `${v.id}.json`), "utf8"));
        expect(validateOscalDocument("catalog", catalog), v.id).toEqual([]);
        expect(catalog.catalog.metadata["last-modified"]).toBe("2026-11-18T11:06:40Z");
      }
    const pairs = (await readdir(path.join(dir, "oscal", "mappings"))).map((f) => f.replace(/\.json$/, ""));
    expect(pairs).toContain("eu-ai-act--colorado-ai-act");
    for (const p of pairs) {
      expect(mappingCollectionDocumentSchema.safeParse(JSON.parse(await readFile(path.join(dir, "oscal", "mappings", `${p}.json`), "utf8"))).success, p).toBe(true);
      const sssom = parseSssom(await readFile(path.join(dir, "sssom", `${p}.sssom.tsv`), "utf8"));
      expect((parse(sssom.yaml) as { mapping_set_version: string }).mapping_set_version).toBe(files.corpusVersion);
    }
    expect(await readFile(path.join(dir, "LICENCE"), "utf8")).toContain("https://creativecommons.org/licenses/by/4.0/");
    expect(await readFile(path.join(dir, "NOTICE"), "utf8")).toMatch(/ISO\/IEC 42001:2023 is copyrighted/);
    expect(await readFile(path.join(dir, "CHANGELOG.md"), "utf8")).toContain("First release");
  });

  it("the changelog lists what changed since the previous release in the same directory", async () => {
    const out = await temp("dataset-");
    const data = await temp("dataset-data-");
    await cp(FIXTURES, data, { recursive: true });
    const first = await writeDataset(await loadCorpusFiles(data), { outDir: out, generatedAt: "2026-01-01T00:00:00Z" });
    expect(first.previous).toBeNull();

    // Edit the data: a summary changes, a provision is added, the mapping's confidence changes.
    const alphaPath = path.join(data, "frameworks", "alpha-act.json");
    const alpha = JSON.parse(await readFile(alphaPath, "utf8"));
    alpha.versions[0].provisions[0].summary = "Organizations train their staff on AI, and keep records of it.";
    alpha.versions[0].provisions.push({ ...alpha.versions[0].provisions[0], key: "art-3", citation: "Art. 3", title: "Records of training" });
    await writeFile(alphaPath, JSON.stringify(alpha));
    const mapPath = path.join(data, "mappings", "alpha-act--beta-code.json");
    const maps = JSON.parse(await readFile(mapPath, "utf8"));
    maps.mappings[0].confidence = 0.6;
    await writeFile(mapPath, JSON.stringify(maps));

    const second = await writeDataset(await loadCorpusFiles(data), { outDir: out, generatedAt: "2026-02-01T00:00:00Z" });
    expect(second.corpusVersion).not.toBe(first.corpusVersion);
    expect(second.previous).toBe(first.corpusVersion);
    const changelog = await readFile(path.join(second.dir, "CHANGELOG.md"), "utf8");
    expect(changelog).toContain(`Compared with the previous release \`${first.corpusVersion}\``);
    expect(changelog).toContain("| provisions | 1 | 0 | 1 |");
    expect(changelog).toContain("- `alpha-act/art-3` Art. 3 Records of training");
    expect(changelog).toContain("- `alpha-act/art-1` Art. 1 Literacy: summary");
    expect(changelog).toContain("- `alpha-act/art-2` subset-of `beta-code/action-1`: confidence");
    await verifyChecksums(second.dir);
    // The first release is left as it was.
    await verifyChecksums(first.dir);
  });
});
