import { jsonExport, readExportRequest } from "@/lib/api/explorer-export";
import { getCrosswalkMatrix } from "@/lib/db/explorer";
import { download } from "@/lib/export/download";
import { matrixToCsv } from "@/lib/export/explorer";
import { crosswalkQuerySchema } from "@/lib/schemas/explorer";

export const dynamic = "force-dynamic";

/** GET /crosswalk/export?from=eu-ai-act&to=colorado-ai-act&format=csv|json */
export async function GET(request: Request) {
  const req = readExportRequest(request, crosswalkQuerySchema);
  if (!req.ok) return req.response;
  const matrix = await getCrosswalkMatrix(req.query.from, req.query.to, undefined, { versions: req.query.versions });
  if (!matrix) return Response.json({ error: "unknown framework", from: req.query.from, to: req.query.to }, { status: 404 });
  const name = `crosswalk-${matrix.from.id}--${matrix.to.id}`;
  if (req.format === "csv") return download(matrixToCsv(matrix), name, "csv");
  const { from, to, counts, rows, columns, cells } = matrix;
  return jsonExport("crosswalk-matrix", { from, to, counts, rows, columns, cells }, name);
}
