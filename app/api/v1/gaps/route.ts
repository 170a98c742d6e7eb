import { corpusRoute, notFound, parseQuery } from "@/lib/api/http";
import { gapReportResource } from "@/lib/api/resources";
import { getGapReport } from "@/lib/db/queries";
import { gapsApiQuerySchema } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/gaps?from=&to=&scope=&version=: how well `to` covers each provision of `from`. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute(async ({ url }) => {
  const query = parseQuery(url, gapsApiQuerySchema);
  if (!query.ok) return query.response;
  const report = await getGapReport(query.data);
  if (!report) return notFound(`no framework has the id "${query.data.from}" or "${query.data.to}"`);
  return { json: gapReportResource(report) };
});
