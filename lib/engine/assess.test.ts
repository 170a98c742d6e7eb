import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import type { UseCase } from "@/lib/schemas/profile";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "./assess";
import type { AssessmentResult, EngineCorpus } from "./types";

// Table-driven tests over the real corpus in data/: one row per legal rule.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

const TODAY = "2026-11-25";
const euClass = (r: AssessmentResult) => r.classifications.find((c) => c.framework === "eu-ai-act" && c.subject === "system");
const ids = (r: AssessmentResult) => r.obligations.map((o) => o.id);

describe("EU AI Act: every Annex III point makes the system high-risk", () => {
  const cases: [UseCase | "flag", string, ProfileOverrides["system"]?][] = [
    ["flag", "1(a)", { remoteBiometricIdentification: "post" }],
    // Art. 5(1)(g) follow-up answered "no"; 1(b) needs "sensitive or protected attributes".
    ["flag", "1(b)", { biometricCategorisation: true, biometricCategorisationSensitive: false, biometricCategorisationProtectedAttributes: true }],
    // Art. 5(1)(f) bans emotion inference "in the areas of workplace and education institutions": answered "no" here, so 1(c) stays high-risk.
    ["flag", "1(c)", { emotionRecognition: true, emotionInferenceWorkplaceEducation: false }],
    ["critical-infrastructure", "2"],
    ["education-admission", "3(a)"],
    ["education-assessment", "3(b)"],
    ["education-level", "3(c)"],
    ["education-proctoring", "3(d)"],
    ["employment-recruitment", "4(a)"],
    ["employment-management", "4(b)"],
    ["essential-public-services", "5(a)"],
    ["credit", "5(b)"],
    ["insurance-life-health", "5(c)"],
    ["emergency-services", "5(d)"],
    ["law-enforcement-victim-risk", "6(a)"],
    ["law-enforcement-polygraph", "6(b)"],
    ["law-enforcement-evidence", "6(c)"],
    ["law-enforcement-offending-risk", "6(d)"],
    ["law-enforcement-profiling", "6(e)"],
    ["migration-polygraph", "7(a)"],
    ["migration-risk", "7(b)"],
    ["migration-applications", "7(c)"],
    ["migration-identification", "7(d)"],
    ["justice-administration", "8(a)"],
    ["elections-influence", "8(b)"],
  ];
  for (const [useCase, point, system] of cases)
    it(`Annex III point ${point}${useCase === "flag" ? "" : ` (${useCase})`}`, () => {
      const r = assess(profile({ system: { ...(useCase === "flag" ? {} : { useCases: [useCase] }), ...system } }), corpus, TODAY);
      expect(euClass(r)?.class).toBe("high-risk");
      expect(euClass(r)?.reasons.join(" ")).toContain(`Annex III point ${point}`);
      expect(ids(r)).toContain("eu-ai-act/art-9-1");
      expect(ids(r)).toContain("eu-ai-act/art-26-1");
    });

  it("an area code stands for all its points (employment → 4(a) and 4(b))", () => {
    const r = assess(profile({ system: { useCases: ["employment"] } }), corpus, TODAY);
    expect(euClass(r)?.reasons.join(" ")).toMatch(/4\(a\).*4\(b\)/);
  });

  it("general insurance is not Annex III 5(c), which covers only life and health insurance", () => {
    expect(euClass(assess(profile({ system: { useCases: ["insurance"] } }), corpus, TODAY))?.class).toBe("minimal-risk");
  });

  it("a system with no listed use is minimal-risk and owes only AI literacy", () => {
    const r = assess(profile(), corpus, TODAY);
    expect(euClass(r)?.class).toBe("minimal-risk");
    expect(ids(r)).toContain("eu-ai-act/art-4-1");
    expect(ids(r)).not.toContain("eu-ai-act/art-9-1");
  });
});

describe("EU AI Act: every Art. 5(1) prohibition", () => {
  const cases: [string, ProfileOverrides["system"]][] = [
    ["a", { manipulativeTechniques: true }],
    ["b", { exploitsVulnerabilities: true }],
    ["ba", { nonConsensualIntimateImagery: true }],
    ["bb", { childSexualAbuseMaterial: true }],
    ["c", { socialScoring: true }],
    ["d", { predictivePolicingProfiling: true }],
    ["e", { untargetedFacialScraping: true }],
    ["f", { emotionRecognition: true, useCases: ["employment"] }],
    ["g", { biometricCategorisationSensitive: true }],
    ["h", { remoteBiometricIdentification: "real-time-public-law-enforcement" }],
  ];
  for (const [point, system] of cases)
    it(`Art. 5(1)(${point}) is reported as a class, an obligation and a blocking warning`, () => {
      const r = assess(profile({ system }), corpus, TODAY);
      expect(euClass(r)?.class).toBe("prohibited");
      expect(ids(r)).toContain(`eu-ai-act/art-5-1-${point}`);
      expect(r.warnings.map((w) => w.citation)).toContain(`Art. 5(1)(${point})`);
      expect(r.checklist[0]?.blocking).toBe(true);
    });

  it("the Omnibus prohibitions (ba) and (bb) apply from 2 Dec 2026", () => {
    const r = assess(profile({ system: { nonConsensualIntimateImagery: true } }), corpus, TODAY);
    const o = r.obligations.find((x) => x.id === "eu-ai-act/art-5-1-ba");
    expect(o?.appliesFrom).toBe("2026-12-02");
    expect(o?.alreadyApplies).toBe(false);
  });

  it("emotion recognition outside work and education is high-risk, not prohibited (Art. 5(1)(f))", () => {
    // Corrected for engine v2: the workplace/education question must be answered; left open, the class is "possibly prohibited".
    const r = assess(profile({ system: { emotionRecognition: true, emotionInferenceWorkplaceEducation: false, useCases: ["healthcare"] } }), corpus, TODAY);
    expect(euClass(r)?.class).toBe("high-risk");
  });

  it("emotion recognition at work for medical or safety reasons is not prohibited (Art. 5(1)(f) exception)", () => {
    const r = assess(profile({ system: { emotionRecognition: true, useCases: ["employment"], emotionRecognitionMedicalOrSafety: true } }), corpus, TODAY);
    expect(euClass(r)?.class).not.toBe("prohibited");
  });
});

describe("EU AI Act: the Art. 6(3) derogation", () => {
  it("a narrow procedural task that does not profile people is not high-risk, and the removed duties are reported", () => {
    const r = assess(profile({ system: { useCases: ["credit"], narrowProceduralTask: true } }), corpus, TODAY);
    expect(euClass(r)?.class).not.toBe("high-risk");
    const ex = r.exemptions.find((e) => e.citation === "Art. 6(3)");
    expect(ex?.removes).toContain("eu-ai-act/art-9-1");
    expect(ids(r)).not.toContain("eu-ai-act/art-9-1");
    expect(ids(r)).toContain("eu-ai-act/art-6-4");
    expect(ids(r)).toContain("eu-ai-act/art-49-2");
  });

  it("a system that profiles natural persons is always high-risk (Art. 6(3), last subparagraph)", () => {
    const r = assess(profile({ system: { useCases: ["credit"], narrowProceduralTask: true, profilesNaturalPersons: true } }), corpus, TODAY);
    expect(euClass(r)?.class).toBe("high-risk");
    expect(r.exemptions.find((e) => e.citation === "Art. 6(3)")).toBeUndefined();
  });
});

describe("EU AI Act: the Art. 27 fundamental rights impact assessment", () => {
  const rows: [string, ProfileOverrides, boolean][] = [
    ["binds a public authority deploying an Annex III system", { roles: ["deployer"], organization: { isPublicAuthority: true }, system: { useCases: ["employment"] } }, true],
    ["binds a private entity providing public services", { roles: ["deployer"], organization: { providesPublicServices: true }, system: { useCases: ["education-admission"] } }, true],
    ["binds a private bank deploying credit scoring (Annex III 5(b))", { roles: ["deployer"], system: { useCases: ["credit"] } }, true],
    ["binds a private insurer pricing life insurance (Annex III 5(c))", { roles: ["deployer"], system: { useCases: ["insurance-life-health"] } }, true],
    ["does not bind a private employer", { roles: ["deployer"], system: { useCases: ["employment"] } }, false],
    ["does not bind a public authority for critical infrastructure (Annex III 2)", { roles: ["deployer"], organization: { isPublicAuthority: true }, system: { useCases: ["critical-infrastructure"] } }, false],
    ["does not bind a provider that does not deploy", { roles: ["provider"], organization: { isPublicAuthority: true }, system: { useCases: ["employment"] } }, false],
  ];
  for (const [name, overrides, applies] of rows)
    it(`Art. 27 ${name}`, () => {
      expect(ids(assess(profile(overrides), corpus, TODAY)).includes("eu-ai-act/art-27-1")).toBe(applies);
    });
});

describe("EU AI Act: general-purpose AI models", () => {
  const gpai = (g: { trainingComputeFlops: number; designatedSystemicRisk?: boolean; openSourceLicence?: boolean }) =>
    profile({ gpaiModel: { designatedSystemicRisk: false, openSourceLicence: false, ...g } });
  const modelClass = (r: AssessmentResult) => r.classifications.find((c) => c.subject === "model")?.class;

  it("below 10^25 FLOP a model is a plain GPAI model with Art. 53 duties", () => {
    const r = assess(gpai({ trainingComputeFlops: 1e24 }), corpus, TODAY);
    expect(modelClass(r)).toBe("gpai");
    expect(ids(r)).toEqual(expect.arrayContaining(["eu-ai-act/art-53-1-a", "eu-ai-act/art-53-1-c"]));
    expect(ids(r)).not.toContain("eu-ai-act/art-55-1-a");
  });

  it("above 10^25 FLOP it is presumed to have systemic risk (Art. 51(2)) and owes Art. 55", () => {
    const r = assess(gpai({ trainingComputeFlops: 3e25 }), corpus, TODAY);
    expect(modelClass(r)).toBe("gpai-systemic-risk");
    expect(ids(r)).toEqual(expect.arrayContaining(["eu-ai-act/art-55-1-a", "eu-ai-act/art-55-1-d", "eu-ai-act/art-52-1"]));
  });

  it("a Commission designation makes a smaller model systemic (Art. 51(1)(b))", () => {
    expect(modelClass(assess(gpai({ trainingComputeFlops: 1e23, designatedSystemicRisk: true }), corpus, TODAY))).toBe("gpai-systemic-risk");
  });

  it("the open-source exemption removes Art. 53(1)(a) and (b) but keeps copyright and the training summary (Art. 53(2))", () => {
    const r = assess(gpai({ trainingComputeFlops: 1e24, openSourceLicence: true }), corpus, TODAY);
    const ex = r.exemptions.find((e) => e.citation === "Art. 53(2)");
    expect(ex?.removes.sort()).toEqual(["eu-ai-act/art-53-1-a", "eu-ai-act/art-53-1-b"]);
    expect(ids(r)).not.toContain("eu-ai-act/art-53-1-a");
    expect(ids(r)).toEqual(expect.arrayContaining(["eu-ai-act/art-53-1-c", "eu-ai-act/art-53-1-d"]));
  });

  it("the open-source exemption does not apply to a model with systemic risk", () => {
    const r = assess(gpai({ trainingComputeFlops: 5e25, openSourceLicence: true }), corpus, TODAY);
    expect(r.exemptions.find((e) => e.citation === "Art. 53(2)")).toBeUndefined();
    expect(ids(r)).toContain("eu-ai-act/art-53-1-a");
  });
});

describe("EU AI Act: dates as amended by Regulation (EU) 2026/1744", () => {
  it("Annex III duties apply from 2 Dec 2027, set by the Omnibus", () => {
    const o = assess(profile({ system: { useCases: ["employment"] } }), corpus, TODAY).obligations.find((x) => x.id === "eu-ai-act/art-26-1");
    expect(o?.appliesFrom).toBe("2027-12-02");
    expect(o?.appliesFromSetBy).toMatch(/2026\/1744/);
  });

  it("Annex I product systems apply from 2 Aug 2028", () => {
    const r = assess(profile({ system: { safetyComponentOfRegulatedProduct: true, thirdPartyConformityAssessmentRequired: true } }), corpus, TODAY);
    expect(euClass(r)?.class).toBe("high-risk");
    expect(r.obligations.find((x) => x.id === "eu-ai-act/art-9-1")?.appliesFrom).toBe("2028-08-02");
  });

  it("a duty whose own date is earlier cannot fall due before the system is high-risk (Art. 43 waits for 2 Dec 2027)", () => {
    const r = assess(profile({ system: { useCases: ["credit"] } }), corpus, TODAY);
    expect(r.obligations.find((x) => x.id === "eu-ai-act/art-43-2")?.appliesFrom).toBe("2027-12-02");
  });

  it("transparency for chatbots (Art. 50(1)) applies from 2 Aug 2026 and makes the system limited-risk", () => {
    const r = assess(profile({ system: { interactsWithNaturalPersons: true } }), corpus, TODAY);
    expect(euClass(r)?.class).toBe("limited-risk");
    expect(r.obligations.find((x) => x.id === "eu-ai-act/art-50-1")).toMatchObject({ appliesFrom: "2026-08-02", alreadyApplies: true });
  });
});

describe("Colorado: SB 26-189 (ADMT) and the repealed SB 24-205", () => {
  const co = (overrides: ProfileOverrides = {}) =>
    profile({ jurisdictions: ["US-CO"], ...overrides, system: { useCases: ["employment"], consequentialDecision: true, ...(overrides.system ?? {}) } });
  const coClass = (r: AssessmentResult) => r.classifications.find((c) => c.framework === "colorado-ai-act");

  it("an enacted law is assessed before it applies: SB 26-189 today, duties due 1 Jan 2027", () => {
    const r = assess(co(), corpus, TODAY);
    expect(coClass(r)).toMatchObject({ class: "covered-admt", version: "colorado-ai-act@sb26-189" });
    expect(r.obligations.find((o) => o.id === "colorado-ai-act/6-1-1704-1")).toMatchObject({ role: "deployer", appliesFrom: "2027-01-01" });
    expect(ids(r)).toContain("colorado-ai-act/6-1-1702-1-a"); // a provider is a Colorado developer
  });

  it("the repealed SB 24-205 never appears after SB 26-189 was enacted", () => {
    for (const asOf of ["2026-05-14", TODAY, "2027-06-01", "2030-01-01"]) {
      const r = assess(co(), corpus, asOf);
      expect(r.obligations.filter((o) => o.id.includes("/sb24-205-")), asOf).toEqual([]);
    }
  });

  it("before SB 26-189 was enacted, SB 24-205 governed (as of 1 Mar 2026)", () => {
    const r = assess(co(), corpus, "2026-03-01");
    expect(coClass(r)).toMatchObject({ class: "high-risk-ai-system", version: "colorado-ai-act@sb24-205" });
    expect(ids(r)).toContain("colorado-ai-act/sb24-205-6-1-1703-3-a");
  });

  it("SB 24-205's small-deployer exemption removes the impact assessment for fewer than 50 employees", () => {
    const r = assess(co({ roles: ["deployer"], organization: { employees: 20 } }), corpus, "2026-03-01");
    expect(r.exemptions.find((e) => e.citation === "6-1-1703(6)")?.removes).toContain("colorado-ai-act/sb24-205-6-1-1703-3-a");
    expect(ids(r)).not.toContain("colorado-ai-act/sb24-205-6-1-1703-3-a");
  });

  it("SB 26-189 has no small-business exemption", () => {
    const r = assess(co({ roles: ["deployer"], organization: { employees: 5 } }), corpus, TODAY);
    expect(ids(r)).toContain("colorado-ai-act/6-1-1704-1");
  });

  it("a system that does not make consequential decisions is not covered", () => {
    const r = assess(co({ system: { consequentialDecision: false } }), corpus, TODAY);
    expect(coClass(r)?.class).toBe("not-covered");
    expect(r.obligations.filter((o) => o.framework === "colorado-ai-act")).toEqual([]);
  });

  it("the 30-day adverse-outcome disclosures are three duties, including explaining the consumer's rights (6-1-1704(3)(a)–(c))", () => {
    const r = assess(co({ roles: ["deployer"] }), corpus, TODAY);
    for (const key of ["6-1-1704-3-a", "6-1-1704-3-b", "6-1-1704-3-c", "6-1-1704-8"])
      expect(r.obligations.find((o) => o.id === `colorado-ai-act/${key}`), key).toMatchObject({ appliesFrom: "2027-01-01" });
  });

  it("6-1-1708(3): a HIPAA covered entity is outside part 17, except for employment decisions, but owes patients a general notice", () => {
    // Corrected: 6-1-1708(3)(b) "applies only if the health-care provider is operating from a location within Colorado" — so the profile says so.
    const clinical = assess(co({ roles: ["deployer"], organization: { hipaaCoveredEntity: true, healthCareProvider: true, operatesFromColoradoLocation: true }, system: { useCases: ["healthcare"] } }), corpus, TODAY);
    expect(coClass(clinical)?.class).toBe("not-covered");
    expect(ids(clinical)).not.toContain("colorado-ai-act/6-1-1704-1");
    expect(ids(clinical)).toContain("colorado-ai-act/6-1-1708-3-c");
    expect(clinical.exemptions.find((e) => e.citation === "6-1-1708(3)(a)-(b)")?.removes).toContain("colorado-ai-act/6-1-1704-1");

    const hiring = assess(co({ roles: ["deployer"], organization: { hipaaCoveredEntity: true }, system: { useCases: ["employment-recruitment"] } }), corpus, TODAY);
    expect(coClass(hiring)?.class).toBe("covered-admt");
    expect(ids(hiring)).toContain("colorado-ai-act/6-1-1704-1");
  });

  it("6-1-1708(4): an FDA-overseen medical device is outside part 17", () => {
    const r = assess(co({ system: { useCases: ["healthcare"], fdaRegulatedMedicalDevice: true } }), corpus, TODAY);
    expect(coClass(r)?.class).toBe("not-covered");
    expect(r.obligations.filter((o) => o.framework === "colorado-ai-act")).toEqual([]);
  });

  it("6-1-1708(1): an insurer under 10-3-1104.9 is deemed to comply in the practice of insurance, not for hiring", () => {
    const underwriting = assess(co({ roles: ["deployer"], organization: { coloradoRegulatedInsurer: true }, system: { useCases: ["insurance"] } }), corpus, TODAY);
    expect(underwriting.exemptions.find((e) => e.citation === "6-1-1708(1)")?.removes).toContain("colorado-ai-act/6-1-1704-1");
    expect(ids(underwriting)).not.toContain("colorado-ai-act/6-1-1705-1-a-ii");
    const hiring = assess(co({ roles: ["deployer"], organization: { coloradoRegulatedInsurer: true }, system: { useCases: ["insurance", "employment-recruitment"] } }), corpus, TODAY);
    expect(ids(hiring)).toContain("colorado-ai-act/6-1-1705-1-a-ii");
  });

  it("legal services are a consequential decision under SB 24-205 only", () => {
    expect(coClass(assess(co({ system: { useCases: ["legal-services"] } }), corpus, "2026-03-01"))?.class).toBe("high-risk-ai-system");
    expect(coClass(assess(co({ system: { useCases: ["legal-services"] } }), corpus, TODAY))?.class).toBe("not-covered");
  });
});

describe("scope: jurisdictions and voluntary frameworks", () => {
  it("no nexus: a framework whose jurisdiction is not in the profile yields nothing", () => {
    const r = assess(profile({ jurisdictions: ["US-CO"], system: { useCases: ["employment"] } }), corpus, TODAY);
    expect(r.obligations.filter((o) => o.framework === "eu-ai-act")).toEqual([]);
    expect(r.classifications.some((c) => c.framework === "eu-ai-act")).toBe(false);
  });

  it("voluntary frameworks apply only when listed", () => {
    expect(assess(profile(), corpus, TODAY).obligations.some((o) => o.framework === "nist-ai-rmf")).toBe(false);
    const r = assess(profile({ voluntaryFrameworks: ["nist-ai-rmf"] }), corpus, TODAY);
    expect(r.obligations.filter((o) => o.framework === "nist-ai-rmf")).toHaveLength(72);
  });
});

describe("the checklist", () => {
  it("lists every applicable obligation exactly once and dates each item by its earliest member", () => {
    const r = assess(profile({ jurisdictions: ["EU", "US-CO"], voluntaryFrameworks: ["nist-ai-rmf", "iso-42001"], system: { useCases: ["employment"], consequentialDecision: true, interactsWithNaturalPersons: true } }), corpus, TODAY);
    const satisfied = r.checklist.flatMap((i) => i.satisfies);
    expect(satisfied.sort()).toEqual(ids(r).sort());
    for (const item of r.checklist) {
      const members = r.obligations.filter((o) => item.satisfies.includes(o.id));
      const dated = item.binding ? members.filter((o) => o.binding) : members;
      const dates = dated.map((o) => o.appliesFrom).filter(Boolean).sort();
      expect(item.dueDate).toBe(dates[0] ?? null);
      expect(item.binding).toBe(members.some((o) => o.binding));
    }
    expect(r.stats.collapsed).toBeGreaterThan(0);
    expect(r.stats.collapsed).toBe(r.stats.obligations - r.stats.checklistItems);
  });
});

describe("EU AI Act: transitional rules (Art. 111)", () => {
  it("a generator already on the market before 2 Aug 2026 has until 2 Dec 2026 to mark its output (Art. 111(4))", () => {
    const legacy = assess(profile({ system: { syntheticContent: "image-audio-video", placedOnMarketBefore: "2025-05-01" } }), corpus, TODAY);
    expect(legacy.obligations.find((o) => o.id === "eu-ai-act/art-50-2")).toMatchObject({ appliesFrom: "2026-12-02", alreadyApplies: false });
    const fresh = assess(profile({ system: { syntheticContent: "image-audio-video", placedOnMarketBefore: "2026-09-01" } }), corpus, TODAY);
    expect(fresh.obligations.find((o) => o.id === "eu-ai-act/art-50-2")).toMatchObject({ appliesFrom: "2026-08-02", alreadyApplies: true });
  });
});
