import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { getDatabase } from "@/lib/db/client";
import { getAssessedSystem } from "@/lib/db/exports";
import { applyMigrations } from "@/lib/db/migrate";
import { seedCorpus } from "@/lib/db/seed";
import { createSystemDraft, getEngineCorpus, listSystemsWithDrift, saveAssessment } from "@/lib/db/systems";
import { assess } from "@/lib/engine/assess";
import { readStoredAssessment } from "@/lib/engine/stored-result";
import type { EngineCorpus } from "@/lib/engine/types";
import { profile, type ProfileOverrides } from "../helpers/profiles";
import { createTestDatabase } from "../helpers/test-database";

// "What changed" end to end through lib/db: saveAssessment stores the diff with causes and the
// answers it used; the systems list flags stored assessments the current corpus would change.
const mode = process.env.DATABASE_URL ? "real Postgres" : "embedded PGlite";
let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: process.env.PGLITE_DIR };
let corpus: EngineCorpus;

beforeAll(async () => {
  testDb = await createTestDatabase();
  // lib/db/client opens the database named by the environment, once per process.
  Object.assign(process.env, testDb.env);
  const db = await getDatabase();
  await applyMigrations(db);
  await seedCorpus(db, await loadCorpusFiles());
  corpus = await getEngineCorpus();
});
afterAll(async () => {
  await (await getDatabase()).close();
  await testDb?.drop();
  for (const [k, v] of Object.entries(savedEnv)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
});

const RECRUITING: ProfileOverrides = { roles: ["deployer"], system: { useCases: ["employment-recruitment"], consequentialDecision: true } };
const RECRUITING_AND_CREDIT: ProfileOverrides = { roles: ["deployer"], system: { useCases: ["employment-recruitment", "credit"], consequentialDecision: true } };

async function newSystem(name: string, answers: ProfileOverrides) {
  const p = profile({ ...answers, name });
  const system = await createSystemDraft(p as unknown as Record<string, unknown>, 6);
  return { id: system.id, profile: p };
}

describe(`What changed, stored on ${mode}`, () => {
  it("a first assessment stores its answers and no diff; a re-assessment stores each change with its cause", async () => {
    const { id, profile: before } = await newSystem("Screener", RECRUITING);
    await saveAssessment(id, before, assess(before, corpus, "2026-11-29"));
    expect((await getAssessedSystem(id))?.result.changesSincePrevious).toBeNull();

    const after = profile({ ...RECRUITING_AND_CREDIT, name: "Screener" });
    await saveAssessment(id, after, assess(after, corpus, "2028-01-15"));
    const assessed = await getAssessedSystem(id);
    const changes = assessed!.result.changesSincePrevious!;
    expect(changes.since).toMatchObject({ asOf: "2026-11-29", corpusVersion: corpus.corpusVersion, assessedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    expect(changes.changes).toContainEqual(expect.objectContaining({ id: "eu-ai-act/art-27-1", kind: "added", cause: "answers-changed" }));
    expect(changes.changes).toContainEqual(
      expect.objectContaining({ id: "eu-ai-act/art-26-1", kind: "changed", cause: "time-passed", fields: [{ field: "alreadyApplies", before: false, after: true }] }),
    );
    expect(changes.changes.every((c) => c.cause === "answers-changed" || c.cause === "time-passed")).toBe(true);
    // The answers are stored beside the result, not in the exported contract.
    expect(assessed!.result).not.toHaveProperty("profileUsed");
    const db = await getDatabase();
    const row = await db.prisma.assessment.findFirst({ where: { systemId: id }, orderBy: { createdAt: "desc" } });
    expect(readStoredAssessment(row!.result).profileUsed).toEqual(after);
  });

  it('an assessment stored before answers were kept: law and answers are "unknown", time is still told apart', async () => {
    const { id, profile: before } = await newSystem("Legacy screener", RECRUITING);
    const db = await getDatabase();
    const old = assess(before, corpus, "2026-11-29");
    await db.prisma.assessment.create({ data: { systemId: id, asOf: new Date("2026-11-29T00:00:00Z"), corpusVersion: old.corpusVersion, result: old as never } });
    const after = profile({ ...RECRUITING_AND_CREDIT, name: "Legacy screener" });
    await saveAssessment(id, after, assess(after, corpus, "2028-01-15"));
    const changes = (await getAssessedSystem(id))!.result.changesSincePrevious!;
    expect(changes.changes).toContainEqual(expect.objectContaining({ id: "eu-ai-act/art-27-1", cause: "unknown" }));
    expect(changes.changes).toContainEqual(expect.objectContaining({ id: "eu-ai-act/art-26-1", cause: "time-passed" }));
  });

  it("the systems list flags a system whose stored assessment the current corpus would change (the SB 26-189 update)", async () => {
    const beforeUpdate = structuredClone(corpus);
    const colorado = beforeUpdate.frameworks.find((f) => f.id === "colorado-ai-act")!;
    colorado.versions = colorado.versions.filter((v) => v.id !== "colorado-ai-act@sb26-189");
    beforeUpdate.corpusVersion = "old000000000";
    const { id, profile: p } = await newSystem("Colorado screener", { ...RECRUITING, jurisdictions: ["EU", "US-CO"] });
    await saveAssessment(id, p, assess(p, beforeUpdate, "2026-11-29"), beforeUpdate);

    const list = await listSystemsWithDrift();
    expect(list.affected).toBe(1);
    expect(list.systems.find((s) => s.id === id)?.drift?.frameworks).toEqual([expect.objectContaining({ framework: "colorado-ai-act", label: expect.stringContaining("SB 26-189") })]);
    expect(list.frameworks.map((f) => f.version)).toEqual(["colorado-ai-act@sb26-189"]);
    expect(list.systems.filter((s) => s.id !== id).every((s) => s.drift === null)).toBe(true);

    // Re-assessing on the current corpus clears the flag and says the law changed.
    await saveAssessment(id, p, assess(p, corpus, "2026-11-29"));
    expect((await listSystemsWithDrift()).affected).toBe(0);
    const changes = (await getAssessedSystem(id))!.result.changesSincePrevious!;
    expect(changes.changes.length).toBeGreaterThan(0);
    expect(changes.changes.every((c) => c.cause === "law-changed")).toBe(true);
    expect(changes.versions).toEqual([expect.objectContaining({ framework: "colorado-ai-act", after: expect.objectContaining({ version: "colorado-ai-act@sb26-189" }) })]);
  });
});
