import { z } from "zod";
import { jurisdictionSchema, type Role } from "./common";

/**
 * Closed vocabulary of use cases. Point-level codes name one Annex III point (or one
 * Colorado consequential-decision domain); area codes stand for "some use in that area"
 * and trigger every point of the area, so a coarse answer never under-classifies.
 */
export const USE_CASES = {
  biometrics: "Biometrics (identification, categorisation, emotion recognition)",
  "critical-infrastructure": "Safety component of critical infrastructure (digital, road traffic, water, gas, heating, electricity)",
  education: "Education or vocational training (any use below)",
  "education-admission": "Deciding access or admission to education or training",
  "education-assessment": "Evaluating learning outcomes",
  "education-level": "Assessing the level of education a person will receive",
  "education-proctoring": "Monitoring students for prohibited behaviour during tests",
  employment: "Employment or workers' management (any use below)",
  "employment-recruitment": "Recruitment or selection: job ads, filtering applications, evaluating candidates",
  "employment-management": "Decisions on promotion, termination, task allocation, or monitoring workers",
  "essential-public-services": "Eligibility for public assistance benefits and services",
  credit: "Creditworthiness or credit scoring of individuals, lending",
  "financial-services": "Other financial services decisions about individuals",
  insurance: "Insurance decisions about individuals (any line)",
  "insurance-life-health": "Risk assessment and pricing for life or health insurance",
  "emergency-services": "Triage of emergency calls or dispatch of emergency services",
  housing: "Housing (renting, selling, eligibility)",
  healthcare: "Health-care services",
  "legal-services": "Legal services",
  "law-enforcement": "Law enforcement (any use below)",
  "law-enforcement-victim-risk": "Assessing the risk of a person becoming a crime victim",
  "law-enforcement-polygraph": "Polygraphs or similar tools for law enforcement",
  "law-enforcement-evidence": "Evaluating the reliability of evidence",
  "law-enforcement-offending-risk": "Assessing the risk of offending or re-offending, or personality traits",
  "law-enforcement-profiling": "Profiling in the detection, investigation or prosecution of crime",
  "migration-border": "Migration, asylum or border control (any use below)",
  "migration-polygraph": "Polygraphs or similar tools for migration authorities",
  "migration-risk": "Assessing security, irregular-migration or health risks of people entering",
  "migration-applications": "Examining applications for asylum, visas or residence permits",
  "migration-identification": "Detecting, recognising or identifying persons in border control",
  "justice-democracy": "Administration of justice or democratic processes (any use below)",
  "justice-administration": "Assisting a judicial authority or ADR body to research, interpret or apply the law",
  "elections-influence": "Influencing the outcome of an election or referendum or voting behaviour",
  other: "None of the above",
} as const;
export type UseCase = keyof typeof USE_CASES;
const useCaseKeys = Object.keys(USE_CASES) as [UseCase, ...UseCase[]];
export const useCaseSchema = z.enum(useCaseKeys);

/** Which point-level codes an area code implies. */
export const USE_CASE_AREAS: Partial<Record<UseCase, UseCase[]>> = {
  education: ["education-admission", "education-assessment", "education-level", "education-proctoring"],
  employment: ["employment-recruitment", "employment-management"],
  "law-enforcement": [
    "law-enforcement-victim-risk",
    "law-enforcement-polygraph",
    "law-enforcement-evidence",
    "law-enforcement-offending-risk",
    "law-enforcement-profiling",
  ],
  "migration-border": ["migration-polygraph", "migration-risk", "migration-applications", "migration-identification"],
  "justice-democracy": ["justice-administration", "elections-influence"],
  "insurance-life-health": ["insurance"],
};

/** The EU AI Act operator roles a profile can declare (the first six of ROLES). */
export const EU_ROLES = ["provider", "deployer", "importer", "distributor", "product-manufacturer", "authorised-representative"] as const satisfies readonly Role[];

export const VOLUNTARY_FRAMEWORKS = ["hiroshima-code", "nist-ai-rmf", "iso-42001"] as const;

const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 country code in capitals, e.g. IE or US");

export const gpaiModelSchema = z.object({
  trainingComputeFlops: z.number().nonnegative("cannot be negative"),
  designatedSystemicRisk: z.boolean(),
  openSourceLicence: z.boolean(),
});

export const systemFactsSchema = z.object({
  useCases: z.array(useCaseSchema).default([]),
  consequentialDecision: z.boolean(),
  interactsWithNaturalPersons: z.boolean(),
  syntheticContent: z.enum(["none", "text", "image-audio-video"]),
  deepFake: z.boolean(),
  emotionRecognition: z.boolean(),
  biometricCategorisation: z.boolean(),
  remoteBiometricIdentification: z.enum(["none", "post", "real-time-public-law-enforcement"]),
  socialScoring: z.boolean(),
  safetyComponentOfRegulatedProduct: z.boolean(),
  profilesNaturalPersons: z.boolean(),
  narrowProceduralTask: z.boolean(),
  trainsOnOwnData: z.boolean(),
  // Optional facts (defaults keep old profiles valid).
  manipulativeTechniques: z.boolean().default(false),
  exploitsVulnerabilities: z.boolean().default(false),
  predictivePolicingProfiling: z.boolean().default(false),
  untargetedFacialScraping: z.boolean().default(false),
  biometricCategorisationSensitive: z.boolean().default(false),
  nonConsensualIntimateImagery: z.boolean().default(false),
  childSexualAbuseMaterial: z.boolean().default(false),
  emotionRecognitionMedicalOrSafety: z.boolean().default(false),
  publicTextOnMatterOfPublicInterest: z.boolean().default(false),
  thirdPartyConformityAssessmentRequired: z.boolean().default(false),
  fdaRegulatedMedicalDevice: z.boolean().default(false),
  placedOnMarketBefore: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD").nullable().default(null),
});

export const profileSchema = z.object({
  name: z.string().trim().min(1, "give the system a name").max(200),
  organization: z.object({
    name: z.string().trim().min(1, "give the organization's name").max(200),
    country: countrySchema,
    employees: z.number().int("must be a whole number").nonnegative("cannot be negative"),
    isPublicAuthority: z.boolean(),
    providesPublicServices: z.boolean(),
    // Colorado 6-1-1708 sector rules (optional; defaults keep old profiles valid).
    hipaaCoveredEntity: z.boolean().default(false),
    coloradoRegulatedInsurer: z.boolean().default(false),
  }),
  roles: z.array(z.enum(EU_ROLES)).min(1, "choose at least one role"),
  jurisdictions: z.array(jurisdictionSchema).min(1, "choose at least one jurisdiction"),
  voluntaryFrameworks: z.array(z.enum(VOLUNTARY_FRAMEWORKS)).default([]),
  system: systemFactsSchema,
  gpaiModel: gpaiModelSchema.nullable().default(null),
});
export type SystemProfile = z.infer<typeof profileSchema>;
export type SystemProfileInput = z.input<typeof profileSchema>;
