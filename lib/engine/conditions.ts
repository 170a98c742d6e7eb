import type { Condition, Fact } from "@/lib/schemas/condition";

type Scalar = string | number | boolean | null;

/**
 * A fact the profile leaves open ("not sure"), or a derived fact that depends on one.
 * `questions` are the profile facts whose answers would settle it; `possible` (when set)
 * lists the values it may still take, so `equals` on an impossible value is simply false.
 */
export type UnknownFact = { unknown: true; questions: string[]; possible?: Scalar[] };

/** A derived list fact where some members are certain and others only possible. */
export type PartialList = { sure: string[]; maybe: Record<string, string[]> };

export type FactValue = Scalar | string[] | UnknownFact | PartialList;
export type Facts = Partial<Record<Fact, FactValue>>;

/** Three-valued truth (Kleene): true, false, or unknown with the questions that would settle it. */
export type Truth = true | false | UnknownFact;

export const unknownFact = (questions: Iterable<string>, possible?: Scalar[]): UnknownFact => ({
  unknown: true,
  questions: [...new Set(questions)],
  ...(possible ? { possible } : {}),
});
export const isUnknown = (v: unknown): v is UnknownFact => typeof v === "object" && v !== null && "unknown" in v;
const isPartialList = (v: unknown): v is PartialList => typeof v === "object" && v !== null && "sure" in v && "maybe" in v;

/** The questions behind a truth value (empty unless unknown). */
export const questionsOf = (t: Truth): string[] => (isUnknown(t) ? t.questions : []);

function merge(parts: UnknownFact[]): UnknownFact {
  return unknownFact(parts.flatMap((p) => p.questions));
}

function leaf(condition: Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>, value: FactValue | undefined): Truth {
  if (isPartialList(value)) {
    const wanted = "includes" in condition ? [condition.includes] : "includesAny" in condition ? condition.includesAny : null;
    if (!wanted) return false;
    if (wanted.some((w) => value.sure.includes(w))) return true;
    const maybe = wanted.filter((w) => value.maybe[w]);
    return maybe.length ? unknownFact(maybe.flatMap((w) => value.maybe[w]!)) : false;
  }
  if (isUnknown(value)) {
    const possible = value.possible;
    if (possible && "equals" in condition) return possible.includes(condition.equals) ? value : false;
    if (possible && "in" in condition) {
      const hits = possible.filter((p) => condition.in.includes(p));
      return hits.length === 0 ? false : hits.length === possible.length ? true : value;
    }
    return value;
  }
  if ("equals" in condition) return value === condition.equals || (value === undefined && condition.equals === null);
  if ("in" in condition) return condition.in.includes(value as Scalar);
  if ("includes" in condition) return Array.isArray(value) && value.includes(condition.includes);
  if ("includesAny" in condition) return Array.isArray(value) && condition.includesAny.some((v) => value.includes(v));
  if ("gte" in condition) return typeof value === "number" && value >= condition.gte;
  if ("lt" in condition) return typeof value === "number" && value < condition.lt;
  if ("before" in condition) return typeof value === "string" && value < condition.before;
  return false;
}

/**
 * Evaluates a condition in three-valued logic. A fact the profile leaves open makes a leaf
 * unknown; `all` is false as soon as one part is false, `any` true as soon as one part is
 * true, so an unknown answer only matters where it could change the result.
 */
export function evaluate3(condition: Condition | undefined | null, facts: Facts): Truth {
  if (!condition) return true;
  if ("all" in condition) {
    const parts = condition.all.map((c) => evaluate3(c, facts));
    if (parts.includes(false)) return false;
    const open = parts.filter(isUnknown);
    return open.length ? merge(open) : true;
  }
  if ("any" in condition) {
    const parts = condition.any.map((c) => evaluate3(c, facts));
    if (parts.includes(true)) return true;
    const open = parts.filter(isUnknown);
    return open.length ? merge(open) : false;
  }
  if ("not" in condition) {
    const inner = evaluate3(condition.not, facts);
    return isUnknown(inner) ? inner : !inner;
  }
  return leaf(condition, facts[condition.fact]);
}

/** Two-valued view: true only when the condition certainly holds. */
export function evaluate(condition: Condition | undefined | null, facts: Facts): boolean {
  return evaluate3(condition, facts) === true;
}

/** True when the condition holds or may hold (the protective reading). */
export function mayHold(condition: Condition | undefined | null, facts: Facts): boolean {
  return evaluate3(condition, facts) !== false;
}

/** Kleene conjunction of truth values. */
export function and3(...parts: Truth[]): Truth {
  if (parts.includes(false)) return false;
  const open = parts.filter(isUnknown);
  return open.length ? merge(open) : true;
}

/** Kleene negation. */
export function not3(t: Truth): Truth {
  return isUnknown(t) ? t : !t;
}

// Every fact needs words: a new fact without a label fails the type check instead of showing its raw name.
export const FACT_LABELS: Record<Fact, string> = {
  "organization.country": "the organization is established in",
  roles: "the organization's role",
  jurisdictions: "the system is used in",
  "organization.employees": "the organization's number of employees",
  "organization.isPublicAuthority": "the organization is a public authority",
  "organization.providesPublicServices": "the organization provides public services",
  "organization.hipaaCoveredEntity": "the organization is a HIPAA covered entity or business associate",
  "organization.coloradoRegulatedInsurer": "the organization is an insurer subject to C.R.S. 10-3-1104.9",
  "organization.healthCareProvider": "the organization is a health-care provider (45 CFR 160.103)",
  "organization.operatesFromColoradoLocation": "the health-care provider operates from a location within Colorado",
  "organization.ferpaSubject": "the organization is subject to FERPA",
  "organization.suppliesToHighRiskProviders": "the organization supplies AI systems, models, tools or components to providers of high-risk AI systems",
  "system.useCases": "the system is used for",
  "system.consequentialDecision": "the system makes or materially influences consequential decisions",
  "system.interactsWithNaturalPersons": "the system interacts directly with people",
  "system.syntheticContent": "the system generates synthetic content",
  "system.deepFake": "the system generates or manipulates deep fakes",
  "system.emotionRecognition": "the system recognises emotions",
  "system.biometricCategorisation": "the system categorises people by biometric data",
  "system.remoteBiometricIdentification": "remote biometric identification",
  "system.socialScoring": "the system scores people on social behaviour",
  "system.safetyComponentOfRegulatedProduct": "the system is (a safety component of) a product under Annex I legislation",
  "system.annexIProduct": "the Annex I product legislation",
  "system.thirdPartyConformityAssessmentRequired": "the product needs third-party conformity assessment",
  "system.fdaRegulatedMedicalDevice": "the system is an FDA-overseen medical device or used in FDA-overseen research",
  "system.profilesNaturalPersons": "the system profiles natural persons",
  "system.narrowProceduralTask":
    "the system only performs an Art. 6(3) task: a narrow procedural task, improving the result of a completed human activity, detecting decision patterns without replacing human review, or a preparatory task",
  "system.trainsOnOwnData": "the organization trains the system on its own data",
  "system.manipulativeTechniques": "the system uses subliminal, manipulative or deceptive techniques",
  "system.exploitsVulnerabilities": "the system exploits vulnerabilities of age, disability or social or economic situation",
  "system.predictivePolicingProfiling": "the system predicts criminal offending based solely on profiling",
  "system.untargetedFacialScraping": "the system scrapes facial images untargeted to build recognition databases",
  "system.biometricCategorisationSensitive": "the system infers sensitive attributes (race, politics, religion, sex life…) from biometrics",
  "system.biometricCategorisationProtectedAttributes": "the system categorises people by sensitive or protected attributes from biometric data",
  "system.nonConsensualIntimateImagery":
    "generating non-consensual intimate imagery of identifiable people is the intended purpose, or a foreseeable outcome without adequate safeguards (deployers: the system is used for it)",
  "system.childSexualAbuseMaterial":
    "generating child sexual abuse material is the intended purpose, or a foreseeable outcome without adequate safeguards (deployers: the system is used for it)",
  "system.emotionRecognitionMedicalOrSafety": "emotion recognition is for medical or safety reasons",
  "system.emotionInferenceWorkplaceEducation": "the system infers emotions of people at the workplace or in education institutions",
  "system.realTimeRbiPermittedObjective": "national law allows real-time remote biometric identification (Art. 5(5)) and each use is limited to an objective Art. 5(1)(h)(i)–(iii) permits",
  "system.publicTextOnMatterOfPublicInterest": "the system publishes AI-generated text on matters of public interest",
  "system.placedOnMarketBefore": "the system was first placed on the market or put into service",
  "system.significantDesignChangeSince": "the system's design has changed significantly since the high-risk rules started to apply",
  "system.intendedForPublicAuthorities": "the system is intended to be used by public authorities",
  "system.usedAtWorkplace": "the deployer is an employer using the system at the workplace",
  "system.exclusivelyMilitaryDefence": "the system is used exclusively for military, defence or national security purposes",
  "system.scientificResearchOnly": "the system is developed and put into service solely for scientific research and development",
  "system.preMarketResearchOnly": "the system is only in research, testing or development and not yet placed on the market or put into service",
  "system.realWorldTesting": "the system is tested in real-world conditions outside a regulatory sandbox",
  "system.purelyPersonalUse": "the system is used by a natural person in a purely personal, non-professional activity",
  "system.freeOpenSourceLicence": "the system is released under a free and open-source licence",
  "system.financialAssistanceEligibility": "the system decides patients' eligibility for financial assistance",
  "gpaiModel.present": "the organization provides a general-purpose AI model",
  "gpaiModel.trainingComputeFlops": "training compute (FLOP)",
  "gpaiModel.designatedSystemicRisk": "the Commission designated the model as presenting systemic risk",
  "gpaiModel.openSourceLicence": "the model is released under a free and open-source licence",
  "gpaiModel.placedOnMarketBefore": "the model was first placed on the market",
  "gpaiModel.adheresToCodeOfPractice": "the model provider adheres to an approved code of practice",
  "eu.class": "EU AI Act risk class",
  "eu.highRisk": "the system is high-risk under the EU AI Act",
  "eu.highRiskRoute": "high-risk route",
  "eu.annexIHighRisk": "the system is high-risk as (a safety component of) an Annex I product",
  "eu.annexISection": "Annex I section",
  "eu.annexIIIPoints": "Annex III point",
  "eu.derogated": "the provider relies on the Art. 6(3) derogation",
  "eu.gpaiClass": "GPAI model class",
  "eu.establishedOutsideUnion": "the organization is established outside the EU",
  "co.class": "Colorado classification",
  "kr.class": "Korean AI Basic Act class",
  "cn.class": "Chinese Generative AI Measures class",
  "vn.class": "Vietnamese AI Law class",
  "organization.annualRevenueUsd": "the organization's annual gross revenue (USD)",
  "organization.ccpaBusiness": "the organization is a \"business\" under the CCPA (Cal. Civ. Code § 1798.140(d))",
  "organization.ccpaSignificantSecurityRisk": "the organization's processing meets the 11 CCR § 7120 cybersecurity-audit thresholds",
  "organization.regulatedOccupation": "the organization provides the services of a state-regulated (licensed) occupation",
  "organization.contentDistributionPlatform": "the organization runs a platform that distributes or hosts content for users",
  "organization.koreaRepresentativeThresholds": "the organization meets the Korean thresholds for a domestic representative (revenue or daily users in Korea)",
  "system.offeredToPublic": "the system or service is made available to the public or to consumers",
  "system.monthlyUsers": "the system's monthly users or visitors",
  "system.decisionRole": "how far the system's output decides about people",
  "system.companionChatbot": "the system is a companion chatbot offering a human-like social relationship",
  "system.minorsAmongUsers": "minors use the system",
  "system.mentalHealthChatbot": "the system is a mental-health chatbot",
  "system.publicOpinionCapability": "the service has public-opinion attributes or social-mobilisation capacity (China)",
};

/** A question to put to the user for an open fact, in plain words. */
export function questionFor(fact: string): string {
  const label = FACT_LABELS[fact as Fact];
  return label ? `Confirm whether ${label}.` : `Answer: ${fact}.`;
}

function show(v: unknown): string {
  if (Array.isArray(v)) return v.join(", ");
  if (typeof v === "number" && v >= 1e6) return v.toExponential().replace("e+", "×10^");
  return String(v);
}

/** Plain words for a condition, for provision pages and exports. */
export function describeCondition(condition: Condition | undefined | null): string {
  if (!condition) return "Applies to everyone it binds.";
  if ("all" in condition) return condition.all.map(describeCondition).join(" and ");
  if ("any" in condition) return `(${condition.any.map(describeCondition).join(" or ")})`;
  if ("not" in condition) return `not ${describeCondition(condition.not)}`;
  const label = FACT_LABELS[condition.fact];
  if ("equals" in condition) {
    if (condition.equals === true) return label;
    if (condition.equals === false) return `not: ${label}`;
    return `${label} is ${show(condition.equals)}`;
  }
  if ("in" in condition) return `${label} is one of ${show(condition.in)}`;
  if ("includes" in condition) return `${label}: ${condition.includes}`;
  if ("includesAny" in condition) return `${label}: any of ${show(condition.includesAny)}`;
  if ("gte" in condition) return `${label} ≥ ${show(condition.gte)}`;
  if ("lt" in condition) return `${label} < ${show(condition.lt)}`;
  if ("before" in condition) return `${label} before ${condition.before}`;
  return "";
}

/** The satisfied (or still open) parts of a condition, in plain words: why it holds for these facts. */
export function explainMatch(condition: Condition | undefined | null, facts: Facts): string[] {
  if (!condition) return [];
  if ("all" in condition) return condition.all.flatMap((c) => explainMatch(c, facts));
  if ("any" in condition) {
    const hit = condition.any.find((c) => evaluate3(c, facts) === true) ?? condition.any.find((c) => isUnknown(evaluate3(c, facts)));
    return hit ? explainMatch(hit, facts) : [];
  }
  if ("not" in condition) return [];
  const t = evaluate3(condition, facts);
  return [isUnknown(t) ? `possibly: ${describeCondition(condition)} (not confirmed)` : describeCondition(condition)];
}

/** Every fact a condition reads. */
export function leafFacts(c: Condition | undefined | null): Fact[] {
  if (!c) return [];
  if ("all" in c) return c.all.flatMap(leafFacts);
  if ("any" in c) return c.any.flatMap(leafFacts);
  if ("not" in c) return leafFacts(c.not);
  return [c.fact];
}

/** Why a condition does not hold, in plain words: the parts that are certainly false. */
export function explainFailure(condition: Condition | undefined | null, facts: Facts): string {
  if (!condition) return "";
  if ("all" in condition) {
    const failing = condition.all.find((c) => evaluate3(c, facts) === false);
    return failing ? explainFailure(failing, facts) : "";
  }
  if ("any" in condition) return condition.any.map((c) => explainFailure(c, facts)).filter(Boolean).join(" and ");
  if ("not" in condition) return describeCondition(condition.not);
  return `not: ${describeCondition(condition).replace(/^not: /, "")}`;
}
