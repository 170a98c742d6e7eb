import { requestOrigin } from "@/lib/api/request-origin";
import { getAssessedSystem } from "@/lib/db/exports";
import { deadlinesFromAssessment } from "@/lib/engine/deadlines";
import { download } from "@/lib/export/download";
import { deadlinesToIcs } from "@/lib/export/ics";
import { isoDate } from "@/lib/format";
import { systemIdSchema } from "@/lib/schemas/system";

export const dynamic = "force-dynamic";

/** GET /systems/<id>/deadlines.ics: the system's dated binding duties as all-day calendar events. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = systemIdSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: "no such system" }, { status: 404 });
  const data = await getAssessedSystem(id.data);
  if (!data) return Response.json({ error: "no assessment for this system" }, { status: 404 });
  const now = new Date();
  const events = deadlinesFromAssessment({ systemId: id.data, ...data }, { asOf: isoDate(now) });
  const ics = deadlinesToIcs(events, { calendarName: `Deadlines: ${data.systemName}`, now, baseUrl: requestOrigin(request.headers) });
  return download(ics, `${data.fileStem}-deadlines-${isoDate(now)}`, "ics");
}
