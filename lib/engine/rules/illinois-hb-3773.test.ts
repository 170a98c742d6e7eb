import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// 775 ILCS 5/2-101(M)-(N) and 5/2-102(L) as added by Public Act 103-0804 (HB 3773), in force
// 1 January 2026 (Section 99). Rules written from the enrolled text before the data.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

const F = "illinois-hb-3773";
const run = (o: ProfileOverrides, asOf = "2026-11-29") => assess(profile(o), corpus, asOf);
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `${F}/${key}`);
const na = (r: AssessmentResult, key: string) => r.notApplicable.find((n) => n.id === `${F}/${key}`);
const ours = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === F).map((o) => o.id);

/** An Illinois employer that uses an AI tool to rank applicants. */
const employer = (system: ProfileOverrides["system"] = {}, extra: Omit<ProfileOverrides, "system"> = {}): ProfileOverrides => ({
  jurisdictions: ["US-IL"],
  roles: ["deployer"],
  organization: { country: "US" },
  system: { useCases: ["employment-recruitment"], ...system },
  ...extra,
});

describe("2-102(L)(2): notice of AI use", () => {
  it('"fail to provide notice to an employee that the employer is using artificial intelligence": hiring use', () => {
    const r = run(employer());
    expect(find(r, "s-2-102-l-2")).toMatchObject({ status: "applies", role: "deployer", appliesFrom: "2026-01-01", alreadyApplies: true });
  });

  it('"discharge, discipline, tenure, or the terms ... of employment": workforce-management use counts too', () => {
    expect(find(run(employer({ useCases: ["employment-management"] })), "s-2-102-l-2")?.status).toBe("applies");
  });

  it("no weight-in-the-decision threshold: a tool that only supports the human still needs notice", () => {
    expect(find(run(employer({ decisionRole: "supports-human" })), "s-2-102-l-2")?.status).toBe("applies");
  });

  it("AI used outside employment (credit scoring) needs no employee notice", () => {
    const r = run(employer({ useCases: ["credit"] }));
    expect(find(r, "s-2-102-l-2")).toBeUndefined();
    expect(na(r, "s-2-102-l-2")?.because).toBe("condition");
  });

  it("the area code \"employment\" (recruitment and management together) triggers the notice", () => {
    expect(find(run(employer({ useCases: ["employment"] })), "s-2-102-l-2")?.status).toBe("applies");
  });
});

describe("2-102(L)(1): discriminatory effect and ZIP-code proxies", () => {
  it('"has the effect of subjecting employees to discrimination": a standing prohibition on the employer, no stop sign', () => {
    const r = run(employer());
    expect(find(r, "s-2-102-l-1")).toMatchObject({ status: "applies", kind: "prohibition", role: "deployer" });
    expect(find(r, "s-2-102-l-1-zip")).toMatchObject({ status: "applies", kind: "prohibition" });
    expect(r.warnings.filter((w) => w.framework === F)).toEqual([]);
  });

  it("the prohibitions bind the employer, not a vendor that only builds the tool", () => {
    const r = run(employer({}, { roles: ["provider"] }));
    expect(ours(r)).toEqual([]);
    expect(na(r, "s-2-102-l-1")?.because).toBe("role");
  });
});

describe("scope and dates", () => {
  it("only Illinois: an employer choosing New York City gets nothing from this Act", () => {
    expect(ours(run(employer({}, { jurisdictions: ["US-NYC"] })))).toEqual([]);
  });

  it('Section 99 "takes effect January 1, 2026": listed ahead of time in 2025, not yet binding', () => {
    const r = run(employer(), "2025-06-01");
    expect(find(r, "s-2-102-l-2")).toMatchObject({ appliesFrom: "2026-01-01", alreadyApplies: false });
  });

  it("before the Governor approved the Act (9 August 2024) there is nothing to show", () => {
    expect(ours(run(employer(), "2024-06-01"))).toEqual([]);
  });
});
