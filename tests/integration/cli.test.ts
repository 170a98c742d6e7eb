import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

// The CLIs read the data files when DATABASE_URL is unset: run them that way, no server needed.
async function cli(script: string, args: string[]) {
  try {
    const r = await run("npx", ["tsx", `scripts/${script}.ts`, ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: "" } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("assess CLI", () => {
  it("prints the assessment contract for a profile, as of the given date", async () => {
    const r = await cli("assess", ["examples/resume-screener.json", "--as-of", "2027-06-01"]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(["classifications", "obligations", "exemptions", "checklist", "corpusVersion"]));
    expect(result.asOf).toBe("2027-06-01");
    expect(result.obligations[0]).toEqual(expect.objectContaining({ id: expect.any(String), citation: expect.any(String), role: expect.any(String), why: expect.any(Array), source: expect.stringMatching(/^https:/) }));
  });

  it("documents the profile answers and 'not sure' (null) in --help", async () => {
    const r = await cli("assess", ["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("system.annexIProduct");
    expect(r.stdout).toMatch(/may be null/);
    expect(r.stdout).toContain("machinery");
  });

  it("takes the audit's examples to the law's answer: Section B machinery, a legacy system with an open answer", async () => {
    const machinery = JSON.parse((await cli("assess", ["examples/machinery-safety-component.json", "--as-of", "2028-09-01"])).stdout);
    expect(machinery.obligations.filter((o: { framework: string }) => o.framework === "eu-ai-act")).toEqual([]);
    expect(machinery.exemptions.map((e: { citation: string }) => e.citation)).toContain("Art. 2(2)");
    const legacy = JSON.parse((await cli("assess", ["examples/legacy-credit-scorer.json", "--as-of", "2028-01-15"])).stdout);
    expect(legacy.openQuestions.map((q: { fact: string }) => q.fact)).toEqual(["system.significantDesignChangeSince"]);
    expect(legacy.obligations.find((o: { id: string }) => o.id === "eu-ai-act/art-9-1").status).toBe("may-apply");
  });

  it("rejects an invalid profile with every problem as `path: message` and exit code 2", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "cli-"));
    dirs.push(dir);
    const bad = JSON.parse(await readFile(path.join(ROOT, "examples/resume-screener.json"), "utf8"));
    bad.organization.country = "Ireland";
    bad.jurisdictions = ["EU", "US-XX"];
    bad.system.deepFake = "yes"; // omitted would mean "not asked" (null); a wrong type is an error
    await writeFile(path.join(dir, "bad.json"), JSON.stringify(bad));
    const r = await cli("assess", [path.join(dir, "bad.json")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([
      "organization.country: must be an ISO 3166-1 alpha-2 country code in capitals, e.g. IE or US (choose the country from the list)",
      "jurisdictions[1]: must be one of: EU, US-CO, US-CA, US-NY, US-NYC, US-IL, US-TX, US-UT, KR, CN, JP, VN",
      "system.deepFake: must be a boolean",
    ]);
  });

  it("rejects bad options and missing files clearly", async () => {
    expect((await cli("assess", ["examples/resume-screener.json", "--as-of", "2026-13-01"])).stderr).toContain("--as-of: ");
    expect((await cli("assess", ["examples/resume-screener.json", "--format", "docx"])).stderr).toContain("--format: must be json, md or pdf");
    const missing = await cli("assess", ["nope.json"]);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain("nope.json: file not found");
  });

  it("writes Markdown and a PDF", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "cli-"));
    dirs.push(dir);
    const md = await cli("assess", ["examples/emotion-at-work.json", "--format", "md"]);
    expect(md.stdout).toContain("## ⚠ Prohibited practices");
    expect(md.stdout).toContain("Art. 5(1)(f)");
    const pdf = await cli("assess", ["examples/emotion-at-work.json", "--format", "pdf", "--out", path.join(dir, "c.pdf")]);
    expect(pdf.code).toBe(0);
    expect((await readFile(path.join(dir, "c.pdf"))).subarray(0, 5).toString()).toBe("%PDF-");
  });
});

describe("corpus CLI", () => {
  it("prints counts per framework version and mapping pair", async () => {
    const r = await cli("corpus", ["stats", "--json"]);
    const stats = JSON.parse(r.stdout);
    expect(stats.versions.find((v: { version: string }) => v.version === "nist-ai-rmf@1.0").provisions).toBe(72);
    expect(stats.pairs.map((p: { pair: string }) => p.pair)).toContain("colorado-ai-act ↔ eu-ai-act");
  });

  it("lists the provisions in force or enacted at a date, never a repealed version after its repeal", async () => {
    const r = await cli("corpus", ["list", "--framework", "colorado-ai-act", "--as-of", "2027-03-01", "--json"]);
    const rows = JSON.parse(r.stdout) as { version: string; citation: string; title: string; appliesFrom: string; source: string }[];
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((x) => x.version))).toEqual(new Set(["colorado-ai-act@sb26-189"]));
    expect(rows[0]).toEqual(expect.objectContaining({ framework: "colorado-ai-act", citation: expect.any(String), source: expect.stringMatching(/^https:/) }));
    const before = JSON.parse((await cli("corpus", ["list", "--framework", "colorado-ai-act", "--as-of", "2025-01-01", "--json"])).stdout);
    expect(new Set(before.map((x: { version: string }) => x.version))).toEqual(new Set(["colorado-ai-act@sb24-205"]));
  });

  it("refuses an unknown framework", async () => {
    const r = await cli("corpus", ["list", "--framework", "gdpr"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--framework: unknown framework "gdpr"');
  });
});
