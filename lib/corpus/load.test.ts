import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CorpusError, loadCorpusFiles } from "./load";

const FIXTURE = path.resolve(import.meta.dirname, "../../tests/fixtures/minimal");
const dirs: string[] = [];

async function fixtureCopy(edit?: (files: { alpha: any; mappings: any }) => void): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "corpus-"));
  dirs.push(dir);
  await cp(FIXTURE, dir, { recursive: true });
  if (edit) {
    const alphaPath = path.join(dir, "frameworks/alpha-act.json");
    const mappingsPath = path.join(dir, "mappings/alpha-act--beta-code.json");
    const files = { alpha: JSON.parse(await readFile(alphaPath, "utf8")), mappings: JSON.parse(await readFile(mappingsPath, "utf8")) };
    edit(files);
    await writeFile(alphaPath, JSON.stringify(files.alpha));
    await writeFile(mappingsPath, JSON.stringify(files.mappings));
  }
  return dir;
}

async function problemsOf(dir: string): Promise<string[]> {
  try {
    await loadCorpusFiles(dir);
  } catch (e) {
    if (e instanceof CorpusError) return e.problems;
    throw e;
  }
  return [];
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe("loadCorpusFiles", () => {
  it("loads a valid corpus and derives a stable corpus version", async () => {
    const a = await loadCorpusFiles(FIXTURE);
    const b = await loadCorpusFiles(await fixtureCopy());
    expect(a.frameworks.map((f) => f.framework.slug)).toEqual(["alpha-act", "beta-code"]);
    expect(a.mappings).toHaveLength(1);
    expect(a.corpusVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(b.corpusVersion).toBe(a.corpusVersion);
  });

  it("changes the corpus version when a file changes", async () => {
    const dir = await fixtureCopy((f) => (f.alpha.versions[0].provisions[0].title = "AI literacy duty"));
    expect((await loadCorpusFiles(dir)).corpusVersion).not.toBe((await loadCorpusFiles(FIXTURE)).corpusVersion);
  });

  const BAD_CASES: { name: string; edit: (f: { alpha: any; mappings: any }) => void; expected: string }[] = [
    {
      name: "a provision without a citation",
      edit: (f) => delete f.alpha.versions[0].provisions[0].citation,
      expected: "frameworks/alpha-act.json: versions[0].provisions[0].citation:",
    },
    {
      name: "an impossible date",
      edit: (f) => (f.alpha.versions[0].provisions[0].applies[0].from = "2025-02-30"),
      expected: "frameworks/alpha-act.json: versions[0].provisions[0].applies[0].from: is not a real calendar date",
    },
    {
      name: "a duplicate citation in one version",
      edit: (f) => (f.alpha.versions[0].provisions[1].citation = "Art. 1"),
      expected: 'frameworks/alpha-act.json: versions[0].provisions[1].citation: duplicate citation "Art. 1"',
    },
    {
      name: "an unknown concept",
      edit: (f) => (f.alpha.versions[0].provisions[0].concepts = ["telepathy"]),
      expected: 'frameworks/alpha-act.json: versions[0].provisions[0].concepts[0]: unknown concept "telepathy"',
    },
    {
      name: "an unverified provision without a note",
      edit: (f) => delete f.alpha.versions[0].provisions[1].verificationNote,
      expected: "frameworks/alpha-act.json: versions[0].provisions[1].verificationNote: an unverified provision must say what could not be verified",
    },
    {
      name: "an obligation that binds nobody",
      edit: (f) => (f.alpha.versions[0].provisions[0].binds = []),
      expected: "frameworks/alpha-act.json: versions[0].provisions[0].binds: a obligation must name who it binds",
    },
    {
      name: "a condition on an unknown fact",
      edit: (f) => (f.alpha.versions[0].provisions[1].conditions = { fact: "system.magic", equals: true }),
      expected: "frameworks/alpha-act.json: versions[0].provisions[1].conditions",
    },
    {
      name: "a mapping to a provision that does not exist",
      edit: (f) => (f.mappings.mappings[0].target = "beta-code/action-99"),
      expected: 'mappings/alpha-act--beta-code.json: mappings[0].target: unknown provision "beta-code/action-99"',
    },
    {
      name: "a provision mapped to itself",
      edit: (f) => (f.mappings.mappings[0].target = f.mappings.mappings[0].source),
      expected: "mappings/alpha-act--beta-code.json: mappings[0].target: a provision cannot map to itself",
    },
    {
      name: "a contradictory pair (A subset-of B and B subset-of A)",
      edit: (f) => f.mappings.mappings.push({ ...f.mappings.mappings[0], source: "beta-code/action-1", target: "alpha-act/art-2" }),
      expected: "mappings/alpha-act--beta-code.json: mappings[1]: contradicts",
    },
    {
      name: "an intersects-with mapping without a gap summary",
      edit: (f) => (f.mappings.mappings[0].relationship = "intersects-with"),
      expected: "mappings/alpha-act--beta-code.json: mappings[0].gapSummary: a intersects-with mapping must say what the target does not cover",
    },
  ];

  for (const c of BAD_CASES)
    it(`rejects ${c.name} with file, path and message`, async () => {
      const problems = await problemsOf(await fixtureCopy(c.edit));
      expect(problems.some((p) => p.startsWith(c.expected)), problems.join("\n")).toBe(true);
    });

  it("rejects a file that is not JSON", async () => {
    const dir = await fixtureCopy();
    await writeFile(path.join(dir, "frameworks/alpha-act.json"), '{ "framework": ');
    const problems = await problemsOf(dir);
    expect(problems[0]).toMatch(/^frameworks\/alpha-act\.json: \(root\): not valid JSON/);
  });

  it("rejects a framework file whose slug does not match its name", async () => {
    const dir = await fixtureCopy();
    await cp(path.join(dir, "frameworks/alpha-act.json"), path.join(dir, "frameworks/gamma.json"));
    const problems = await problemsOf(dir);
    expect(problems).toContain('frameworks/gamma.json: framework.slug: must match the file name ("gamma")');
  });
});
