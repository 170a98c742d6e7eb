import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// Korea: Framework Act on the Development of AI and the Establishment of a Foundation for Trust
// (Act No. 20676 as amended by Act No. 21311; Korean consolidated text from law.go.kr) and its
// Enforcement Decree (No. 36053). Rules written from the Korean text before looking at the output;
// short quotes are our translation.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

const run = (o: Parameters<typeof profile>[0], asOf = "2026-11-29") => assess(profile(o), corpus, asOf);
const KR = "korea-ai-basic-act";
const krClass = (r: AssessmentResult) => r.classifications.find((c) => c.framework === KR && c.subject === "system");
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `${KR}/${key}`);
const krIds = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === KR).map((o) => o.id.slice(KR.length + 1));

/** A Korean company offering its system to the public; each test changes only what its rule is about. */
const korean = (system: NonNullable<Parameters<typeof profile>[0]>["system"] = {}, organization: Record<string, unknown> = {}) => ({
  jurisdictions: ["KR"] as never,
  organization: { country: "KR", ...organization } as never,
  system: { offeredToPublic: true, ...system },
});

const HIGH_IMPACT_DUTIES = ["art-34-1-1", "art-34-1-2", "art-34-1-3", "art-34-1-4", "art-34-1-5", "art-35-1", "decree-art-27-1", "decree-art-27-2"];

describe("Scope (Art. 4)", () => {
  it("binds only when Korea is among the jurisdictions", () => {
    const r = run({ system: { useCases: ["employment-recruitment"] } });
    expect(krIds(r)).toEqual([]);
    expect(krClass(r)).toBeUndefined();
  });

  it('Art. 4(1): acts abroad "affecting the domestic market or users" are covered: a foreign operator gets the duties', () => {
    const r = run(korean({ useCases: ["employment-recruitment"] }, { country: "US" }));
    expect(find(r, "art-34-1-1")?.status).toBe("applies");
  });

  it('Art. 4(2): AI "only for national defence or security" is outside the Act', () => {
    const r = run(korean({ useCases: ["employment-recruitment"], exclusivelyMilitaryDefence: true }));
    expect(krIds(r)).toEqual([]);
    expect(krClass(r)?.class).toBe("out-of-scope");
  });

  it("Art. 33(1): every operator providing AI must review in advance whether it is high-impact", () => {
    const r = run(korean());
    expect(find(r, "art-33-1")?.status).toBe("applies");
    expect(krClass(r)?.class).toBe("not-high-impact");
  });
});

describe("High-impact AI (Art. 2(4)) and its duties (Arts. 34, 35)", () => {
  it('Art. 2(4)(g): "hiring, loan screening" makes the system high-impact; both operators get the Art. 34(1) measures', () => {
    for (const useCase of ["employment-recruitment", "credit"] as const) {
      const r = run(korean({ useCases: [useCase] }));
      expect(krClass(r)?.class, useCase).toBe("high-impact");
      expect(krClass(r)?.confirmed, useCase).toBe(true);
      for (const key of HIGH_IMPACT_DUTIES) expect(find(r, key)?.status, `${useCase} ${key}`).toBe("applies");
    }
    const deployer = run({ ...korean({ useCases: ["credit"] }), roles: ["deployer"] });
    expect(find(deployer, "art-34-1-4")?.role).toBe("deployer");
  });

  it("Art. 2(4)(a)-(c), (d), (f), (i), (j): energy/water/transport, health care, medical devices, biometric investigation, public decisions, student evaluation", () => {
    const cases: Parameters<typeof korean>[0][] = [
      { useCases: ["critical-infrastructure"] },
      { useCases: ["healthcare"] },
      { annexIProduct: "medical-devices", safetyComponentOfRegulatedProduct: true },
      { useCases: ["law-enforcement-profiling", "biometrics"] },
      { useCases: ["education-assessment"] },
    ];
    for (const system of cases) expect(krClass(run(korean(system)))?.class, JSON.stringify(system)).toBe("high-impact");
    expect(krClass(run(korean({ useCases: ["essential-public-services"] }, { isPublicAuthority: true })))?.class).toBe("high-impact");
    expect(krClass(run(korean({ useCases: ["essential-public-services"] }, { isPublicAuthority: false })))?.class).toBe("not-high-impact");
  });

  it("a system outside the listed areas gets no high-impact duties", () => {
    const r = run(korean({ useCases: ["legal-services"] }));
    for (const key of HIGH_IMPACT_DUTIES) expect(krIds(r)).not.toContain(key);
  });

  it("an unsure answer on a listed area keeps the class possible and the duties as may-apply", () => {
    const r = run(korean({ useCases: ["essential-public-services"] }, { isPublicAuthority: null }));
    expect(krClass(r)?.class).toBe("high-impact");
    expect(krClass(r)?.confirmed).toBe(false);
    expect(find(r, "art-34-1-1")?.status).toBe("may-apply");
  });

  it("Art. 35(1): the impact assessment is an effort duty from 22 Jan 2026; the AI-vulnerable-groups sentence only from 21 July 2026 (Act No. 21311)", () => {
    const r = run(korean({ useCases: ["healthcare"] }));
    expect(find(r, "art-35-1")?.appliesFrom).toBe("2026-01-22");
    expect(find(r, "art-35-1-vulnerable")?.appliesFrom).toBe("2026-07-21");
    const spring = run(korean({ useCases: ["healthcare"] }), "2026-04-01");
    expect(find(spring, "art-35-1")?.alreadyApplies).toBe(true);
    expect(find(spring, "art-35-1-vulnerable")?.alreadyApplies).toBe(false);
  });

  it("the Act applies from 22 Jan 2026: nothing is due before, while the enacted Act is shown ahead", () => {
    const before = run(korean({ useCases: ["healthcare"] }), "2025-12-01");
    expect(find(before, "art-34-1-1")?.alreadyApplies).toBe(false);
    const after = run(korean({ useCases: ["healthcare"] }), "2026-01-22");
    expect(find(after, "art-34-1-1")?.alreadyApplies).toBe(true);
  });
});

describe("Transparency (Art. 31)", () => {
  it('Art. 31(1)-(2): generative AI needs advance notice and "indicate that the output was generated"', () => {
    const r = run(korean({ syntheticContent: "text" }));
    expect(krClass(r)?.class).toBe("generative-ai");
    expect(find(r, "art-31-1")?.status).toBe("applies");
    expect(find(r, "art-31-2")?.status).toBe("applies");
    expect(krIds(r)).not.toContain("art-34-1-1");
  });

  it("Art. 31(1): high-impact AI needs advance notice even without generated content; Art. 31(2) does not apply to it", () => {
    const r = run(korean({ useCases: ["employment-recruitment"] }));
    expect(find(r, "art-31-1")?.status).toBe("applies");
    expect(krIds(r)).not.toContain("art-31-2");
  });

  it("a generative system that is also high-impact keeps the labelling duty", () => {
    const r = run(korean({ useCases: ["employment-recruitment"], syntheticContent: "text" }));
    expect(krClass(r)?.class).toBe("high-impact");
    expect(find(r, "art-31-2")?.status).toBe("applies");
  });

  it('Art. 31(3): realistic virtual sound, images or video "hard to distinguish from reality" must be clearly disclosed; unsure gives may-apply', () => {
    expect(find(run(korean({ syntheticContent: "image-audio-video", deepFake: true })), "art-31-3")?.status).toBe("applies");
    expect(find(run(korean({ syntheticContent: "image-audio-video", deepFake: null })), "art-31-3")?.status).toBe("may-apply");
    expect(krIds(run(korean({ syntheticContent: "image-audio-video", deepFake: false })))).not.toContain("art-31-3");
  });

  it("Enforcement Decree Art. 23(4)(2): AI used only for the operator's internal business is exempt; not sure leaves may-apply", () => {
    const internal = run(korean({ syntheticContent: "text", offeredToPublic: false }));
    expect(krIds(internal)).not.toContain("art-31-1");
    expect(krIds(internal)).not.toContain("art-31-2");
    const unsure = run(korean({ syntheticContent: "text", offeredToPublic: null }));
    expect(find(unsure, "art-31-2")?.status).toBe("may-apply");
  });

  it("Art. 43(1)(1): failing the Art. 31(1) notice is fined up to KRW 30 million; the grace period is a note, not a date", () => {
    const o = find(run(korean({ syntheticContent: "text" })), "art-31-1");
    expect(o?.penalties.map((p) => p.citation)).toContain("Art. 43(1)");
    expect(o?.appliesFrom).toBe("2026-01-22");
  });
});

describe("Safety above the compute threshold (Art. 32; Decree Art. 24: 10^26 FLOP)", () => {
  it("a model trained with at least 10^26 FLOP triggers the lifecycle risk duties and the report to MSIT", () => {
    const r = run({ ...korean(), gpaiModel: { trainingComputeFlops: 2e26, designatedSystemicRisk: false, openSourceLicence: false } });
    for (const key of ["art-32-1-1", "art-32-1-2", "art-32-2"]) expect(find(r, key)?.status, key).toBe("applies");
  });

  it("below 10^26 FLOP, or with no model, there are no Art. 32 duties", () => {
    const small = run({ ...korean(), gpaiModel: { trainingComputeFlops: 5e25, designatedSystemicRisk: false, openSourceLicence: false } });
    expect(krIds(small)).not.toContain("art-32-1-1");
    expect(krIds(run(korean()))).not.toContain("art-32-1-1");
  });
});

describe("Domestic representative (Art. 36; Decree Art. 29)", () => {
  it("a foreign operator meeting the thresholds must designate a representative; unsure gives may-apply", () => {
    expect(find(run(korean({}, { country: "US", koreaRepresentativeThresholds: true })), "art-36-1")?.status).toBe("applies");
    expect(find(run(korean({}, { country: "US", koreaRepresentativeThresholds: null })), "art-36-1")?.status).toBe("may-apply");
  });

  it("a Korean operator, or a foreign one below the thresholds, needs none", () => {
    expect(krIds(run(korean({}, { country: "KR", koreaRepresentativeThresholds: true })))).not.toContain("art-36-1");
    expect(krIds(run(korean({}, { country: "US", koreaRepresentativeThresholds: false })))).not.toContain("art-36-1");
  });
});

describe("unknown answers never give the lighter regime (Korea)", () => {
  const SEVERITY = ["out-of-scope", "not-high-impact", "generative-ai", "high-impact"];
  const base = [
    korean({ useCases: ["employment-recruitment"], syntheticContent: "text", deepFake: true }, { country: "US", koreaRepresentativeThresholds: true }),
    korean({ useCases: ["essential-public-services"], consequentialDecision: true }, { isPublicAuthority: true }),
    korean({ syntheticContent: "image-audio-video", deepFake: true, offeredToPublic: false }),
    korean({ useCases: ["law-enforcement-profiling"], remoteBiometricIdentification: "post" }),
  ];
  const nullable = [
    ["system", "deepFake"], ["system", "offeredToPublic"], ["system", "consequentialDecision"], ["system", "syntheticContent"],
    ["system", "exclusivelyMilitaryDefence"], ["system", "remoteBiometricIdentification"], ["system", "intendedForPublicAuthorities"],
    ["organization", "isPublicAuthority"], ["organization", "koreaRepresentativeThresholds"],
  ] as const;
  it("nulling any one answer never removes a Korean duty or lowers the Korean class", () => {
    for (const [i, p] of base.entries()) {
      const known = run(p);
      for (const [part, key] of nullable) {
        const o = { ...p, [part]: { ...(p[part] as object), [key]: null } };
        const open = run(o as never);
        const lost = krIds(known).filter((id) => !krIds(open).includes(id));
        expect(lost, `profile ${i}, ${part}.${key} = null`).toEqual([]);
        expect(SEVERITY.indexOf(krClass(open)!.class), `profile ${i}, ${part}.${key}`).toBeGreaterThanOrEqual(SEVERITY.indexOf(krClass(known)!.class));
      }
    }
  });
});
