import { readStoredAssessment } from "@/lib/engine/stored-result";
import { answersAsGiven, type Draft } from "@/lib/questionnaire/questions";
import { QUESTIONNAIRE_STEPS } from "@/lib/schemas/questionnaire";
import { checklistStatusSchema, type ItemProgress } from "@/lib/schemas/checklist";
import { listFrameworks } from "./queries";
import { getLatestAssessment } from "./systems";

/**
 * A system's latest assessment with its checklist progress and framework names, as the
 * system page and every export (PDF, CSV, JSON) show it; null when it was never assessed.
 */
export async function getAssessedSystem(systemId: string) {
  const [assessment, frameworks] = await Promise.all([getLatestAssessment(systemId), listFrameworks()]);
  if (!assessment) return null;
  const progress: Record<string, ItemProgress> = Object.fromEntries(
    assessment.checklistItems.map((i) => [
      i.itemKey,
      { status: checklistStatusSchema.catch("not-started").parse(i.status), owner: i.owner, notes: i.notes, evidence: i.evidence },
    ]),
  );
  const profile = assessment.system.profile as { name: string; organization?: { name?: string } };
  // The answers the stored assessment was made from (older records: the system's current answers).
  const { result, profileUsed } = readStoredAssessment(assessment.result);
  const answers = answersAsGiven((profileUsed ?? assessment.system.profile) as Draft, Object.fromEntries(QUESTIONNAIRE_STEPS.map((s) => [s.id, s.title])));
  return {
    assessmentId: assessment.id,
    systemName: assessment.system.name,
    organization: profile.organization?.name ?? "",
    result,
    answers,
    progress,
    frameworkNames: Object.fromEntries(frameworks.map((f) => [f.id, f.shortName])),
    fileStem: assessment.system.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "system",
  };
}
