import { ANNEX_I_PRODUCTS, USE_CASES, USE_CASE_AREAS, type UseCase } from "@/lib/schemas/profile";
import { PROHIBITED_PRACTICE_FACTS, type QuestionnaireStepId } from "@/lib/schemas/questionnaire";
import { countryName } from "@/lib/schemas/countries";
import { JURISDICTION_QUESTIONS } from "./jurisdiction-questions";
import { withImpliedJurisdictions } from "@/lib/schemas/common";

/**
 * The questionnaire as data: every question, the step it belongs to, when it is relevant and
 * how its answer reads in plain words. The form, the review page and the question-count walk
 * all use this one list, so a question is shown only when earlier answers make it matter.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Draft = Record<string, any>;

export function get(draft: Draft, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o == null ? undefined : (o as Draft)[k]), draft);
}
export function set(draft: Draft, path: string, value: unknown): Draft {
  const [head, ...rest] = path.split(".");
  if (!rest.length) return { ...draft, [head!]: value };
  return { ...draft, [head!]: set((draft[head!] as Draft) ?? {}, rest.join("."), value) };
}

/** One tick box of a group that writes yes/no facts: ticked → `on`, unticked → `off`. */
export type Flag = {
  id: string;
  label: string;
  hint?: string;
  path: string;
  on: unknown;
  off: unknown;
  visible?: (d: Draft) => boolean;
  /** For a box that opens follow-up questions instead of answering a fact itself. */
  custom?: { checked: (d: Draft) => boolean; answered: (d: Draft) => boolean; apply: (d: Draft, checked: boolean | null) => Draft };
};

type Base = {
  id: string;
  step: QuestionnaireStepId;
  label: string;
  help?: string;
  /** The legal term and where it is defined (Art. 3 entries of the EU AI Act). */
  term?: { text: string; href: string };
  visible?: (d: Draft) => boolean;
};
export type Question =
  | (Base & { kind: "text" | "country"; path: string })
  | (Base & { kind: "yesno"; path: string })
  | (Base & { kind: "choice"; path: string; options: { value: string; label: string; hint?: string }[]; unsure?: boolean })
  | (Base & { kind: "list"; path: string; options: { value: string; label: string; hint?: string }[]; optional?: boolean })
  | (Base & { kind: "flags"; flags: Flag[]; none: string; unsure?: boolean })
  | (Base & { kind: "usecases"; path: string })
  | (Base & { kind: "product"; path: string })
  | (Base & { kind: "date"; path: string })
  | (Base & { kind: "flops"; path: string })
  /** A non-negative amount (revenue, users); empty means not sure. */
  | (Base & { kind: "amount"; path: string })
  | (Base & { kind: "gpai"; path: string });

const has = (d: Draft, path: string, value: string) => ((get(d, path) as string[] | undefined) ?? []).includes(value);
const yesOrUnsure = (d: Draft, path: string) => get(d, path) === true || get(d, path) === null;
const eu = (d: Draft) => has(d, "jurisdictions", "EU");
const colorado = (d: Draft) => has(d, "jurisdictions", "US-CO");
/** One of these jurisdictions is chosen (New York City implies New York State). */
const chosen = (d: Draft, ...codes: string[]) => {
  const list = withImpliedJurisdictions(((get(d, "jurisdictions") as string[] | undefined) ?? []).filter((j) => typeof j === "string"));
  return codes.some((c) => list.includes(c));
};
const provider = (d: Draft) => has(d, "roles", "provider") || has(d, "roles", "product-manufacturer");
const deployer = (d: Draft) => has(d, "roles", "deployer");
/** The model follow-ups are asked once the organization says it provides a model (not when it is not sure). */
const gpai = (d: Draft) => typeof get(d, "gpaiModel") === "object" && get(d, "gpaiModel") !== null;

/** Use-case codes that put a system in Annex III (the others only matter in Colorado). */
const ANNEX_III_CODES = new Set<string>([
  "biometrics", "critical-infrastructure", "education", "education-admission", "education-assessment", "education-level", "education-proctoring",
  "employment", "employment-recruitment", "employment-management", "essential-public-services", "credit", "insurance-life-health", "emergency-services",
  "law-enforcement", "law-enforcement-victim-risk", "law-enforcement-polygraph", "law-enforcement-evidence", "law-enforcement-offending-risk",
  "law-enforcement-profiling", "migration-border", "migration-polygraph", "migration-risk", "migration-applications", "migration-identification",
  "justice-democracy", "justice-administration", "elections-influence",
]);
const useCases = (d: Draft) => {
  const ticked = (get(d, "system.useCases") as UseCase[] | undefined) ?? [];
  return new Set<string>([...ticked, ...ticked.flatMap((u) => USE_CASE_AREAS[u] ?? [])]);
};
export const annexIIIUse = (d: Draft) => [...useCases(d)].some((u) => ANNEX_III_CODES.has(u));
const BIOMETRIC_FACTS = [
  ["system.emotionRecognition", false],
  ["system.biometricCategorisation", false],
  ["system.remoteBiometricIdentification", "none"],
] as const;
/** The biometric questions are asked once the user says the system works with biometric data (or an answer already says so). */
const biometricData = (d: Draft) =>
  get(d, "system.biometricData") === true ||
  BIOMETRIC_FACTS.some(([path, no]) => { const v = get(d, path); return v !== undefined && v !== no; });
const biometricGate: Flag["custom"] = {
  checked: biometricData,
  answered: (d) => get(d, "system.biometricData") !== undefined || BIOMETRIC_FACTS.every(([path]) => get(d, path) !== undefined),
  // "No biometric data" answers the three capability questions; "yes" opens them (unanswered until answered).
  apply: (d, checked) =>
    checked === false
      ? BIOMETRIC_FACTS.reduce((acc, [path, no]) => set(acc, path, no), set(d, "system.biometricData", false))
      : checked === null
        ? BIOMETRIC_FACTS.reduce((acc, [path]) => set(acc, path, null), set(d, "system.biometricData", null))
        : set(d, "system.biometricData", true),
};
const productMaybe = (d: Draft) => get(d, "system.safetyComponentOfRegulatedProduct") === true || get(d, "system.safetyComponentOfRegulatedProduct") === null;

const CORE_QUESTIONS: Question[] = [
  // 1. Organization
  { id: "name", step: "organization", kind: "text", path: "name", label: "Name of the AI system", help: "How you refer to it internally, e.g. “Resume screener”." },
  { id: "organization.name", step: "organization", kind: "text", path: "organization.name", label: "Your organization" },
  {
    id: "organization.country",
    step: "organization",
    kind: "country",
    path: "organization.country",
    label: "Country where your organization is established",
    help: "Type to search. Providers established outside the EU need an authorised representative there (EU AI Act Art. 22 and 54).",
  },

  // 2. Roles and markets
  {
    id: "roles",
    step: "scope",
    kind: "list",
    path: "roles",
    label: "What do you do with this system?",
    help: "Choose every role that fits. In Colorado a provider is a “developer”.",
    term: { text: "EU AI Act Art. 3(3), (4): provider and deployer", href: "/frameworks/eu-ai-act/art-3-3" },
    options: [
      { value: "provider", label: "We develop it, or have it developed, and offer it under our name (provider)" },
      { value: "deployer", label: "We use it in our own operations under our authority (deployer)" },
      { value: "importer", label: "We bring a non-EU provider's system onto the EU market (importer)" },
      { value: "distributor", label: "We resell or pass it on without changing it (distributor)" },
      { value: "product-manufacturer", label: "We build it into a product we sell under our name (product manufacturer)" },
      { value: "authorised-representative", label: "We act in the EU for a provider established elsewhere (authorised representative)" },
    ],
  },
  {
    id: "jurisdictions",
    step: "scope",
    kind: "list",
    path: "jurisdictions",
    label: "Where is it placed on the market, used, or affects people?",
    help: "Choose every place the system is offered, used or affects people. New York City includes New York State.",
    options: [
      { value: "EU", label: "European Union", hint: "EU AI Act" },
      { value: "US-CA", label: "California, USA", hint: "CCPA ADMT rules, SB 53, AB 2013, SB 243, SB 942" },
      { value: "US-CO", label: "Colorado, USA", hint: "C.R.S. 6-1-1701 et seq. (SB 26-189)" },
      { value: "US-IL", label: "Illinois, USA", hint: "Human Rights Act, 775 ILCS 5/2-102(L)" },
      { value: "US-NY", label: "New York State, USA", hint: "RAISE Act (frontier models)" },
      { value: "US-NYC", label: "New York City, USA", hint: "Local Law 144 (automated employment decision tools); includes New York State" },
      { value: "US-TX", label: "Texas, USA", hint: "Responsible AI Governance Act (HB 149)" },
      { value: "US-UT", label: "Utah, USA", hint: "Artificial Intelligence Policy Act" },
      { value: "CN", label: "China (PRC)", hint: "Generative AI Measures, AI labelling measures" },
      { value: "JP", label: "Japan", hint: "AI Promotion Act (no penalties)" },
      { value: "KR", label: "Republic of Korea", hint: "AI Basic Act" },
      { value: "VN", label: "Viet Nam", hint: "Law on Artificial Intelligence" },
    ],
  },
  {
    id: "voluntaryFrameworks",
    step: "scope",
    kind: "list",
    path: "voluntaryFrameworks",
    optional: true,
    label: "Voluntary frameworks you follow (optional)",
    help: "Their outcomes are added to the checklist and merged with legal duties they overlap.",
    options: [
      { value: "nist-ai-rmf", label: "NIST AI Risk Management Framework 1.0" },
      { value: "nist-ai-600-1", label: "NIST AI 600-1 Generative AI Profile" },
      { value: "iso-42001", label: "ISO/IEC 42001:2023 AI management system" },
      { value: "hiroshima-code", label: "G7 Hiroshima Code of Conduct (advanced AI systems)" },
      { value: "eu-gpai-code-of-practice", label: "EU General-Purpose AI Code of Practice", hint: "For providers of general-purpose AI models (EU AI Act Art. 53(4), 55(2))" },
      { value: "eu-art50-code-of-practice", label: "EU Code of Practice on marking and labelling AI-generated content", hint: "EU AI Act Art. 50(2) and (4)" },
    ],
  },
  {
    id: "euExclusions",
    step: "scope",
    kind: "flags",
    visible: (d) => eu(d) || chosen(d, "KR", "VN"),
    label: "Does any of these take the system outside a law's scope?",
    help: "EU AI Act Art. 2 excludes some systems altogether; Korea (AI Basic Act Art. 4(2)) and Viet Nam (AI Law Art. 1(2)) exclude defence and national-security systems. Most systems tick “None of these”.",
    none: "None of these",
    unsure: true,
    flags: [
      { id: "military", label: "Used exclusively for military, defence or national security purposes (EU Art. 2(3); Korea Art. 4(2); Viet Nam Art. 1(2))", path: "system.exclusivelyMilitaryDefence", on: true, off: false },
      { id: "research", label: "Developed and put into service solely for scientific research and development (Art. 2(6))", path: "system.scientificResearchOnly", on: true, off: false, visible: eu },
      { id: "premarket", label: "Still only in research, testing or development, not yet on the market or in service (Art. 2(8))", path: "system.preMarketResearchOnly", on: true, off: false, visible: eu },
      { id: "foss", label: "Released under a free and open-source licence (Art. 2(12): only if it is not high-risk, prohibited or under Art. 50)", path: "system.freeOpenSourceLicence", on: true, off: false, visible: eu },
      { id: "personal", label: "Used by us as private individuals in a purely personal, non-professional activity (Art. 2(10))", path: "system.purelyPersonalUse", on: true, off: false, visible: (d) => eu(d) && deployer(d) },
    ],
  },
  {
    id: "system.realWorldTesting",
    step: "scope",
    kind: "yesno",
    path: "system.realWorldTesting",
    visible: (d) => eu(d) && provider(d) && yesOrUnsure(d, "system.preMarketResearchOnly"),
    label: "Do you test it in real-world conditions, outside a regulatory sandbox?",
    help: "Testing in real-world conditions is not covered by the Art. 2(8) exclusion: Arts. 60–61 apply (an approved plan, registration, informed consent…).",
    term: { text: "Art. 3(57) testing in real-world conditions", href: "/frameworks/eu-ai-act/art-3-57" },
  },
  {
    id: "coloradoSector",
    step: "scope",
    kind: "flags",
    visible: colorado,
    label: "Is your organization any of these?",
    help: "Colorado's ADMT law has special rules for them (C.R.S. 6-1-1708, 6-1-1704(9)).",
    none: "None of these",
    unsure: true,
    flags: [
      { id: "hipaa", label: "A HIPAA covered entity, or a business associate serving one", path: "organization.hipaaCoveredEntity", on: true, off: false },
      { id: "insurer", label: "An insurer (or affiliate) subject to C.R.S. 10-3-1104.9", path: "organization.coloradoRegulatedInsurer", on: true, off: false },
      { id: "ferpa", label: "An educational agency or institution subject to FERPA", path: "organization.ferpaSubject", on: true, off: false },
    ],
  },

  // 3. Use
  { id: "system.useCases", step: "use", kind: "usecases", path: "system.useCases", label: "What is the system used for?", help: "The uses the EU AI Act (Annex III) and Colorado's law single out. Tick all that apply, or “None of the above”." },
  {
    id: "system.consequentialDecision",
    step: "use",
    kind: "yesno",
    path: "system.consequentialDecision",
    visible: (d) => colorado(d) || chosen(d, "US-CA", "KR") || (eu(d) && deployer(d) && annexIIIUse(d)),
    label: "Does it make, or materially influence, decisions about people's access to jobs, education, credit, insurance, housing, healthcare or public services?",
    help: "Colorado calls these “consequential decisions” (C.R.S. 6-1-1701(3)); in the EU, deployers of Annex III systems that decide about people must tell them (Art. 26(11)).",
  },
  {
    id: "system.profilesNaturalPersons",
    step: "use",
    kind: "yesno",
    path: "system.profilesNaturalPersons",
    visible: (d) => (eu(d) && annexIIIUse(d)) || chosen(d, "US-CA"),
    label: "Does it profile people, i.e. evaluate personal aspects such as performance, reliability or behaviour?",
    help: "A profiling system listed in Annex III is always high-risk (Art. 6(3), last subparagraph).",
  },
  {
    id: "system.narrowProceduralTask",
    step: "use",
    kind: "yesno",
    path: "system.narrowProceduralTask",
    visible: (d) => eu(d) && annexIIIUse(d),
    label: "Is it only meant for one of these: a narrow procedural task; improving the result of a human activity already completed; detecting decision patterns without replacing or influencing the human assessment; or a preparatory task?",
    help: "The four conditions of Art. 6(3)(a)–(d). Then it is not high-risk, but the provider must document why (Art. 6(4)) and register it (Art. 49(2)).",
  },
  {
    id: "organization.isPublicAuthority",
    step: "use",
    kind: "yesno",
    path: "organization.isPublicAuthority",
    visible: (d) => (eu(d) && deployer(d) && annexIIIUse(d)) || chosen(d, "US-TX", "KR"),
    label: "Is your organization a public authority or a body governed by public law?",
    help: "Public deployers register their use (Art. 49(3)) and assess fundamental-rights impacts first (Art. 27).",
  },
  {
    id: "organization.providesPublicServices",
    step: "use",
    kind: "yesno",
    path: "organization.providesPublicServices",
    visible: (d) => eu(d) && deployer(d) && annexIIIUse(d),
    label: "Do you provide public services (e.g. education, healthcare, social services, housing), even as a private entity?",
    help: "They too must assess fundamental-rights impacts before use (Art. 27).",
  },
  {
    id: "system.usedAtWorkplace",
    step: "use",
    kind: "yesno",
    path: "system.usedAtWorkplace",
    visible: (d) => eu(d) && deployer(d) && annexIIIUse(d),
    label: "Are you an employer using the system at the workplace, where it affects your workers?",
    help: "Then workers' representatives and the workers must be told first (Art. 26(7)).",
  },
  {
    id: "organization.healthCareProvider",
    step: "use",
    kind: "yesno",
    path: "organization.healthCareProvider",
    visible: (d) => (colorado(d) && yesOrUnsure(d, "organization.hipaaCoveredEntity")) || chosen(d, "US-TX"),
    label: "Is your organization a health-care provider (45 CFR 160.103)?",
    help: "For a health-care provider the HIPAA exemption applies only when it operates from a location within Colorado (C.R.S. 6-1-1708(3)(b)).",
  },
  {
    id: "organization.operatesFromColoradoLocation",
    step: "use",
    kind: "yesno",
    path: "organization.operatesFromColoradoLocation",
    visible: (d) => colorado(d) && yesOrUnsure(d, "organization.healthCareProvider"),
    label: "Does it operate from a location within Colorado?",
    help: "Only then does the HIPAA exemption reach a health-care provider (C.R.S. 6-1-1708(3)(b)).",
  },
  {
    id: "system.financialAssistanceEligibility",
    step: "use",
    kind: "yesno",
    path: "system.financialAssistanceEligibility",
    visible: (d) => colorado(d) && yesOrUnsure(d, "organization.hipaaCoveredEntity") && useCases(d).has("healthcare"),
    label: "Does the system decide a patient's eligibility for financial assistance (including discounted care)?",
    help: "Then the covered entity owes the patient specific disclosures (C.R.S. 6-1-1708(3)(d)).",
  },
  {
    id: "system.fdaRegulatedMedicalDevice",
    step: "use",
    kind: "yesno",
    path: "system.fdaRegulatedMedicalDevice",
    visible: (d) => (colorado(d) || chosen(d, "KR")) && useCases(d).has("healthcare"),
    label: "Is the system a medical device overseen by the US FDA, or used in FDA-overseen pharmaceutical or device research?",
    help: "Colorado's ADMT law does not apply to it (C.R.S. 6-1-1708(4)).",
  },

  // 4. Capabilities
  {
    id: "capabilities",
    step: "capabilities",
    kind: "flags",
    label: "What does the system do?",
    help: "Tick all that apply. Chatbots, generators and deep fakes carry transparency duties (EU AI Act Art. 50).",
    none: "None of these",
    unsure: true,
    flags: [
      { id: "interacts", label: "Talks or chats directly with people (chatbot, voice assistant)", path: "system.interactsWithNaturalPersons", on: true, off: false },
      { id: "text", label: "Generates text", path: "system.syntheticContent", on: "text", off: "none" },
      { id: "media", label: "Generates images, audio or video", path: "system.syntheticContent", on: "image-audio-video", off: "none" },
      { id: "deepfake", label: "Creates or alters realistic images, audio or video of real people, places or events (deep fakes)", path: "system.deepFake", on: true, off: false },
      { id: "publictext", label: "Publishes AI-generated text to inform the public on matters of public interest", path: "system.publicTextOnMatterOfPublicInterest", on: true, off: false, visible: deployer },
      { id: "biometric", label: "Works with biometric data: recognises faces or voices, reads emotions, sorts or identifies people", path: "system.biometricData", on: true, off: false, custom: biometricGate },
    ],
  },
  {
    id: "system.emotionRecognition",
    step: "capabilities",
    kind: "yesno",
    path: "system.emotionRecognition",
    visible: biometricData,
    label: "Does it infer people's emotions or intentions from biometric data (face, voice)?",
    help: "An emotion recognition system is high-risk (Annex III point 1(c)).",
    term: { text: "Art. 3(39) emotion recognition system", href: "/frameworks/eu-ai-act/art-3-39" },
  },
  {
    id: "system.emotionInferenceWorkplaceEducation",
    step: "capabilities",
    kind: "yesno",
    path: "system.emotionInferenceWorkplaceEducation",
    visible: (d) => yesOrUnsure(d, "system.emotionRecognition"),
    label: "Does it infer the emotions of people at a workplace or in an education institution (workers, candidates at work, students)?",
    help: "Prohibited in the EU unless it is for medical or safety reasons (Art. 5(1)(f)).",
  },
  {
    id: "system.emotionRecognitionMedicalOrSafety",
    step: "capabilities",
    kind: "yesno",
    path: "system.emotionRecognitionMedicalOrSafety",
    visible: (d) => yesOrUnsure(d, "system.emotionInferenceWorkplaceEducation"),
    label: "Is that emotion recognition for medical or safety reasons only?",
    help: "The one exception to the Art. 5(1)(f) ban, e.g. a system intended for therapeutic use.",
  },
  {
    id: "system.biometricCategorisation",
    step: "capabilities",
    kind: "yesno",
    path: "system.biometricCategorisation",
    visible: biometricData,
    label: "Does it sort people into categories based on biometric data?",
    help: "Deployers must tell the people exposed to it (Art. 50(3)).",
    term: { text: "Art. 3(40) biometric categorisation system", href: "/frameworks/eu-ai-act/art-3-40" },
  },
  {
    id: "system.biometricCategorisationSensitive",
    step: "capabilities",
    kind: "yesno",
    path: "system.biometricCategorisationSensitive",
    visible: (d) => yesOrUnsure(d, "system.biometricCategorisation"),
    label: "Does it infer race, political opinions, trade-union membership, religion, sex life or sexual orientation?",
    help: "That is prohibited in the EU (Art. 5(1)(g)).",
  },
  {
    id: "system.biometricCategorisationProtectedAttributes",
    step: "capabilities",
    kind: "yesno",
    path: "system.biometricCategorisationProtectedAttributes",
    visible: (d) => yesOrUnsure(d, "system.biometricCategorisation"),
    label: "Does it categorise people by sensitive or protected attributes, such as sex, age, ethnic origin or disability?",
    help: "Then it is high-risk (Annex III point 1(b)); sorting by features that are not protected, e.g. hair colour, is not.",
  },
  {
    id: "system.remoteBiometricIdentification",
    step: "capabilities",
    kind: "choice",
    path: "system.remoteBiometricIdentification",
    visible: biometricData,
    unsure: true,
    label: "Does it identify people at a distance from biometric data?",
    help: "Any such system is high-risk (Annex III point 1(a)).",
    term: { text: "Art. 3(41) remote biometric identification system", href: "/frameworks/eu-ai-act/art-3-41" },
    options: [
      { value: "none", label: "No", hint: "Verifying that someone is who they claim to be (e.g. unlocking a phone) does not count." },
      { value: "post", label: "Yes, after the fact (post remote identification)" },
      { value: "real-time-other", label: "Yes, in real time, but not by or for law enforcement in publicly accessible spaces" },
      { value: "real-time-public-law-enforcement", label: "Yes, in real time in publicly accessible spaces for law enforcement" },
    ],
  },
  {
    id: "system.realTimeRbiPermittedObjective",
    step: "capabilities",
    kind: "yesno",
    path: "system.realTimeRbiPermittedObjective",
    visible: (d) => biometricData(d) && ["real-time-public-law-enforcement", null].includes(get(d, "system.remoteBiometricIdentification") as string | null),
    label: "Does your Member State's law allow it (Art. 5(5)), and is each use strictly necessary for, and limited to: a targeted search for specific victims of abduction, trafficking or sexual exploitation, or for missing persons; preventing a specific, substantial and imminent threat to life or a genuine terrorist threat; or locating or identifying a suspect of an Annex II offence punishable by at least four years?",
    help: "Only then is it not prohibited (Art. 5(1)(h)(i)–(iii), 5(5)); each use then needs prior authorisation and the safeguards of Art. 5(2)–(4).",
  },
  {
    id: "system.safetyComponentOfRegulatedProduct",
    step: "capabilities",
    kind: "yesno",
    path: "system.safetyComponentOfRegulatedProduct",
    visible: (d) => eu(d) || chosen(d, "KR"),
    label: "Is it a product, or a safety component of a product, covered by EU product-safety law (machinery, toys, medical devices, vehicles, lifts…)?",
    help: "The Union harmonisation legislation listed in Annex I of the AI Act.",
    term: { text: "Art. 3(14) safety component", href: "/frameworks/eu-ai-act/art-3-14" },
  },
  {
    id: "system.annexIProduct",
    step: "capabilities",
    kind: "product",
    path: "system.annexIProduct",
    visible: (d) => (eu(d) || chosen(d, "KR")) && productMaybe(d),
    label: "Which product law covers it?",
    help: "For products in Annex I Section B (vehicles, aviation, rail, marine equipment and, since 2026, machinery) only Art. 6(1), 60a and 102–112 apply (Art. 2(2)); Section A products get the full high-risk requirements.",
  },
  {
    id: "system.thirdPartyConformityAssessmentRequired",
    step: "capabilities",
    kind: "yesno",
    path: "system.thirdPartyConformityAssessmentRequired",
    visible: (d) => eu(d) && productMaybe(d),
    label: "Does that product need a third-party conformity assessment (a notified body) under that law, for health and safety reasons?",
    help: "Art. 6(1)(b) and 6(1c): only then is the AI system high-risk through Annex I.",
  },
  {
    id: "system.placedOnMarketBefore",
    step: "capabilities",
    kind: "date",
    path: "system.placedOnMarketBefore",
    visible: (d) => (eu(d) && (annexIIIUse(d) || productMaybe(d))) || chosen(d, "US-CA"),
    label: "When was it first placed on the market or put into service? (leave empty if not yet)",
    help: "A high-risk system already on the market before its high-risk rules apply (2 Dec 2027 for Annex III uses, 2 Aug 2028 for products) is covered only after a significant design change (Art. 111(2)).",
  },
  {
    id: "system.significantDesignChangeSince",
    step: "capabilities",
    kind: "yesno",
    path: "system.significantDesignChangeSince",
    visible: (d) => eu(d) && Boolean(get(d, "system.placedOnMarketBefore")) && (annexIIIUse(d) || productMaybe(d)),
    label: "Has its design changed significantly since then, or will it by the date the high-risk rules apply to it?",
    help: "Art. 111(2): without a significant change in design, the high-risk rules do not reach a system already on the market.",
  },
  {
    id: "system.intendedForPublicAuthorities",
    step: "capabilities",
    kind: "yesno",
    path: "system.intendedForPublicAuthorities",
    visible: (d) => (eu(d) && provider(d) && Boolean(get(d, "system.placedOnMarketBefore")) && (annexIIIUse(d) || productMaybe(d))) || (chosen(d, "KR") && provider(d)),
    label: "Is it intended to be used by public authorities?",
    help: "Then it must comply by 2 Aug 2030 in any case (Art. 111(2), second sentence).",
  },

  // 5. Practices
  {
    id: "practices",
    step: "practices",
    kind: "flags",
    visible: (d) => eu(d) || chosen(d, "US-TX", "VN"),
    label: "Does the system do any of these? Tick each that applies.",
    help: "These practices are banned in the EU (Art. 5). This screening must be answered: tick what applies, “None of these”, or “Not sure”. A tick is shown as a blocking warning, never hidden in a list.",
    none: "None of these",
    unsure: true,
    flags: [
      { id: "manipulative", label: "Uses subliminal, manipulative or deceptive techniques that materially distort behaviour and can cause significant harm (Art. 5(1)(a))", path: "system.manipulativeTechniques", on: true, off: false },
      { id: "vulnerabilities", label: "Exploits vulnerabilities due to age, disability or a social or economic situation (Art. 5(1)(b))", path: "system.exploitsVulnerabilities", on: true, off: false },
      { id: "social", label: "Scores people on social behaviour or personal traits, leading to unjustified or unrelated detrimental treatment (Art. 5(1)(c))", path: "system.socialScoring", on: true, off: false },
      { id: "policing", label: "Predicts whether a person will commit a crime based solely on profiling or personality traits (Art. 5(1)(d))", path: "system.predictivePolicingProfiling", on: true, off: false },
      { id: "scraping", label: "Builds facial-recognition databases by untargeted scraping of images from the internet or CCTV (Art. 5(1)(e))", path: "system.untargetedFacialScraping", on: true, off: false },
      {
        id: "intimate",
        label: "Generating intimate images of identifiable people without consent is its purpose, or a foreseeable, reproducible outcome without adequate safeguards — or we use it for that (Art. 5(1)(ba), 5(1a); from 2 Dec 2026)",
        path: "system.nonConsensualIntimateImagery",
        on: true,
        off: false,
      },
      {
        id: "csam",
        label: "Generating child sexual abuse material is its purpose, or a foreseeable, reproducible outcome without adequate safeguards — or we use it for that (Art. 5(1)(bb), 5(1a); from 2 Dec 2026)",
        path: "system.childSexualAbuseMaterial",
        on: true,
        off: false,
      },
    ],
  },

  // 6. Model
  {
    id: "gpaiModel",
    step: "model",
    kind: "gpai",
    path: "gpaiModel",
    label: "Does your organization provide a general-purpose AI model (one that can perform a wide range of tasks and is integrated into other systems)?",
    term: { text: "Art. 3(63) general-purpose AI model", href: "/frameworks/eu-ai-act/art-3-63" },
  },
  { id: "gpaiModel.trainingComputeFlops", step: "model", kind: "flops", path: "gpaiModel.trainingComputeFlops", visible: gpai, label: "Cumulative training compute (FLOP)", help: "A number such as 3e24. Above 10^25 FLOP the model is presumed to have systemic risk (Art. 51(2))." },
  { id: "gpaiModel.designatedSystemicRisk", step: "model", kind: "yesno", path: "gpaiModel.designatedSystemicRisk", visible: gpai, label: "Has the European Commission designated the model as presenting systemic risk?", help: "A designation under Art. 52 adds the Art. 55 duties whatever the training compute." },
  { id: "gpaiModel.openSourceLicence", step: "model", kind: "yesno", path: "gpaiModel.openSourceLicence", visible: gpai, label: "Is the model released under a free and open-source licence with public weights?", help: "Exempt from some documentation duties unless it presents systemic risk (Art. 53(2))." },
  { id: "gpaiModel.placedOnMarketBefore", step: "model", kind: "date", path: "gpaiModel.placedOnMarketBefore", visible: gpai, label: "When was the model first placed on the market? (optional)", help: "Models on the market before 2 Aug 2025 have until 2 Aug 2027 to comply (Art. 111(3))." },
  { id: "gpaiModel.adheresToCodeOfPractice", step: "model", kind: "yesno", path: "gpaiModel.adheresToCodeOfPractice", visible: gpai, label: "Do you adhere to an approved code of practice for general-purpose AI models?", help: "It helps demonstrate compliance; otherwise you must show other adequate means (Art. 53(4), 55(2))." },
  { id: "organization.suppliesToHighRiskProviders", step: "model", kind: "yesno", path: "organization.suppliesToHighRiskProviders", visible: gpai, label: "Do you supply the model, or other AI tools or components, to providers of high-risk AI systems?", help: "Then you must agree in writing on the information and help they need (Art. 25(4))." },
];

/** The questions a step shows for this draft (a flag group shows only its relevant boxes). */
/** Core questions, then those only some jurisdictions ask (each shown at the end of its step). */
export const QUESTIONS: Question[] = [...CORE_QUESTIONS, ...JURISDICTION_QUESTIONS];

export function visibleQuestions(draft: Draft, step?: QuestionnaireStepId): Question[] {
  return QUESTIONS.filter((q) => (!step || q.step === step) && (q.visible?.(draft) ?? true));
}

export const visibleFlags = (q: Extract<Question, { kind: "flags" }>, draft: Draft) => q.flags.filter((f) => f.visible?.(draft) ?? true);

/** Whether a flag group has been answered: every visible box's fact is set (true, false or null). */
export function flagsAnswered(q: Extract<Question, { kind: "flags" }>, draft: Draft): boolean {
  return visibleFlags(q, draft).every((f) => (f.custom ? f.custom.answered(draft) : get(draft, f.path) !== undefined));
}
export const flagChecked = (f: Flag, draft: Draft) => (f.custom ? f.custom.checked(draft) : get(draft, f.path) === f.on);
const flagValue = (f: Flag, draft: Draft, value: boolean | null) =>
  f.custom ? f.custom.apply(draft, value) : set(draft, f.path, value === null ? null : value ? f.on : f.off);

/** Ticks or unticks one box of a group; the group's other boxes become explicit "no" answers. */
export function toggleFlag(q: Extract<Question, { kind: "flags" }>, draft: Draft, flag: Flag, checked: boolean): Draft {
  let next = draft;
  for (const f of visibleFlags(q, draft)) {
    if (f.path === flag.path) continue;
    const open = f.custom ? !f.custom.answered(next) || get(next, f.path) === null : get(next, f.path) === undefined || get(next, f.path) === null;
    if (open && !flagChecked(f, next)) next = flagValue(f, next, false);
  }
  if (checked) return flagValue(flag, next, true);
  // Unticking one of two boxes on the same fact (text / media) keeps the other one's value.
  const sibling = q.flags.find((f) => f !== flag && f.path === flag.path && get(draft, f.path) === f.on);
  return sibling && get(draft, flag.path) !== flag.on ? next : flagValue(flag, next, false);
}

/** "None of these" (every box no) or "Not sure" (every box open). */
export function setAllFlags(q: Extract<Question, { kind: "flags" }>, draft: Draft, value: "none" | "unsure"): Draft {
  return visibleFlags(q, draft).reduce((d, f) => flagValue(f, d, value === "none" ? false : null), draft);
}
export const flagsNone = (q: Extract<Question, { kind: "flags" }>, draft: Draft) =>
  flagsAnswered(q, draft) && visibleFlags(q, draft).every((f) => !flagChecked(f, draft) && get(draft, f.path) !== null);
export const flagsUnsure = (q: Extract<Question, { kind: "flags" }>, draft: Draft) => visibleFlags(q, draft).some((f) => get(draft, f.path) === null);

/** The answer in plain words, for the review page. */
export function answerText(q: Question, draft: Draft): string {
  const yn = (v: unknown) => (v === true ? "Yes" : v === false ? "No" : v === null ? "Not sure" : "Not answered");
  switch (q.kind) {
    case "text":
      return String(get(draft, q.path) ?? "") || "Not answered";
    case "country": {
      const c = get(draft, q.path) as string | undefined;
      return c ? `${countryName(c)} (${c})` : "Not answered";
    }
    case "yesno":
      return yn(get(draft, q.path));
    case "choice": {
      const v = get(draft, q.path);
      return v === null ? "Not sure" : (q.options.find((o) => o.value === v)?.label ?? "Not answered");
    }
    case "list": {
      const vs = (get(draft, q.path) as string[] | undefined) ?? [];
      return vs.length ? vs.map((v) => q.options.find((o) => o.value === v)?.label ?? v).join("; ") : "None";
    }
    case "flags": {
      if (!flagsAnswered(q, draft)) return "Not answered";
      const ticked = visibleFlags(q, draft).filter((f) => flagChecked(f, draft) && get(draft, f.path) !== null).map((f) => f.label);
      const open = visibleFlags(q, draft).filter((f) => get(draft, f.path) === null).map((f) => f.label);
      return [ticked.length ? ticked.join("; ") : open.length ? "" : q.none, open.length ? `Not sure: ${open.join("; ")}` : ""].filter(Boolean).join(". ");
    }
    case "usecases": {
      const vs = (get(draft, q.path) as UseCase[] | undefined) ?? [];
      return vs.length ? vs.map((v) => USE_CASES[v] ?? v).join("; ") : "None of the above";
    }
    case "product": {
      const v = get(draft, q.path) as keyof typeof ANNEX_I_PRODUCTS | null | undefined;
      return v ? `Annex I, Section ${ANNEX_I_PRODUCTS[v].section}, point ${ANNEX_I_PRODUCTS[v].point}: ${ANNEX_I_PRODUCTS[v].label}` : "Not sure / not listed";
    }
    case "date":
      return (get(draft, q.path) as string | null | undefined) ?? "Not yet / not given";
    case "flops": {
      const v = get(draft, q.path);
      return typeof v === "number" ? v.toExponential() : "Not answered";
    }
    case "amount": {
      const v = get(draft, q.path);
      return typeof v === "number" ? v.toLocaleString("en-US") : "Not sure";
    }
    case "gpai": {
      const v = get(draft, q.path);
      return v === null ? "No" : v === undefined ? "Not answered" : v === "not-sure" ? "Not sure" : "Yes";
    }
  }
}

export { PROHIBITED_PRACTICE_FACTS };

/** Every question the questionnaire showed for these answers, with the answer in plain words (for the assessment record). */
export function answersAsGiven(draft: Draft, stepTitles: Record<string, string>): { step: string; question: string; answer: string }[] {
  return visibleQuestions(draft).map((q) => ({ step: stepTitles[q.step] ?? q.step, question: q.label, answer: answerText(q, draft) }));
}
