import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// New York RAISE Act, Gen. Bus. Law Art. 44-B as re-enacted by L. 2026, ch. 96 (S.8828),
// effective 1 January 2027; written from the amended text of §§ 1421, 1422, 1427 and 1428.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});
const run = (o: ProfileOverrides, asOf = "2027-02-01") => assess(profile(o), corpus, asOf);
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `ny-raise-act/${key}`);
const raise = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === "ny-raise-act").map((o) => o.id);

const model = (flops: number) => ({ trainingComputeFlops: flops, designatedSystemicRisk: false, openSourceLicence: false });
const NY = { jurisdictions: ["US-NY"] } as const;
const large: ProfileOverrides = { ...NY, gpaiModel: model(2e26), organization: { annualRevenueUsd: 1e9 } };
const small: ProfileOverrides = { ...NY, gpaiModel: model(2e26), organization: { annualRevenueUsd: 10_000_000 } };

describe("§ 1421(1): frontier AI framework", () => {
  it('a large frontier developer must "write, implement, comply with, and clearly and conspicuously publish" a framework', () => {
    const r = run(large);
    for (const key of ["s-1421-1", "s-1421-1-g", "s-1422-2-a", "s-1428-1", "s-1428-2"]) expect(find(r, key)?.status, key).toBe("applies");
    expect(find(r, "s-1421-1")?.role).toBe("gpai-provider");
  });

  it("a frontier developer under $500 million revenue has no framework or disclosure-statement duty but must report incidents", () => {
    const r = run(small);
    expect(find(r, "s-1421-1")).toBeUndefined();
    expect(find(r, "s-1428-1")).toBeUndefined();
    expect(find(r, "s-1422-3-a")?.status).toBe("applies");
  });

  it("revenue not known: the framework may apply and the revenue question is open", () => {
    const o = find(run({ ...NY, gpaiModel: model(2e26) }), "s-1421-1");
    expect(o?.status).toBe("may-apply");
    expect(o?.openQuestions.map((q) => q.fact)).toContain("organization.annualRevenueUsd");
  });

  it("a model at or below 10^26 operations is not a frontier model: no RAISE duty", () => {
    expect(raise(run({ ...large, gpaiModel: model(1e26) }))).toEqual([]);
    expect(raise(run({ ...large, gpaiModel: null }))).toEqual([]);
  });

  it("New York law: a California-only profile gets no RAISE duty", () => {
    expect(raise(run({ ...large, jurisdictions: ["US-CA"] }))).toEqual([]);
  });
});

describe("§ 1422(3): incident reporting to the DFS office", () => {
  it('(a) "within seventy-two hours" and (b) "within twenty-four hours" for imminent risk of death or serious injury', () => {
    const r = run(small);
    expect(find(r, "s-1422-3-a")?.summary).toMatch(/seventy-two hours/);
    expect(find(r, "s-1422-3-b")?.summary).toMatch(/twenty-four hours/);
  });

  it("not sure whether there is a general-purpose model: the 72-hour duty may apply", () => {
    expect(find(run({ ...NY, gpaiModel: "not-sure", organization: { annualRevenueUsd: 1e9 } }), "s-1422-3-a")?.status).toBe("may-apply");
  });
});

describe("§ 1427(1): up to $1 million for a first violation, $3 million for later ones", () => {
  it("the penalty attaches to the framework and incident duties of a large frontier developer", () => {
    const r = run(large);
    expect(find(r, "s-1421-1")?.penalties.map((p) => p.citation)).toContain("Gen. Bus. Law § 1427(1)");
    expect(find(r, "s-1422-3-a")?.penalties.map((p) => p.citation)).toContain("Gen. Bus. Law § 1427(1)");
  });
});

describe("dates: effective 1 January 2027 (L. 2026, ch. 96)", () => {
  it("on 29 November 2026 the duties are listed from 1 January 2027 and do not yet apply; in February 2027 they do", () => {
    const before = find(run(large, "2026-11-29"), "s-1422-3-a");
    expect(before?.appliesFrom).toBe("2027-01-01");
    expect(before?.alreadyApplies).toBe(false);
    expect(find(run(large), "s-1422-3-a")?.alreadyApplies).toBe(true);
  });
});
