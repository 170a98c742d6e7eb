import { getChecklistExport } from "@/lib/db/exports";

export const dynamic = "force-dynamic";

/** The assessment contract plus the checklist progress, for tools and archives. */
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const data = await getChecklistExport((await params).id);
  if (!data) return Response.json({ error: "no assessment for this system" }, { status: 404 });
  return new Response(JSON.stringify({ system: data.systemName, organization: data.organization, ...data.result, progress: data.progress }, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${data.fileStem}-checklist-${data.result.asOf}.json"`,
    },
  });
}
