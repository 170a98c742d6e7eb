import type { Coverage } from "@/lib/engine/crosswalk";
import type { Relationship } from "@/lib/schemas/common";
import { DUTY_KINDS } from "@/lib/schemas/framework";
import { client, provisionHref, type Client } from "./shared";
import { versionScope, type VersionOptions } from "./version-scope";

// How well one framework covers another, and concepts across framework versions: the gaps page
// and its export, the API's /gaps, MCP's gap_report.

/** Concept × framework version: how many provisions (headings excluded) carry each concept. */
export async function getConceptCoverage(db?: Client) {
  const prismaClient = await client(db);
  const [concepts, versions, counts] = await Promise.all([
    prismaClient.concept.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true, description: true } }),
    prismaClient.frameworkVersion.findMany({
      orderBy: [{ framework: { sortOrder: "asc" } }, { validFrom: "desc" }],
      select: { id: true, label: true, status: true, frameworkId: true, framework: { select: { shortName: true, binding: true } } },
    }),
    prismaClient.$queryRaw<{ conceptId: string; versionId: string; provisions: number; duties: number }[]>`
      SELECT pc."conceptId", p."versionId", COUNT(*)::int AS provisions,
             COUNT(*) FILTER (WHERE p.kind = ANY(${[...DUTY_KINDS]}::text[]))::int AS duties
      FROM "ProvisionConcept" pc JOIN "Provision" p ON p.id = pc."provisionId"
      WHERE p.kind <> 'heading'
      GROUP BY pc."conceptId", p."versionId"`,
  ]);
  const byCell = new Map(counts.map((c) => [`${c.conceptId}|${c.versionId}`, c]));
  return {
    concepts,
    versions,
    cell: (conceptId: string, versionId: string) => byCell.get(`${conceptId}|${versionId}`) ?? { provisions: 0, duties: 0 },
    cells: counts,
  };
}

export type GapMapping = {
  mappingId: string;
  relationship: Relationship;
  otherId: string;
  otherCitation: string;
  otherTitle: string;
  explanation: string;
  gapSummary: string | null;
  gapNotCoveredBy: string;
  provenance: string;
  confidence: number;
};
export type GapRow = {
  id: string;
  href: string;
  citation: string;
  title: string;
  kind: string;
  versionId: string;
  versionLabel: string;
  versionStatus: string;
  coverage: Coverage;
  mappings: GapMapping[];
};

/**
 * How well `to` covers each provision of `from` (duty-bearing provisions by default), decided in
 * Postgres from the mappings in either direction, read from the `from` side. Rows come in the
 * law's order, current version first. Without `version`, only the versions in force or enacted at
 * `asOf` (today) on both sides unless `versions` is "all"; with it, that version of `from` against
 * `to` in the same scope. Null when a framework does not exist.
 */
export async function getGapReport(
  input: { from: string; to: string; scope?: "duties" | "all"; version?: string } & VersionOptions,
  db?: Client,
) {
  const prismaClient = await client(db);
  const started = performance.now();
  const frameworks = await prismaClient.framework.findMany({
    where: { id: { in: [input.from, input.to] } },
    select: { id: true, shortName: true, name: true, binding: true, versions: { orderBy: { validFrom: "desc" }, select: { id: true, label: true, status: true } } },
  });
  const from = frameworks.find((f) => f.id === input.from);
  const to = frameworks.find((f) => f.id === input.to);
  if (!from || !to) return null;
  const kinds = input.scope === "all" ? null : [...DUTY_KINDS];
  const version = input.version && from.versions.some((v) => v.id === input.version) ? input.version : null;
  const versions = await versionScope(input, prismaClient);
  const ids = versions.ids;

  const rows = await prismaClient.$queryRaw<(Omit<GapRow, "href" | "mappings"> & { mappings: GapMapping[] | string | null })[]>`
    WITH pair AS (
      SELECT m.id, m.explanation, m."gapSummary", m.provenance, m.confidence,
        CASE WHEN s."frameworkId" = ${input.from} THEN m."sourceId" ELSE m."targetId" END AS "ownId",
        CASE WHEN s."frameworkId" = ${input.from} THEN t.id ELSE s.id END AS "otherId",
        CASE WHEN s."frameworkId" = ${input.from} THEN t.citation ELSE s.citation END AS "otherCitation",
        CASE WHEN s."frameworkId" = ${input.from} THEN t.title ELSE s.title END AS "otherTitle",
        CASE WHEN s."frameworkId" = ${input.from} THEN t."sortOrder" ELSE s."sortOrder" END AS "otherSortOrder",
        t.citation AS "targetCitation",
        CASE
          WHEN s."frameworkId" = ${input.from} THEN m.relationship
          WHEN m.relationship = 'subset-of' THEN 'superset-of'
          WHEN m.relationship = 'superset-of' THEN 'subset-of'
          ELSE m.relationship
        END AS relationship
      FROM "Mapping" m
      JOIN "Provision" s ON s.id = m."sourceId"
      JOIN "Provision" t ON t.id = m."targetId"
      WHERE s."frameworkId" IN (${input.from}, ${input.to}) AND t."frameworkId" IN (${input.from}, ${input.to})
        AND s."frameworkId" <> t."frameworkId"
        -- the covering side (to) in scope; the covered side is scoped by the rows below
        AND (${ids}::text[] IS NULL OR (CASE WHEN s."frameworkId" = ${input.from} THEN t."versionId" ELSE s."versionId" END) = ANY(${ids}::text[]))
    )
    SELECT p.id, p.citation, p.title, p.kind, p."versionId", v.label AS "versionLabel", v.status AS "versionStatus",
      CASE
        WHEN bool_or(pair.relationship IN ('equal-to', 'equivalent-to', 'subset-of')) THEN 'covered'
        WHEN bool_or(pair.relationship IN ('intersects-with', 'superset-of')) THEN 'partial'
        WHEN COUNT(pair.id) > 0 THEN 'checked-none'
        ELSE 'unmapped'
      END AS coverage,
      COALESCE(json_agg(json_build_object(
        'mappingId', pair.id, 'relationship', pair.relationship,
        'otherId', pair."otherId", 'otherCitation', pair."otherCitation", 'otherTitle', pair."otherTitle",
        'explanation', pair.explanation, 'gapSummary', pair."gapSummary", 'gapNotCoveredBy', pair."targetCitation",
        'provenance', pair.provenance, 'confidence', pair.confidence
      ) ORDER BY pair."otherSortOrder") FILTER (WHERE pair.id IS NOT NULL), '[]'::json) AS mappings
    FROM "Provision" p
    JOIN "FrameworkVersion" v ON v.id = p."versionId"
    LEFT JOIN pair ON pair."ownId" = p.id
    WHERE p."frameworkId" = ${input.from}
      AND p.kind <> 'heading'
      AND (${kinds}::text[] IS NULL OR p.kind = ANY(${kinds}::text[]))
      AND (${version}::text IS NULL OR p."versionId" = ${version}::text)
      AND (${version}::text IS NOT NULL OR ${ids}::text[] IS NULL OR p."versionId" = ANY(${ids}::text[]))
    GROUP BY p.id, v.id
    ORDER BY v."validFrom" DESC, p."sortOrder"`;

  const gapRows: GapRow[] = rows.map((r) => ({
    ...r,
    href: provisionHref(r.id),
    mappings: (typeof r.mappings === "string" ? (JSON.parse(r.mappings) as GapMapping[]) : (r.mappings ?? [])).map((m) => ({ ...m, confidence: Number(m.confidence) })),
  }));
  const count = (c: Coverage) => gapRows.filter((r) => r.coverage === c).length;
  return {
    from,
    to,
    scope: input.scope ?? "duties",
    version,
    /** Which versions were read; `outside`: versions of the two frameworks not in force or enacted at `asOf`. */
    versions: { scope: versions.scope, asOf: versions.asOf, outside: versions.other.filter((v) => v.frameworkId === input.from || v.frameworkId === input.to) },
    rows: gapRows,
    summary: { total: gapRows.length, covered: count("covered"), partial: count("partial"), checkedNone: count("checked-none"), unmapped: count("unmapped") },
    tookMs: Math.round(performance.now() - started),
  };
}
export type GapReport = NonNullable<Awaited<ReturnType<typeof getGapReport>>>;
