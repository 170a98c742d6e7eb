import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { openDatabase, type Database } from "@/lib/db/connection";
import { getCrosswalkMatrix, getGapReport, getProvisionDetail, searchConcepts, searchProvisions } from "@/lib/db/explorer";
import { applyMigrations } from "@/lib/db/migrate";
import { governingVersions } from "@/lib/db/queries/version-scope";
import { seedCorpus } from "@/lib/db/seed";
import { createTestDatabase } from "../helpers/test-database";

// Issue 16, "Explorer fixes": synonyms, ranking of the law in force, "did you mean", and the
// default to versions in force or enacted today across search, matrix, gap report and provision
// page. Dates are pinned (asOf) so the answers do not move with the calendar; one test checks
// that the default is today.
const mode = process.env.DATABASE_URL ? "real Postgres" : "embedded PGlite";
const AS_OF = "2026-11-29";
const REPEALED = "colorado-ai-act@sb24-205";
const COLORADO_NOW = "colorado-ai-act@sb26-189";
let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Database;
let prisma: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await openDatabase(testDb.target);
  await applyMigrations(db);
  await seedCorpus(db, await loadCorpusFiles());
  prisma = db.prisma;
});
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

const versionOf = async (ids: string[]) =>
  new Set((await prisma.provision.findMany({ where: { id: { in: ids } }, select: { versionId: true } })).map((p) => p.versionId));

describe(`versions in force or enacted today, on ${mode}`, () => {
  it("picks SB 26-189 (enacted 14 May 2026) over the repealed SB 24-205 and keeps single-version frameworks", async () => {
    const { current, other } = await governingVersions(AS_OF, prisma);
    expect(current.map((v) => v.id)).toContain(COLORADO_NOW);
    expect(current.map((v) => v.id)).toContain("eu-ai-act@2026-1744");
    expect(other.map((v) => v.id)).toContain(REPEALED);
    // before SB 26-189 was signed, SB 24-205 governed
    expect((await governingVersions("2026-01-15", prisma)).current.map((v) => v.id)).toContain(REPEALED);
  });
});

describe(`search on ${mode}`, () => {
  it("finds the EU fundamental rights impact assessment for 'FRIA' and says which synonym it used", async () => {
    const result = await searchProvisions({ q: "FRIA", asOf: AS_OF }, prisma);
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits.slice(0, 3).map((h) => h.id)).toEqual(expect.arrayContaining(["eu-ai-act/art-27"]));
    expect(result.synonyms).toEqual([expect.objectContaining({ term: "fria", alternatives: expect.arrayContaining(["fundamental rights impact assessment"]) })]);
    expect(result.didYouMean).toEqual([]);
  });

  it("finds the deep fake provisions for 'deepfake', 'deep fake' and 'deep-fake' alike", async () => {
    const spellings = await Promise.all(["deepfake", "deep fake", "deep-fake"].map((q) => searchProvisions({ q, asOf: AS_OF }, prisma)));
    for (const result of spellings) {
      expect(result.total, result.query).toBeGreaterThan(0);
      expect(result.hits.map((h) => h.id), result.query).toEqual(expect.arrayContaining(["eu-ai-act/art-3-60", "eu-ai-act/art-50-4-1"]));
    }
  });

  it.each([
    ["AEDT", "nyc-local-law-144"],
    ["ADMT", "california-ccpa-admt"],
    ["GPAI", "eu-ai-act"],
    ["bias audit", "nyc-local-law-144"],
    ["latent disclosure", "california-sb-942"],
    ["watermark", "california-sb-942"],
    ["frontier model", "california-sb-53"],
    ["high-impact AI", "korea-ai-basic-act"],
  ])("finds %j in %s", async (q, framework) => {
    const result = await searchProvisions({ q, asOf: AS_OF }, prisma);
    expect(result.facets[framework] ?? 0).toBeGreaterThan(0);
  });

  it("ranks EU Art. 27(1) in the top five for 'impact assessment' and shows no repealed provision by default", async () => {
    const result = await searchProvisions({ q: "impact assessment", asOf: AS_OF }, prisma);
    expect(result.hits.slice(0, 5).map((h) => h.id)).toContain("eu-ai-act/art-27-1");
    expect(result.hits.some((h) => h.versionStatus === "repealed")).toBe(false);
    expect(await versionOf(result.hits.map((h) => h.id))).not.toContain(REPEALED);
    // the repealed matches are counted, for the "include repealed versions" link
    expect(result.versions).toMatchObject({ scope: "current", asOf: AS_OF });
    expect(result.versions.outsideScope).toBeGreaterThan(0);
  });

  it("with versions=all ranks every provision in force above every repealed one", async () => {
    const result = await searchProvisions({ q: "impact assessment", versions: "all", asOf: AS_OF }, prisma);
    const statuses = result.hits.map((h) => h.versionStatus === "repealed");
    expect(statuses).toContain(true);
    // once a repealed hit appears, only repealed ones follow
    expect(statuses.slice(statuses.indexOf(true)).every(Boolean)).toBe(true);
    expect(result.versions.outsideScope).toBe(0);
    const current = await searchProvisions({ q: "impact assessment", asOf: AS_OF }, prisma);
    expect(result.total).toBe(current.total + current.versions.outsideScope);
  });

  it("keeps an exact citation first and puts the version in force before the repealed one", async () => {
    const result = await searchProvisions({ q: "6-1-1704(1)", versions: "all", asOf: AS_OF }, prisma);
    const exact = result.hits.filter((h) => h.citationMatch === 3);
    expect(exact.length).toBe(2);
    expect(await versionOf([exact[0]!.id])).toEqual(new Set([COLORADO_NOW]));
    expect(await versionOf([exact[1]!.id])).toEqual(new Set([REPEALED]));
  });

  it("says 'did you mean' with words of the corpus when nothing matches", async () => {
    const typo = await searchProvisions({ q: "imapct assesment", asOf: AS_OF }, prisma);
    expect(typo.total).toBe(0);
    expect(typo.didYouMean[0]).toBe("impact assessment");
    const oversight = await searchProvisions({ q: "human oversigth", asOf: AS_OF }, prisma);
    expect(oversight.didYouMean).toContain("human oversight");
    // nothing close: no suggestion rather than a random one
    expect((await searchProvisions({ q: "qqqqzzzz", asOf: AS_OF }, prisma)).didYouMean).toEqual([]);
    // a query that matches offers none
    expect((await searchProvisions({ q: "human oversight", asOf: AS_OF }, prisma)).didYouMean).toEqual([]);
  });

  it("finds the impact assessment concept for 'FRIA'", async () => {
    expect((await searchConcepts("FRIA", prisma)).map((c) => c.id)).toContain("impact-assessment");
  });

  it("defaults to today's date", async () => {
    const result = await searchProvisions({ q: "impact assessment" }, prisma);
    expect(result.versions.asOf).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe(`matrix, gap report and provision page on ${mode}`, () => {
  it("gives the EU × Colorado matrix columns of SB 26-189 only, and both versions with versions=all", async () => {
    const matrix = (await getCrosswalkMatrix("eu-ai-act", "colorado-ai-act", prisma, { asOf: AS_OF }))!;
    expect(matrix.columns.length).toBeGreaterThan(0);
    expect(new Set(matrix.columns.map((c) => c.versionId))).toEqual(new Set([COLORADO_NOW]));
    expect(matrix.versions).toMatchObject({ scope: "current", outside: [expect.objectContaining({ id: REPEALED })] });
    const all = (await getCrosswalkMatrix("eu-ai-act", "colorado-ai-act", prisma, { versions: "all", asOf: AS_OF }))!;
    expect(new Set(all.columns.map((c) => c.versionId))).toEqual(new Set([COLORADO_NOW, REPEALED]));
    expect(all.columns.length).toBeGreaterThan(matrix.columns.length);
    // with Colorado as rows, and against concepts
    const rows = (await getCrosswalkMatrix("colorado-ai-act", "concepts", prisma, { asOf: AS_OF }))!;
    expect(new Set(rows.rows.map((r) => r.versionId))).toEqual(new Set([COLORADO_NOW]));
  });

  it("reads the gap report from SB 26-189 by default, from both versions on request, from one version when named", async () => {
    const report = (await getGapReport({ from: "colorado-ai-act", to: "eu-ai-act", asOf: AS_OF }, prisma))!;
    expect(report.rows.length).toBeGreaterThan(0);
    expect(new Set(report.rows.map((r) => r.versionId))).toEqual(new Set([COLORADO_NOW]));
    const all = (await getGapReport({ from: "colorado-ai-act", to: "eu-ai-act", versions: "all", asOf: AS_OF }, prisma))!;
    expect(new Set(all.rows.map((r) => r.versionId))).toEqual(new Set([COLORADO_NOW, REPEALED]));
    const old = (await getGapReport({ from: "colorado-ai-act", to: "eu-ai-act", version: REPEALED, asOf: AS_OF }, prisma))!;
    expect(new Set(old.rows.map((r) => r.versionId))).toEqual(new Set([REPEALED]));
    // the EU side is covered only by the Colorado law in force
    const eu = (await getGapReport({ from: "eu-ai-act", to: "colorado-ai-act", scope: "all", asOf: AS_OF }, prisma))!;
    const others = eu.rows.flatMap((r) => r.mappings.map((m) => m.otherId));
    expect(others.length).toBeGreaterThan(0);
    expect(await versionOf(others)).toEqual(new Set([COLORADO_NOW]));
  });

  it("lists each Colorado counterpart of an EU provision once, from the law in force, and counts the hidden ones", async () => {
    const all = (await getProvisionDetail("eu-ai-act", "art-27-1", prisma, { versions: "all", asOf: AS_OF }))!;
    const current = (await getProvisionDetail("eu-ai-act", "art-27-1", prisma, { asOf: AS_OF }))!;
    const colorado = (d: typeof all) => d.mappings.filter((m) => m.other.frameworkId === "colorado-ai-act");
    expect(colorado(all).some((m) => m.other.versionStatus === "repealed")).toBe(true);
    expect(colorado(current).every((m) => m.other.versionStatus !== "repealed")).toBe(true);
    expect(current.versions.hiddenMappings).toBe(all.mappings.length - current.mappings.length);
    expect(current.versions.hiddenMappings).toBeGreaterThan(0);
    // no citation twice (SB 24-205 and SB 26-189 share their section numbers)
    const labels = current.mappings.map((m) => `${m.other.frameworkId} ${m.other.citation}`);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
