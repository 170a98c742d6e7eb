import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles, type CorpusFiles } from "@/lib/corpus/load";
import { openDatabase } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrate";
import { seedCorpus } from "@/lib/db/seed";
import { buildOscalCatalog } from "@/lib/export/oscal/catalog";
import { catalogToFrameworkFile } from "@/lib/import/oscal-catalog";
import type { FrameworkFile } from "@/lib/schemas/framework";
import { createTestDatabase } from "../helpers/test-database";

// Importing an OSCAL catalog end to end: the CLI (exit codes, stdout, --write) and the seed.

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
let files: CorpusFiles;
const dirs: string[] = [];
beforeAll(async () => {
  files = await loadCorpusFiles();
});
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const exportCatalog = (slug: string, versionIndex = 0) => {
  const f = files.frameworks.find((x) => x.framework.slug === slug)!;
  return { source: f.versions[versionIndex]!, doc: buildOscalCatalog({ framework: f.framework, version: f.versions[versionIndex]!, corpusVersion: files.corpusVersion }, { lastModified: "2026-11-29T10:00:00Z" }) };
};
const importOf = (doc: unknown, slug?: string) => {
  const r = catalogToFrameworkFile(doc as never, { slug, importedOn: "2026-11-30", knownConcepts: new Set(files.concepts.map((c) => c.id)) });
  if (!r.ok) throw new Error(r.problems.join("\n"));
  return r.file;
};

describe("an imported framework in the corpus", () => {
  it("the imported file loads with the corpus and seeds the database (the marker stays in the file, the description says it)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "import-"));
    dirs.push(dir);
    await mkdir(path.join(dir, "frameworks"), { recursive: true });
    await copyFile(path.join(ROOT, "data", "concepts.json"), path.join(dir, "concepts.json"));
    const file = importOf(exportCatalog("iso-42001").doc, "iso-copy");
    await writeFile(path.join(dir, "frameworks", "iso-copy.json"), JSON.stringify(file, null, 2));
    const corpus = await loadCorpusFiles(dir);
    expect(corpus.frameworks[0]!.framework.imported?.from).toBe("oscal-catalog");

    const testDb = await createTestDatabase();
    const db = await openDatabase(testDb.target);
    try {
      await applyMigrations(db);
      await seedCorpus(db, corpus);
      const row = await db.prisma.framework.findUniqueOrThrow({ where: { id: "iso-copy" }, include: { versions: { include: { provisions: true } } } });
      expect(row.description).toMatch(/^Imported from the OSCAL catalog/);
      expect(row.versions[0]!.provisions.every((p) => !p.verified && p.verificationNote?.startsWith("imported from OSCAL catalog"))).toBe(true);
    } finally {
      await db.close();
      await testDb.drop();
    }
  });

});

describe("npm run import:oscal", () => {
  async function cli(args: string[]) {
    try {
      const r = await run("npx", ["tsx", "scripts/import-oscal.ts", ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: "" }, maxBuffer: 64 * 1024 * 1024 });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  }

  it("rejects an invalid document with the JSON path of every problem and exit code 2", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "import-cli-"));
    dirs.push(dir);
    const bad = structuredClone(exportCatalog("colorado-ai-act").doc) as unknown as { catalog: Record<string, unknown> & { metadata: Record<string, unknown>; controls: Record<string, unknown>[] } };
    delete bad.catalog.metadata["last-modified"];
    bad.catalog.controls[0]!.id = "6-1-1701-adverse-outcome";
    bad.catalog.controls[2]!.unexpected = true;
    await writeFile(path.join(dir, "bad.json"), JSON.stringify(bad));
    const r = await cli([path.join(dir, "bad.json")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('$.catalog.metadata: missing required property "last-modified"');
    expect(r.stderr).toContain("$.catalog.controls[0].id: must match pattern");
    expect(r.stderr).toContain('$.catalog.controls[2]: unknown property "unexpected"');
  });

  it("prints the framework file, or writes it with --write (and never overwrites without --force)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "import-cli-"));
    dirs.push(dir);
    await mkdir(path.join(dir, "data", "frameworks"), { recursive: true });
    await copyFile(path.join(ROOT, "data", "concepts.json"), path.join(dir, "data", "concepts.json"));
    await writeFile(path.join(dir, "hiroshima.json"), JSON.stringify(exportCatalog("hiroshima-code").doc));
    const printed = await cli([path.join(dir, "hiroshima.json"), "--slug", "g7-code"]);
    expect(printed.code).toBe(0);
    const file = JSON.parse(printed.stdout) as FrameworkFile;
    expect(file.framework.slug).toBe("g7-code");

    const env = { ...process.env, DATABASE_URL: "", CORPUS_DIR: path.join(dir, "data") };
    await run("npx", ["tsx", "scripts/import-oscal.ts", path.join(dir, "hiroshima.json"), "--slug", "g7-code", "--write"], { cwd: ROOT, env });
    const written = JSON.parse(await readFile(path.join(dir, "data", "frameworks", "g7-code.json"), "utf8")) as FrameworkFile;
    expect(written).toEqual(file);
    const again = await run("npx", ["tsx", "scripts/import-oscal.ts", path.join(dir, "hiroshima.json"), "--slug", "g7-code", "--write"], { cwd: ROOT, env }).catch((e: { code: number; stderr: string }) => e);
    expect((again as { code: number }).code).toBe(2);
    expect((again as { stderr: string }).stderr).toMatch(/exists/);
  });
});
