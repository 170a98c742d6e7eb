import { badRequest } from "@/lib/api/responses";
import { getGapReport } from "@/lib/db/explorer";
import { getCorpusVersion } from "@/lib/db/queries";
import { download } from "@/lib/export/download";
import { gapReportToCsv } from "@/lib/export/explorer";
import { exportFormatSchema, fromSearchParams, gapQuerySchema } from "@/lib/schemas/explorer";

export const dynamic = "force-dynamic";

/** GET /gaps/export?from=colorado-ai-act&to=eu-ai-act&scope=duties|all&version=&format=csv|json */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const query = gapQuerySchema.safeParse(fromSearchParams(params));
  if (!query.success) return badRequest(query.error);
  const format = exportFormatSchema.safeParse(params.get("format") ?? undefined);
  if (!format.success) return badRequest(format.error);
  const report = await getGapReport(query.data);
  if (!report) return Response.json({ error: "unknown framework", from: query.data.from, to: query.data.to }, { status: 404 });
  const name = `gaps-${report.from.id}--${report.to.id}${report.version ? `-${report.version.split("@")[1]}` : ""}`;
  if (format.data === "csv") return download(gapReportToCsv(report), name, "csv");
  const corpus = await getCorpusVersion();
  return download(JSON.stringify({ view: "gap-report", dataVersion: corpus?.version ?? null, ...report }, null, 2), name, "json");
}
