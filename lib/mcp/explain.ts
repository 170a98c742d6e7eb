import { rolesUnder } from "@/lib/engine/facts";
import type { AssessmentResult, EngineCorpus, EngineFramework, EngineProvision } from "@/lib/engine/types";
import { DUTY_KINDS } from "@/lib/schemas/framework";
import type { SystemProfile } from "@/lib/schemas/profile";
import type { ExplainApplicabilityOutput } from "./schemas";

type Because = NonNullable<ExplainApplicabilityOutput["because"]>;

/** Finds a provision (any version) and its framework in the corpus. */
export function findProvision(corpus: EngineCorpus, id: string): { framework: EngineFramework; provision: EngineProvision } | null {
  for (const framework of corpus.frameworks)
    for (const version of framework.versions) {
      const provision = version.provisions.find((p) => p.id === id);
      if (provision) return { framework, provision };
    }
  return null;
}

/**
 * Why one provision applies to a system or not, read from the engine's assessment of it: the
 * obligation's `why` lines, the `notApplicable` reason, the exclusion, exemption, status rule
 * or class it concerns, or why the engine did not consider it (jurisdiction, a voluntary
 * framework the profile does not follow, another version governing on the date). No rule is
 * decided here: every answer comes from `assess()`'s result.
 */
export function explainApplicability(
  profile: SystemProfile,
  corpus: EngineCorpus,
  result: AssessmentResult,
  found: { framework: EngineFramework; provision: EngineProvision },
): ExplainApplicabilityOutput {
  const { framework, provision: p } = found;
  const version = framework.versions.find((v) => v.id === p.versionId)!;
  const classification = result.classifications.find((c) => c.framework === framework.id && c.subject === "system") ?? null;
  const base = {
    asOf: result.asOf,
    corpusVersion: result.corpusVersion,
    provision: {
      id: p.id,
      citation: p.citation,
      title: p.title,
      kind: p.kind,
      framework: framework.id,
      versionId: version.id,
      versionLabel: version.label,
      versionStatus: version.status,
    },
    role: null,
    appliesFrom: null,
    alreadyApplies: null,
    classification: classification && { class: classification.class, confirmed: classification.confirmed },
  };
  const holds = (status: "applies" | "may-apply", why: string[], openQuestions: ExplainApplicabilityOutput["openQuestions"] = []): ExplainApplicabilityOutput => ({
    ...base,
    applies: true,
    status,
    why,
    because: null,
    openQuestions,
  });
  const doesNot = (because: Because, reason: string, openQuestions: ExplainApplicabilityOutput["openQuestions"] = []): ExplainApplicabilityOutput => ({
    ...base,
    applies: false,
    status: "not-applicable",
    why: [reason],
    because,
    openQuestions,
  });

  // Not considered at all: the law is not one of the profile's jurisdictions, or the framework is not followed.
  if (framework.binding && !(profile.jurisdictions as string[]).includes(framework.jurisdiction))
    return doesNot("jurisdiction", `${framework.shortName} is ${framework.jurisdiction} law; the system's jurisdictions are ${profile.jurisdictions.join(", ")}`);
  if (!framework.binding && !(profile.voluntaryFrameworks as string[]).includes(framework.id))
    return doesNot("framework-not-followed", `${framework.shortName} is voluntary and the profile does not list it among the frameworks it follows (voluntaryFrameworks)`);
  const used = result.versionsUsed.find((v) => v.framework === framework.id);
  if (!used) return doesNot("version", `no version of ${framework.shortName} governs on ${result.asOf}`);
  if (used.version !== version.id)
    return doesNot("version", `this provision is in ${version.label} (${version.status}); on ${result.asOf} ${used.label} (${used.status}) governs`);

  const obligation = result.obligations.find((o) => o.id === p.id);
  if (obligation)
    return {
      ...holds(obligation.status, obligation.why, obligation.openQuestions),
      role: obligation.role,
      appliesFrom: obligation.appliesFrom,
      alreadyApplies: obligation.alreadyApplies,
    };
  const unlessChanged = result.ifNotProhibited.find((o) => o.id === p.id);
  if (unlessChanged) {
    const prohibition = result.warnings.find((w) => w.framework === framework.id);
    return doesNot(
      "prohibited-practice",
      `the system as described is a prohibited practice${prohibition ? ` (${prohibition.citation})` : ""}; this duty would apply only if the practice were changed`,
      unlessChanged.openQuestions,
    );
  }
  const notApplicable = result.notApplicable.find((n) => n.id === p.id);
  if (notApplicable) return doesNot(notApplicable.because, notApplicable.reason);

  // Rules that create no duty: exclusions, exemptions, status rules and classes hold or do not.
  const sameRule = (x: { framework: string; citation: string }) => x.framework === framework.id && x.citation === p.citation;
  const scope = result.scope.find(sameRule);
  if (scope) return holds(scope.applies === false ? "applies" : "may-apply", [scope.reason]);
  const exemption = result.exemptions.find(sameRule);
  if (exemption) return holds("applies", [`${exemption.reason} (removes ${exemption.removes.join(", ") || "nothing for this system"})`]);
  const explanation = result.explanations.find(sameRule);
  if (explanation) return holds(explanation.confirmed ? "applies" : "may-apply", [explanation.summary], explanation.openQuestions);
  if (p.classifies) {
    const reason = p.classifies.reason;
    for (const c of result.classifications.filter((c) => c.framework === framework.id && c.subject === p.classifies!.subject)) {
      if (c.reasons.includes(reason)) return holds("applies", [`puts the ${c.subject} in class ${c.class}: ${reason}`]);
      if (c.reasons.includes(`Possibly — ${reason} (not confirmed)`))
        return holds("may-apply", [`may put the ${c.subject} in class ${c.class}: ${reason}`], c.openQuestions);
    }
    return doesNot("condition", `does not decide this system's class${classification ? ` (${classification.class}: ${classification.reasons.join("; ")})` : ""}`);
  }
  if (p.kind === "penalty") {
    const sanctioned = result.obligations.filter((o) => o.framework === framework.id && o.penalties.some((pen) => pen.citation === p.citation));
    if (sanctioned.length) return holds("applies", [`sets the fine for breaching ${sanctioned.length} of this system's duties: ${sanctioned.map((o) => o.citation).join(", ")}`]);
    return doesNot("not-a-duty", "sets the fine for duties that do not bind this system");
  }
  if (p.kind === "exemption")
    return doesNot("condition", "no effect on this system as described: the exemption does not hold, or removes none of its duties (a duty it may still remove is listed as may-apply, with the question to settle)");
  if (p.kind === "heading") return doesNot("not-a-duty", "a heading creates no duty of its own; ask about its paragraphs (get_provision lists them as children)");
  if (!DUTY_KINDS.has(p.kind)) return doesNot("not-a-duty", `a ${p.kind} provision creates no duty of its own`);

  // A duty the engine left out without a recorded reason: a voluntary framework's, or one only authorities owe.
  const roles = rolesUnder(framework, profile);
  if (!p.binds.some((r) => roles.has(r)))
    return doesNot("role", `binds ${p.binds.join(" or ")}; under ${framework.shortName} you act as ${[...roles].join(", ") || "none of these"}`);
  return doesNot("condition", "its conditions do not hold for this system");
}
