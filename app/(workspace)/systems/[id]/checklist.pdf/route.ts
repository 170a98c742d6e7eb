import { getChecklistExport } from "@/lib/db/exports";
import { renderChecklistPdf } from "@/lib/export/pdf";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const data = await getChecklistExport((await params).id);
  if (!data) return Response.json({ error: "no assessment for this system" }, { status: 404 });
  const pdf = await renderChecklistPdf(data);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${data.fileStem}-checklist-${data.result.asOf}.pdf"`,
    },
  });
}
