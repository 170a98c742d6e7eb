import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { loadCorpusFiles, type CorpusFiles } from "@/lib/corpus/load";
import { openDatabase, type Database } from "@/lib/db/connection";
import { getCrosswalkMatrix, getGapReport } from "@/lib/db/explorer";
import { applyMigrations } from "@/lib/db/migrate";
import { seedCorpus } from "@/lib/db/seed";
import { createTestDatabase } from "../helpers/test-database";

// "The gap report and matrix work for every pair": every ordered pair of the seeded frameworks,
// through the same query functions the pages, REST API and MCP call, on real Postgres when
// DATABASE_URL is set and on PGlite otherwise.
const mode = process.env.DATABASE_URL ? "real Postgres" : "embedded PGlite";
let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Database;
let prisma: PrismaClient;
let files: CorpusFiles;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await openDatabase(testDb.target);
  await applyMigrations(db);
  files = await loadCorpusFiles();
  await seedCorpus(db, files);
  prisma = db.prisma;
}, 180_000);
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

describe(`every framework pair on ${mode}`, () => {
  it("seeds every framework, version, provision and mapping of data/", async () => {
    expect(await prisma.framework.count()).toBe(files.frameworks.length);
    expect(await prisma.frameworkVersion.count()).toBe(files.frameworks.reduce((n, f) => n + f.versions.length, 0));
    expect(await prisma.provision.count()).toBe(files.frameworks.reduce((n, f) => n + f.versions.reduce((m, v) => m + v.provisions.length, 0), 0));
    expect(await prisma.mapping.count()).toBe(files.mappings.length);
  });

  it("answers the gap report and the matrix for every ordered pair, each row and cell from the right side", async () => {
    const slugs = files.frameworks.map((f) => f.framework.slug);
    // Pairs that carry a mapping in a version of both (the matrix must then show at least one cell).
    const mapped = new Set(files.mappings.map((m) => [m.source.split("/")[0], m.target.split("/")[0]].sort().join("|")));
    let pairs = 0;
    for (const from of slugs)
      for (const to of slugs) {
        if (from === to) continue;
        const gaps = await getGapReport({ from, to, versions: "all" }, prisma);
        expect(gaps, `${from} → ${to}`).not.toBeNull();
        expect(gaps!.rows.every((r) => r.id.startsWith(`${from}/`)), `${from} → ${to}: rows`).toBe(true);
        const s = gaps!.summary;
        expect(s.covered + s.partial + s.checkedNone + s.unmapped, `${from} → ${to}: summary adds up`).toBe(s.total);

        // The matrix reads the same mappings from either side: once per unordered pair.
        if (from > to) {
          pairs++;
          continue;
        }
        const matrix = await getCrosswalkMatrix(from, to, prisma, { versions: "all" });
        expect(matrix, `${from} × ${to}`).not.toBeNull();
        expect(matrix!.rows.every((r) => r.id.startsWith(`${from}/`)) && matrix!.columns.every((c) => c.id.startsWith(`${to}/`)), `${from} × ${to}: axes`).toBe(true);
        if (mapped.has([from, to].sort().join("|"))) expect(matrix!.cells.length, `${from} × ${to}: mapped pair shows cells`).toBeGreaterThan(0);
        pairs++;
      }
    expect(pairs).toBe(slugs.length * (slugs.length - 1));
  }, 600_000);
});
