import { z } from "zod";
import { comparisonSchema } from "@/lib/schemas/framework";
import type { Prisma } from "@/generated/prisma/client";
import { RELATIONSHIP_STRENGTH, relationshipFrom } from "@/lib/engine/crosswalk";
import { relationshipSchema, type Relationship } from "@/lib/schemas/common";
import type { MappingOrigin, MappingReview } from "@/lib/schemas/framework";
import { readProvenance } from "./review";
import { client, provisionHref, type Client, type PageWindow } from "./shared";
import { versionScope, type ScopedVersion, type VersionOptions, type VersionScope } from "./version-scope";

// Mappings between provisions: the crosswalk matrix (page, export, API /crosswalk, MCP), the
// landing page's pair counts and the filtered list (API /mappings, MCP).

// ───────────────────────────── crosswalk matrix ─────────────────────────────

export type MatrixAxisItem = { id: string; citation: string; title: string; href: string; versionId: string; versionLabel: string; versionStatus: string };
export type MatrixMapping = {
  id: string;
  sourceCitation: string;
  targetCitation: string;
  /** As recorded: from the mapping's source to its target. */
  relationship: Relationship;
  rationale: string;
  confidence: number;
  explanation: string;
  gapSummary: string | null;
  provenance: string;
  /** Who or what made the mapping, when, and whether a reviewer confirmed it. */
  origin: MappingOrigin;
  review: MappingReview;
  provenanceLine: string;
};
export type MatrixCell =
  | { kind: "mapping"; row: string; col: string; relationship: Relationship; mappings: MatrixMapping[] }
  | { kind: "concept"; row: string; col: string };
export type Matrix = {
  from: { id: string; shortName: string; binding: boolean };
  to: { id: string; shortName: string; binding: boolean } | { id: "concepts"; shortName: "Concepts"; binding: null };
  rows: MatrixAxisItem[];
  columns: (MatrixAxisItem | (MatrixAxisItem & { description: string }))[];
  cells: MatrixCell[];
  counts: Partial<Record<Relationship | "tagged", number>>;
  /** Which versions the matrix covers; `outside`: versions of the two frameworks not in force or enacted at `asOf`. */
  versions: { scope: VersionScope; asOf: string; outside: ScopedVersion[] };
  tookMs: number;
};

const axisSelect = {
  id: true,
  citation: true,
  title: true,
  sortOrder: true,
  versionId: true,
  version: { select: { label: true, status: true, validFrom: true } },
} as const;
type AxisRow = { id: string; citation: string; title: string; sortOrder: number; versionId: string; version: { label: string; status: string; validFrom: Date } };
const toAxis = (p: AxisRow): MatrixAxisItem => ({
  id: p.id,
  citation: p.citation,
  title: p.title,
  href: provisionHref(p.id),
  versionId: p.versionId,
  versionLabel: p.version.label,
  versionStatus: p.version.status,
});
/** Current version first, then the law's own order. */
const lawOrder = (a: AxisRow, b: AxisRow) => b.version.validFrom.getTime() - a.version.validFrom.getTime() || a.sortOrder - b.sortOrder;

/**
 * Provisions of `from` against provisions of `to` (or against the concept taxonomy). Only rows
 * and columns that carry at least one mapping are returned; each cell is read from the row's side.
 * Null when a framework does not exist.
 */
export async function getCrosswalkMatrix(fromId: string, toId: string, db?: Client, options: VersionOptions = {}): Promise<Matrix | null> {
  const prismaClient = await client(db);
  const started = performance.now();
  const frameworks = await prismaClient.framework.findMany({ where: { id: { in: [fromId, toId] } }, select: { id: true, shortName: true, binding: true } });
  const from = frameworks.find((f) => f.id === fromId);
  if (!from) return null;
  // Only the versions in force or enacted today unless asked for all: the two Colorado laws never mix.
  const scope = await versionScope(options, prismaClient);
  const inScope = scope.ids ? { versionId: { in: scope.ids } } : {};
  const versions = { scope: scope.scope, asOf: scope.asOf, outside: scope.other.filter((v) => v.frameworkId === fromId || v.frameworkId === toId) };

  if (toId === "concepts") {
    const [provisions, concepts] = await Promise.all([
      prismaClient.provision.findMany({
        where: { frameworkId: fromId, kind: { not: "heading" }, concepts: { some: {} }, ...inScope },
        select: { ...axisSelect, concepts: { select: { conceptId: true } } },
      }),
      prismaClient.concept.findMany({ where: { provisions: { some: { provision: { frameworkId: fromId, ...inScope } } } }, orderBy: { sortOrder: "asc" } }),
    ]);
    provisions.sort(lawOrder);
    const cells: MatrixCell[] = provisions.flatMap((p) => p.concepts.map((c) => ({ kind: "concept" as const, row: p.id, col: c.conceptId })));
    return {
      from,
      to: { id: "concepts", shortName: "Concepts", binding: null },
      rows: provisions.map(toAxis),
      columns: concepts.map((c) => ({ id: c.id, citation: c.name, title: c.name, description: c.description, href: `/concepts/${c.id}`, versionId: "", versionLabel: "", versionStatus: "" })),
      cells,
      counts: { tagged: cells.length },
      versions,
      tookMs: Math.round(performance.now() - started),
    };
  }

  const to = frameworks.find((f) => f.id === toId);
  if (!to) return null;
  const mappings = await prismaClient.mapping.findMany({
    where: {
      OR: [
        { source: { frameworkId: fromId, ...inScope }, target: { frameworkId: toId, ...inScope } },
        { source: { frameworkId: toId, ...inScope }, target: { frameworkId: fromId, ...inScope } },
      ],
    },
    include: { source: { select: axisSelect }, target: { select: axisSelect } },
  });
  const rows = new Map<string, AxisRow>();
  const columns = new Map<string, AxisRow>();
  const cells = new Map<string, Extract<MatrixCell, { kind: "mapping" }>>();
  const counts: Matrix["counts"] = {};
  for (const m of mappings) {
    const forward = m.source.id.startsWith(`${fromId}/`);
    const row = forward ? m.source : m.target;
    const col = forward ? m.target : m.source;
    rows.set(row.id, row);
    columns.set(col.id, col);
    const relationship = relationshipFrom(row.id, { sourceId: m.sourceId, relationship: relationshipSchema.parse(m.relationship) });
    counts[relationship] = (counts[relationship] ?? 0) + 1;
    const entry: MatrixMapping = {
      id: m.id,
      sourceCitation: m.source.citation,
      targetCitation: m.target.citation,
      relationship: relationshipSchema.parse(m.relationship),
      rationale: m.rationale,
      confidence: m.confidence,
      explanation: m.explanation,
      gapSummary: m.gapSummary,
      provenance: m.provenance,
      ...readProvenance(m),
    };
    const key = `${row.id}|${col.id}`;
    const cell = cells.get(key);
    if (!cell) cells.set(key, { kind: "mapping", row: row.id, col: col.id, relationship, mappings: [entry] });
    else {
      cell.mappings.push(entry);
      if (RELATIONSHIP_STRENGTH[relationship] > RELATIONSHIP_STRENGTH[cell.relationship]) cell.relationship = relationship;
    }
  }
  return {
    from,
    to,
    rows: [...rows.values()].sort(lawOrder).map(toAxis),
    columns: [...columns.values()].sort(lawOrder).map(toAxis),
    cells: [...cells.values()],
    counts,
    versions,
    tookMs: Math.round(performance.now() - started),
  };
}

/** Mapping counts per framework pair and relationship: the crosswalk landing page. */
export async function listMappingPairs(db?: Client) {
  const rows = await (await client(db)).$queryRaw<{ a: string; b: string; relationship: string; count: number }[]>`
    SELECT LEAST(s."frameworkId", t."frameworkId") AS a, GREATEST(s."frameworkId", t."frameworkId") AS b,
           m.relationship, COUNT(*)::int AS count
    FROM "Mapping" m
    JOIN "Provision" s ON s.id = m."sourceId"
    JOIN "Provision" t ON t.id = m."targetId"
    GROUP BY 1, 2, 3 ORDER BY 1, 2`;
  const pairs = new Map<string, { a: string; b: string; total: number; byRelationship: Partial<Record<Relationship, number>> }>();
  for (const r of rows) {
    const key = `${r.a}|${r.b}`;
    const pair = pairs.get(key) ?? { a: r.a, b: r.b, total: 0, byRelationship: {} };
    pair.total += r.count;
    pair.byRelationship[r.relationship as Relationship] = r.count;
    pairs.set(key, pair);
  }
  return [...pairs.values()];
}


// ───────────────────────────── mapping list ─────────────────────────────

export type MappingFilters = {
  /** One end of the mapping in this framework… */
  from?: string;
  /** …and the other end in this one (either direction as recorded). */
  to?: string;
  /** The relationship as recorded, from the mapping's source to its target. */
  relationship?: Relationship;
  /** Either end tagged with this concept. */
  concept?: string;
};

const endSelect = { id: true, frameworkId: true, versionId: true, citation: true, title: true } as const;

/** Mappings as recorded (source → target), ordered by id; `unknown` names a filter value that does not exist. */
export async function listMappings(filters: MappingFilters, page?: PageWindow, db?: Client) {
  const prismaClient = await client(db);
  const slugs = [filters.from, filters.to].filter((s): s is string => Boolean(s));
  if (slugs.length) {
    const known = new Set((await prismaClient.framework.findMany({ where: { id: { in: slugs } }, select: { id: true } })).map((f) => f.id));
    if (filters.from && !known.has(filters.from)) return { unknown: "from" as const };
    if (filters.to && !known.has(filters.to)) return { unknown: "to" as const };
  }
  if (filters.concept && !(await prismaClient.concept.findUnique({ where: { id: filters.concept }, select: { id: true } }))) return { unknown: "concept" as const };

  const inFramework = (id: string) => ({ frameworkId: id });
  const pair: Prisma.MappingWhereInput[] =
    filters.from && filters.to
      ? [{ OR: [{ source: inFramework(filters.from), target: inFramework(filters.to) }, { source: inFramework(filters.to), target: inFramework(filters.from) }] }]
      : slugs.map((s) => ({ OR: [{ source: inFramework(s) }, { target: inFramework(s) }] }));
  const tagged = { concepts: { some: { conceptId: filters.concept } } };
  const where: Prisma.MappingWhereInput = {
    AND: [
      ...pair,
      ...(filters.relationship ? [{ relationship: filters.relationship }] : []),
      ...(filters.concept ? [{ OR: [{ source: tagged }, { target: tagged }] }] : []),
    ],
  };
  const [total, rows] = await Promise.all([
    prismaClient.mapping.count({ where }),
    prismaClient.mapping.findMany({
      where,
      orderBy: { id: "asc" },
      ...(page ? { skip: page.offset, take: page.limit } : {}),
      include: { source: { select: endSelect }, target: { select: endSelect } },
    }),
  ]);
  const items = rows.map((m) => ({
    id: m.id,
    source: m.source,
    target: m.target,
    relationship: relationshipSchema.parse(m.relationship),
    rationale: m.rationale,
    confidence: m.confidence,
    explanation: m.explanation,
    gapSummary: m.gapSummary,
    provenance: m.provenance,
    ...readProvenance(m),
    comparisons: m.comparisons === null ? [] : z.array(comparisonSchema).parse(m.comparisons),
  }));
  return { items, total };
}
export type MappingListing = Exclude<Awaited<ReturnType<typeof listMappings>>, { unknown: string }>["items"][number];
