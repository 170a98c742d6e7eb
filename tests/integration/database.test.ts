import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { openDatabase } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrate";
import { seedCorpus } from "@/lib/db/seed";
import { createTestDatabase } from "../helpers/test-database";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const FIXTURE = path.join(ROOT, "tests/fixtures/minimal");
const mode = process.env.DATABASE_URL ? "real Postgres" : "embedded PGlite";

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
const tmpDirs: string[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb.drop();
  await Promise.all(tmpDirs.map((d) => rm(d, { recursive: true, force: true })));
});

function prepareDb(corpusDir: string) {
  return run("npx", ["tsx", "scripts/prepare-db.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...testDb.env, CORPUS_DIR: corpusDir },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

async function counts() {
  const db = await openDatabase(testDb.target);
  try {
    return {
      provisions: await db.prisma.provision.count(),
      mappings: await db.prisma.mapping.count(),
      seedRuns: await db.prisma.seedRun.count(),
      organizations: await db.prisma.organization.count(),
      checklistItems: await db.prisma.checklistItem.count(),
      version: (await db.prisma.seedRun.findFirst({ orderBy: { id: "desc" } }))?.corpusVersion,
    };
  } finally {
    await db.close();
  }
}

describe(`database pipeline on ${mode}`, () => {
  it("creates, migrates and seeds an empty database, then does nothing the second time", async () => {
    const first = await prepareDb(FIXTURE);
    expect(first.code, first.stderr).toBe(0);
    const migrations = (await readdir(path.join(ROOT, "prisma/migrations"), { withFileTypes: true })).filter((d) => d.isDirectory()).length;
    expect(first.stdout).toMatch(new RegExp(`${migrations} migration\\(s\\) applied, seeded corpus`));
    expect(first.stdout).toMatch(/applied, seeded corpus [0-9a-f]{12} \(3 provisions, 1 mappings, 2 concepts\)/);
    const second = await prepareDb(FIXTURE);
    expect(second.stdout).toMatch(/0 migration\(s\) applied, corpus [0-9a-f]{12} already loaded/);
    expect(await counts()).toMatchObject({ provisions: 3, mappings: 1, seedRuns: 1 });
  });

  it("keeps user data across restarts and re-seeds", async () => {
    const db = await openDatabase(testDb.target);
    try {
      const org = await db.prisma.organization.create({ data: { name: "Acme restart test", country: "IE", employees: 250 } });
      const system = await db.prisma.systemProfile.create({ data: { name: "Screener", organizationId: org.id, profile: { name: "Screener" } } });
      const assessment = await db.prisma.assessment.create({
        data: { systemId: system.id, asOf: new Date("2026-11-25T00:00:00Z"), corpusVersion: "x", result: {} },
      });
      await db.prisma.checklistItem.create({ data: { assessmentId: assessment.id, itemKey: "item-1", status: "done", owner: "Dana" } });
    } finally {
      await db.close(); // the "kill": the next open is a fresh process state
    }
    // Change the corpus so the seed really rewrites framework data.
    const changed = await mkdtemp(path.join(tmpdir(), "corpus-changed-"));
    tmpDirs.push(changed);
    await cp(FIXTURE, changed, { recursive: true });
    const alpha = path.join(changed, "frameworks/alpha-act.json");
    await writeFile(alpha, (await readFile(alpha, "utf8")).replace('"title": "Literacy"', '"title": "AI literacy"'));
    const reseed = await prepareDb(changed);
    expect(reseed.stdout).toMatch(/seeded corpus/);

    const after = await counts();
    expect(after).toMatchObject({ organizations: 1, checklistItems: 1, provisions: 3, seedRuns: 2 });
    const reopened = await openDatabase(testDb.target);
    try {
      const item = await reopened.prisma.checklistItem.findFirstOrThrow();
      expect(item).toMatchObject({ status: "done", owner: "Dana" });
      expect((await reopened.prisma.provision.findUniqueOrThrow({ where: { id: "alpha-act/art-1" } })).title).toBe("AI literacy");
    } finally {
      await reopened.close();
    }
  });

  it("rejects a malformed framework file with a clear message and leaves the database unchanged", async () => {
    const before = await counts();
    const bad = await mkdtemp(path.join(tmpdir(), "corpus-bad-"));
    tmpDirs.push(bad);
    await cp(FIXTURE, bad, { recursive: true });
    const alpha = path.join(bad, "frameworks/alpha-act.json");
    const json = JSON.parse(await readFile(alpha, "utf8"));
    json.versions[0].provisions[1].applies[0].from = "2027-13-01";
    json.versions[0].provisions[0].title = "Changed but must not be written";
    await writeFile(alpha, JSON.stringify(json));

    const result = await prepareDb(bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Nothing was written");
    expect(result.stderr).toContain("frameworks/alpha-act.json: versions[0].provisions[1].applies[0].from: ");
    expect(await counts()).toEqual(before);
  });

  it("applies migrations idempotently and records them where the Prisma CLI looks", async () => {
    const db = await openDatabase(testDb.target);
    try {
      expect((await applyMigrations(db)).applied).toEqual([]);
      const rows = await db.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
      expect(rows.map((r) => r.migration_name)).toContain("20261125000000_init");
    } finally {
      await db.close();
    }
  });

  it("seeds inside one transaction: a failing write leaves the old corpus in place", async () => {
    const corpus = await loadCorpusFiles(FIXTURE);
    const broken = { ...corpus, corpusVersion: "broken000000", mappings: [{ ...corpus.mappings[0]!, target: "beta-code/missing" }] };
    const db = await openDatabase(testDb.target);
    try {
      const before = await db.prisma.provision.count();
      await expect(seedCorpus(db, broken)).rejects.toThrow();
      expect(await db.prisma.provision.count()).toBe(before);
      expect((await db.prisma.seedRun.findFirst({ orderBy: { id: "desc" } }))?.corpusVersion).not.toBe("broken000000");
    } finally {
      await db.close();
    }
  });
});
