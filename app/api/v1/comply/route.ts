import { corpusRoute, invalidInput, parseQuery } from "@/lib/api/http";
import { complyResource } from "@/lib/api/comply";
import { getComplyReport } from "@/lib/db/queries/comply";
import { complyQuerySchema } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/comply?jurisdictions=EU,US-CO&concept=incident-reporting: the harmonised requirement per concept. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute(async ({ url }) => {
  const query = parseQuery(url, complyQuerySchema);
  if (!query.ok) return query.response;
  const { voluntary, ...selection } = query.data;
  const report = await getComplyReport({ ...selection, voluntary: voluntary === "1" });
  if (report.unknown) return invalidInput([{ path: report.unknown, message: `unknown ${report.unknown === "concept" ? "concept" : "framework"} "${report.value}"` }]);
  if (report.empty) return invalidInput([{ path: "jurisdictions", message: `no framework of the chosen jurisdictions has a version in force or enacted on ${report.asOf}` }]);
  return { json: complyResource(report) };
});
