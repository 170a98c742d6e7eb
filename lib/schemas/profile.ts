import { z } from "zod";
import { isoDateSchema, jurisdictionSchema, type Role } from "./common";
import { countrySchema } from "./countries";

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

export const VOLUNTARY_FRAMEWORKS = [
  "hiroshima-code",
  "nist-ai-rmf",
  "nist-ai-600-1",
  "iso-42001",
  "eu-gpai-code-of-practice",
  "eu-art50-code-of-practice",
] as const;

/** How far the system's output decides about a person (CCPA ADMT, 11 CCR § 7001; NYC AEDT, 6 RCNY § 5-300). */
export const DECISION_ROLES = ["replaces-human", "substantially-assists", "supports-human"] as const;


/** A real calendar date written YYYY-MM-DD (2026-02-30 is rejected). */
const calendarDateSchema = isoDateSchema;

/**
 * A yes/no answer where `null` means "not sure". The engine then takes the protective
 * reading: the class is the most severe one still possible and the duties that depend on
 * the answer stay on the list as "may apply" with the question to settle.
 */
const answer = () =>
  z
    .boolean()
    .nullable()
    .default(null)
    .describe("Yes/no; null or omitted means not sure or not asked: the assessment then takes the protective reading and lists the question where it matters.");
/** An optional yes/no answer: omitted means the documented default (`false`), `null` means not sure. */
const optionalAnswer = (byDefault: boolean | null = false) =>
  z
    .boolean()
    .nullable()
    .default(byDefault)
    .describe(`Optional yes/no; omitted means ${String(byDefault)}${byDefault === null ? " (not sure)" : ""}, null means not sure.`);
/**
 * A follow-up answer: omitted means "no" unless the profile's other answers make the question
 * relevant (see FOLLOW_UPS in lib/engine/facts.ts), in which case it counts as not sure.
 */
const followUp = () =>
  z
    .boolean()
    .nullable()
    .optional()
    .describe("Follow-up yes/no: omitted means no, unless your other answers make it relevant, when it counts as not sure; null means not sure.");
/**
 * A question only some jurisdictions ask: omitted or null means not sure when a jurisdiction
 * that reads it is chosen (the protective reading), and is ignored otherwise. `why` names the
 * provisions that make it matter (shown in the JSON Schema).
 */
const jurisdictionAnswer = (why: string) =>
  z
    .boolean()
    .nullable()
    .optional()
    .describe(`${why} Yes/no; omitted or null means not sure when a jurisdiction that reads it is chosen.`);
const jurisdictionNumber = (why: string) =>
  z
    .number()
    .nonnegative("cannot be negative")
    .max(1e15, "is implausibly large")
    .nullable()
    .optional()
    .describe(`${why} Omitted or null means not known: thresholds that read it stay open questions.`);

/**
 * Annex I of Regulation (EU) 2024/1689 as amended by 2026/1744: one code per point of the
 * Union harmonisation legislation. Section A (New Legislative Framework) keeps the Art. 6(1)(b)
 * third-party conformity test and Chapter III; for Section B products only Art. 6(1), 60a and
 * 102-112 apply (Art. 2(2)). Machinery (Regulation (EU) 2023/1230) moved to Section B point 21.
 */
export const ANNEX_I_PRODUCTS = {
  toys: { section: "A", point: 2, label: "Toys (Directive 2009/48/EC)" },
  "recreational-craft": { section: "A", point: 3, label: "Recreational craft and personal watercraft (Directive 2013/53/EU)" },
  lifts: { section: "A", point: 4, label: "Lifts and their safety components (Directive 2014/33/EU)" },
  atex: { section: "A", point: 5, label: "Equipment for potentially explosive atmospheres, ATEX (Directive 2014/34/EU)" },
  "radio-equipment": { section: "A", point: 6, label: "Radio equipment (Directive 2014/53/EU)" },
  "pressure-equipment": { section: "A", point: 7, label: "Pressure equipment (Directive 2014/68/EU)" },
  cableways: { section: "A", point: 8, label: "Cableway installations (Regulation (EU) 2016/424)" },
  ppe: { section: "A", point: 9, label: "Personal protective equipment (Regulation (EU) 2016/425)" },
  "gas-appliances": { section: "A", point: 10, label: "Appliances burning gaseous fuels (Regulation (EU) 2016/426)" },
  "medical-devices": { section: "A", point: 11, label: "Medical devices (Regulation (EU) 2017/745)" },
  "ivd-medical-devices": { section: "A", point: 12, label: "In vitro diagnostic medical devices (Regulation (EU) 2017/746)" },
  "civil-aviation-security": { section: "B", point: 13, label: "Civil aviation security (Regulation (EC) No 300/2008)" },
  "two-three-wheel-vehicles": { section: "B", point: 14, label: "Two- or three-wheel vehicles and quadricycles (Regulation (EU) No 168/2013)" },
  "agricultural-vehicles": { section: "B", point: 15, label: "Agricultural and forestry vehicles (Regulation (EU) No 167/2013)" },
  "marine-equipment": { section: "B", point: 16, label: "Marine equipment (Directive 2014/90/EU)" },
  rail: { section: "B", point: 17, label: "Rail system interoperability (Directive (EU) 2016/797)" },
  "motor-vehicles": { section: "B", point: 18, label: "Motor vehicles and trailers, type approval (Regulation (EU) 2018/858)" },
  "vehicle-general-safety": { section: "B", point: 19, label: "Vehicle general safety (Regulation (EU) 2019/2144)" },
  "civil-aviation": { section: "B", point: 20, label: "Civil aviation, unmanned aircraft (Regulation (EU) 2018/1139)" },
  machinery: { section: "B", point: 21, label: "Machinery (Regulation (EU) 2023/1230)" },
} as const satisfies Record<string, { section: "A" | "B"; point: number; label: string }>;
export type AnnexIProduct = keyof typeof ANNEX_I_PRODUCTS;
export const annexIProductSchema = z.enum(Object.keys(ANNEX_I_PRODUCTS) as [AnnexIProduct, ...AnnexIProduct[]]);

export const REMOTE_BIOMETRIC_IDENTIFICATION = ["none", "post", "real-time-other", "real-time-public-law-enforcement"] as const;

export const gpaiModelSchema = z.object({
  trainingComputeFlops: z.number().nonnegative("cannot be negative"),
  designatedSystemicRisk: answer(),
  openSourceLicence: answer(),
  /** Art. 111(3): models placed on the market before 2 Aug 2025 have until 2 Aug 2027. `null`: not before that date (or not sure). */
  placedOnMarketBefore: calendarDateSchema.nullable().default(null),
  /** Art. 53(4), 55(2): adherence to an approved code of practice as a means to demonstrate compliance. */
  adheresToCodeOfPractice: optionalAnswer(),
});

/** Whether the organization provides a general-purpose AI model: the model, null (no), or "not-sure". */
export const gpaiAnswerSchema = z.union([gpaiModelSchema, z.literal("not-sure")]).nullable().default(null);
export type GpaiModel = z.infer<typeof gpaiModelSchema>;

export const systemFactsSchema = z
  .object({
    useCases: z.array(useCaseSchema).default([]),
    consequentialDecision: answer(),
    interactsWithNaturalPersons: answer(),
    syntheticContent: z.enum(["none", "text", "image-audio-video"]).nullable().default(null),
    deepFake: answer(),
    emotionRecognition: answer(),
    biometricCategorisation: answer(),
    remoteBiometricIdentification: z.enum(REMOTE_BIOMETRIC_IDENTIFICATION).nullable().default(null),
    socialScoring: answer(),
    safetyComponentOfRegulatedProduct: answer(),
    profilesNaturalPersons: answer(),
    narrowProceduralTask: answer(),
    trainsOnOwnData: answer(),
    // Optional facts: omitted means the default (`false` unless said otherwise); `null` means not sure.
    /** Annex I product legislation the system is (a safety component of) a product under; `null` = none named. */
    annexIProduct: annexIProductSchema.nullable().default(null),
    manipulativeTechniques: optionalAnswer(),
    exploitsVulnerabilities: optionalAnswer(),
    predictivePolicingProfiling: optionalAnswer(),
    untargetedFacialScraping: optionalAnswer(),
    biometricCategorisationSensitive: followUp(),
    /** Annex III point 1(b): categorisation according to sensitive or protected attributes (follow-up of biometricCategorisation). */
    biometricCategorisationProtectedAttributes: followUp(),
    /** Art. 5(1)(ba) read with Art. 5(1a): intended purpose, or a foreseeable and reproducible outcome without adequate safeguards (deployers: used for that purpose). */
    nonConsensualIntimateImagery: followUp(),
    /** Art. 5(1)(bb) read with Art. 5(1a), as above. */
    childSexualAbuseMaterial: followUp(),
    /** Art. 5(1)(f): emotions of natural persons are inferred in the workplace or in education institutions (follow-up of emotionRecognition). */
    emotionInferenceWorkplaceEducation: followUp(),
    emotionRecognitionMedicalOrSafety: optionalAnswer(),
    /** Art. 5(1)(h)(i)-(iii): real-time RBI use limited to a permitted objective (follow-up of real-time law-enforcement RBI). */
    realTimeRbiPermittedObjective: optionalAnswer(),
    publicTextOnMatterOfPublicInterest: followUp(),
    thirdPartyConformityAssessmentRequired: followUp(),
    fdaRegulatedMedicalDevice: optionalAnswer(),
    /** First placed on the market or put into service on this date; `null` = not yet, or a new system. */
    placedOnMarketBefore: calendarDateSchema.nullable().default(null),
    /** Art. 111(2): significant changes in design since the Chapter III date (follow-up of a legacy date). Default: not sure. */
    significantDesignChangeSince: optionalAnswer(null),
    /** Art. 111(2), second sentence: a high-risk system intended to be used by public authorities. */
    intendedForPublicAuthorities: followUp(),
    /** Art. 26(7): the deployer is an employer using the system at the workplace. */
    usedAtWorkplace: followUp(),
    /** Art. 2(3): placed on the market, put into service or used exclusively for military, defence or national security purposes. */
    exclusivelyMilitaryDefence: optionalAnswer(),
    /** Art. 2(6): developed and put into service for the sole purpose of scientific research and development. */
    scientificResearchOnly: optionalAnswer(),
    /** Art. 2(8): only research, testing or development before being placed on the market or put into service. */
    preMarketResearchOnly: optionalAnswer(),
    /** Arts. 60-61: testing in real-world conditions outside a regulatory sandbox. */
    realWorldTesting: optionalAnswer(),
    /** Art. 2(10): used by a natural person in a purely personal non-professional activity. */
    purelyPersonalUse: optionalAnswer(),
    /** Art. 2(12): released under a free and open-source licence. */
    freeOpenSourceLicence: optionalAnswer(),
    /** C.R.S. 6-1-1708(3)(d): a covered entity decides a patient's eligibility for financial assistance with it. */
    financialAssistanceEligibility: followUp(),
    // Facts that only some jurisdictions' laws read (US states, Korea, China): asked only when one is chosen.
    offeredToPublic: jurisdictionAnswer(
      "The system or service is made available to the public or to consumers, not only used internally. Read by Cal. Civ. Code § 3111 (AB 2013), Bus. & Prof. Code § 22757.1 (SB 942) and Art. 2 of China's Generative AI Measures.",
    ),
    monthlyUsers: jurisdictionNumber(
      "Monthly visitors or users of the system or service. Read by Bus. & Prof. Code § 22757.1(c) (SB 942: over 1,000,000 monthly users) and the AB 853 large-online-platform rule.",
    ),
    decisionRole: z
      .enum(DECISION_ROLES)
      .nullable()
      .optional()
      .describe(
        "How far the output decides about a person: replaces-human (no meaningful human review), substantially-assists (weighted more than other factors or can overrule people), supports-human. Read by 11 CCR § 7001 (CCPA ADMT) and 6 RCNY § 5-300 (NYC AEDT). Omitted or null means not sure when those jurisdictions are chosen.",
      ),
    companionChatbot: jurisdictionAnswer(
      "A chatbot that offers an adaptive, human-like social or companion relationship to users. Read by Bus. & Prof. Code § 22601 (SB 243) and China's anthropomorphic AI interaction measures.",
    ),
    minorsAmongUsers: jurisdictionAnswer("Users include minors, or the operator knows a user is a minor. Read by Bus. & Prof. Code § 22602(c) (SB 243) and China's measures on minors."),
    mentalHealthChatbot: jurisdictionAnswer("A chatbot that holds conversations like those with a licensed mental-health therapist. Read by Utah Code § 13-72a-201 ff. (H.B. 452)."),
    publicOpinionCapability: jurisdictionAnswer(
      "The service has public-opinion attributes or social-mobilisation capacity. Read by Art. 17 of China's Generative AI Measures (security assessment and algorithm filing).",
    ),
  });

/** The profile's fields without cross-field checks (the questionnaire validates its steps with slices of it). */
export const profileObjectSchema = z.object({
  name: z.string().trim().min(1, "give the system a name").max(200),
  organization: z.object({
    name: z.string().trim().min(1, "give the organization's name").max(200),
    country: countrySchema,
    /** Only Colorado's SB 24-205 small-deployer rule reads it; null or omitted = not known. */
    employees: z.number().int("must be a whole number").nonnegative("cannot be negative").nullable().default(null),
    isPublicAuthority: answer(),
    providesPublicServices: answer(),
    // Colorado 6-1-1708 sector rules (optional; defaults keep old profiles valid).
    hipaaCoveredEntity: optionalAnswer(),
    coloradoRegulatedInsurer: optionalAnswer(),
    /** 6-1-1708(3)(b): a health-care provider as defined in 45 CFR 160.103. */
    healthCareProvider: followUp(),
    /** 6-1-1708(3)(b): the health-care provider operates from a location within Colorado. */
    operatesFromColoradoLocation: optionalAnswer(),
    /** 6-1-1704(9), 6-1-1705(2): the deployer is subject to FERPA. */
    ferpaSubject: optionalAnswer(),
    /** Art. 25(4): supplies AI systems, models, tools, services, components or processes to providers of high-risk systems (follow-up for model providers). */
    suppliesToHighRiskProviders: followUp(),
    // Facts that only some jurisdictions' laws read: asked only when one is chosen.
    annualRevenueUsd: jurisdictionNumber(
      "Gross annual revenue in US dollars, with affiliates where the law counts them. Read by Bus. & Prof. Code § 22757.11 (SB 53 large frontier developer: over $500 million), GBL § 1420 (RAISE Act) and 11 CCR § 7121 (CCPA audit deadlines by revenue).",
    ),
    ccpaBusiness: jurisdictionAnswer(
      "A business under Cal. Civ. Code § 1798.140(d) (CCPA revenue or personal-information thresholds). Read by the CCPA ADMT, risk-assessment and cybersecurity-audit regulations (11 CCR § 7000 ff.).",
    ),
    ccpaSignificantSecurityRisk: jurisdictionAnswer(
      "Processing that presents significant risk to consumers' security under 11 CCR § 7120 (the thresholds that require an annual cybersecurity audit).",
    ),
    regulatedOccupation: jurisdictionAnswer(
      "Provides the services of an occupation the state licenses (Utah Code § 13-77-101: regulated occupation), which must disclose generative AI use proactively in high-risk interactions.",
    ),
    contentDistributionPlatform: jurisdictionAnswer(
      "Runs a platform that distributes or hosts content for users (social media, messaging, file sharing, search, app store). Read by AB 853 (large online platforms) and China's AI labelling measures (dissemination platforms).",
    ),
    koreaRepresentativeThresholds: jurisdictionAnswer(
      "Meets the Korean thresholds for appointing a domestic representative (revenue, AI-service revenue or daily users in Korea, Art. 36 of the AI Basic Act and its Enforcement Decree).",
    ),
  }),
  roles: z.array(z.enum(EU_ROLES)).min(1, "choose at least one role"),
  jurisdictions: z.array(jurisdictionSchema).min(1, "choose at least one jurisdiction"),
  voluntaryFrameworks: z.array(z.enum(VOLUNTARY_FRAMEWORKS)).default([]),
  system: systemFactsSchema,
  /** The general-purpose AI model the organization provides: null = none, "not-sure" = not sure whether it provides one. */
  gpaiModel: gpaiAnswerSchema,
});

export const profileSchema = profileObjectSchema.superRefine((p, ctx) => {
  // A named Annex I product answers the safety-component question; a contradiction is an input error, not a guess.
  if (p.system.annexIProduct !== null && p.system.safetyComponentOfRegulatedProduct === false)
    ctx.addIssue({
      code: "custom",
      path: ["system", "safetyComponentOfRegulatedProduct"],
      message: "must be true (or null) when annexIProduct names an Annex I product",
    });
});
export type SystemProfile = z.infer<typeof profileSchema>;
export type SystemProfileInput = z.input<typeof profileSchema>;
