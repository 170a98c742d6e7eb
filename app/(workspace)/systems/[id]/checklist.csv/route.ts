import { getChecklistExport } from "@/lib/db/exports";
import { checklistToCsv } from "@/lib/export/csv";

export const dynamic = "force-dynamic";

export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const data = await getChecklistExport((await params).id);
  if (!data) return Response.json({ error: "no assessment for this system" }, { status: 404 });
  return new Response(checklistToCsv(data.result, data.progress), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${data.fileStem}-checklist-${data.result.asOf}.csv"`,
    },
  });
}
