import { corpusRoute, invalidInput, parseQuery } from "@/lib/api/http";
import { pageOf, pageWindow } from "@/lib/api/pagination";
import { mappingResource } from "@/lib/api/resources";
import { listMappings } from "@/lib/db/queries";
import { mappingsQuerySchema } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/mappings?from=&to=&relationship=&concept=: mappings as recorded, paged. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute(async ({ url, corpusVersion }) => {
  const query = parseQuery(url, mappingsQuerySchema);
  if (!query.ok) return query.response;
  const window = pageWindow(query.data, url, corpusVersion);
  if (!window.ok) return window.response;
  const { cursor: _cursor, limit: _limit, ...filters } = query.data;
  const list = await listMappings(filters, window.window);
  if (list.unknown) return invalidInput([{ path: list.unknown, message: `unknown ${list.unknown === "concept" ? "concept" : "framework"} "${query.data[list.unknown]}"` }]);
  return pageOf(list.items.map(mappingResource), list.total, window.window, url, corpusVersion);
});
