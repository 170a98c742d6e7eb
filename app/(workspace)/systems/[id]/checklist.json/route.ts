import { getAssessedSystem } from "@/lib/db/exports";
import { download } from "@/lib/export/download";

export const dynamic = "force-dynamic";

/** The assessment contract plus the checklist progress, for tools and archives. */
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const data = await getAssessedSystem((await params).id);
  if (!data) return Response.json({ error: "no assessment for this system" }, { status: 404 });
  const body = { system: data.systemName, organization: data.organization, ...data.result, progress: data.progress };
  return download(JSON.stringify(body, null, 2), `${data.fileStem}-checklist-${data.result.asOf}`, "json");
}
