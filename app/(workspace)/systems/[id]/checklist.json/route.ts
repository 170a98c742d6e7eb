import { getAssessedSystem } from "@/lib/db/exports";
import { download } from "@/lib/export/download";
import { buildAssessmentRecord } from "@/lib/export/record";

export const dynamic = "force-dynamic";

/** The assessment record (schema: /api/v1/schema/assessment-record), for tools and archives. */
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const data = await getAssessedSystem((await params).id);
  if (!data) return Response.json({ error: "no assessment for this system" }, { status: 404 });
  const record = buildAssessmentRecord(data);
  return download(JSON.stringify(record, null, 2), `${data.fileStem}-assessment-${data.result.asOf}`, "json");
}
