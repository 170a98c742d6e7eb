import { z } from "zod";
import { gpaiAnswerSchema, profileObjectSchema, systemFactsSchema } from "./profile";

const organizationFields = profileObjectSchema.shape.organization;

/** A screening answer that must be given (yes, no or not sure) — never a silent default. */
const screened = z.boolean({ message: "answer this screening question: tick what applies, or “None of these”, or “Not sure”" }).nullable();

export const PROHIBITED_PRACTICE_FACTS = [
  "manipulativeTechniques",
  "exploitsVulnerabilities",
  "socialScoring",
  "predictivePolicingProfiling",
  "untargetedFacialScraping",
  "nonConsensualIntimateImagery",
  "childSexualAbuseMaterial",
] as const;

/**
 * The questionnaire's steps, each validated by a slice of the one profile schema, so the
 * form, the server action, the API and the CLI can never disagree. Questions a step does not
 * show are simply absent: an unasked answer is `null` (not asked / not sure), never a "no".
 */
export const QUESTIONNAIRE_STEPS = [
  {
    id: "organization",
    title: "Organization",
    schema: profileObjectSchema.pick({ name: true }).extend({ organization: organizationFields.pick({ name: true, country: true }) }),
  },
  {
    id: "scope",
    title: "Roles and markets",
    schema: profileObjectSchema.pick({ roles: true, jurisdictions: true, voluntaryFrameworks: true }).extend({
      organization: organizationFields.pick({
        employees: true,
        hipaaCoveredEntity: true,
        coloradoRegulatedInsurer: true,
        ferpaSubject: true,
        ccpaBusiness: true,
        ccpaSignificantSecurityRisk: true,
        annualRevenueUsd: true,
        regulatedOccupation: true,
        contentDistributionPlatform: true,
        koreaRepresentativeThresholds: true,
      }),
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
      organization: organizationFields.pick({ isPublicAuthority: true, providesPublicServices: true, healthCareProvider: true, operatesFromColoradoLocation: true }),
      system: systemFactsSchema.pick({
        useCases: true,
        consequentialDecision: true,
        profilesNaturalPersons: true,
        narrowProceduralTask: true,
        usedAtWorkplace: true,
        fdaRegulatedMedicalDevice: true,
        financialAssistanceEligibility: true,
        trainsOnOwnData: true,
        decisionRole: true,
        offeredToPublic: true,
        monthlyUsers: true,
        mentalHealthChatbot: true,
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
        placedOnMarketBefore: true,
        significantDesignChangeSince: true,
        intendedForPublicAuthorities: true,
        companionChatbot: true,
        minorsAmongUsers: true,
        publicOpinionCapability: true,
      }),
    }),
  },
  {
    id: "practices",
    title: "Practices that may be prohibited",
    // Screening questions start unanswered and must be answered when the EU is chosen (an unread "No" is not an answer).
    schema: z
      .object({
        jurisdictions: z.array(z.string()).default([]),
        system: z.object(Object.fromEntries(PROHIBITED_PRACTICE_FACTS.map((f) => [f, screened.optional()])) as Record<(typeof PROHIBITED_PRACTICE_FACTS)[number], z.ZodOptional<typeof screened>>),
      })
      .superRefine((v, ctx) => {
        if (!v.jurisdictions.includes("EU")) return;
        if (PROHIBITED_PRACTICE_FACTS.some((f) => v.system[f] === undefined))
          ctx.addIssue({ code: "custom", path: ["system", "practices"], message: "answer this screening question: tick what applies, “None of these” or “Not sure”" });
      }),
  },
  {
    id: "model",
    title: "General-purpose AI model",
    schema: z.object({
      gpaiModel: gpaiAnswerSchema.removeDefault(),
      organization: organizationFields.pick({ suppliesToHighRiskProviders: true }),
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

/** A new questionnaire: nothing is pre-answered. */
export const NEW_SYSTEM_DRAFT: Record<string, unknown> = {
  organization: {},
  roles: [],
  jurisdictions: [],
  voluntaryFrameworks: [],
  system: { useCases: [] },
};
