import { client, day, provisionHref, windowOf, type Client, type PageWindow } from "./shared";

// The concept taxonomy: the concept page, the API's /concepts routes, pickers.

/** A concept and every provision tagged with it, per framework version. */
export async function getConceptDetail(id: string, db?: Client) {
  const prismaClient = await client(db);
  const concept = await prismaClient.concept.findUnique({ where: { id } });
  if (!concept) return null;
  const provisions = await prismaClient.provision.findMany({
    where: { concepts: { some: { conceptId: id } } },
    orderBy: [{ version: { framework: { sortOrder: "asc" } } }, { version: { validFrom: "desc" } }, { sortOrder: "asc" }],
    select: {
      id: true,
      citation: true,
      title: true,
      kind: true,
      verified: true,
      appliesFrom: true,
      frameworkId: true,
      version: { select: { id: true, label: true, status: true, framework: { select: { shortName: true, binding: true } } } },
      _count: { select: { mappingsFrom: true, mappingsTo: true } },
    },
  });
  const frameworks = await prismaClient.framework.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, shortName: true, binding: true } });
  return {
    concept,
    frameworks,
    provisions: provisions.map((p) => ({ ...p, appliesFrom: day(p.appliesFrom), href: provisionHref(p.id), mappingCount: p._count.mappingsFrom + p._count.mappingsTo })),
  };
}


/** The concept taxonomy in its own order. */
export async function listConcepts(db?: Client) {
  return (await client(db)).concept.findMany({ orderBy: { sortOrder: "asc" } });
}

/** Concepts with how many provisions (headings excluded) carry each, and in which frameworks. */
export async function listConceptSummaries(page?: PageWindow, db?: Client) {
  const prismaClient = await client(db);
  const [concepts, counts] = await Promise.all([
    prismaClient.concept.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
    prismaClient.$queryRaw<{ conceptId: string; frameworkId: string; provisions: number }[]>`
      SELECT pc."conceptId", p."frameworkId", COUNT(*)::int AS provisions
      FROM "ProvisionConcept" pc JOIN "Provision" p ON p.id = pc."provisionId"
      JOIN "Framework" f ON f.id = p."frameworkId"
      WHERE p.kind <> 'heading'
      GROUP BY pc."conceptId", p."frameworkId", f."sortOrder"
      ORDER BY f."sortOrder"`,
  ]);
  const summaries = concepts.map(({ sortOrder: _sortOrder, ...c }) => {
    const mine = counts.filter((r) => r.conceptId === c.id);
    return { ...c, provisionCount: mine.reduce((n, r) => n + r.provisions, 0), frameworks: mine.map((r) => r.frameworkId) };
  });
  return windowOf(summaries, page);
}
export type ConceptSummary = Awaited<ReturnType<typeof listConceptSummaries>>["items"][number];
