import { assessmentChangesSchema } from "@/lib/schemas/assessment-changes";
import { profileSchema, type SystemProfile } from "@/lib/schemas/profile";
import type { AssessmentResult, ChecklistItem, Classification, Obligation } from "./types";

type Loose<T> = Partial<T> & Record<string, unknown>;

/**
 * An assessment stored by an earlier engine lacks the v2 fields (status, open questions,
 * scope, ifNotProhibited…). Fills them with the values that engine implied — everything it
 * listed applied and was confirmed — so old records still render and export unchanged.
 */
export function upgradeStoredResult(raw: unknown): AssessmentResult {
  // `profileUsed` is stored beside the result (see readStoredAssessment), not part of the contract.
  const { profileUsed: _answers, ...r } = raw as Loose<AssessmentResult>;
  const obligation = (o: Loose<Obligation>): Obligation =>
    ({
      status: "applies",
      openQuestions: [],
      appliesFromNote: null,
      appliesFromContested: null,
      penalties: [],
      ...o,
    }) as Obligation;
  const obligations = (r.obligations ?? []).map((o) => obligation(o as Loose<Obligation>));
  return {
    ...(r as AssessmentResult),
    classifications: (r.classifications ?? []).map((c) => ({ confirmed: true, openQuestions: [], ...(c as Loose<Classification>) }) as Classification),
    scope: r.scope ?? [],
    obligations,
    ifNotProhibited: (r.ifNotProhibited ?? []).map((o) => obligation(o as Loose<Obligation>)),
    notApplicable: r.notApplicable ?? [],
    explanations: r.explanations ?? [],
    openQuestions: r.openQuestions ?? [],
    exemptions: r.exemptions ?? [],
    warnings: r.warnings ?? [],
    checklist: (r.checklist ?? []).map((i) => ({ status: "applies", openQuestions: [], ...(i as Loose<ChecklistItem>) }) as ChecklistItem),
    stats: { mayApply: 0, ...(r.stats as Partial<AssessmentResult["stats"]>) } as AssessmentResult["stats"],
    changesSincePrevious: assessmentChangesSchema.nullable().catch(null).parse(r.changesSincePrevious ?? null),
  };
}

/**
 * A stored assessment: its result, upgraded, and the answers it was made from (`profileUsed`,
 * stored in the same JSON since "What changed"; null for older records or answers that no
 * longer pass the profile schema).
 */
export function readStoredAssessment(raw: unknown): { result: AssessmentResult; profileUsed: SystemProfile | null } {
  const answers = profileSchema.safeParse((raw as { profileUsed?: unknown } | null)?.profileUsed);
  return { result: upgradeStoredResult(raw), profileUsed: answers.success ? answers.data : null };
}
