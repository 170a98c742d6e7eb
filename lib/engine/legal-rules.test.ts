import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "./assess";
import type { AssessmentResult, EngineCorpus } from "./types";

// Engine v2 rules, one row per rule, each written from the primary text (Regulation (EU)
// 2024/1689 as amended by 2026/1744, consolidated text CELEX 02024R1689-20260727; Colorado
// SB 26-189 as signed) before looking at the output. Short quotes name the words relied on.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

const TODAY = "2026-11-29";
const euClass = (r: AssessmentResult) => r.classifications.find((c) => c.framework === "eu-ai-act" && c.subject === "system");
const coClass = (r: AssessmentResult) => r.classifications.find((c) => c.framework === "colorado-ai-act");
const ids = (r: AssessmentResult) => r.obligations.map((o) => o.id);
const eu = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === "eu-ai-act").map((o) => o.id);
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === key);
const run = (o: ProfileOverrides, asOf = TODAY) => assess(profile(o), corpus, asOf);

const CHAPTER_III_SAMPLE = ["eu-ai-act/art-9-1", "eu-ai-act/art-16-g", "eu-ai-act/art-26-1", "eu-ai-act/art-43-3", "eu-ai-act/art-48-1", "eu-ai-act/art-73-1"];
const product = (annexIProduct: string, extra: ProfileOverrides["system"] = {}): ProfileOverrides => ({
  system: { safetyComponentOfRegulatedProduct: true, annexIProduct: annexIProduct as never, thirdPartyConformityAssessmentRequired: true, ...extra },
});

describe("Art. 2: scope before duties", () => {
  it('Art. 2(2): machinery gets no Chapter III duties ("only Article 6(1), Article 60a and Articles 102 to 112 shall apply"; machinery is Section B point 21)', () => {
    const r = run(product("machinery"), "2028-09-01");
    expect(euClass(r)?.class).toBe("high-risk");
    for (const id of CHAPTER_III_SAMPLE) expect(eu(r)).not.toContain(id);
    expect(eu(r)).not.toContain("eu-ai-act/art-4-1");
    expect(r.exemptions.find((e) => e.citation === "Art. 2(2)")?.removes).toEqual(expect.arrayContaining(["eu-ai-act/art-9-1", "eu-ai-act/art-43-3"]));
  });

  it("Art. 2(2): every Section B product (vehicles, aviation, rail, marine) is carved out the same way", () => {
    for (const code of ["motor-vehicles", "civil-aviation", "rail", "marine-equipment", "agricultural-vehicles", "two-three-wheel-vehicles", "civil-aviation-security", "vehicle-general-safety"])
      expect(eu(run(product(code), "2028-09-01")), code).not.toContain("eu-ai-act/art-9-1");
  });

  it("Art. 2(2) keeps the Art. 5 prohibitions as a conservative choice", () => {
    const r = run(product("machinery", { manipulativeTechniques: true }), "2028-09-01");
    expect(eu(r)).toContain("eu-ai-act/art-5-1-a");
  });

  it('Art. 6(1)(b): a Section A medical device that must undergo "a third-party conformity assessment" keeps Chapter III, dated 2 Aug 2028 (Art. 113(c)(ii))', () => {
    const r = run(product("medical-devices"), "2028-09-01");
    expect(euClass(r)).toMatchObject({ class: "high-risk", confirmed: true });
    expect(find(r, "eu-ai-act/art-9-1")).toMatchObject({ status: "applies", appliesFrom: "2028-08-02" });
    expect(eu(r)).toContain("eu-ai-act/art-43-3");
    expect(eu(r)).toContain("eu-ai-act/art-73-10".replace("73-10", "73-1"));
  });

  it("Art. 6(1)(b) follow-up: a named product with the third-party question unanswered is possibly high-risk, never silently minimal", () => {
    const r = run({ system: { safetyComponentOfRegulatedProduct: true, annexIProduct: "toys" } });
    expect(euClass(r)).toMatchObject({ class: "high-risk", confirmed: false });
    expect(euClass(r)?.openQuestions.map((q) => q.fact)).toContain("system.thirdPartyConformityAssessmentRequired");
    expect(find(r, "eu-ai-act/art-9-1")?.status).toBe("may-apply");
  });

  it("a safety component whose Annex I product is not named: Section B unknown, so Chapter III stays as may-apply", () => {
    const r = run({ system: { safetyComponentOfRegulatedProduct: true, thirdPartyConformityAssessmentRequired: true } }, "2028-09-01");
    expect(find(r, "eu-ai-act/art-9-1")).toMatchObject({ status: "may-apply" });
    expect(find(r, "eu-ai-act/art-9-1")?.openQuestions.map((q) => q.fact)).toContain("system.annexIProduct");
  });

  it('Art. 2(3): a system used "exclusively for military, defence or national security purposes" is outside the Act', () => {
    const r = run({ system: { useCases: ["law-enforcement-profiling"], exclusivelyMilitaryDefence: true } });
    expect(euClass(r)?.class).toBe("out-of-scope");
    expect(euClass(r)?.reasons.join(" ")).toContain("Art. 2(3)");
    expect(eu(r)).toEqual([]);
    expect(r.scope).toEqual(expect.arrayContaining([expect.objectContaining({ citation: "Art. 2(3)", applies: false })]));
  });

  it('Art. 2(6): developed and put into service "for the sole purpose of scientific research and development" — systems and models alike', () => {
    const r = run({ system: { useCases: ["credit"], scientificResearchOnly: true }, gpaiModel: { trainingComputeFlops: 1e24, designatedSystemicRisk: false, openSourceLicence: false } });
    expect(eu(r)).toEqual([]);
  });

  it('Art. 2(8): pre-market research and development is outside the Act, but "testing in real world conditions shall not be covered"', () => {
    const lab = run({ system: { useCases: ["credit"], preMarketResearchOnly: true } });
    expect(eu(lab)).toEqual([]);
    const field = run({ system: { useCases: ["credit"], preMarketResearchOnly: true, realWorldTesting: true } });
    const testing = eu(field).filter((id) => /art-6(0|1)-/.test(id));
    if (corpus.frameworks.find((f) => f.id === "eu-ai-act")!.versions[0]!.provisions.some((p) => p.key.startsWith("art-60-")))
      expect(testing.length).toBeGreaterThan(0);
  });

  it('Art. 2(10): "obligations of deployers who are natural persons" in purely personal use fall away; a provider\'s do not', () => {
    const r = run({ roles: ["provider", "deployer"], system: { interactsWithNaturalPersons: true, deepFake: true, purelyPersonalUse: true } });
    expect(eu(r)).toContain("eu-ai-act/art-50-1"); // provider duty
    expect(eu(r)).not.toContain("eu-ai-act/art-50-4-1"); // deployer duty
    const deployerOnly = run({ roles: ["deployer"], system: { deepFake: true, purelyPersonalUse: true } });
    expect(euClass(deployerOnly)?.class).toBe("out-of-scope");
  });

  it('Art. 2(12): free and open-source systems are outside the Act "unless … high-risk … or … Article 5 or 50"', () => {
    expect(euClass(run({ system: { freeOpenSourceLicence: true } }))?.class).toBe("out-of-scope");
    const chatbot = run({ system: { freeOpenSourceLicence: true, interactsWithNaturalPersons: true } });
    expect(eu(chatbot)).toContain("eu-ai-act/art-50-1");
    const scorer = run({ system: { freeOpenSourceLicence: true, useCases: ["credit"] } });
    expect(eu(scorer)).toContain("eu-ai-act/art-9-1");
  });

  it("an exclusion left open is reported as 'may not apply', and the duties stay", () => {
    const r = run({ system: { useCases: ["credit"], exclusivelyMilitaryDefence: null } });
    expect(euClass(r)?.class).toBe("high-risk");
    expect(r.scope.find((s) => s.citation === "Art. 2(3)")?.applies).toBe("unless");
    expect(find(r, "eu-ai-act/art-9-1")?.status).toBe("may-apply");
  });
});

describe("Art. 111 and Art. 113: time", () => {
  const legacyScorer = (system: ProfileOverrides["system"] = {}, organization: ProfileOverrides["organization"] = {}) =>
    run({ organization, system: { useCases: ["credit"], placedOnMarketBefore: "2024-06-01", significantDesignChangeSince: false, ...system } }, "2028-01-15");

  it('Art. 111(2): a credit scorer placed on the market in 2024 is subject to the Act "only if … subject to significant changes in their designs"', () => {
    const r = legacyScorer({ intendedForPublicAuthorities: false });
    expect(eu(r)).not.toContain("eu-ai-act/art-9-1");
    expect(eu(r)).not.toContain("eu-ai-act/art-26-1");
    expect(eu(r)).toContain("eu-ai-act/art-4-1"); // AI literacy does not depend on the class
    expect(r.exemptions.find((e) => e.citation === "Art. 111(2)")?.removes.length).toBeGreaterThan(20);
  });

  it("Art. 111(2): after a significant design change the high-risk duties apply", () => {
    expect(find(legacyScorer({ significantDesignChangeSince: true, intendedForPublicAuthorities: false }), "eu-ai-act/art-9-1")?.status).toBe("applies");
  });

  it("Art. 111(2): for a legacy system, whether it is intended for public authorities is a follow-up question; left open, the duties stay", () => {
    expect(find(legacyScorer(), "eu-ai-act/art-9-1")?.openQuestions.map((q) => q.fact)).toContain("system.intendedForPublicAuthorities");
  });

  it("Art. 111(2): with the design-change question open, the duties stay as may-apply (unknown never yields the lighter regime)", () => {
    const r = legacyScorer({ significantDesignChangeSince: null, intendedForPublicAuthorities: false });
    expect(find(r, "eu-ai-act/art-9-1")).toMatchObject({ status: "may-apply" });
    expect(find(r, "eu-ai-act/art-9-1")?.openQuestions.map((q) => q.fact)).toContain("system.significantDesignChangeSince");
  });

  it('Art. 111(2), second sentence: systems "intended to be used by public authorities" must comply "by 2 August 2030"', () => {
    const r = legacyScorer({}, { isPublicAuthority: true });
    expect(find(r, "eu-ai-act/art-26-1")).toMatchObject({ appliesFrom: "2030-08-02", alreadyApplies: false });
    expect(find(r, "eu-ai-act/art-26-1")?.appliesFromSetBy).toContain("Art. 111(2)");
  });

  it("Art. 111(2) does not reach a system first placed on the market after its Chapter III date", () => {
    expect(eu(run({ system: { useCases: ["credit"], placedOnMarketBefore: "2028-01-01" } }, "2028-01-15"))).toContain("eu-ai-act/art-9-1");
  });

  it('Art. 111(3): a general-purpose model "placed on the market before 2 August 2025" complies "by 2 August 2027"', () => {
    const r = run({ gpaiModel: { trainingComputeFlops: 1e24, designatedSystemicRisk: false, openSourceLicence: false, placedOnMarketBefore: "2024-03-01" } });
    expect(find(r, "eu-ai-act/art-53-1-a")).toMatchObject({ appliesFrom: "2027-08-02", alreadyApplies: false });
    const fresh = run({ gpaiModel: { trainingComputeFlops: 1e24, designatedSystemicRisk: false, openSourceLicence: false } });
    expect(find(fresh, "eu-ai-act/art-53-1-a")).toMatchObject({ appliesFrom: "2025-08-02", alreadyApplies: true });
  });

  it("one duty, one date: Art. 49(2) registration of a derogated Annex III system binds from 2 Dec 2027, with Art. 6(3)/(4) (Art. 113(c)(i))", () => {
    const r = run({ system: { useCases: ["employment-recruitment"], narrowProceduralTask: true } });
    expect(find(r, "eu-ai-act/art-49-2")).toMatchObject({ appliesFrom: "2027-12-02", alreadyApplies: false });
    expect(find(r, "eu-ai-act/art-6-4")?.appliesFrom).toBe("2027-12-02");
    expect(find(r, "eu-ai-act/art-49-2")?.appliesFromNote).toMatch(/2 August 2026/);
  });

  it("one duty, one date in the raw data too: Art. 26(8) and Art. 49(3), the same registration, carry the same date", () => {
    const provisions = corpus.frameworks.find((f) => f.id === "eu-ai-act")!.versions[0]!.provisions;
    const date = (key: string) => provisions.find((p) => p.key === key)!.applies.find((d) => !d.when)!.from;
    expect(date("art-49-3")).toBe(date("art-26-8"));
    expect(date("art-48-1")).toBe(date("art-16-h"));
    expect(date("art-43-2")).toBe(date("art-16-f"));
  });

  it("Arts. 72 and 73: the contested date is shown with both readings, not silently picked", () => {
    const o = find(run({ system: { useCases: ["credit"] } }), "eu-ai-act/art-73-1");
    expect(o?.appliesFrom).toBe("2027-12-02");
    expect(o?.appliesFromContested?.readings.map((x) => x.from)).toEqual(["2027-12-02", "2026-08-02"]);
  });
});

describe("Art. 5: prohibitions", () => {
  it('a confirmed prohibition is a stop sign: obligations hold the prohibition and the duties that bind "regardless of the use" (Art. 4); the rest moves to ifNotProhibited', () => {
    const r = run({ system: { useCases: ["credit"], socialScoring: true, interactsWithNaturalPersons: true } });
    expect(euClass(r)).toMatchObject({ class: "prohibited", confirmed: true });
    expect(eu(r)).toContain("eu-ai-act/art-5-1-c");
    expect(eu(r)).toContain("eu-ai-act/art-4-1");
    expect(eu(r)).not.toContain("eu-ai-act/art-9-1");
    expect(eu(r)).not.toContain("eu-ai-act/art-50-1");
    expect(r.ifNotProhibited.map((o) => o.id)).toEqual(expect.arrayContaining(["eu-ai-act/art-9-1", "eu-ai-act/art-50-1"]));
  });

  it("a model provider's GPAI duties bind whatever the system is used for, even when the use is prohibited", () => {
    const r = run({ system: { socialScoring: true }, gpaiModel: { trainingComputeFlops: 1e23, designatedSystemicRisk: false, openSourceLicence: false } });
    expect(eu(r)).toContain("eu-ai-act/art-53-1-a");
  });

  it('Art. 5(1)(h): real-time RBI "strictly necessary for" an objective in (i)–(iii) is not prohibited, and Art. 5(2)–(4) then apply', () => {
    const r = run({ roles: ["deployer"], organization: { isPublicAuthority: true }, system: { remoteBiometricIdentification: "real-time-public-law-enforcement", realTimeRbiPermittedObjective: true } });
    expect(euClass(r)?.class).toBe("high-risk");
    expect(eu(r)).not.toContain("eu-ai-act/art-5-1-h");
    expect(eu(r)).toEqual(expect.arrayContaining(["eu-ai-act/art-5-2", "eu-ai-act/art-5-3", "eu-ai-act/art-5-4"]));
    expect(r.warnings).toEqual([]);
  });

  it("Art. 5(1)(h): real-time RBI outside those objectives is prohibited, and the permitted-use conditions are not offered as a route", () => {
    const r = run({ roles: ["deployer"], system: { remoteBiometricIdentification: "real-time-public-law-enforcement", realTimeRbiPermittedObjective: false } });
    expect(euClass(r)?.class).toBe("prohibited");
    // Art. 5(2)–(4) govern only the permitted use, so they appear in neither list.
    expect(eu(r)).not.toContain("eu-ai-act/art-5-2");
    expect(r.ifNotProhibited.map((o) => o.id)).not.toContain("eu-ai-act/art-5-2");
    expect(r.ifNotProhibited.map((o) => o.id)).toContain("eu-ai-act/art-26-1");
  });

  it('Art. 5(1a): a generator that "can" make intimate imagery but whose purpose is not that and which has adequate safeguards is not prohibited', () => {
    const r = run({ system: { syntheticContent: "image-audio-video", nonConsensualIntimateImagery: false, childSexualAbuseMaterial: false } });
    expect(euClass(r)?.class).toBe("limited-risk");
  });

  it("Art. 5(1a): left open, the (ba) prohibition is possible but unconfirmed, with the question to settle", () => {
    const r = run({ system: { syntheticContent: "image-audio-video", nonConsensualIntimateImagery: null } });
    expect(euClass(r)).toMatchObject({ class: "prohibited", confirmed: false });
    expect(find(r, "eu-ai-act/art-5-1-ba")?.status).toBe("may-apply");
    expect(r.ifNotProhibited).toEqual([]);
    expect(r.warnings[0]?.message).toMatch(/may prohibit/);
  });

  it('Art. 5(1)(f): inferring emotions "in the areas of workplace and education institutions" is prohibited whatever use case was ticked', () => {
    expect(euClass(run({ system: { emotionRecognition: true, emotionInferenceWorkplaceEducation: true } }))?.class).toBe("prohibited");
  });

  it('Art. 5(1)(f): "except where … intended … for medical or safety reasons"', () => {
    const r = run({ system: { emotionRecognition: true, emotionInferenceWorkplaceEducation: true, emotionRecognitionMedicalOrSafety: true } });
    expect(euClass(r)?.class).toBe("high-risk");
  });
});

describe("review of 29 Nov 2026: the defects an independent check found", () => {
  it('Art. 5(1)(h) bans "the use": a provider of a real-time RBI system is not in the prohibited class and keeps its high-risk duties', () => {
    const r = run({ roles: ["provider"], system: { remoteBiometricIdentification: "real-time-public-law-enforcement" } });
    expect(euClass(r)?.class).toBe("high-risk");
    expect(r.ifNotProhibited).toEqual([]);
    expect(eu(r)).toContain("eu-ai-act/art-9-1");
  });

  it('Art. 2(8): "testing in real world conditions shall not be covered by that exclusion" — the Act, Art. 5 included, still applies', () => {
    const r = run({ system: { useCases: ["credit"], preMarketResearchOnly: true, realWorldTesting: true, manipulativeTechniques: true } });
    expect(euClass(r)?.class).toBe("prohibited");
    expect(eu(r)).toContain("eu-ai-act/art-5-1-a");
    expect(r.scope.filter((x) => x.applies === false)).toEqual([]);
  });

  it("Art. 113(c)(i): a system in both Annex I and Annex III takes the Annex III date and the Annex III cut-off of Art. 111(2)", () => {
    const dual = { ...product("medical-devices").system, useCases: ["credit"] as never };
    const r = run({ system: dual }, "2028-01-15");
    expect(find(r, "eu-ai-act/art-9-1")?.appliesFrom).toBe("2027-12-02");
    expect(find(r, "eu-ai-act/art-16-i")?.appliesFrom).toBe(find(r, "eu-ai-act/art-49-1")?.appliesFrom);
    expect(eu(r)).toContain("eu-ai-act/art-43-3"); // the Annex I procedure still applies (Art. 43(3))
    const placedAfterCutOff = run({ system: { ...dual, placedOnMarketBefore: "2028-01-01", significantDesignChangeSince: false, intendedForPublicAuthorities: false } }, "2028-01-15");
    expect(eu(placedAfterCutOff)).toContain("eu-ai-act/art-9-1");
  });

  it("a prohibition that does not apply yet does not move today's duties (Art. 113(a): (ba) only from 2 Dec 2026)", () => {
    const r = run({ system: { syntheticContent: "image-audio-video", nonConsensualIntimateImagery: true } }, "2026-11-15");
    expect(euClass(r)?.class).toBe("prohibited");
    expect(eu(r)).toContain("eu-ai-act/art-50-2");
    const later = run({ system: { syntheticContent: "image-audio-video", nonConsensualIntimateImagery: true } }, "2026-12-15");
    expect(later.ifNotProhibited.map((o) => o.id)).toContain("eu-ai-act/art-50-2");
  });

  it("follow-ups that other answers make relevant are open when omitted: Art. 5(1)(g) after categorisation, Art. 5(1)(ba)/(bb) after media generation", () => {
    const cat = run({ system: { biometricCategorisation: true } });
    expect(find(cat, "eu-ai-act/art-5-1-g")?.status).toBe("may-apply");
    const gen = run({ system: { syntheticContent: "image-audio-video" } }, "2026-12-15");
    expect(euClass(gen)).toMatchObject({ class: "prohibited", confirmed: false });
    expect(euClass(gen)?.openQuestions.map((q) => q.fact)).toEqual(expect.arrayContaining(["system.nonConsensualIntimateImagery", "system.childSexualAbuseMaterial"]));
  });

  it('Art. 111(3) reaches every Chapter V duty of a legacy model, the Art. 52(1) notification included ("the obligations laid down in this Regulation")', () => {
    const r = run({ gpaiModel: { trainingComputeFlops: 5e25, designatedSystemicRisk: false, openSourceLicence: false, placedOnMarketBefore: "2024-03-01" } });
    expect(find(r, "eu-ai-act/art-52-1")?.appliesFrom).toBe("2027-08-02");
    expect(find(r, "eu-ai-act/art-55-1-a")?.appliesFrom).toBe("2027-08-02");
  });

  it("Art. 111(2) reaches every operator of a legacy high-risk system, importers included", () => {
    const r = run({ roles: ["importer"], system: { useCases: ["credit"], placedOnMarketBefore: "2024-06-01", significantDesignChangeSince: false, intendedForPublicAuthorities: false } }, "2028-01-15");
    expect(eu(r)).not.toContain("eu-ai-act/art-23-1");
  });
});

describe("classification precision", () => {
  it('Annex III point 1: biometric age-band categorisation is at most point 1(b) ("according to sensitive or protected attributes"); no RBI-only duties', () => {
    const r = run({ roles: ["provider"], system: { biometricCategorisation: true, biometricCategorisationSensitive: false, biometricCategorisationProtectedAttributes: true } }, "2028-01-15");
    const reasons = euClass(r)?.reasons.join(" ") ?? "";
    expect(reasons).toContain("1(b)");
    expect(reasons).not.toContain("1(a)");
    expect(reasons).not.toContain("1(c)");
    expect(eu(r)).not.toContain("eu-ai-act/art-12-3");
    expect(eu(r)).not.toContain("eu-ai-act/art-14-5");
  });

  it("Annex III point 1(a): RBI-only duties (Art. 12(3), 14(5)) bind providers of RBI systems", () => {
    const r = run({ roles: ["provider"], system: { remoteBiometricIdentification: "post" } });
    expect(eu(r)).toEqual(expect.arrayContaining(["eu-ai-act/art-12-3", "eu-ai-act/art-14-5"]));
  });

  it("biometric categorisation by non-protected features is not Annex III 1(b)", () => {
    expect(euClass(run({ system: { biometricCategorisation: true, biometricCategorisationSensitive: false, biometricCategorisationProtectedAttributes: false } }))?.class).toBe("limited-risk");
  });

  it('Art. 26(7) binds "deployers who are employers" using the system "at the workplace"', () => {
    const bank = run({ roles: ["deployer"], system: { useCases: ["credit"], usedAtWorkplace: false } });
    expect(eu(bank)).not.toContain("eu-ai-act/art-26-7");
    const open = run({ roles: ["deployer"], system: { useCases: ["credit"] } });
    expect(find(open, "eu-ai-act/art-26-7")?.status).toBe("may-apply");
    const monitoring = run({ roles: ["deployer"], system: { useCases: ["employment-management"] } });
    expect(find(monitoring, "eu-ai-act/art-26-7")?.status).toBe("applies");
  });

  it('Art. 25(4) binds "the third party that supplies an AI system, AI model …", including a general-purpose model provider', () => {
    const r = run({ roles: ["provider"], organization: { suppliesToHighRiskProviders: true }, gpaiModel: { trainingComputeFlops: 1e23, designatedSystemicRisk: false, openSourceLicence: false } });
    expect(find(r, "eu-ai-act/art-25-4-supplier")?.role).toBe("gpai-provider");
    // The supplier's duty is its own: it survives an exclusion of the supplier's own system (Art. 2(12)).
    const foss = run({ roles: ["provider"], organization: { suppliesToHighRiskProviders: true }, system: { freeOpenSourceLicence: true } });
    expect(eu(foss)).toContain("eu-ai-act/art-25-4-supplier");
  });

  it("Art. 16(i) registration is for Annex III systems only, not Annex I products", () => {
    expect(eu(run(product("medical-devices"), "2028-09-01"))).not.toContain("eu-ai-act/art-16-i");
  });

  it("provisions that create no duty (Art. 4a(2), Art. 25(1)) are explanations, not checklist items", () => {
    const r = run({ roles: ["deployer"], system: { useCases: ["credit"] } });
    expect(eu(r)).not.toContain("eu-ai-act/art-4a-2");
    expect(eu(r)).not.toContain("eu-ai-act/art-25-1");
    expect(r.explanations.map((e) => e.citation)).toContain("Art. 25(1)");
  });

  it("Art. 99: a duty carries the fine tier that sanctions it (users ask 'what if we don't?')", () => {
    const r = run({ roles: ["deployer"], system: { useCases: ["credit"] } });
    expect(find(r, "eu-ai-act/art-26-1")?.penalties.map((p) => p.citation)).toContain("Art. 99(4)");
  });
});

describe("Colorado SB 26-189: sector rules", () => {
  const co = (overrides: ProfileOverrides = {}) =>
    profile({ jurisdictions: ["US-CO"], roles: ["deployer"], ...overrides, system: { useCases: ["insurance"], consequentialDecision: true, ...(overrides.system ?? {}) } });

  it('6-1-1708(1)(a): an insurer under 10-3-1104.9 is "in compliance … in the practice of insurance" — no 6-1-1704(3) disclosures, parent included', () => {
    const r = assess(co({ organization: { coloradoRegulatedInsurer: true } }), corpus, TODAY);
    for (const key of ["6-1-1704-3", "6-1-1704-3-a", "6-1-1704-3-b", "6-1-1704-3-c"]) expect(ids(r)).not.toContain(`colorado-ai-act/${key}`);
  });

  it('6-1-1708(3)(d): the patient disclosures bind only a covered entity that "uses a covered ADMT to determine a patient\'s eligibility for financial assistance"', () => {
    const base = { hipaaCoveredEntity: true, healthCareProvider: true, operatesFromColoradoLocation: true };
    const clinic = assess(co({ organization: base, system: { useCases: ["healthcare"], financialAssistanceEligibility: false } }), corpus, TODAY);
    expect(ids(clinic)).not.toContain("colorado-ai-act/6-1-1708-3-d");
    const billing = assess(co({ organization: base, system: { useCases: ["healthcare"], financialAssistanceEligibility: true } }), corpus, TODAY);
    expect(ids(billing)).toContain("colorado-ai-act/6-1-1708-3-d");
  });

  it('6-1-1708(3)(b): the HIPAA exemption reaches a health-care provider "only if … operating from a location within Colorado"', () => {
    const outOfState = assess(co({ organization: { hipaaCoveredEntity: true, healthCareProvider: true, operatesFromColoradoLocation: false }, system: { useCases: ["healthcare"] } }), corpus, TODAY);
    expect(coClass(outOfState)?.class).toBe("covered-admt");
    expect(ids(outOfState)).toContain("colorado-ai-act/6-1-1704-1");
  });

  it("6-1-1704(9): a FERPA deployer keeps the notice duty and is told the FERPA route satisfies it", () => {
    const r = assess(co({ organization: { ferpaSubject: true }, system: { useCases: ["education-admission"] } }), corpus, TODAY);
    expect(ids(r)).toContain("colorado-ai-act/6-1-1704-1");
    expect(r.explanations.map((e) => e.citation)).toContain("6-1-1704(9)");
  });
});

describe("the checklist names what every member asks", () => {
  it("an item that merges the workplace notice with the notice to people decided about says both (Art. 26(7), 26(11), 6-1-1704(1))", () => {
    const r = run({ roles: ["deployer"], jurisdictions: ["EU", "US-CO"], system: { useCases: ["employment-recruitment"], consequentialDecision: true, usedAtWorkplace: true } }, "2028-01-15");
    for (const item of r.checklist) {
      const titles = r.obligations.filter((o) => item.satisfies.includes(o.id) && o.binding).map((o) => o.title);
      for (const t of new Set(titles.slice(0, 3))) expect(item.title, `item ${item.id}`).toContain(t);
    }
  });
});

describe("not sure whether the organization provides a general-purpose AI model", () => {
  it("keeps the Chapter V duties as may-apply and the model class unconfirmed, never silently 'no model'", () => {
    const r = run({ gpaiModel: "not-sure" });
    expect(find(r, "eu-ai-act/art-53-1-a")).toMatchObject({ status: "may-apply" });
    expect(r.classifications.find((c) => c.subject === "model")).toMatchObject({ confirmed: false });
    expect(r.openQuestions.map((q) => q.fact)).toContain("gpaiModel.present");
  });
});
