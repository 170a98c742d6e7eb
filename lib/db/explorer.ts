import { z } from "zod";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { RELATIONSHIP_STRENGTH, relationshipFrom, type Coverage } from "@/lib/engine/crosswalk";
import { citationQuery } from "@/lib/search/citation-query";
import { HIGHLIGHT_MARKERS } from "@/lib/search/highlight";
import { relationshipSchema, type Relationship } from "@/lib/schemas/common";
import { conditionSchema, type Condition } from "@/lib/schemas/condition";
import { applicationDateSchema, DUTY_KINDS, superseededDateSchema } from "@/lib/schemas/framework";
import { prisma } from "./client";

// Read queries of the researcher-facing explorer: provision pages, the matrix, the gap report,
// search and graph neighbourhoods. Every function runs its filtering and joining in Postgres
// (recursive CTEs for hierarchies and neighbourhoods) and returns plain, serialisable data.
// The last argument lets tests pass their own client.

type Client = PrismaClient;
const client = async (db?: Client) => db ?? (await prisma());
const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
const provisionHref = (id: string) => {
  const [framework, key] = id.split("/", 2);
  return `/frameworks/${framework}/${key}`;
};

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

// ───────────────────────────── provision page ─────────────────────────────

const datesSchema = z.object({
  applies: z.array(applicationDateSchema).default([]),
  history: z.array(superseededDateSchema).default([]),
  amendedBy: z.object({ act: z.string(), change: z.string(), note: z.string().optional() }).nullable().default(null),
});

export type MappedProvision = {
  mappingId: string;
  /** The relationship read from the page's provision towards the other one. */
  relationship: Relationship;
  outgoing: boolean;
  rationale: string;
  confidence: number;
  explanation: string;
  gapSummary: string | null;
  /** Citation of the mapping's target: gap summaries say what the target does not cover. */
  gapNotCoveredBy: string;
  provenance: string;
  other: { id: string; href: string; citation: string; title: string; frameworkId: string; frameworkName: string; versionLabel: string; versionStatus: string };
};

/** Everything the citable provision page shows, or null for an unknown provision. */
export async function getProvisionDetail(frameworkId: string, key: string, db?: Client) {
  const prismaClient = await client(db);
  const id = `${frameworkId}/${key}`;
  const provision = await prismaClient.provision.findUnique({
    where: { id },
    include: {
      version: { include: { framework: true } },
      concepts: { include: { concept: { select: { id: true, name: true, description: true } } }, orderBy: { concept: { sortOrder: "asc" } } },
    },
  });
  if (!provision) return null;

  const [ancestors, children, mappings] = await Promise.all([
    prismaClient.$queryRaw<{ id: string; key: string; citation: string; title: string }[]>`
      WITH RECURSIVE chain AS (
        SELECT p.id, p.key, p.citation, p.title, p."parentKey", p."versionId", 0 AS depth
        FROM "Provision" p WHERE p.id = ${id}
        UNION ALL
        SELECT parent.id, parent.key, parent.citation, parent.title, parent."parentKey", parent."versionId", chain.depth + 1
        FROM "Provision" parent
        JOIN chain ON parent.key = chain."parentKey" AND parent."versionId" = chain."versionId"
        WHERE chain.depth < 12
      )
      SELECT id, key, citation, title FROM chain WHERE depth > 0 ORDER BY depth DESC`,
    prismaClient.provision.findMany({
      where: { versionId: provision.versionId, parentKey: provision.key },
      orderBy: { sortOrder: "asc" },
      select: { id: true, key: true, citation: true, title: true, kind: true },
    }),
    prismaClient.mapping.findMany({
      where: { OR: [{ sourceId: id }, { targetId: id }] },
      include: {
        source: { select: { id: true, citation: true, title: true, frameworkId: true, version: { select: { label: true, status: true, framework: { select: { shortName: true, sortOrder: true } } } } } },
        target: { select: { id: true, citation: true, title: true, frameworkId: true, version: { select: { label: true, status: true, framework: { select: { shortName: true, sortOrder: true } } } } } },
      },
    }),
  ]);

  const mapped: (MappedProvision & { order: number })[] = mappings.map((m) => {
    const outgoing = m.sourceId === id;
    const other = outgoing ? m.target : m.source;
    return {
      mappingId: m.id,
      relationship: relationshipFrom(id, { sourceId: m.sourceId, relationship: relationshipSchema.parse(m.relationship) }),
      outgoing,
      rationale: m.rationale,
      confidence: m.confidence,
      explanation: m.explanation,
      gapSummary: m.gapSummary,
      gapNotCoveredBy: m.target.citation,
      provenance: m.provenance,
      other: {
        id: other.id,
        href: provisionHref(other.id),
        citation: other.citation,
        title: other.title,
        frameworkId: other.frameworkId,
        frameworkName: other.version.framework.shortName,
        versionLabel: other.version.label,
        versionStatus: other.version.status,
      },
      order: other.version.framework.sortOrder,
    };
  });
  mapped.sort(
    (a, b) =>
      a.order - b.order ||
      Number(a.relationship === "no-relationship") - Number(b.relationship === "no-relationship") ||
      RELATIONSHIP_STRENGTH[b.relationship] - RELATIONSHIP_STRENGTH[a.relationship] ||
      b.confidence - a.confidence ||
      a.other.citation.localeCompare(b.other.citation, "en", { numeric: true }),
  );

  const { version, concepts, ...rest } = provision;
  return {
    provision: {
      ...rest,
      appliesFrom: day(rest.appliesFrom),
      dates: datesSchema.parse(rest.dates),
      conditions: rest.conditions === null ? null : (conditionSchema.parse(rest.conditions) as Condition),
    },
    framework: version.framework,
    version: { id: version.id, label: version.label, act: version.act, status: version.status, validFrom: day(version.validFrom), validTo: day(version.validTo), sourceUrl: version.sourceUrl },
    concepts: concepts.map((c) => c.concept),
    ancestors: ancestors.map((a) => ({ ...a, href: provisionHref(a.id) })),
    children: children.map((c) => ({ ...c, href: provisionHref(c.id) })),
    mappings: mapped.map(({ order: _order, ...m }) => m),
  };
}
export type ProvisionDetail = NonNullable<Awaited<ReturnType<typeof getProvisionDetail>>>;

// ───────────────────────────── search ─────────────────────────────

export const SEARCH_LIMIT = 50;
const { start: HIGHLIGHT_START, stop: HIGHLIGHT_STOP } = HIGHLIGHT_MARKERS;

// The expressions of the two indexes in prisma/migrations/20261125120000_search, verbatim.
const DOCUMENT = Prisma.sql`(setweight(to_tsvector('english', p."citation" || ' ' || p."title"), 'A') || setweight(to_tsvector('english', p."summary"), 'B'))`;
// D, C, B, A: the summary (B) counts a quarter of the citation and title (A).
const RANK_WEIGHTS = Prisma.sql`'{0.05, 0.1, 0.25, 1.0}'::float4[]`;
const NORMALISED_CITATION = Prisma.sql`btrim(lower(regexp_replace(p."citation", '[^A-Za-z0-9]+', ' ', 'g')))`;

export type SearchHit = {
  id: string;
  href: string;
  frameworkId: string;
  frameworkName: string;
  versionLabel: string;
  versionStatus: string;
  citation: string;
  kind: string;
  summary: string;
  /** With ⟦…⟧ around matched words (see HIGHLIGHT_MARKERS). */
  titleHighlighted: string;
  summaryHighlighted: string;
  /** 3 exact citation, 2 citation prefix (its paragraphs and points), 0 text match. */
  citationMatch: number;
  rank: number;
};

/** "… fragment …" when a headline starts or ends inside the summary. */
function withEllipses(headline: string, summary: string): string {
  const plain = headline.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_STOP, "").trim();
  if (!plain || plain === summary.trim()) return headline;
  const start = summary.startsWith(plain.slice(0, 24)) ? "" : "… ";
  const end = summary.trim().endsWith(plain.slice(-24)) ? "" : " …";
  return `${start}${headline.trim()}${end}`;
}

/** Words of a free-text query as a prefix tsquery: "impact assessm" → "impact & assessm:*". */
function prefixQuery(q: string): string {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) return "";
  return words.map((w, i) => (i === words.length - 1 && w.length >= 3 ? `${w}:*` : w)).join(" & ");
}

/**
 * Ranked full-text search over citations, titles and summaries. Citations come first when
 * the query is one ("Art. 26", "6-1-1703"): the exact provision, then its paragraphs in the
 * law's order; everything else is ordered by ts_rank_cd over a weighted document (citation and
 * title A, summary B), with a boost when the words occur as a phrase.
 */
export async function searchProvisions(input: { q: string; framework?: string; limit?: number }, db?: Client) {
  const prismaClient = await client(db);
  const started = performance.now();
  const q = input.q.trim();
  const citation = citationQuery(q);
  const prefix = prefixQuery(q);
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const framework = input.framework ?? null;
  const headlineOptions = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}`;

  // Candidates come from four index-friendly arms (GIN for text, text_pattern_ops for citation
  // prefixes, a plain scan of the short title and citation for partial words); only candidates
  // are ranked, and each document is built once per candidate.
  const query = (framework: string | null) => prismaClient.$queryRaw<(Omit<SearchHit, "href"> & { total: number; facets: { frameworkId: string; count: number }[] | string | null })[]>`
    WITH input AS (
      SELECT websearch_to_tsquery('english', ${q}) AS query,
             phraseto_tsquery('english', ${q}) AS phrase,
             plainto_tsquery('english', ${q}) AS words,
             CASE WHEN ${prefix}::text = '' THEN NULL ELSE to_tsquery('english', ${prefix}::text) END AS prefix
    ),
    candidates AS (
      SELECT p.id FROM "Provision" p, input i WHERE ${DOCUMENT} @@ i.query
      UNION SELECT p.id FROM "Provision" p, input i WHERE i.prefix IS NOT NULL AND ${DOCUMENT} @@ i.prefix
      UNION SELECT p.id FROM "Provision" p WHERE ${citation}::text IS NOT NULL AND ${NORMALISED_CITATION} LIKE ${citation}::text || '%'
      UNION SELECT p.id FROM "Provision" p WHERE p.title ILIKE ${like} OR p.citation ILIKE ${like}
    ),
    facets AS (
      SELECT p."frameworkId", COUNT(*)::int AS count FROM candidates c JOIN "Provision" p ON p.id = c.id GROUP BY p."frameworkId"
    ),
    scored AS (
      SELECT p.id, p."frameworkId", p."versionId", p.citation, p.title, p.summary, p.kind, p."sortOrder",
        CASE
          WHEN ${citation}::text IS NULL THEN 0
          WHEN ${NORMALISED_CITATION} = ${citation}::text THEN 3
          WHEN ${NORMALISED_CITATION} LIKE ${citation}::text || ' %' THEN 2
          ELSE 0
        END AS "citationMatch",
        ts_rank_cd(${RANK_WEIGHTS}, d.document, i.query, 1)
          + CASE WHEN i.prefix IS NOT NULL THEN 0.5 * ts_rank_cd(${RANK_WEIGHTS}, d.document, i.prefix, 1) ELSE 0 END
          -- all the words in the title, as a phrase even better, the more so the shorter the title
          + CASE WHEN numnode(i.phrase) > 0 AND d.title @@ i.phrase THEN 1.0 + 2.0 / GREATEST(length(d.title), 1)
                 WHEN numnode(i.words) > 0 AND d.title @@ i.words THEN 0.6 + 1.0 / GREATEST(length(d.title), 1)
                 WHEN numnode(i.phrase) > 1 AND d.document @@ i.phrase THEN 0.3
                 ELSE 0 END
          + CASE WHEN p.title ILIKE ${like} THEN 0.2 ELSE 0 END AS rank
      FROM candidates c
      JOIN "Provision" p ON p.id = c.id
      CROSS JOIN input i
      CROSS JOIN LATERAL (SELECT ${DOCUMENT} AS document, to_tsvector('english', p.title) AS title) d
      WHERE ${framework}::text IS NULL OR p."frameworkId" = ${framework}::text
    )
    SELECT m.id, m."frameworkId", f."shortName" AS "frameworkName", v.label AS "versionLabel", v.status AS "versionStatus",
      m.citation, m.kind, m."citationMatch"::int AS "citationMatch", m.rank::float8 AS rank,
      ts_headline('english', m.title, i.query, ${`${headlineOptions}, HighlightAll=true`}) AS "titleHighlighted",
      -- short summaries whole, long ones as the fragments around the matches
      CASE WHEN length(m.summary) <= 320
        THEN ts_headline('english', m.summary, i.query, ${`${headlineOptions}, HighlightAll=true`})
        ELSE ts_headline('english', m.summary, i.query, ${`${headlineOptions}, MaxFragments=2, MinWords=12, MaxWords=30, FragmentDelimiter=" … "`})
      END AS "summaryHighlighted",
      m.summary,
      (COUNT(*) OVER ())::int AS total,
      (SELECT json_agg(facets) FROM facets) AS facets
    FROM scored m
    CROSS JOIN input i
    JOIN "FrameworkVersion" v ON v.id = m."versionId"
    JOIN "Framework" f ON f.id = m."frameworkId"
    ORDER BY m."citationMatch" DESC,
      CASE WHEN m."citationMatch" > 0 THEN f."sortOrder" END,
      CASE WHEN m."citationMatch" > 0 THEN v."validFrom" END DESC,
      CASE WHEN m."citationMatch" > 0 THEN m."sortOrder" END,
      m.rank DESC, f."sortOrder", m."sortOrder"
    LIMIT ${input.limit ?? SEARCH_LIMIT}`;

  const rows = await query(framework);
  // With a framework filter that matches nothing, the other frameworks' counts still help.
  const facetSource = rows[0]?.facets ?? (framework ? (await query(null))[0]?.facets : null) ?? [];
  const facets = typeof facetSource === "string" ? (JSON.parse(facetSource) as { frameworkId: string; count: number }[]) : facetSource;
  const hits: SearchHit[] = rows.map(({ total: _total, facets: _facets, ...r }) => ({
    ...r,
    summaryHighlighted: withEllipses(r.summaryHighlighted, r.summary),
    href: provisionHref(r.id),
  }));
  return {
    query: q,
    citationQuery: citation,
    total: rows[0]?.total ?? 0,
    hits,
    facets: Object.fromEntries(facets.map((f) => [f.frameworkId, f.count])) as Record<string, number>,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
export type SearchResult = Awaited<ReturnType<typeof searchProvisions>>;

/** Concepts whose name or description mentions the query (shown above provision hits). */
export async function searchConcepts(q: string, db?: Client) {
  const words = q.trim();
  if (words.length < 3) return [];
  const like = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return (await client(db)).$queryRaw<{ id: string; name: string; description: string }[]>`
    SELECT id, name, description FROM "Concept"
    WHERE name ILIKE ${like}
       OR to_tsvector('english', name || ' ' || description) @@ websearch_to_tsquery('english', ${words})
    ORDER BY (name ILIKE ${like}) DESC, "sortOrder" LIMIT 5`;
}

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
export async function getCrosswalkMatrix(fromId: string, toId: string, db?: Client): Promise<Matrix | null> {
  const prismaClient = await client(db);
  const started = performance.now();
  const frameworks = await prismaClient.framework.findMany({ where: { id: { in: [fromId, toId] } }, select: { id: true, shortName: true, binding: true } });
  const from = frameworks.find((f) => f.id === fromId);
  if (!from) return null;

  if (toId === "concepts") {
    const [provisions, concepts] = await Promise.all([
      prismaClient.provision.findMany({
        where: { frameworkId: fromId, kind: { not: "heading" }, concepts: { some: {} } },
        select: { ...axisSelect, concepts: { select: { conceptId: true } } },
      }),
      prismaClient.concept.findMany({ where: { provisions: { some: { provision: { frameworkId: fromId } } } }, orderBy: { sortOrder: "asc" } }),
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
      tookMs: Math.round(performance.now() - started),
    };
  }

  const to = frameworks.find((f) => f.id === toId);
  if (!to) return null;
  const mappings = await prismaClient.mapping.findMany({
    where: {
      OR: [
        { source: { frameworkId: fromId }, target: { frameworkId: toId } },
        { source: { frameworkId: toId }, target: { frameworkId: fromId } },
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

// ───────────────────────────── coverage and gaps ─────────────────────────────

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
 * law's order, current version first. Null when a framework does not exist.
 */
export async function getGapReport(
  input: { from: string; to: string; scope?: "duties" | "all"; version?: string },
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
    rows: gapRows,
    summary: { total: gapRows.length, covered: count("covered"), partial: count("partial"), checkedNone: count("checked-none"), unmapped: count("unmapped") },
    tookMs: Math.round(performance.now() - started),
  };
}
export type GapReport = NonNullable<Awaited<ReturnType<typeof getGapReport>>>;

// ───────────────────────────── concepts ─────────────────────────────

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

// ───────────────────────────── graph ─────────────────────────────

export const MAX_GRAPH_NODES = 5000;
// Kept small on purpose: a full graph ships thousands of these to the browser.
export type GraphNode = {
  /** "<framework>/<key>" for a provision (also its path under /frameworks), "concept:<id>" for a concept. */
  id: string;
  kind: "provision" | "concept";
  label: string;
  title: string;
  frameworkId: string | null;
  /** Hops from the focus (0 = the focus itself). */
  depth: number;
};
export type GraphEdge = { source: string; target: string; kind: "mapping" | "concept"; relationship: Relationship | null };
export type GraphData = { nodes: GraphNode[]; edges: GraphEdge[]; focus: string | null; truncated: boolean; tookMs: number };

type NodeRow = { id: string; citation: string; title: string; frameworkId: string; depth: number };

async function provisionNodes(prismaClient: Client, walk: Prisma.Sql, limit: number) {
  return prismaClient.$queryRaw<NodeRow[]>`
    WITH RECURSIVE ${walk}
    SELECT p.id, p.citation, p.title, p."frameworkId", MIN(w.depth)::int AS depth
    FROM walk w JOIN "Provision" p ON p.id = w.id
    GROUP BY p.id
    ORDER BY depth, p."frameworkId", p."sortOrder"
    LIMIT ${limit + 1}`;
}

/** Mapping edges (no-relationship excluded: it records an absence) among a set of provisions. */
async function mappingEdges(prismaClient: Client, ids: string[]): Promise<GraphEdge[]> {
  if (!ids.length) return [];
  const rows = await prismaClient.$queryRaw<{ id: string; sourceId: string; targetId: string; relationship: string }[]>`
    SELECT m.id, m."sourceId", m."targetId", m.relationship FROM "Mapping" m
    WHERE m.relationship <> 'no-relationship' AND m."sourceId" = ANY(${ids}::text[]) AND m."targetId" = ANY(${ids}::text[])`;
  return rows.map((r) => ({ source: r.sourceId, target: r.targetId, kind: "mapping", relationship: relationshipSchema.parse(r.relationship) }));
}

const toGraphNode = (r: NodeRow): GraphNode => ({
  id: r.id,
  kind: "provision",
  label: r.citation,
  title: r.title,
  frameworkId: r.frameworkId,
  depth: r.depth,
});

/** The walk over mappings in both directions, up to `depth` hops from the seed rows. */
const mappingWalk = (seed: Prisma.Sql, depth: number) => Prisma.sql`walk(id, depth) AS (
    ${seed}
    UNION
    SELECT CASE WHEN m."sourceId" = w.id THEN m."targetId" ELSE m."sourceId" END, w.depth + 1
    FROM walk w JOIN "Mapping" m ON (m."sourceId" = w.id OR m."targetId" = w.id)
    WHERE w.depth < ${depth} AND m.relationship <> 'no-relationship'
  )`;

/** A provision and every provision within `depth` mapping hops of it. */
export async function getProvisionNeighbourhood(provisionId: string, depth: number, db?: Client): Promise<GraphData | null> {
  const prismaClient = await client(db);
  const started = performance.now();
  const rows = await provisionNodes(prismaClient, mappingWalk(Prisma.sql`SELECT id, 0 FROM "Provision" WHERE id = ${provisionId}`, depth), MAX_GRAPH_NODES);
  if (!rows.length) return null;
  const truncated = rows.length > MAX_GRAPH_NODES;
  const nodes = rows.slice(0, MAX_GRAPH_NODES).map(toGraphNode);
  const edges = await mappingEdges(prismaClient, nodes.map((n) => n.id));
  return { nodes, edges, focus: provisionId, truncated, tookMs: Math.round(performance.now() - started) };
}

/** A concept, the provisions tagged with it (depth 1) and their mapping neighbours beyond. */
export async function getConceptNeighbourhood(conceptId: string, depth: number, db?: Client): Promise<GraphData | null> {
  const prismaClient = await client(db);
  const started = performance.now();
  const concept = await prismaClient.concept.findUnique({ where: { id: conceptId } });
  if (!concept) return null;
  const rows = await provisionNodes(
    prismaClient,
    mappingWalk(Prisma.sql`SELECT pc."provisionId", 1 FROM "ProvisionConcept" pc WHERE pc."conceptId" = ${conceptId}`, depth),
    MAX_GRAPH_NODES,
  );
  const truncated = rows.length > MAX_GRAPH_NODES;
  const provisions = rows.slice(0, MAX_GRAPH_NODES).map(toGraphNode);
  const conceptNode: GraphNode = { id: `concept:${concept.id}`, kind: "concept", label: concept.name, title: concept.description, frameworkId: null, depth: 0 };
  const tagEdges: GraphEdge[] = provisions
    .filter((p) => p.depth === 1)
    .map((p) => ({ source: conceptNode.id, target: p.id, kind: "concept", relationship: null }));
  const edges = [...tagEdges, ...(await mappingEdges(prismaClient, provisions.map((p) => p.id)))];
  return { nodes: [conceptNode, ...provisions], edges, focus: conceptNode.id, truncated, tookMs: Math.round(performance.now() - started) };
}

/** Every provision that takes part in at least one mapping, and every mapping between them. */
export async function getFullGraph(input: { framework?: string } = {}, db?: Client): Promise<GraphData> {
  const prismaClient = await client(db);
  const started = performance.now();
  const framework = input.framework ?? null;
  const rows = await prismaClient.$queryRaw<NodeRow[]>`
    WITH edges AS (
      SELECT m."sourceId", m."targetId" FROM "Mapping" m JOIN "Provision" s ON s.id = m."sourceId" JOIN "Provision" t ON t.id = m."targetId"
      WHERE m.relationship <> 'no-relationship'
        AND (${framework}::text IS NULL OR s."frameworkId" = ${framework}::text OR t."frameworkId" = ${framework}::text)
    ),
    linked AS (SELECT "sourceId" AS id FROM edges UNION SELECT "targetId" FROM edges)
    SELECT p.id, p.citation, p.title, p."frameworkId", 0 AS depth
    FROM linked JOIN "Provision" p ON p.id = linked.id
    ORDER BY p."frameworkId", p."sortOrder"
    LIMIT ${MAX_GRAPH_NODES + 1}`;
  const truncated = rows.length > MAX_GRAPH_NODES;
  const nodes = rows.slice(0, MAX_GRAPH_NODES).map(toGraphNode);
  const inFramework = (id: string) => !framework || id.startsWith(`${framework}/`);
  const edges = (await mappingEdges(prismaClient, nodes.map((n) => n.id))).filter((e) => inFramework(e.source) || inFramework(e.target));
  return { nodes, edges, focus: null, truncated, tookMs: Math.round(performance.now() - started) };
}
