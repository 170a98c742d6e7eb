import type { AssessmentResult } from "@/lib/engine/types";
import type { ItemProgress } from "@/lib/export/pdf";
import { listFrameworks } from "./queries";
import { getLatestAssessment } from "./systems";

/** Everything an export needs for a system's latest assessment, or null when there is none. */
export async function getChecklistExport(systemId: string) {
  const [assessment, frameworks] = await Promise.all([getLatestAssessment(systemId), listFrameworks()]);
  if (!assessment) return null;
  const result = assessment.result as unknown as AssessmentResult;
  const progress: Record<string, ItemProgress> = Object.fromEntries(
    assessment.checklistItems.map((i) => [i.itemKey, { status: i.status, owner: i.owner, notes: i.notes, evidence: i.evidence }]),
  );
  const profile = assessment.system.profile as { name: string; organization?: { name?: string } };
  return {
    systemName: assessment.system.name,
    organization: profile.organization?.name ?? "",
    result,
    progress,
    frameworkNames: Object.fromEntries(frameworks.map((f) => [f.id, f.shortName])),
    fileStem: assessment.system.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "system",
  };
}
