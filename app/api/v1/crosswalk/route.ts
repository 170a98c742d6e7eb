import { corpusRoute, notFound, parseQuery } from "@/lib/api/http";
import { crosswalkResource } from "@/lib/api/resources";
import { getCrosswalkMatrix } from "@/lib/db/queries";
import { crosswalkApiQuerySchema } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/crosswalk?from=&to=: the matrix of mapped provisions (or `to=concepts`). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute(async ({ url }) => {
  const query = parseQuery(url, crosswalkApiQuerySchema);
  if (!query.ok) return query.response;
  const matrix = await getCrosswalkMatrix(query.data.from, query.data.to, undefined, { versions: query.data.versions });
  if (!matrix) return notFound(`no framework has the id "${query.data.from}" or "${query.data.to}"`);
  return { json: crosswalkResource(matrix) };
});
