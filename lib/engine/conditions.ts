import type { Condition, Fact } from "@/lib/schemas/condition";

export type FactValue = string | number | boolean | null | string[];
export type Facts = Partial<Record<Fact, FactValue>>;

/** Evaluates a condition against known facts. An unknown fact is false, never an error. */
export function evaluate(condition: Condition | undefined | null, facts: Facts): boolean {
  if (!condition) return true;
  if ("all" in condition) return condition.all.every((c) => evaluate(c, facts));
  if ("any" in condition) return condition.any.some((c) => evaluate(c, facts));
  if ("not" in condition) return !evaluate(condition.not, facts);
  const value = facts[condition.fact];
  if ("equals" in condition) return value === condition.equals || (value === undefined && condition.equals === null);
  if ("in" in condition) return condition.in.includes(value as never);
  if ("includes" in condition) return Array.isArray(value) && value.includes(condition.includes);
  if ("includesAny" in condition) return Array.isArray(value) && condition.includesAny.some((v) => value.includes(v));
  if ("gte" in condition) return typeof value === "number" && value >= condition.gte;
  if ("lt" in condition) return typeof value === "number" && value < condition.lt;
  if ("before" in condition) return typeof value === "string" && value < condition.before;
  return false;
}

// Every fact needs words: a new fact without a label fails the type check instead of showing its raw name.
const FACT_LABELS: Record<Fact, string> = {
  "organization.country": "the organization is established in",
  roles: "the organization's role",
  jurisdictions: "the system is used in",
  "organization.employees": "the organization's number of employees",
  "organization.isPublicAuthority": "the organization is a public authority",
  "organization.providesPublicServices": "the organization provides public services",
  "organization.hipaaCoveredEntity": "the organization is a HIPAA covered entity or business associate",
  "organization.coloradoRegulatedInsurer": "the organization is an insurer subject to C.R.S. 10-3-1104.9",
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
  "system.thirdPartyConformityAssessmentRequired": "the product needs third-party conformity assessment",
  "system.fdaRegulatedMedicalDevice": "the system is an FDA-overseen medical device or used in FDA-overseen research",
  "system.profilesNaturalPersons": "the system profiles natural persons",
  "system.narrowProceduralTask": "the system only performs a narrow procedural or preparatory task",
  "system.trainsOnOwnData": "the organization trains the system on its own data",
  "system.manipulativeTechniques": "the system uses subliminal, manipulative or deceptive techniques",
  "system.exploitsVulnerabilities": "the system exploits vulnerabilities of age, disability or social or economic situation",
  "system.predictivePolicingProfiling": "the system predicts criminal offending based solely on profiling",
  "system.untargetedFacialScraping": "the system scrapes facial images untargeted to build recognition databases",
  "system.biometricCategorisationSensitive": "the system infers sensitive attributes (race, politics, religion, sex life…) from biometrics",
  "system.nonConsensualIntimateImagery": "the system generates intimate imagery of identifiable people without consent",
  "system.childSexualAbuseMaterial": "the system generates child sexual abuse material",
  "system.emotionRecognitionMedicalOrSafety": "emotion recognition is for medical or safety reasons",
  "system.publicTextOnMatterOfPublicInterest": "the system publishes AI-generated text on matters of public interest",
  "system.placedOnMarketBefore": "the system was first placed on the market",
  "gpaiModel.present": "the organization provides a general-purpose AI model",
  "gpaiModel.trainingComputeFlops": "training compute (FLOP)",
  "gpaiModel.designatedSystemicRisk": "the Commission designated the model as presenting systemic risk",
  "gpaiModel.openSourceLicence": "the model is released under a free and open-source licence",
  "eu.class": "EU AI Act risk class",
  "eu.highRisk": "the system is high-risk under the EU AI Act",
  "eu.highRiskRoute": "high-risk route",
  "eu.annexIIIPoints": "Annex III point",
  "eu.derogated": "the provider relies on the Art. 6(3) derogation",
  "eu.gpaiClass": "GPAI model class",
  "eu.establishedOutsideUnion": "the organization is established outside the EU",
  "co.class": "Colorado classification",
};

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

/** The satisfied parts of a condition, in plain words: why it holds for these facts. */
export function explainMatch(condition: Condition | undefined | null, facts: Facts): string[] {
  if (!condition) return [];
  if ("all" in condition) return condition.all.flatMap((c) => explainMatch(c, facts));
  if ("any" in condition) {
    const hit = condition.any.find((c) => evaluate(c, facts));
    return hit ? explainMatch(hit, facts) : [];
  }
  if ("not" in condition) return [];
  return [describeCondition(condition)];
}
