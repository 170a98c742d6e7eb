import { corpusRoute, parseQuery } from "@/lib/api/http";
import { pageOf, pageWindow } from "@/lib/api/pagination";
import { conceptResource } from "@/lib/api/resources";
import { listConceptSummaries } from "@/lib/db/queries";
import { pageQuerySchema } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/concepts: the concept taxonomy with counts, paged. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute(async ({ url, corpusVersion }) => {
  const query = parseQuery(url, pageQuerySchema);
  if (!query.ok) return query.response;
  const window = pageWindow(query.data, url, corpusVersion);
  if (!window.ok) return window.response;
  const list = await listConceptSummaries(window.window);
  return pageOf(list.items.map(conceptResource), list.total, window.window, url, corpusVersion);
});
