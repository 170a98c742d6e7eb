import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { ANNEX_I_PRODUCTS, USE_CASES, profileSchema, type SystemProfileInput } from "@/lib/schemas/profile";
import { assess } from "./assess";
import type { AssessmentResult, EngineCorpus } from "./types";

// Property: "Unknown answers never produce the lighter regime." Setting any answered fact of a
// profile to null ("not sure") never removes an obligation and never lowers a class.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

/** Deterministic PRNG (mulberry32), so a failure names a reproducible seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Each law's classes in increasing severity (the laws never share a panel entry, so one scale serves all).
const SEVERITY = [
  "out-of-scope", "minimal-risk", "not-covered", "low-risk", "no-risk-classes", "not-high-impact", "limited-risk", "generative-ai", "medium-risk",
  "generative-ai-service", "public-opinion-generative-ai-service", "covered-admt", "high-impact", "high-risk-ai-system", "high-risk", "gpai", "gpai-systemic-risk", "prohibited",
];
const severity = (c: string) => SEVERITY.indexOf(c);

const SYSTEM_BOOLEANS = [
  "consequentialDecision", "interactsWithNaturalPersons", "deepFake", "emotionRecognition", "biometricCategorisation", "socialScoring",
  "safetyComponentOfRegulatedProduct", "profilesNaturalPersons", "narrowProceduralTask", "trainsOnOwnData", "manipulativeTechniques",
  "exploitsVulnerabilities", "predictivePolicingProfiling", "untargetedFacialScraping", "biometricCategorisationSensitive",
  "biometricCategorisationProtectedAttributes", "nonConsensualIntimateImagery", "childSexualAbuseMaterial", "emotionInferenceWorkplaceEducation",
  "emotionRecognitionMedicalOrSafety", "realTimeRbiPermittedObjective", "publicTextOnMatterOfPublicInterest", "thirdPartyConformityAssessmentRequired",
  "fdaRegulatedMedicalDevice", "significantDesignChangeSince", "intendedForPublicAuthorities", "usedAtWorkplace", "exclusivelyMilitaryDefence",
  "scientificResearchOnly", "preMarketResearchOnly", "realWorldTesting", "purelyPersonalUse", "freeOpenSourceLicence", "financialAssistanceEligibility",
  "offeredToPublic", "companionChatbot", "minorsAmongUsers", "mentalHealthChatbot", "publicOpinionCapability",
] as const;
const ORG_BOOLEANS = [
  "isPublicAuthority", "providesPublicServices", "hipaaCoveredEntity", "coloradoRegulatedInsurer", "healthCareProvider", "operatesFromColoradoLocation", "ferpaSubject", "suppliesToHighRiskProviders",
  "ccpaBusiness", "ccpaSignificantSecurityRisk", "regulatedOccupation", "contentDistributionPlatform", "koreaRepresentativeThresholds",
] as const;
/** The other jurisdictions: each generated profile adds a few of them to an EU or Colorado base. */
const MORE_JURISDICTIONS = ["US-CA", "US-NY", "US-NYC", "US-IL", "US-TX", "US-UT", "KR", "CN", "JP", "VN"] as const;
const GPAI_BOOLEANS = ["designatedSystemicRisk", "openSourceLicence", "adheresToCodeOfPractice"] as const;

function randomProfile(seed: number): SystemProfileInput {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  // Rare facts are usually "no", so profiles land in every class, not only "prohibited".
  const bool = (pYes = 0.25) => r() < pYes;
  const useCases = Object.keys(USE_CASES).filter(() => r() < 0.06) as SystemProfileInput["system"]["useCases"];
  const system: Record<string, unknown> = { useCases };
  for (const f of SYSTEM_BOOLEANS) system[f] = bool(["manipulativeTechniques", "exploitsVulnerabilities", "socialScoring", "predictivePolicingProfiling", "untargetedFacialScraping", "nonConsensualIntimateImagery", "childSexualAbuseMaterial", "exclusivelyMilitaryDefence", "scientificResearchOnly", "preMarketResearchOnly"].includes(f) ? 0.04 : 0.3);
  system.syntheticContent = pick(["none", "text", "image-audio-video"] as const);
  system.remoteBiometricIdentification = pick(["none", "none", "none", "post", "real-time-other", "real-time-public-law-enforcement"] as const);
  if (system.safetyComponentOfRegulatedProduct && r() < 0.7) system.annexIProduct = pick(Object.keys(ANNEX_I_PRODUCTS));
  if (r() < 0.4) system.placedOnMarketBefore = pick(["2024-06-01", "2026-01-15", "2027-03-01", "2028-01-01"]);
  system.decisionRole = pick(["replaces-human", "substantially-assists", "supports-human"] as const);
  system.monthlyUsers = pick([5_000, 1_500_000, 3_000_000]);
  const organization: Record<string, unknown> = { name: "Org", country: pick(["IE", "DE", "US", "GB", "KR"]), employees: pick([8, 40, 300]), annualRevenueUsd: pick([2e7, 8e7, 6e8]) };
  for (const f of ORG_BOOLEANS) organization[f] = bool(0.3);
  const gpai = r() < 0.3;
  return {
    name: `Generated ${seed}`,
    organization: organization as SystemProfileInput["organization"],
    roles: pick([["provider"], ["deployer"], ["provider", "deployer"], ["importer"], ["product-manufacturer", "provider"]] as const) as SystemProfileInput["roles"],
    jurisdictions: [
      ...pick([["EU"], ["US-CO"], ["EU", "US-CO"]] as const),
      ...MORE_JURISDICTIONS.filter(() => r() < 0.2),
    ] as SystemProfileInput["jurisdictions"],
    voluntaryFrameworks: [],
    system: system as SystemProfileInput["system"],
    gpaiModel: gpai
      ? { trainingComputeFlops: pick([1e23, 5e25, 2e26]), designatedSystemicRisk: bool(0.2), openSourceLicence: bool(0.4), adheresToCodeOfPractice: bool(0.5), ...(r() < 0.4 ? { placedOnMarketBefore: "2024-03-01" } : {}) }
      : null,
  };
}

/** Every way to turn one answered fact of the profile into "not sure". */
function withOneUnknown(input: SystemProfileInput): { fact: string; profile: SystemProfileInput }[] {
  const out: { fact: string; profile: SystemProfileInput }[] = [];
  const sys = input.system as Record<string, unknown>;
  for (const key of [...SYSTEM_BOOLEANS, "syntheticContent", "remoteBiometricIdentification", "annexIProduct", "placedOnMarketBefore", "decisionRole", "monthlyUsers"])
    if (sys[key] !== null && sys[key] !== undefined) out.push({ fact: `system.${key}`, profile: { ...input, system: { ...input.system, [key]: null } } });
  const org = input.organization as Record<string, unknown>;
  for (const key of [...ORG_BOOLEANS, "annualRevenueUsd"])
    if (org[key] !== null && org[key] !== undefined) out.push({ fact: `organization.${key}`, profile: { ...input, organization: { ...input.organization, [key]: null } } });
  if (input.gpaiModel && typeof input.gpaiModel === "object") {
    const g = input.gpaiModel as Record<string, unknown>;
    for (const key of [...GPAI_BOOLEANS, "placedOnMarketBefore"])
      if (g[key] !== null && g[key] !== undefined) out.push({ fact: `gpaiModel.${key}`, profile: { ...input, gpaiModel: { ...g, [key]: null } as never } });
  }
  // "Do you provide a general-purpose model?" answered "not sure", from either answer.
  if (input.gpaiModel !== "not-sure") out.push({ fact: "gpaiModel", profile: { ...input, gpaiModel: "not-sure" } });
  return out;
}

const classes = (r: AssessmentResult) => new Map(r.classifications.map((c) => [`${c.framework}:${c.subject}`, c.class]));

describe("unknown answers never yield the lighter regime", () => {
  const SEEDS = Array.from({ length: 120 }, (_, i) => 20261129 + i);
  it(`over ${SEEDS.length} generated profiles, nulling any one fact never removes an obligation or lowers a class`, () => {
    let checked = 0;
    for (const seed of SEEDS) {
      const input = randomProfile(seed);
      const parsed = profileSchema.safeParse(input);
      if (!parsed.success) continue; // e.g. a named product with safetyComponent false is rejected as contradictory
      for (const asOf of ["2026-11-29", "2028-09-01"]) {
        const known = assess(parsed.data, corpus, asOf);
        const knownIds = new Set(known.obligations.map((o) => o.id));
        const knownClasses = classes(known);
        for (const { fact, profile } of withOneUnknown(input)) {
          const p = profileSchema.safeParse(profile);
          expect(p.success, `seed ${seed} ${fact}: the nulled profile must stay valid`).toBe(true);
          const open = assess(p.data!, corpus, asOf);
          const openIds = new Set(open.obligations.map((o) => o.id));
          const lost = [...knownIds].filter((id) => !openIds.has(id));
          expect(lost, `seed ${seed}, ${fact} = null, as of ${asOf}: obligations removed`).toEqual([]);
          for (const [key, cls] of knownClasses) {
            const now = classes(open).get(key);
            expect(severity(now ?? ""), `seed ${seed}, ${fact} = null, ${key}: ${cls} → ${now}`).toBeGreaterThanOrEqual(severity(cls));
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("an unknown answer is never silently a 'no': the class says unconfirmed and names the question", () => {
    const r = assess(
      profileSchema.parse({ ...randomProfile(1), roles: ["provider"], jurisdictions: ["EU"], system: { ...randomProfile(1).system, useCases: ["credit"], narrowProceduralTask: null, socialScoring: false, manipulativeTechniques: false, exploitsVulnerabilities: false, predictivePolicingProfiling: false, untargetedFacialScraping: false, nonConsensualIntimateImagery: false, childSexualAbuseMaterial: false, biometricCategorisationSensitive: false, emotionRecognition: false, remoteBiometricIdentification: "none", exclusivelyMilitaryDefence: false, scientificResearchOnly: false, preMarketResearchOnly: false, freeOpenSourceLicence: false, purelyPersonalUse: false, placedOnMarketBefore: null, safetyComponentOfRegulatedProduct: false, annexIProduct: null, profilesNaturalPersons: false } }),
      corpus,
      "2028-01-15",
    );
    const c = r.classifications.find((x) => x.framework === "eu-ai-act" && x.subject === "system");
    expect(c).toMatchObject({ class: "high-risk", confirmed: false });
    expect(c?.openQuestions.map((q) => q.fact)).toContain("system.narrowProceduralTask");
    expect(r.openQuestions.find((q) => q.fact === "system.narrowProceduralTask")?.affects.length).toBeGreaterThan(1);
  });
});
