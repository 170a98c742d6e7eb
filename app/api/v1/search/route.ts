import { corpusRoute, parseQuery } from "@/lib/api/http";
import { pageOf, pageWindow } from "@/lib/api/pagination";
import { searchHitResource } from "@/lib/api/resources";
import { searchConcepts, searchProvisions } from "@/lib/db/queries";
import { searchApiQuerySchema } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/search?q=&framework=: ranked search, paged (citations first, then relevance). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute(async ({ url, corpusVersion }) => {
  const query = parseQuery(url, searchApiQuerySchema);
  if (!query.ok) return query.response;
  const window = pageWindow(query.data, url, corpusVersion);
  if (!window.ok) return window.response;
  const { offset, limit } = window.window;
  const [result, concepts] = await Promise.all([
    searchProvisions({ q: query.data.q, framework: query.data.framework, versions: query.data.versions, offset, limit }),
    searchConcepts(query.data.q),
  ]);
  const page = pageOf(result.hits.map(searchHitResource), result.total, window.window, url, corpusVersion);
  return {
    json: { query: result.query, citationQuery: result.citationQuery, facets: result.facets, concepts, ...page.json },
    headers: page.headers,
  };
});
