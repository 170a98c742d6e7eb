import type { Fact } from "@/lib/schemas/condition";
import { ANNEX_I_PRODUCTS, DECISION_ROLES, REMOTE_BIOMETRIC_IDENTIFICATION, USE_CASE_AREAS, type SystemProfile, type UseCase } from "@/lib/schemas/profile";
import { withImpliedJurisdictions } from "@/lib/schemas/common";
import { unknownFact, type FactValue, type Facts } from "./conditions";

// Art. 22 and Art. 54 concern providers "established in third countries": outside the 27 member states.
export const EU_MEMBER_STATES = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
  "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]);

/** Area codes stand for every point of their area, so a coarse answer never under-classifies. */
export function expandUseCases(useCases: readonly UseCase[]): string[] {
  const out = new Set<string>();
  for (const u of useCases) {
    out.add(u);
    for (const implied of USE_CASE_AREAS[u] ?? []) out.add(implied);
  }
  return [...out];
}

/** A yes/no answer as a fact: `null` ("not sure") becomes an open question. */
function answered(fact: Fact, value: boolean | string | null | undefined): FactValue {
  return value === null || value === undefined ? unknownFact([fact]) : value;
}

/**
 * A follow-up answer: given, it counts as given; omitted, it is "no" unless the profile's
 * other answers make the question relevant (`relevant`), when it is an open question, or
 * unless those answers already imply "yes" (`implied`).
 */
function followUp(fact: Fact, value: boolean | null | undefined, relevant: boolean, implied = false): FactValue {
  if (value !== undefined) return answered(fact, value);
  if (implied) return true;
  return relevant ? unknownFact([fact]) : false;
}

const EMPLOYMENT_OR_EDUCATION = [
  "employment", "employment-recruitment", "employment-management",
  "education", "education-admission", "education-assessment", "education-level", "education-proctoring",
];

/** Annex I section of the named product; open when a product is (maybe) involved but not named. */
function annexISection(s: SystemProfile["system"]): FactValue {
  if (s.annexIProduct) return ANNEX_I_PRODUCTS[s.annexIProduct].section;
  if (s.safetyComponentOfRegulatedProduct === false) return "none";
  if (s.safetyComponentOfRegulatedProduct === true) return unknownFact(["system.annexIProduct"], ["A", "B"]);
  return unknownFact(["system.safetyComponentOfRegulatedProduct", "system.annexIProduct"], ["A", "B", "none"]);
}

/** Facts taken straight from the profile (derived eu.* and co.* facts are added by the engine). */
export function profileFacts(profile: SystemProfile): Facts {
  const s = profile.system;
  const o = profile.organization;
  const useCases = expandUseCases(s.useCases);
  const isDeployer = profile.roles.includes("deployer");
  const modelUnsure = profile.gpaiModel === "not-sure";
  const model = profile.gpaiModel === "not-sure" ? null : profile.gpaiModel;
  // Ticking the biometrics area while answering "no" to every biometric capability is a contradiction:
  // the capabilities become open questions rather than silently dropping Annex III point 1.
  // (Checked on "no positive answer", so turning any answer into "not sure" can only widen the result.)
  const biometricAreaUnanswered =
    s.useCases.includes("biometrics") &&
    (s.remoteBiometricIdentification === "none" || s.remoteBiometricIdentification === null) &&
    s.biometricCategorisation !== true &&
    s.emotionRecognition !== true;
  const capability = (fact: Fact, v: FactValue): FactValue => (biometricAreaUnanswered ? unknownFact([fact]) : v);
  // Follow-ups read the capabilities as the engine sees them (an open area answer keeps them relevant).
  const categorises = biometricAreaUnanswered ? null : s.biometricCategorisation;
  const recognisesEmotions = biometricAreaUnanswered ? null : s.emotionRecognition;
  const generatesMedia = s.syntheticContent === "image-audio-video" || s.syntheticContent === null;
  const productInvolved = s.safetyComponentOfRegulatedProduct !== false || s.annexIProduct !== null;
  return {
    "organization.country": o.country,
    "organization.employees": o.employees ?? unknownFact(["organization.employees"]),
    "organization.isPublicAuthority": answered("organization.isPublicAuthority", o.isPublicAuthority),
    "organization.hipaaCoveredEntity": answered("organization.hipaaCoveredEntity", o.hipaaCoveredEntity),
    "organization.coloradoRegulatedInsurer": answered("organization.coloradoRegulatedInsurer", o.coloradoRegulatedInsurer),
    "organization.providesPublicServices": answered("organization.providesPublicServices", o.providesPublicServices),
    "organization.healthCareProvider": followUp("organization.healthCareProvider", o.healthCareProvider, o.hipaaCoveredEntity !== false),
    "organization.operatesFromColoradoLocation": answered("organization.operatesFromColoradoLocation", o.operatesFromColoradoLocation),
    "organization.ferpaSubject": answered("organization.ferpaSubject", o.ferpaSubject),
    // Art. 25(4): a general-purpose model provider is typically a supplier to downstream providers.
    "organization.suppliesToHighRiskProviders": followUp("organization.suppliesToHighRiskProviders", o.suppliesToHighRiskProviders, profile.gpaiModel !== null),
    // Facts only some jurisdictions read: omitted means not sure. Only frameworks in scope read
    // them, so an open answer matters exactly where a chosen jurisdiction asks it.
    "organization.annualRevenueUsd": o.annualRevenueUsd ?? unknownFact(["organization.annualRevenueUsd"]),
    "organization.ccpaBusiness": answered("organization.ccpaBusiness", o.ccpaBusiness),
    "organization.ccpaSignificantSecurityRisk": answered("organization.ccpaSignificantSecurityRisk", o.ccpaSignificantSecurityRisk),
    "organization.regulatedOccupation": answered("organization.regulatedOccupation", o.regulatedOccupation),
    "organization.contentDistributionPlatform": answered("organization.contentDistributionPlatform", o.contentDistributionPlatform),
    "organization.koreaRepresentativeThresholds": answered("organization.koreaRepresentativeThresholds", o.koreaRepresentativeThresholds),
    "system.offeredToPublic": answered("system.offeredToPublic", s.offeredToPublic),
    "system.monthlyUsers": s.monthlyUsers ?? unknownFact(["system.monthlyUsers"]),
    "system.decisionRole": s.decisionRole ?? unknownFact(["system.decisionRole"], [...DECISION_ROLES]),
    "system.companionChatbot": answered("system.companionChatbot", s.companionChatbot),
    "system.minorsAmongUsers": answered("system.minorsAmongUsers", s.minorsAmongUsers),
    "system.mentalHealthChatbot": answered("system.mentalHealthChatbot", s.mentalHealthChatbot),
    "system.publicOpinionCapability": answered("system.publicOpinionCapability", s.publicOpinionCapability),
    roles: [...profile.roles],
    // A system used in New York City is used in New York State.
    jurisdictions: withImpliedJurisdictions(profile.jurisdictions),
    "system.useCases": useCases,
    "system.consequentialDecision": answered("system.consequentialDecision", s.consequentialDecision),
    "system.interactsWithNaturalPersons": answered("system.interactsWithNaturalPersons", s.interactsWithNaturalPersons),
    "system.syntheticContent": s.syntheticContent ?? unknownFact(["system.syntheticContent"], ["none", "text", "image-audio-video"]),
    "system.deepFake": answered("system.deepFake", s.deepFake),
    "system.emotionRecognition": capability("system.emotionRecognition", answered("system.emotionRecognition", s.emotionRecognition)),
    "system.biometricCategorisation": capability("system.biometricCategorisation", answered("system.biometricCategorisation", s.biometricCategorisation)),
    "system.remoteBiometricIdentification": capability(
      "system.remoteBiometricIdentification",
      s.remoteBiometricIdentification ?? unknownFact(["system.remoteBiometricIdentification"], [...REMOTE_BIOMETRIC_IDENTIFICATION]),
    ),
    "system.socialScoring": answered("system.socialScoring", s.socialScoring),
    "system.safetyComponentOfRegulatedProduct":
      s.annexIProduct !== null ? true : answered("system.safetyComponentOfRegulatedProduct", s.safetyComponentOfRegulatedProduct),
    "system.annexIProduct": s.annexIProduct,
    "system.profilesNaturalPersons": answered("system.profilesNaturalPersons", s.profilesNaturalPersons),
    "system.narrowProceduralTask": answered("system.narrowProceduralTask", s.narrowProceduralTask),
    "system.trainsOnOwnData": answered("system.trainsOnOwnData", s.trainsOnOwnData),
    "system.manipulativeTechniques": answered("system.manipulativeTechniques", s.manipulativeTechniques),
    "system.exploitsVulnerabilities": answered("system.exploitsVulnerabilities", s.exploitsVulnerabilities),
    "system.predictivePolicingProfiling": answered("system.predictivePolicingProfiling", s.predictivePolicingProfiling),
    "system.untargetedFacialScraping": answered("system.untargetedFacialScraping", s.untargetedFacialScraping),
    // Art. 5(1)(g) is a follow-up of biometric categorisation.
    "system.biometricCategorisationSensitive": followUp("system.biometricCategorisationSensitive", s.biometricCategorisationSensitive, categorises !== false),
    "system.biometricCategorisationProtectedAttributes": followUp(
      "system.biometricCategorisationProtectedAttributes",
      s.biometricCategorisationProtectedAttributes,
      categorises !== false,
    ),
    // Art. 5(1)(ba)/(bb) read with 5(1a): follow-ups of generating images, audio or video.
    "system.nonConsensualIntimateImagery": followUp("system.nonConsensualIntimateImagery", s.nonConsensualIntimateImagery, generatesMedia),
    "system.childSexualAbuseMaterial": followUp("system.childSexualAbuseMaterial", s.childSexualAbuseMaterial, generatesMedia),
    "system.emotionRecognitionMedicalOrSafety": answered("system.emotionRecognitionMedicalOrSafety", s.emotionRecognitionMedicalOrSafety),
    // Art. 5(1)(f): an emotion-recognition system used for employment or education decisions infers emotions there.
    "system.emotionInferenceWorkplaceEducation": followUp(
      "system.emotionInferenceWorkplaceEducation",
      s.emotionInferenceWorkplaceEducation,
      recognisesEmotions !== false,
      recognisesEmotions === true && useCases.some((u) => EMPLOYMENT_OR_EDUCATION.includes(u)),
    ),
    "system.realTimeRbiPermittedObjective": answered("system.realTimeRbiPermittedObjective", s.realTimeRbiPermittedObjective),
    // Art. 50(4), second subparagraph: a follow-up for deployers of text generators.
    "system.publicTextOnMatterOfPublicInterest": followUp(
      "system.publicTextOnMatterOfPublicInterest",
      s.publicTextOnMatterOfPublicInterest,
      isDeployer && (s.syntheticContent === "text" || s.syntheticContent === null),
    ),
    "system.fdaRegulatedMedicalDevice": answered("system.fdaRegulatedMedicalDevice", s.fdaRegulatedMedicalDevice),
    "system.thirdPartyConformityAssessmentRequired": followUp(
      "system.thirdPartyConformityAssessmentRequired",
      s.thirdPartyConformityAssessmentRequired,
      productInvolved,
    ),
    "system.placedOnMarketBefore": s.placedOnMarketBefore,
    "system.significantDesignChangeSince": answered("system.significantDesignChangeSince", s.significantDesignChangeSince),
    // Art. 111(2): a public authority deploying the system is using it; for a provider it is a question once the system is a legacy one.
    "system.intendedForPublicAuthorities": followUp(
      "system.intendedForPublicAuthorities",
      s.intendedForPublicAuthorities,
      s.placedOnMarketBefore !== null,
      o.isPublicAuthority === true && isDeployer,
    ),
    // Art. 26(7): monitoring or managing workers is use at the workplace.
    "system.usedAtWorkplace": followUp("system.usedAtWorkplace", s.usedAtWorkplace, isDeployer, isDeployer && useCases.includes("employment-management")),
    "system.exclusivelyMilitaryDefence": answered("system.exclusivelyMilitaryDefence", s.exclusivelyMilitaryDefence),
    "system.scientificResearchOnly": answered("system.scientificResearchOnly", s.scientificResearchOnly),
    "system.preMarketResearchOnly": answered("system.preMarketResearchOnly", s.preMarketResearchOnly),
    "system.realWorldTesting": answered("system.realWorldTesting", s.realWorldTesting),
    "system.purelyPersonalUse": answered("system.purelyPersonalUse", s.purelyPersonalUse),
    "system.freeOpenSourceLicence": answered("system.freeOpenSourceLicence", s.freeOpenSourceLicence),
    "system.financialAssistanceEligibility": followUp(
      "system.financialAssistanceEligibility",
      s.financialAssistanceEligibility,
      o.hipaaCoveredEntity !== false,
    ),
    // "Not sure whether we provide a model": every model fact is open, so model duties stay as may-apply.
    "gpaiModel.present": modelUnsure ? unknownFact(["gpaiModel.present"]) : model !== null,
    "gpaiModel.trainingComputeFlops": modelUnsure ? unknownFact(["gpaiModel.present"]) : (model?.trainingComputeFlops ?? null),
    "gpaiModel.designatedSystemicRisk": modelUnsure ? unknownFact(["gpaiModel.present"]) : model ? answered("gpaiModel.designatedSystemicRisk", model.designatedSystemicRisk) : null,
    "gpaiModel.openSourceLicence": modelUnsure ? unknownFact(["gpaiModel.present"]) : model ? answered("gpaiModel.openSourceLicence", model.openSourceLicence) : null,
    "gpaiModel.placedOnMarketBefore": model?.placedOnMarketBefore ?? null,
    "gpaiModel.adheresToCodeOfPractice": modelUnsure ? unknownFact(["gpaiModel.present"]) : model ? answered("gpaiModel.adheresToCodeOfPractice", model.adheresToCodeOfPractice) : null,
    "eu.establishedOutsideUnion": !EU_MEMBER_STATES.has(o.country),
    "eu.annexISection": annexISection(s),
  };
}

/**
 * The roles an organization holds under a framework. EU roles come from the profile; a
 * GPAI model makes it a GPAI model provider; in Colorado a provider (or product
 * manufacturer) is a developer; a voluntary framework binds any adopting organization.
 */
export function rolesUnder(framework: { id: string; binding: boolean; jurisdiction: string }, profile: SystemProfile): Set<string> {
  if (!framework.binding) return new Set(["organization"]);
  if (framework.jurisdiction === "US-CO") {
    const roles = new Set<string>();
    if (profile.roles.includes("provider") || profile.roles.includes("product-manufacturer")) roles.add("developer");
    if (profile.roles.includes("deployer")) roles.add("deployer");
    return roles;
  }
  const roles = new Set<string>(profile.roles);
  if (profile.gpaiModel) roles.add("gpai-provider");
  // China's Generative AI Measures Art. 22(2): whoever offers a generative AI service to the public,
  // including through an API or on another firm's model, is a "provider" of it.
  if (framework.jurisdiction === "CN" && profile.roles.includes("deployer")) roles.add("provider");
  // Other US state laws also call the builder a "developer" (SB 53, AB 2013, TRAIGA).
  if (framework.jurisdiction.startsWith("US-") && (profile.roles.includes("provider") || profile.roles.includes("product-manufacturer"))) roles.add("developer");
  return roles;
}
