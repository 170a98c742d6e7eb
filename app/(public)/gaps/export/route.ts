import { jsonExport, readExportRequest } from "@/lib/api/explorer-export";
import { getGapReport } from "@/lib/db/explorer";
import { download } from "@/lib/export/download";
import { gapReportToCsv } from "@/lib/export/explorer";
import { gapQuerySchema } from "@/lib/schemas/explorer";

export const dynamic = "force-dynamic";

/** GET /gaps/export?from=colorado-ai-act&to=eu-ai-act&scope=duties|all&version=&format=csv|json */
export async function GET(request: Request) {
  const req = readExportRequest(request, gapQuerySchema);
  if (!req.ok) return req.response;
  const report = await getGapReport(req.query);
  if (!report) return Response.json({ error: "unknown framework", from: req.query.from, to: req.query.to }, { status: 404 });
  const name = `gaps-${report.from.id}--${report.to.id}${report.version ? `-${report.version.split("@")[1]}` : ""}`;
  if (req.format === "csv") return download(gapReportToCsv(report), name, "csv");
  return jsonExport("gap-report", { ...report }, name);
}
