import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// NYC Admin. Code §§ 20-870 to 20-874 (Local Law 144 of 2021, effective 1 January 2023) and
// 6 RCNY §§ 5-300 to 5-304 (DCWP final rule; enforcement from 5 July 2023). Rules written from
// the certified local law and DCWP's Notice of Adoption before the data.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

const F = "nyc-local-law-144";
const run = (o: ProfileOverrides, asOf = "2026-11-29") => assess(profile(o), corpus, asOf);
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `${F}/${key}`);
const na = (r: AssessmentResult, key: string) => r.notApplicable.find((n) => n.id === `${F}/${key}`);
const ours = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === F).map((o) => o.id);

/** An employer hiring for New York City jobs whose resume screener's score outweighs every other criterion. */
const screener = (system: ProfileOverrides["system"] = {}, extra: Omit<ProfileOverrides, "system"> = {}): ProfileOverrides => ({
  jurisdictions: ["US-NYC"],
  roles: ["deployer"],
  organization: { country: "US" },
  system: { useCases: ["employment-recruitment"], decisionRole: "substantially-assists", ...system },
  ...extra,
});

const STATUTE = ["s-20-871-a-1", "s-20-871-a-2", "s-20-871-b-1", "s-20-871-b-2", "s-20-871-b-3"];
const RULES = ["r-5-301-a", "r-5-301-b", "r-5-301-c", "r-5-302-a", "r-5-302-b", "r-5-303-a", "r-5-303-c", "r-5-304-a", "r-5-304-b", "r-5-304-d"];

describe("§ 20-871: who must audit and give notice", () => {
  it('§ 20-871(a)(1): an "employer or an employment agency" using an AEDT needs a bias audit "no more than one year prior"', () => {
    const r = run(screener());
    for (const key of [...STATUTE, ...RULES]) expect(find(r, key)?.status, key).toBe("applies");
    expect(find(r, "s-20-871-a-1")?.role).toBe("deployer");
  });

  it('6 RCNY § 5-300: "rely solely on a simplified output" (replaces the human) is an AEDT too', () => {
    const r = run(screener({ decisionRole: "replaces-human" }));
    expect(find(r, "s-20-871-b-1")?.status).toBe("applies");
  });

  it("promotion decisions are employment decisions (\"employees for promotion\"): employment-management counts", () => {
    const r = run(screener({ useCases: ["employment-management"] }));
    expect(find(r, "s-20-871-a-1")?.status).toBe("applies");
  });

  it("a tool that only supports a human decision is not one that \"substantially assist[s] or replace[s]\" it", () => {
    const r = run(screener({ decisionRole: "supports-human" }));
    expect(ours(r)).toEqual([]);
    expect(na(r, "s-20-871-a-1")?.because).toBe("condition");
  });

  it("not sure how far the output decides: the duties may apply, with the decision-role question (never dropped)", () => {
    const r = run(screener({ decisionRole: null }));
    const o = find(r, "s-20-871-a-1");
    expect(o?.status).toBe("may-apply");
    expect(o?.openQuestions.map((q) => q.fact)).toContain("system.decisionRole");
  });

  it("no employment use: credit scoring in New York City is outside the law", () => {
    const r = run(screener({ useCases: ["credit"] }));
    expect(ours(r)).toEqual([]);
  });

  it('"in the city": an employer choosing only Illinois or the EU gets no NYC duties', () => {
    expect(ours(run(screener({}, { jurisdictions: ["US-IL"] })))).toEqual([]);
    expect(ours(run(screener({}, { jurisdictions: ["EU"] })))).toEqual([]);
  });

  it("the vendor is not bound: a provider that does not use the tool owes nothing (DCWP: employers are responsible)", () => {
    const r = run(screener({}, { roles: ["provider"] }));
    expect(ours(r)).toEqual([]);
    expect(na(r, "s-20-871-a-1")?.because).toBe("role");
  });
});

describe("dates: Local Law 144 § 2 (1 January 2023) and DCWP enforcement (5 July 2023)", () => {
  it('"This local law takes effect on January 1, 2023": nothing before that date', () => {
    expect(ours(run(screener(), "2022-12-15"))).toEqual([]);
  });

  it("statutory duties apply from 1 January 2023, rule duties from 5 July 2023", () => {
    const early = run(screener(), "2023-03-01");
    expect(find(early, "s-20-871-a-1")).toMatchObject({ appliesFrom: "2023-01-01", alreadyApplies: true });
    expect(find(early, "r-5-301-b")).toMatchObject({ appliesFrom: "2023-07-05", alreadyApplies: false });
    expect(find(run(screener()), "r-5-301-b")?.alreadyApplies).toBe(true);
  });
});

describe("§ 20-872: penalties", () => {
  it('"not more than $500 for a first violation" and "$1,500" for subsequent ones attach to the audit and notice duties', () => {
    const r = run(screener());
    for (const key of ["s-20-871-a-1", "s-20-871-b-2", "r-5-303-a"]) {
      const cites = find(r, key)?.penalties.map((p) => p.citation) ?? [];
      expect(cites, key).toContain("Admin. Code § 20-872(a)");
    }
    expect(find(r, "s-20-871-b-1")?.penalties.map((p) => p.citation)).toContain("Admin. Code § 20-872(b)-(c)");
  });
});

describe("content of the duties", () => {
  it('§ 20-871(b)(1)-(2): notice "no less than ten business days before such use"', () => {
    const r = run(screener());
    expect(find(r, "s-20-871-b-1")?.summary).toMatch(/ten business days/);
    expect(find(r, "s-20-871-b-2")?.summary).toMatch(/ten business days/);
    expect(find(r, "s-20-871-b-3")?.summary).toMatch(/30 days/);
  });

  it("6 RCNY § 5-301(b): impact ratios for sex, race/ethnicity and intersectional categories", () => {
    const s = find(run(screener()), "r-5-301-b")?.summary ?? "";
    expect(s).toMatch(/intersectional/);
    expect(s).toMatch(/impact ratio/);
  });
});
