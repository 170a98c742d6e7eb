import { prisma } from "./client";

/** The loaded corpus version, shown as "data version" in the footer. */
export async function getCorpusVersion() {
  const db = await prisma();
  const run = await db.seedRun.findFirst({ orderBy: { id: "desc" } });
  return run ? { version: run.corpusVersion, loadedAt: run.createdAt } : null;
}

export async function listFrameworks() {
  const db = await prisma();
  const frameworks = await db.framework.findMany({
    orderBy: { sortOrder: "asc" },
    // Headings are structure, not provisions: every count in the app leaves them out.
    include: { versions: { orderBy: { validFrom: "desc" }, include: { _count: { select: { provisions: { where: { kind: { not: "heading" } } } } } } } },
  });
  const mappingCounts = await db.$queryRaw<{ frameworkId: string; count: bigint }[]>`
    SELECT p."frameworkId", COUNT(*)::bigint AS count FROM "Mapping" m
    JOIN "Provision" p ON p.id = m."sourceId" OR p.id = m."targetId"
    GROUP BY p."frameworkId"`;
  const byFramework = new Map(mappingCounts.map((r) => [r.frameworkId, Number(r.count)]));
  return frameworks.map((f) => ({ ...f, mappingCount: byFramework.get(f.id) ?? 0 }));
}

export async function getFramework(slug: string) {
  const db = await prisma();
  return db.framework.findUnique({
    where: { id: slug },
    include: {
      versions: {
        orderBy: { validFrom: "desc" },
        include: {
          provisions: {
            orderBy: { sortOrder: "asc" },
            include: { concepts: { select: { conceptId: true } }, _count: { select: { mappingsFrom: true, mappingsTo: true } } },
          },
        },
      },
      recognitionsFrom: { include: { to: { select: { name: true, shortName: true } } } },
      recognitionsTo: { include: { from: { select: { name: true, shortName: true } } } },
    },
  });
}

export async function listConcepts() {
  const db = await prisma();
  return db.concept.findMany({ orderBy: { sortOrder: "asc" } });
}
