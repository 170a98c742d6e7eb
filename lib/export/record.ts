import type { AssessmentResult } from "@/lib/engine/types";
import type { AssessmentRecord } from "@/lib/schemas/assessment-record";
import type { ItemProgress } from "@/lib/schemas/checklist";

export type RecordInput = {
  systemName: string;
  organization: string;
  result: AssessmentResult;
  answers: AssessmentRecord["answers"];
  progress: Record<string, ItemProgress>;
  signOff?: Partial<AssessmentRecord["signOff"]>;
};

/** The assessment record every export carries: the system, the answers as given, the result and the checklist progress. */
export function buildAssessmentRecord(input: RecordInput): AssessmentRecord {
  return {
    system: input.systemName,
    organization: input.organization,
    answers: input.answers,
    progress: input.progress,
    signOff: { preparedBy: input.signOff?.preparedBy ?? null, reviewedBy: input.signOff?.reviewedBy ?? null, date: input.signOff?.date ?? null },
    ...input.result,
  };
}
