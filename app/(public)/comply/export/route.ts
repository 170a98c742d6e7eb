import { jsonExport, readExportRequest } from "@/lib/api/explorer-export";
import { invalidInput } from "@/lib/api/problem";
import { getComplyReport } from "@/lib/db/queries/comply";
import { complyReportToCsv } from "@/lib/export/comply";
import { download } from "@/lib/export/download";
import { complyQuerySchema } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** GET /comply/export?jurisdictions=EU,US-CO&concept=&asOf=&format=csv|json: the comply page as a file. */
export async function GET(request: Request) {
  const req = readExportRequest(request, complyQuerySchema);
  if (!req.ok) return req.response;
  const { voluntary, ...selection } = req.query;
  const report = await getComplyReport({ ...selection, voluntary: voluntary === "1" });
  if (report.unknown) return invalidInput([{ path: report.unknown, message: `unknown ${report.unknown === "concept" ? "concept" : "framework"} "${report.value}"` }]);
  if (report.empty) return invalidInput(`no framework of the chosen jurisdictions has a version in force or enacted on ${report.asOf}`);
  const name = `comply-${report.asOf}${selection.concept ? `-${selection.concept}` : ""}`;
  if (req.format === "csv") return download(complyReportToCsv(report), name, "csv");
  return jsonExport("comply", { query: req.query, ...report }, name);
}
