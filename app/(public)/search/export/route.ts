import { badRequest } from "@/lib/api/responses";
import { searchProvisions } from "@/lib/db/explorer";
import { getCorpusVersion } from "@/lib/db/queries";
import { download } from "@/lib/export/download";
import { searchToCsv, searchToJson } from "@/lib/export/explorer";
import { exportFormatSchema, fromSearchParams, searchQuerySchema } from "@/lib/schemas/explorer";

export const dynamic = "force-dynamic";

/** GET /search/export?q=impact+assessment&framework=&format=csv|json — the ranked hits as on screen. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const query = searchQuerySchema.safeParse(fromSearchParams(params));
  if (!query.success) return badRequest(query.error);
  if (!query.data.q) return badRequest("give a search query in q");
  const format = exportFormatSchema.safeParse(params.get("format") ?? undefined);
  if (!format.success) return badRequest(format.error);
  const result = await searchProvisions({ q: query.data.q, framework: query.data.framework });
  const name = `search-${query.data.q.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "results"}`;
  if (format.data === "csv") return download(searchToCsv(result), name, "csv");
  const corpus = await getCorpusVersion();
  return download(JSON.stringify({ view: "search", dataVersion: corpus?.version ?? null, ...searchToJson(result) }, null, 2), name, "json");
}
