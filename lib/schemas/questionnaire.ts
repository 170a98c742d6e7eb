import { z } from "zod";
import { gpaiModelSchema, profileObjectSchema, systemFactsSchema } from "./profile";

/**
 * The questionnaire's steps, each validated by a slice of the one profile schema, so the
 * form, the server action, the API and the CLI can never disagree.
 */
export const QUESTIONNAIRE_STEPS = [
  { id: "organization", title: "Organization", schema: profileObjectSchema.pick({ name: true, organization: true }) },
  {
    id: "scope",
    title: "Roles and markets",
    schema: profileObjectSchema.pick({ roles: true, jurisdictions: true, voluntaryFrameworks: true }).extend({
      // EU AI Act Art. 2: the exclusions that decide whether the Act applies at all.
      system: systemFactsSchema.pick({
        exclusivelyMilitaryDefence: true,
        scientificResearchOnly: true,
        preMarketResearchOnly: true,
        realWorldTesting: true,
        purelyPersonalUse: true,
        freeOpenSourceLicence: true,
      }),
    }),
  },
  {
    id: "use",
    title: "What the system is used for",
    schema: z.object({
      system: systemFactsSchema.pick({
        useCases: true,
        consequentialDecision: true,
        profilesNaturalPersons: true,
        narrowProceduralTask: true,
        usedAtWorkplace: true,
        fdaRegulatedMedicalDevice: true,
        financialAssistanceEligibility: true,
      }),
    }),
  },
  {
    id: "capabilities",
    title: "Capabilities",
    schema: z.object({
      system: systemFactsSchema.pick({
        interactsWithNaturalPersons: true,
        syntheticContent: true,
        deepFake: true,
        publicTextOnMatterOfPublicInterest: true,
        emotionRecognition: true,
        emotionRecognitionMedicalOrSafety: true,
        emotionInferenceWorkplaceEducation: true,
        biometricCategorisation: true,
        biometricCategorisationSensitive: true,
        biometricCategorisationProtectedAttributes: true,
        remoteBiometricIdentification: true,
        realTimeRbiPermittedObjective: true,
        safetyComponentOfRegulatedProduct: true,
        annexIProduct: true,
        thirdPartyConformityAssessmentRequired: true,
        trainsOnOwnData: true,
        placedOnMarketBefore: true,
        significantDesignChangeSince: true,
        intendedForPublicAuthorities: true,
      }),
    }),
  },
  {
    id: "practices",
    title: "Practices that may be prohibited",
    schema: z.object({
      system: systemFactsSchema.pick({
        manipulativeTechniques: true,
        exploitsVulnerabilities: true,
        socialScoring: true,
        predictivePolicingProfiling: true,
        untargetedFacialScraping: true,
        nonConsensualIntimateImagery: true,
        childSexualAbuseMaterial: true,
      }),
    }),
  },
  {
    id: "model",
    title: "General-purpose AI model",
    schema: z.object({
      gpaiModel: gpaiModelSchema.nullable(),
      organization: profileObjectSchema.shape.organization.pick({ suppliesToHighRiskProviders: true }),
    }),
  },
] as const;

export type QuestionnaireStepId = (typeof QUESTIONNAIRE_STEPS)[number]["id"];
export const stepIdSchema = z.enum(QUESTIONNAIRE_STEPS.map((s) => s.id) as [QuestionnaireStepId, ...QuestionnaireStepId[]]);

/** Deep-merges a step's answers into the draft (system facts accumulate across steps). */
export function mergeDraft(draft: Record<string, unknown>, answers: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...draft, ...answers };
  if (answers.organization && typeof answers.organization === "object")
    merged.organization = { ...((draft.organization as object) ?? {}), ...(answers.organization as object) };
  if (answers.system && typeof answers.system === "object")
    merged.system = { ...((draft.system as object) ?? {}), ...(answers.system as object) };
  return merged;
}

/** A new questionnaire: the rare practices default to "no" so nobody must answer them all. */
export const NEW_SYSTEM_DRAFT: Record<string, unknown> = {
  organization: { isPublicAuthority: false, providesPublicServices: false, hipaaCoveredEntity: false, coloradoRegulatedInsurer: false },
  roles: [],
  jurisdictions: [],
  voluntaryFrameworks: [],
  system: {
    useCases: [],
    syntheticContent: "none",
    remoteBiometricIdentification: "none",
    deepFake: false,
    publicTextOnMatterOfPublicInterest: false,
    emotionRecognitionMedicalOrSafety: false,
    biometricCategorisationSensitive: false,
    thirdPartyConformityAssessmentRequired: false,
    fdaRegulatedMedicalDevice: false,
    manipulativeTechniques: false,
    exploitsVulnerabilities: false,
    socialScoring: false,
    predictivePolicingProfiling: false,
    untargetedFacialScraping: false,
    nonConsensualIntimateImagery: false,
    childSexualAbuseMaterial: false,
  },
};
