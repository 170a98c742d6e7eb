import { z } from "zod";
import { versionAsOf } from "@/lib/engine/as-of";
import { harmonise, type ComplyDuty, type ComplyMapping, type ConceptHarmonisation } from "@/lib/engine/comply";
import { comparisonSchema, DUTY_KINDS, mappingConflictSchema } from "@/lib/schemas/framework";
import { client, day, provisionHref, type Client } from "./shared";

// "Comply once": the harmonised requirement per concept across chosen frameworks (the comply page,
// its CSV/JSON export, the API's /comply). The query loads; lib/engine/comply.ts computes.

export type ComplySelection = {
  /** Frameworks of these jurisdictions (binding law only unless `voluntary`). */
  jurisdictions?: string[];
  /** These frameworks by slug, whatever their kind. */
  frameworks?: string[];
  /** One concept; every concept with a duty when omitted. */
  concept?: string;
  /** YYYY-MM-DD: each framework's version governing that day; today when omitted. */
  asOf?: string;
  /** With `jurisdictions`: codes of practice, frameworks and standards of those jurisdictions too. */
  voluntary?: boolean;
};

export type ComplyVersion = { frameworkId: string; name: string; shortName: string; jurisdiction: string; binding: boolean; versionId: string; label: string; status: string };

const today = () => new Date().toISOString().slice(0, 10);
const comparisonsSchema = z.array(comparisonSchema);

/**
 * The harmonised requirements of the chosen frameworks' governing versions. `unknown` names a
 * selection value that does not exist; `empty` says the selection holds no framework.
 */
export async function getComplyReport(selection: ComplySelection, db?: Client) {
  const prismaClient = await client(db);
  const asOf = selection.asOf ?? today();
  const [frameworks, concepts] = await Promise.all([
    prismaClient.framework.findMany({
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        name: true,
        shortName: true,
        jurisdiction: true,
        binding: true,
        kind: true,
        versions: { select: { id: true, label: true, status: true, enactedOn: true, validFrom: true, validTo: true } },
      },
    }),
    prismaClient.concept.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
  ]);
  const unknownFramework = (selection.frameworks ?? []).find((slug) => !frameworks.some((f) => f.id === slug));
  if (unknownFramework) return { unknown: "frameworks" as const, value: unknownFramework };
  const concept = selection.concept;
  if (concept && !concepts.some((c) => c.id === concept)) return { unknown: "concept" as const, value: concept };

  const jurisdictions = new Set(selection.jurisdictions ?? []);
  const named = new Set(selection.frameworks ?? []);
  // A treaty binds states, not organizations (CETS No. 225): never part of what an organization must do.
  const chosen = frameworks.filter((f) => named.has(f.id) || (jurisdictions.has(f.jurisdiction) && f.kind !== "treaty" && (f.binding || selection.voluntary)));
  const versions: ComplyVersion[] = chosen.flatMap((f) => {
    const v = versionAsOf(f.versions.map((x) => ({ ...x, enactedOn: day(x.enactedOn), validFrom: day(x.validFrom)!, validTo: day(x.validTo) })), asOf);
    return v ? [{ frameworkId: f.id, name: f.name, shortName: f.shortName, jurisdiction: f.jurisdiction, binding: f.binding, versionId: v.id, label: v.label, status: v.status }] : [];
  });
  if (!versions.length) return { empty: true as const, asOf, versions };

  const byFramework = new Map(chosen.map((f) => [f.id, f]));
  const provisions = await prismaClient.provision.findMany({
    where: { versionId: { in: versions.map((v) => v.versionId) }, kind: { in: [...DUTY_KINDS] }, concepts: { some: {} } },
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      frameworkId: true,
      versionId: true,
      citation: true,
      title: true,
      summary: true,
      sourceUrl: true,
      concepts: { select: { conceptId: true } },
    },
  });
  const conceptOrder = await conceptOrderOf(prismaClient, provisions.map((p) => p.id));
  const frameworkRank = new Map(versions.map((v, i) => [v.frameworkId, i]));
  provisions.sort((a, b) => frameworkRank.get(a.frameworkId)! - frameworkRank.get(b.frameworkId)!);
  const duties: ComplyDuty[] = provisions.map((p) => ({
    id: p.id,
    frameworkId: p.frameworkId,
    frameworkName: byFramework.get(p.frameworkId)!.shortName,
    versionId: p.versionId,
    binding: byFramework.get(p.frameworkId)!.binding,
    citation: p.citation,
    title: p.title,
    summary: p.summary,
    concepts: conceptOrder.get(p.id) ?? p.concepts.map((c) => c.conceptId),
    sourceUrl: p.sourceUrl,
  }));
  const ids = duties.map((d) => d.id);
  const rows = await prismaClient.mapping.findMany({
    where: { sourceId: { in: ids }, targetId: { in: ids } },
    orderBy: { id: "asc" },
    select: { sourceId: true, targetId: true, relationship: true, gapSummary: true, comparisons: true, conflict: true },
  });
  const mappings: ComplyMapping[] = rows.map((m) => ({
    source: m.sourceId,
    target: m.targetId,
    relationship: m.relationship,
    gapSummary: m.gapSummary,
    comparisons: m.comparisons === null ? [] : comparisonsSchema.parse(m.comparisons),
    conflict: m.conflict === null ? null : mappingConflictSchema.parse(m.conflict),
  }));
  const harmonised = harmonise({ concepts, duties, mappings }, selection.concept ? [selection.concept] : undefined);
  return { asOf, versions, concepts: harmonised.map((c) => withHrefs(c)) };
}
export type ComplyReport = Extract<Awaited<ReturnType<typeof getComplyReport>>, { concepts: unknown }>;

/**
 * Each provision's concepts in the data file's order: the first is its primary theme. The join
 * table has no order column; the seed inserts the file's order in one statement, read back here
 * by physical position (what the engine's corpus load gets implicitly, made explicit).
 */
async function conceptOrderOf(prismaClient: Client, ids: string[]) {
  if (!ids.length) return new Map<string, string[]>();
  const rows = await prismaClient.$queryRaw<{ provisionId: string; conceptId: string }[]>`
    SELECT "provisionId", "conceptId" FROM "ProvisionConcept" WHERE "provisionId" = ANY(${ids}::text[]) ORDER BY ctid`;
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.provisionId, [...(out.get(r.provisionId) ?? []), r.conceptId]);
  return out;
}

function withHrefs(c: ConceptHarmonisation) {
  const link = <T extends { id: string }>(m: T) => ({ ...m, href: provisionHref(m.id) });
  return {
    ...c,
    requirements: c.requirements.map((r) => ({ ...r, members: r.members.map(link) })),
    onlyOne: c.onlyOne.map(link),
    conflicts: c.conflicts.map((x) => ({ ...x, a: link(x.a), b: link(x.b) })),
  };
}
