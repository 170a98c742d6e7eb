import { corpusRoute, invalidInput, parseQuery } from "@/lib/api/http";
import { pageOf, pageWindow } from "@/lib/api/pagination";
import { provisionResource } from "@/lib/api/resources";
import { listProvisions } from "@/lib/db/queries";
import { provisionsQuerySchema } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/provisions?framework=&version=&role=&concept=&asOf=&applying=1: the framework page's filtered list, paged. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute(async ({ url, corpusVersion }) => {
  const query = parseQuery(url, provisionsQuerySchema);
  if (!query.ok) return query.response;
  const window = pageWindow(query.data, url, corpusVersion);
  if (!window.ok) return window.response;
  const { cursor: _cursor, limit: _limit, applying, ...filters } = query.data;
  const list = await listProvisions({ ...filters, applying: applying === "1" }, window.window);
  if (list.unknown) return invalidInput([{ path: list.unknown, message: `unknown ${list.unknown} "${query.data[list.unknown]}"` }]);
  return pageOf(list.items.map(provisionResource), list.total, window.window, url, corpusVersion);
});
