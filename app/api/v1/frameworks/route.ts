import { corpusRoute, parseQuery } from "@/lib/api/http";
import { pageOf, pageWindow } from "@/lib/api/pagination";
import { frameworkResource } from "@/lib/api/resources";
import { listFrameworks } from "@/lib/db/queries";
import { pageQuerySchema } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/frameworks: every framework, paged. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute(async ({ url, corpusVersion }) => {
  const query = parseQuery(url, pageQuerySchema);
  if (!query.ok) return query.response;
  const window = pageWindow(query.data, url, corpusVersion);
  if (!window.ok) return window.response;
  const all = await listFrameworks();
  const { offset, limit } = window.window;
  return pageOf(all.slice(offset, offset + limit).map(frameworkResource), all.length, window.window, url, corpusVersion);
});
