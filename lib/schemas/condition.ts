import { z } from "zod";

/**
 * Facts a condition may test. Profile facts come straight from the system profile
 * (area use-case codes are expanded to their points first); derived facts are computed by
 * the engine from classification provisions before obligations are evaluated.
 */
export const PROFILE_FACTS = [
  "organization.country",
  "organization.employees",
  "organization.isPublicAuthority",
  "organization.hipaaCoveredEntity",
  "organization.coloradoRegulatedInsurer",
  "organization.providesPublicServices",
  "organization.healthCareProvider",
  "organization.operatesFromColoradoLocation",
  "organization.ferpaSubject",
  "organization.suppliesToHighRiskProviders",
  "organization.annualRevenueUsd",
  "organization.ccpaBusiness",
  "organization.ccpaSignificantSecurityRisk",
  "organization.regulatedOccupation",
  "organization.contentDistributionPlatform",
  "organization.koreaRepresentativeThresholds",
  "roles",
  "jurisdictions",
  "system.useCases",
  "system.consequentialDecision",
  "system.interactsWithNaturalPersons",
  "system.syntheticContent",
  "system.deepFake",
  "system.emotionRecognition",
  "system.biometricCategorisation",
  "system.remoteBiometricIdentification",
  "system.socialScoring",
  "system.safetyComponentOfRegulatedProduct",
  "system.profilesNaturalPersons",
  "system.narrowProceduralTask",
  "system.trainsOnOwnData",
  "system.manipulativeTechniques",
  "system.exploitsVulnerabilities",
  "system.predictivePolicingProfiling",
  "system.untargetedFacialScraping",
  "system.biometricCategorisationSensitive",
  "system.nonConsensualIntimateImagery",
  "system.childSexualAbuseMaterial",
  "system.emotionRecognitionMedicalOrSafety",
  "system.publicTextOnMatterOfPublicInterest",
  "system.fdaRegulatedMedicalDevice",
  "system.thirdPartyConformityAssessmentRequired",
  "system.placedOnMarketBefore",
  "system.annexIProduct",
  "system.biometricCategorisationProtectedAttributes",
  "system.emotionInferenceWorkplaceEducation",
  "system.realTimeRbiPermittedObjective",
  "system.significantDesignChangeSince",
  "system.intendedForPublicAuthorities",
  "system.usedAtWorkplace",
  "system.exclusivelyMilitaryDefence",
  "system.scientificResearchOnly",
  "system.preMarketResearchOnly",
  "system.realWorldTesting",
  "system.purelyPersonalUse",
  "system.freeOpenSourceLicence",
  "system.financialAssistanceEligibility",
  "system.offeredToPublic",
  "system.monthlyUsers",
  "system.decisionRole",
  "system.companionChatbot",
  "system.minorsAmongUsers",
  "system.mentalHealthChatbot",
  "system.publicOpinionCapability",
  "gpaiModel.present",
  "gpaiModel.trainingComputeFlops",
  "gpaiModel.designatedSystemicRisk",
  "gpaiModel.openSourceLicence",
  "gpaiModel.placedOnMarketBefore",
  "gpaiModel.adheresToCodeOfPractice",
] as const;

export const DERIVED_FACTS = [
  /** "prohibited" | "high-risk" | "limited-risk" | "minimal-risk" */
  "eu.class",
  /** true when high-risk under Art. 6(1) or 6(2) after the Art. 6(3) derogation */
  "eu.highRisk",
  /**
   * "annex-iii" when an Annex III point applies (Art. 6(2); its dates govern, Art. 113(c)(i)),
   * "annex-i" when only Annex I does (Art. 6(1)), "none" otherwise
   */
  "eu.highRiskRoute",
  /** true when the system is high-risk under Art. 6(1) (Annex I), whether or not Annex III applies too */
  "eu.annexIHighRisk",
  /** "A" | "B" | "none": the Annex I section of the product legislation named in the profile */
  "eu.annexISection",
  /** Annex III points triggered, e.g. ["4(a)"], before any derogation */
  "eu.annexIIIPoints",
  /** true when an Annex III point was triggered but the Art. 6(3) derogation applies */
  "eu.derogated",
  /** "none" | "gpai" | "gpai-systemic-risk" */
  "eu.gpaiClass",
  /** organization.country is not an EU/EEA member state */
  "eu.establishedOutsideUnion",
  /** "covered-admt" | "not-covered" under the Colorado version in force at the as-of date */
  "co.class",
  /** The Korean AI Basic Act class: "high-impact" | "generative-ai" | "not-high-impact" */
  "kr.class",
  /** The Chinese Generative AI Measures class: "public-opinion-generative-ai-service" | "generative-ai-service" | "not-covered" */
  "cn.class",
  /** The Vietnamese AI Law class: "high-risk" | "medium-risk" | "low-risk" */
  "vn.class",
] as const;

export const FACTS = [...PROFILE_FACTS, ...DERIVED_FACTS] as const;
export const factSchema = z.enum(FACTS);
export type Fact = z.infer<typeof factSchema>;

type Scalar = string | number | boolean | null;
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: Fact; equals: Scalar }
  | { fact: Fact; in: Scalar[] }
  | { fact: Fact; includes: string }
  | { fact: Fact; includesAny: string[] }
  | { fact: Fact; gte: number }
  | { fact: Fact; lt: number }
  | { fact: Fact; before: string };

const scalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ fact: factSchema, equals: scalarSchema }),
    z.strictObject({ fact: factSchema, in: z.array(scalarSchema).min(1) }),
    z.strictObject({ fact: factSchema, includes: z.string() }),
    z.strictObject({ fact: factSchema, includesAny: z.array(z.string()).min(1) }),
    z.strictObject({ fact: factSchema, gte: z.number() }),
    z.strictObject({ fact: factSchema, lt: z.number() }),
    /** a YYYY-MM-DD fact earlier than this date (e.g. placed on the market before 2 Aug 2026) */
    z.strictObject({ fact: factSchema, before: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD") }),
  ]),
);
