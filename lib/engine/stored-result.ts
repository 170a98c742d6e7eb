import type { AssessmentResult, ChecklistItem, Classification, Obligation } from "./types";

type Loose<T> = Partial<T> & Record<string, unknown>;

/**
 * An assessment stored by an earlier engine lacks the v2 fields (status, open questions,
 * scope, ifNotProhibited…). Fills them with the values that engine implied — everything it
 * listed applied and was confirmed — so old records still render and export unchanged.
 */
export function upgradeStoredResult(raw: unknown): AssessmentResult {
  const r = raw as Loose<AssessmentResult>;
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
    explanations: r.explanations ?? [],
    openQuestions: r.openQuestions ?? [],
    exemptions: r.exemptions ?? [],
    warnings: r.warnings ?? [],
    checklist: (r.checklist ?? []).map((i) => ({ status: "applies", openQuestions: [], ...(i as Loose<ChecklistItem>) }) as ChecklistItem),
    stats: { mayApply: 0, ...(r.stats as Partial<AssessmentResult["stats"]>) } as AssessmentResult["stats"],
  };
}
