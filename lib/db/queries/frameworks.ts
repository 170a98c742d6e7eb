import { versionAsOf } from "@/lib/engine/as-of";
import { client, day, windowOf, type Client, type PageWindow } from "./shared";

// Frameworks and their versions: the home page, the framework list and pickers, the framework
// page, and the API's /frameworks routes.

/** Frameworks and their versions, newest first: the options of every picker. */
export async function listFrameworkOptions(db?: Client) {
  const frameworks = await (await client(db)).framework.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      shortName: true,
      name: true,
      binding: true,
      versions: { orderBy: { validFrom: "desc" }, select: { id: true, label: true, status: true } },
    },
  });
  return frameworks;
}
export type FrameworkOption = Awaited<ReturnType<typeof listFrameworkOptions>>[number];

/** Every framework with its versions (provision counts, headings excluded) and mapping count. */
export async function listFrameworks(db?: Client) {
  const prismaClient = await client(db);
  const frameworks = await prismaClient.framework.findMany({
    orderBy: { sortOrder: "asc" },
    // Headings are structure, not provisions: every count in the app leaves them out.
    include: { versions: { orderBy: { validFrom: "desc" }, include: { _count: { select: { provisions: { where: { kind: { not: "heading" } } } } } } } },
  });
  const mappingCounts = await prismaClient.$queryRaw<{ frameworkId: string; count: bigint }[]>`
    SELECT p."frameworkId", COUNT(*)::bigint AS count FROM "Mapping" m
    JOIN "Provision" p ON p.id = m."sourceId" OR p.id = m."targetId"
    GROUP BY p."frameworkId"`;
  const byFramework = new Map(mappingCounts.map((r) => [r.frameworkId, Number(r.count)]));
  return frameworks.map((f) => ({ ...f, mappingCount: byFramework.get(f.id) ?? 0 }));
}
export type FrameworkListing = Awaited<ReturnType<typeof listFrameworks>>[number];

/** A framework with every version and every provision (the framework page's tree), or null. */
export async function getFramework(slug: string, db?: Client) {
  return (await client(db)).framework.findUnique({
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

/** One framework from the list (its versions with provision counts, mapping count), or null. */
export async function getFrameworkSummary(slug: string, db?: Client) {
  return (await listFrameworks(db)).find((f) => f.id === slug) ?? null;
}

/** Recognition links of a framework in both directions (e.g. an ISO certification counted by a law). */
export async function listRecognitions(slug: string, db?: Client) {
  return (await client(db)).recognition.findMany({
    where: { OR: [{ fromFrameworkId: slug }, { toFrameworkId: slug }] },
    orderBy: { id: "asc" },
  });
}

/** Versions of a framework, newest first, with dates as YYYY-MM-DD; null for an unknown framework. */
export async function listFrameworkVersions(slug: string, page?: PageWindow, db?: Client) {
  const framework = await (await client(db)).framework.findUnique({
    where: { id: slug },
    select: {
      id: true,
      versions: {
        orderBy: [{ validFrom: "desc" }, { id: "asc" }],
        include: { _count: { select: { provisions: { where: { kind: { not: "heading" } } } } } },
      },
    },
  });
  if (!framework) return null;
  const versions = framework.versions.map(({ _count, ...v }) => ({
    ...v,
    enactedOn: day(v.enactedOn),
    validFrom: day(v.validFrom)!,
    validTo: day(v.validTo),
    consolidatedTextDate: day(v.consolidatedTextDate),
    provisionCount: _count.provisions,
  }));
  return windowOf(versions, page);
}
export type FrameworkVersionListing = NonNullable<Awaited<ReturnType<typeof listFrameworkVersions>>>["items"][number];

type DatedVersion = { id: string; status: string; enactedOn: Date | null; validFrom: Date; validTo: Date | null };

/**
 * Which version of a framework a view shows: the one asked for, else the one in force or enacted
 * on `asOf`, else the newest. `onDate` is the version governing `asOf` (null without a date, or
 * when none was enacted by then). Versions come newest first.
 */
export function chooseVersion<V extends DatedVersion>(versions: V[], filters: { version?: string; asOf?: string }) {
  const dated = versions.map((v) => ({ id: v.id, status: v.status, enactedOn: day(v.enactedOn), validFrom: day(v.validFrom)!, validTo: day(v.validTo) }));
  const onDate = filters.asOf ? versionAsOf(dated, filters.asOf) : null;
  const shown = versions.find((v) => v.id === filters.version) ?? versions.find((v) => v.id === onDate?.id) ?? versions[0] ?? null;
  return { shown, onDate: onDate ? (versions.find((v) => v.id === onDate.id) ?? null) : null };
}
