import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// California SB 53 (Stats. 2025, ch. 138), Bus. & Prof. Code §§ 22757.10-22757.16 and
// Lab. Code § 1107.1, written from the chaptered text before looking at the engine output.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});
const run = (o: ProfileOverrides, asOf = "2026-11-29") => assess(profile(o), corpus, asOf);
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `california-sb-53/${key}`);
const sb53 = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === "california-sb-53").map((o) => o.id);

const model = (flops: number) => ({ trainingComputeFlops: flops, designatedSystemicRisk: false, openSourceLicence: false });
const CA = { jurisdictions: ["US-CA"] } as const;
const large: ProfileOverrides = { ...CA, gpaiModel: model(3e26), organization: { annualRevenueUsd: 2e9 } };
const small: ProfileOverrides = { ...CA, gpaiModel: model(3e26), organization: { annualRevenueUsd: 50_000_000 } };

describe("§ 22757.11: who is a frontier developer", () => {
  it('(i)(1): a model trained with "greater than 10^26" operations makes its developer a frontier developer', () => {
    const r = run(small);
    expect(find(r, "s-22757-12-c-1")?.status).toBe("applies");
    expect(find(r, "s-22757-13-c-1")?.status).toBe("applies");
  });

  it("(i)(1): exactly 10^26 operations is not greater than 10^26, and 5 x 10^25 is far below: no SB 53 duty", () => {
    expect(sb53(run({ ...CA, gpaiModel: model(1e26), organization: { annualRevenueUsd: 2e9 } }))).toEqual([]);
    expect(sb53(run({ ...CA, gpaiModel: model(5e25), organization: { annualRevenueUsd: 2e9 } }))).toEqual([]);
  });

  it("no general-purpose model at all: no frontier developer duty", () => {
    expect(sb53(run({ ...CA, gpaiModel: null, organization: { annualRevenueUsd: 2e9 } }))).toEqual([]);
  });

  it("not sure whether the organization provides a general-purpose model: duties may apply, never dropped", () => {
    const o = find(run({ ...CA, gpaiModel: "not-sure", organization: { annualRevenueUsd: 2e9 } }), "s-22757-13-c-1");
    expect(o?.status).toBe("may-apply");
  });

  it("the law binds in California only: the same frontier developer with only an EU footprint gets no SB 53 duty", () => {
    expect(sb53(run({ ...large, jurisdictions: ["EU"] }))).toEqual([]);
  });
});

describe("§ 22757.12: frontier AI framework (large frontier developers only)", () => {
  it('(a) and (j): revenues "in excess of five hundred million dollars" put the framework duty on the developer', () => {
    const r = run(large);
    for (const key of ["s-22757-12-a", "s-22757-12-a-7", "s-22757-12-b-1", "s-22757-12-b-2", "s-22757-12-c-2", "s-22757-12-d", "s-1107-1-e-1"])
      expect(find(r, key)?.status, key).toBe("applies");
    expect(find(r, "s-22757-12-a")?.role).toBe("gpai-provider");
  });

  it("(a): a frontier developer with $50 million revenue owes the transparency report but not the framework", () => {
    const r = run(small);
    expect(find(r, "s-22757-12-a")).toBeUndefined();
    expect(find(r, "s-22757-12-c-2")).toBeUndefined();
    expect(find(r, "s-1107-1-e-1")).toBeUndefined();
    expect(find(r, "s-22757-12-c-1")?.status).toBe("applies");
    expect(find(r, "s-1107-1-a")?.status).toBe("applies");
  });

  it("(j): exactly $500 million is not in excess of $500 million", () => {
    expect(find(run({ ...small, organization: { annualRevenueUsd: 500_000_000 } }), "s-22757-12-a")).toBeUndefined();
  });

  it("revenue not known: the framework duty may apply, with the revenue question open", () => {
    const o = find(run({ ...CA, gpaiModel: model(3e26) }), "s-22757-12-a");
    expect(o?.status).toBe("may-apply");
    expect(o?.openQuestions.map((q) => q.fact)).toContain("organization.annualRevenueUsd");
  });
});

describe("§ 22757.13(c): critical safety incident reporting", () => {
  it('(c)(1) "within 15 days" to Cal OES and (c)(2) "within 24 hours" for imminent risk: both bind every frontier developer', () => {
    const r = run(small);
    expect(find(r, "s-22757-13-c-1")?.summary).toMatch(/15 days/);
    expect(find(r, "s-22757-13-c-2")?.summary).toMatch(/24 hours/);
  });
});

describe("§ 22757.15: civil penalty up to $1,000,000 per violation", () => {
  it("attaches to a large frontier developer's framework and incident duties", () => {
    const r = run(large);
    expect(find(r, "s-22757-12-a")?.penalties.map((p) => p.citation)).toContain("Bus. & Prof. Code § 22757.15(a)");
    expect(find(r, "s-22757-13-c-1")?.penalties.map((p) => p.citation)).toContain("Bus. & Prof. Code § 22757.15(a)");
  });
});

describe("dates: in force 1 January 2026 (Stats. 2025, ch. 138)", () => {
  it("before 1 January 2026 the duties are listed as applying from that date; after it they already apply", () => {
    const before = find(run(large, "2025-12-01"), "s-22757-12-a");
    expect(before?.appliesFrom).toBe("2026-01-01");
    expect(before?.alreadyApplies).toBe(false);
    expect(find(run(large), "s-22757-12-a")?.alreadyApplies).toBe(true);
  });
});
