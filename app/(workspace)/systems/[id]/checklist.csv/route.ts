import { getAssessedSystem } from "@/lib/db/exports";
import { checklistToCsv } from "@/lib/export/csv";
import { download } from "@/lib/export/download";

export const dynamic = "force-dynamic";

export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const data = await getAssessedSystem((await params).id);
  if (!data) return Response.json({ error: "no assessment for this system" }, { status: 404 });
  return download(checklistToCsv(data.result, data.progress), `${data.fileStem}-checklist-${data.result.asOf}`, "csv");
}
