import { getAssessedSystem } from "@/lib/db/exports";
import { download } from "@/lib/export/download";
import { renderChecklistPdf } from "@/lib/export/pdf";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const data = await getAssessedSystem((await params).id);
  if (!data) return Response.json({ error: "no assessment for this system" }, { status: 404 });
  const pdf = await renderChecklistPdf(data);
  return download(new Uint8Array(pdf), `${data.fileStem}-checklist-${data.result.asOf}`, "pdf");
}
