import { Prisma } from "@/generated/prisma/client";
import { citationQuery } from "@/lib/search/citation-query";
import { suggestQueries } from "@/lib/search/did-you-mean";
import { HIGHLIGHT_MARKERS } from "@/lib/search/highlight";
import { expandQuery, SYNONYM_GROUPS } from "@/lib/search/synonyms";
import { termWords } from "@/lib/schemas/search-synonyms";
import { client, provisionHref, type Client } from "./shared";
import { versionScope, type VersionOptions } from "./version-scope";

// Full-text and citation search: the search page and its export, the API's /search, MCP.

export const SEARCH_LIMIT = 50;
const { start: HIGHLIGHT_START, stop: HIGHLIGHT_STOP } = HIGHLIGHT_MARKERS;

// The expressions of the two indexes in prisma/migrations/20261125120000_search, verbatim.
const DOCUMENT = Prisma.sql`(setweight(to_tsvector('english', p."citation" || ' ' || p."title"), 'A') || setweight(to_tsvector('english', p."summary"), 'B'))`;
// D, C, B, A: the summary (B) counts a quarter of the citation and title (A).
const RANK_WEIGHTS = Prisma.sql`'{0.05, 0.1, 0.25, 1.0}'::float4[]`;
const BINDING_BOOST = 0.5;
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

const escapeLike = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
/** `fn(v1) || fn(v2) || …`: a tsquery matching any spelling of the query. */
const anyOf = (fn: "websearch_to_tsquery" | "phraseto_tsquery" | "plainto_tsquery", variants: string[]) =>
  Prisma.join(variants.map((v) => Prisma.sql`${Prisma.raw(fn)}('english', ${v})`), " || ");

type Row = Omit<SearchHit, "href"> & { total: number; outsideScope: number; facets: { frameworkId: string; count: number }[] | string | null };

/**
 * Ranked full-text search over citations, titles and summaries. Citations come first when
 * the query is one ("Art. 26", "6-1-1703"): the exact provision, then its paragraphs in the
 * law's order; everything else is ordered by ts_rank_cd over a weighted document (citation and
 * title A, summary B), with a boost when the words occur as a phrase. Each term of the synonym
 * list (data/search-synonyms.json) also finds the other terms of its group ("FRIA" finds
 * "fundamental rights impact assessment"). Only the versions in force or enacted at `asOf`
 * (today) are searched unless `versions` is "all"; then they still rank above the others.
 * When nothing matches, `didYouMean` offers the closest spellings from the corpus vocabulary.
 */
export async function searchProvisions(
  input: { q: string; framework?: string; limit?: number; offset?: number } & VersionOptions,
  db?: Client,
) {
  const prismaClient = await client(db);
  const started = performance.now();
  const q = input.q.trim();
  const citation = citationQuery(q);
  const prefix = prefixQuery(q);
  const expansion = expandQuery(q);
  const variants = expansion.variants;
  const like = escapeLike(q);
  const likes = variants.map(escapeLike);
  const framework = input.framework ?? null;
  const headlineOptions = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}`;
  const scope = await versionScope(input, prismaClient);

  // Candidates come from four index-friendly arms (GIN for text, text_pattern_ops for citation
  // prefixes, a plain scan of the short title and citation for partial words); only candidates
  // in the version scope are ranked, and each document is built once per candidate.
  const query = (framework: string | null, offset: number, ids: string[] | null, limit = input.limit ?? SEARCH_LIMIT) => prismaClient.$queryRaw<Row[]>`
    WITH input AS (
      SELECT ${anyOf("websearch_to_tsquery", variants)} AS query,
             ${anyOf("phraseto_tsquery", variants)} AS phrase,
             ${anyOf("plainto_tsquery", variants)} AS words,
             CASE WHEN ${prefix}::text = '' THEN NULL ELSE to_tsquery('english', ${prefix}::text) END AS prefix
    ),
    found AS (
      SELECT p.id FROM "Provision" p, input i WHERE ${DOCUMENT} @@ i.query
      UNION SELECT p.id FROM "Provision" p, input i WHERE i.prefix IS NOT NULL AND ${DOCUMENT} @@ i.prefix
      UNION SELECT p.id FROM "Provision" p WHERE ${citation}::text IS NOT NULL AND ${NORMALISED_CITATION} LIKE ${citation}::text || '%'
      UNION SELECT p.id FROM "Provision" p WHERE p.title ILIKE ANY(${likes}::text[]) OR p.citation ILIKE ${like}
    ),
    candidates AS (
      SELECT f.id FROM found f JOIN "Provision" p ON p.id = f.id
      WHERE ${ids}::text[] IS NULL OR p."versionId" = ANY(${ids}::text[])
    ),
    facets AS (
      SELECT p."frameworkId", COUNT(*)::int AS count FROM candidates c JOIN "Provision" p ON p.id = c.id GROUP BY p."frameworkId"
    ),
    scored AS (
      SELECT p.id, p."frameworkId", p."versionId", p.citation, p.title, p.summary, p.kind, p."sortOrder",
        p."versionId" = ANY(${scope.currentIds}::text[]) AS current,
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
          + CASE WHEN p.title ILIKE ANY(${likes}::text[]) THEN 0.2 ELSE 0 END
          -- at similar relevance, binding law before voluntary standards and guidance
          + CASE WHEN fw.binding THEN ${BINDING_BOOST}::float8 ELSE 0 END AS rank
      FROM candidates c
      JOIN "Provision" p ON p.id = c.id
      JOIN "Framework" fw ON fw.id = p."frameworkId"
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
      (SELECT COUNT(*) FROM found x JOIN "Provision" p ON p.id = x.id
        WHERE ${ids}::text[] IS NOT NULL AND NOT p."versionId" = ANY(${ids}::text[])
          AND (${framework}::text IS NULL OR p."frameworkId" = ${framework}::text))::int AS "outsideScope",
      (SELECT json_agg(facets) FROM facets) AS facets
    FROM scored m
    CROSS JOIN input i
    JOIN "FrameworkVersion" v ON v.id = m."versionId"
    JOIN "Framework" f ON f.id = m."frameworkId"
    ORDER BY m."citationMatch" DESC,
      -- the law in force (or enacted) today before the law it replaced
      m.current DESC,
      CASE WHEN m."citationMatch" > 0 THEN f."sortOrder" END,
      CASE WHEN m."citationMatch" > 0 THEN v."validFrom" END DESC,
      CASE WHEN m."citationMatch" > 0 THEN m."sortOrder" END,
      m.rank DESC, f."sortOrder", m."sortOrder", m.id
    LIMIT ${limit} OFFSET ${offset}`;

  const offset = input.offset ?? 0;
  const rows = await query(framework, offset, scope.ids);
  // Past the last page the total and the counts still come from the first row of the whole list.
  const first = rows[0] ?? (offset ? (await query(framework, 0, scope.ids, 1))[0] : undefined);
  // With a framework filter that matches nothing, the other frameworks' counts still help.
  const facetSource = first?.facets ?? (framework ? (await query(null, 0, scope.ids, 1))[0]?.facets : null) ?? [];
  const facets = typeof facetSource === "string" ? (JSON.parse(facetSource) as { frameworkId: string; count: number }[]) : facetSource;
  // Nothing in scope: count the matches in the versions left out, from the whole list.
  const outsideScope = first ? first.outsideScope : scope.ids ? ((await query(framework, 0, null, 1))[0]?.total ?? 0) : 0;
  const total = first?.total ?? 0;
  const hits: SearchHit[] = rows.map(({ total: _total, facets: _facets, outsideScope: _outside, ...r }) => ({
    ...r,
    summaryHighlighted: withEllipses(r.summaryHighlighted, r.summary),
    href: provisionHref(r.id),
  }));
  return {
    query: q,
    citationQuery: citation,
    total,
    hits,
    facets: Object.fromEntries(facets.map((f) => [f.frameworkId, f.count])) as Record<string, number>,
    /** Terms of the query found in the synonym list, and what else they were searched as. */
    synonyms: expansion.matched,
    /** Closest queries from the corpus vocabulary, when nothing matches. */
    didYouMean: total === 0 && q ? suggestQueries(q, await searchVocabulary(scope.ids, prismaClient)) : [],
    versions: { scope: scope.scope, asOf: scope.asOf, outsideScope },
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

export type SearchResult = Awaited<ReturnType<typeof searchProvisions>>;

// The vocabulary changes only when the corpus is re-seeded (a restart): keep it a few minutes.
const VOCABULARY_TTL_MS = 10 * 60 * 1000;
const vocabularies = new WeakMap<Client, Map<string, { at: number; words: Map<string, number> }>>();

/** Words of the provisions in scope (at least 3 letters) with how often they occur, plus the synonym list's terms. */
export async function searchVocabulary(ids: string[] | null, db?: Client): Promise<Map<string, number>> {
  const prismaClient = await client(db);
  const key = ids ? [...ids].sort().join(",") : "*";
  const cache = vocabularies.get(prismaClient) ?? new Map<string, { at: number; words: Map<string, number> }>();
  vocabularies.set(prismaClient, cache);
  const cached = cache.get(key);
  if (cached && Date.now() - cached.at < VOCABULARY_TTL_MS) return cached.words;
  const rows = await prismaClient.$queryRaw<{ word: string; count: number }[]>`
    SELECT w AS word, COUNT(*)::int AS count
    FROM "Provision" p CROSS JOIN LATERAL regexp_split_to_table(lower(p.citation || ' ' || p.title || ' ' || p.summary), '[^a-z0-9]+') AS w
    WHERE length(w) >= 3 AND w ~ '[a-z]' AND (${ids}::text[] IS NULL OR p."versionId" = ANY(${ids}::text[]))
    GROUP BY w`;
  const words = new Map(rows.map((r) => [r.word, r.count]));
  for (const group of SYNONYM_GROUPS)
    for (const term of group.terms) for (const word of termWords(term)) if (word.length >= 3 && !words.has(word)) words.set(word, 1);
  cache.set(key, { at: Date.now(), words });
  return words;
}

/** Concepts whose name or description mentions the query or one of its synonyms (shown above provision hits). */
export async function searchConcepts(q: string, db?: Client) {
  const words = q.trim();
  if (words.length < 3 && !expandQuery(words).matched.length) return [];
  const variants = expandQuery(words).variants;
  const likes = variants.map(escapeLike);
  return (await client(db)).$queryRaw<{ id: string; name: string; description: string }[]>`
    SELECT id, name, description FROM "Concept"
    WHERE name ILIKE ANY(${likes}::text[])
       OR to_tsvector('english', name || ' ' || description) @@ (${anyOf("websearch_to_tsquery", variants)})
    ORDER BY (name ILIKE ANY(${likes}::text[])) DESC, "sortOrder" LIMIT 5`;
}
