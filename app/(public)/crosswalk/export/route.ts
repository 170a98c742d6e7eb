import { badRequest } from "@/lib/api/responses";
import { getCorpusVersion } from "@/lib/db/queries";
import { getCrosswalkMatrix } from "@/lib/db/explorer";
import { download } from "@/lib/export/download";
import { matrixToCsv } from "@/lib/export/explorer";
import { crosswalkQuerySchema, exportFormatSchema, fromSearchParams } from "@/lib/schemas/explorer";

export const dynamic = "force-dynamic";

/** GET /crosswalk/export?from=eu-ai-act&to=colorado-ai-act&format=csv|json */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const query = crosswalkQuerySchema.safeParse(fromSearchParams(params));
  if (!query.success) return badRequest(query.error);
  const format = exportFormatSchema.safeParse(params.get("format") ?? undefined);
  if (!format.success) return badRequest(format.error);
  const matrix = await getCrosswalkMatrix(query.data.from, query.data.to);
  if (!matrix) return Response.json({ error: "unknown framework", from: query.data.from, to: query.data.to }, { status: 404 });
  const name = `crosswalk-${matrix.from.id}--${matrix.to.id}`;
  if (format.data === "csv") return download(matrixToCsv(matrix), name, "csv");
  const corpus = await getCorpusVersion();
  return download(JSON.stringify({ view: "crosswalk-matrix", from: matrix.from, to: matrix.to, dataVersion: corpus?.version ?? null, counts: matrix.counts, rows: matrix.rows, columns: matrix.columns, cells: matrix.cells }, null, 2), name, "json");
}
