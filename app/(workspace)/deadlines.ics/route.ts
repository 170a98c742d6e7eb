import { requestOrigin } from "@/lib/api/request-origin";
import { listAssessedSystems } from "@/lib/db/deadlines";
import { deadlinesAcrossSystems } from "@/lib/engine/deadlines";
import { download } from "@/lib/export/download";
import { deadlinesToIcs } from "@/lib/export/ics";
import { isoDate } from "@/lib/format";

export const dynamic = "force-dynamic";

/** GET /deadlines.ics: every assessed system's dated binding duties in one calendar. */
export async function GET(request: Request) {
  const now = new Date();
  const events = deadlinesAcrossSystems(await listAssessedSystems(), { asOf: isoDate(now) });
  const ics = deadlinesToIcs(events, { calendarName: "AI compliance deadlines", now, baseUrl: requestOrigin(request.headers) });
  return download(ics, `ai-compliance-deadlines-${isoDate(now)}`, "ics");
}
