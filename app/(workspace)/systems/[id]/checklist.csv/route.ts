import { getAssessedSystem } from "@/lib/db/exports";
import { assessmentRecordToCsv } from "@/lib/export/csv";
import { download } from "@/lib/export/download";
import { buildAssessmentRecord } from "@/lib/export/record";

export const dynamic = "force-dynamic";

/** The assessment record as one CSV table (a `section` column per part; same content as the JSON). */
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const data = await getAssessedSystem((await params).id);
  if (!data) return Response.json({ error: "no assessment for this system" }, { status: 404 });
  return download(assessmentRecordToCsv(buildAssessmentRecord(data), data.frameworkNames), `${data.fileStem}-assessment-${data.result.asOf}`, "csv");
}
