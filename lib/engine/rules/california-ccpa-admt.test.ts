import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// CPPA regulations, 11 CCR div. 6, ch. 1, arts. 9-11 (OAL approval 2025-09-22, effective 2026-01-01).
// Rules written from the approved text (as quoted verbatim in stored reproductions) before the data.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

const F = "california-ccpa-admt";
const run = (o: ProfileOverrides, asOf = "2026-11-29") => assess(profile(o), corpus, asOf);
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `${F}/${key}`);
const na = (r: AssessmentResult, key: string) => r.notApplicable.find((n) => n.id === `${F}/${key}`);
const cls = (r: AssessmentResult) => r.classifications.find((c) => c.framework === F && c.subject === "system");

/** A California employer (a CCPA business) whose screening tool decides without human involvement. */
const hiringAdmt = (system: ProfileOverrides["system"] = {}, organization: ProfileOverrides["organization"] = {}): ProfileOverrides => ({
  jurisdictions: ["US-CA"],
  roles: ["deployer"],
  organization: { country: "US", ccpaBusiness: true, ccpaSignificantSecurityRisk: false, ...organization },
  system: { useCases: ["employment-recruitment"], consequentialDecision: true, decisionRole: "replaces-human", ...system },
});

describe("§ 7200(a) and § 7001(e), (ddd): ADMT used for a significant decision", () => {
  it('"uses ADMT to make a significant decision": hiring without human involvement is covered ADMT', () => {
    const r = run(hiringAdmt());
    expect(cls(r)?.class).toBe("covered-admt");
    expect(cls(r)?.confirmed).toBe(true);
    for (const key of ["s-7220-a", "s-7220-c", "s-7221-a", "s-7221-c", "s-7221-n", "s-7222-a", "s-7222-b"]) expect(find(r, key)?.status, key).toBe("applies");
    expect(find(r, "s-7220-a")?.role).toBe("deployer");
  });

  it("each listed domain counts: lending, housing, education, employment, healthcare", () => {
    for (const u of ["credit", "financial-services", "housing", "education-admission", "employment-management", "healthcare"] as const)
      expect(find(run(hiringAdmt({ useCases: [u] })), "s-7221-a")?.status, u).toBe("applies");
  });

  it("insurance is not a significant decision in the final text (removed from the list)", () => {
    const r = run(hiringAdmt({ useCases: ["insurance"] }));
    expect(find(r, "s-7220-a")).toBeUndefined();
    expect(na(r, "s-7220-a")?.because).toBe("condition");
  });

  it('"human involvement" (reviewer who can interpret, review and change the decision) takes the system outside ADMT', () => {
    // "supports-human" = a reviewer who interprets, reviews and can change the decision (§ 7001(e)(1)(A)-(C)).
    // "substantially-assists" is not asserted here: its profile wording ("can overrule people") straddles the test.
    const r = run(hiringAdmt({ decisionRole: "supports-human" }));
    expect(find(r, "s-7220-a")).toBeUndefined();
    expect(find(r, "s-7222-a")).toBeUndefined();
    expect(cls(r)?.class).not.toBe("covered-admt");
  });

  it("not sure whether the output replaces human decisionmaking: the ADMT duties may apply (never dropped)", () => {
    const r = run(hiringAdmt({ decisionRole: null }));
    const o = find(r, "s-7221-a");
    expect(o?.status).toBe("may-apply");
    expect(o?.openQuestions.map((q) => q.fact)).toContain("system.decisionRole");
    expect(cls(r)?.confirmed).toBe(false);
  });

  it("not sure whether the organization is a CCPA business: may apply", () => {
    const o = find(run(hiringAdmt({}, { ccpaBusiness: null })), "s-7220-a");
    expect(o?.status).toBe("may-apply");
    expect(o?.openQuestions.map((q) => q.fact)).toContain("organization.ccpaBusiness");
  });

  it("not a CCPA business, or California not chosen: no ADMT duties", () => {
    expect(find(run(hiringAdmt({}, { ccpaBusiness: false })), "s-7220-a")).toBeUndefined();
    expect(find(run({ ...hiringAdmt(), jurisdictions: ["US-CO"] }), "s-7220-a")).toBeUndefined();
  });

  it("the duties bind the business that uses ADMT, not a developer that only builds it", () => {
    const r = run({ ...hiringAdmt(), roles: ["provider"] });
    expect(find(r, "s-7220-a")).toBeUndefined();
    expect(na(r, "s-7220-a")?.because).toBe("role");
  });
});

describe("§ 7200(b): ADMT compliance date", () => {
  it('"no later than January 1, 2027": known today, not yet due', () => {
    const o = find(run(hiringAdmt()), "s-7220-a");
    expect(o?.appliesFrom).toBe("2027-01-01");
    expect(o?.alreadyApplies).toBe(false);
  });

  it("from 1 January 2027 the Pre-use Notice, opt-out and access duties are due", () => {
    const r = run(hiringAdmt(), "2027-01-02");
    for (const key of ["s-7220-a", "s-7221-a", "s-7222-a"]) expect(find(r, key)?.alreadyApplies, key).toBe(true);
  });
});

describe("§ 7221(b): opt-out exceptions the profile cannot establish", () => {
  it("the human-appeal exception does not silently remove the opt-out (appeal facts unknown)", () => {
    const r = run(hiringAdmt({ useCases: ["employment-recruitment", "employment-management"] }));
    expect(find(r, "s-7221-a")?.status).toBe("applies");
    expect(r.exemptions.filter((e) => e.framework === F)).toEqual([]);
  });
});

describe("Article 10: risk assessments", () => {
  it('"before initiating that processing": ADMT for a significant decision needs a risk assessment from 2026-01-01', () => {
    const o = find(run(hiringAdmt()), "s-7150-a");
    expect(o?.status).toBe("applies");
    expect(o?.appliesFrom).toBe("2026-01-01");
    expect(o?.alreadyApplies).toBe(true);
  });

  it('processing begun before the regulations took effect: "no later than December 31, 2027"', () => {
    const o = find(run(hiringAdmt({ placedOnMarketBefore: "2025-06-01" })), "s-7150-a");
    expect(o?.appliesFrom).toBe("2027-12-31");
    expect(o?.appliesFromSetBy).toContain("§ 7155(b)");
  });

  it('submission to the Agency "no later than April 1, 2028" for 2026-2027 assessments', () => {
    const o = find(run(hiringAdmt()), "s-7157-a-1");
    expect(o?.appliesFrom).toBe("2028-04-01");
    expect(o?.alreadyApplies).toBe(false);
  });

  it("§ 7150(b)(4): profiling employees triggers a risk assessment even with human involvement (no ADMT duties)", () => {
    const r = run(hiringAdmt({ useCases: ["employment-management"], decisionRole: "supports-human", profilesNaturalPersons: true }));
    expect(find(r, "s-7150-a")?.status).toBe("applies");
    expect(find(r, "s-7220-a")).toBeUndefined();
  });

  it("no listed AI trigger: no risk-assessment duty", () => {
    const r = run(hiringAdmt({ useCases: ["other"], decisionRole: "supports-human", consequentialDecision: false }));
    expect(find(r, "s-7150-a")).toBeUndefined();
  });

  it("§ 7150(b)(6): a developer training emotion recognition on personal information must assess first", () => {
    const r = run({
      jurisdictions: ["US-CA"],
      roles: ["provider"],
      organization: { country: "US", ccpaBusiness: true, ccpaSignificantSecurityRisk: false },
      system: { trainsOnOwnData: true, emotionRecognition: true },
    });
    expect(find(r, "s-7150-b-6")?.status).toBe("applies");
    expect(find(r, "s-7150-b-6")?.role).toBe("developer");
  });
});

describe("Article 9: cybersecurity audits (§§ 7120-7121)", () => {
  const audit = (annualRevenueUsd: number | null, risk: boolean | null = true) =>
    find(run(hiringAdmt({}, { ccpaSignificantSecurityRisk: risk, annualRevenueUsd })), "s-7120-a");

  it('revenue "more than one hundred million dollars": first audit report by 2028-04-01', () => {
    expect(audit(250_000_000)?.appliesFrom).toBe("2028-04-01");
  });
  it("revenue between $50 and $100 million: by 2029-04-01", () => {
    expect(audit(75_000_000)?.appliesFrom).toBe("2029-04-01");
  });
  it('revenue "less than fifty million dollars": by 2030-04-01', () => {
    expect(audit(10_000_000)?.appliesFrom).toBe("2030-04-01");
  });
  it("revenue not known: the earliest deadline is shown", () => {
    expect(audit(null)?.appliesFrom).toBe("2028-04-01");
  });
  it("no significant risk to security: no audit; not sure: may apply", () => {
    expect(audit(250_000_000, false)).toBeUndefined();
    expect(audit(250_000_000, null)?.status).toBe("may-apply");
  });
});

describe("Civ. Code § 1798.155(a): administrative fines", () => {
  it("the fine tier is attached to the regulation duties", () => {
    expect(find(run(hiringAdmt()), "s-7221-a")?.penalties.map((p) => p.citation)).toContain("Cal. Civ. Code § 1798.155(a)");
  });
});
