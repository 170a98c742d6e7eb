import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// Bus. & Prof. Code §§ 22601–22605 (SB 243, Stats. 2025, ch. 677), written from the statute text.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});
const run = (o: Parameters<typeof profile>[0], asOf = "2026-11-29") => assess(profile(o), corpus, asOf);
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `california-sb-243/${key}`);
const operator = (system: Record<string, unknown> = {}) => ({
  jurisdictions: ["US-CA"],
  roles: ["deployer"] as ("deployer" | "provider")[],
  system: { interactsWithNaturalPersons: true, companionChatbot: true, minorsAmongUsers: false, ...system },
});

describe("SB 243: companion chatbots", () => {
  it('an "operator" of a companion chatbot must say it is "artificially generated and not human" and keep a crisis protocol', () => {
    const r = run(operator());
    expect(find(r, "s-22602-a")).toMatchObject({ status: "applies", role: "deployer", appliesFrom: "2026-01-01" });
    expect(find(r, "s-22602-b-1")?.status).toBe("applies");
    expect(find(r, "s-22602-b-2")?.status).toBe("applies");
    expect(find(r, "s-22604")?.status).toBe("applies");
  });

  it("a customer-service bot is not a companion chatbot (§ 22601(b)(2)(A)): no SB 243 duties", () => {
    const r = run(operator({ companionChatbot: false }));
    expect(r.obligations.filter((o) => o.framework === "california-sb-243")).toEqual([]);
  });

  it("'not sure' whether it is a companion chatbot gives may-apply, never dropped", () => {
    const o = find(run(operator({ companionChatbot: null })), "s-22602-a");
    expect(o?.status).toBe("may-apply");
    expect(o?.openQuestions.map((q) => q.fact)).toContain("system.companionChatbot");
  });

  it('for "a user that the operator knows is a minor": AI disclosure, a break reminder "every three hours", no sexual content', () => {
    const r = run(operator({ minorsAmongUsers: true }));
    for (const k of ["s-22602-c-1", "s-22602-c-2", "s-22602-c-3"]) expect(find(r, k)?.status, k).toBe("applies");
    const adults = run(operator({ minorsAmongUsers: false }));
    for (const k of ["s-22602-c-1", "s-22602-c-2", "s-22602-c-3"]) expect(find(adults, k), k).toBeUndefined();
    expect(find(run(operator({ minorsAmongUsers: null })), "s-22602-c-2")?.status).toBe("may-apply");
  });

  it('annual reporting to the Office of Suicide Prevention starts "July 1, 2027"', () => {
    expect(find(run(operator()), "s-22603-a")).toMatchObject({ appliesFrom: "2027-07-01", alreadyApplies: false });
    expect(find(run(operator(), "2027-07-02"), "s-22603-a")?.alreadyApplies).toBe(true);
  });

  it("before 1 January 2026 the chapter did not yet apply; after, it does", () => {
    expect(find(run(operator(), "2025-12-01"), "s-22602-a")?.alreadyApplies).toBe(false);
    expect(find(run(operator(), "2026-01-01"), "s-22602-a")?.alreadyApplies).toBe(true);
  });

  it("binds the operator (deployer side), not a developer that only builds the model", () => {
    expect(find(run({ ...operator(), roles: ["provider"] }), "s-22602-a")).toBeUndefined();
  });
});
