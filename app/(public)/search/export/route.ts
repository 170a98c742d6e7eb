import { jsonExport, readExportRequest } from "@/lib/api/explorer-export";
import { badRequest } from "@/lib/api/responses";
import { searchProvisions } from "@/lib/db/explorer";
import { download } from "@/lib/export/download";
import { searchToCsv, searchToJson } from "@/lib/export/explorer";
import { searchQuerySchema } from "@/lib/schemas/explorer";

export const dynamic = "force-dynamic";

/** GET /search/export?q=impact+assessment&framework=&format=csv|json — the ranked hits as on screen. */
export async function GET(request: Request) {
  const req = readExportRequest(request, searchQuerySchema);
  if (!req.ok) return req.response;
  if (!req.query.q) return badRequest("give a search query in q");
  const result = await searchProvisions({ q: req.query.q, framework: req.query.framework, versions: req.query.versions });
  const name = `search-${req.query.q.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "results"}`;
  if (req.format === "csv") return download(searchToCsv(result), name, "csv");
  return jsonExport("search", { ...searchToJson(result) }, name);
}
