import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// Utah Code Title 13, ch. 77 (S.B. 226 (2025), enacted as ch. 75 and renumbered), ch. 72a (H.B. 452 (2025)),
// ch. 72 and 63I-2-213 (S.B. 149 (2024), S.B. 332 (2025)). Rules written from the codified text first.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

const UT = "utah-ai-policy-act";
const run = (o: ProfileOverrides, asOf = "2026-11-29") => assess(profile({ jurisdictions: ["US-UT"], ...o }), corpus, asOf);
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `${UT}/${key}`);
const ut = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === UT).map((o) => o.id.split("/")[1]);

const genAiChat = { interactsWithNaturalPersons: true, syntheticContent: "text" } as const;

describe("§ 13-77-103: generative AI disclosures", () => {
  it('§ 13-77-103(1): a supplier must disclose generative AI "if the individual asks"', () => {
    const r = run({ organization: { regulatedOccupation: false }, system: { ...genAiChat, mentalHealthChatbot: false } });
    expect(find(r, "s-13-77-103-1")).toMatchObject({ status: "applies", appliesFrom: "2025-05-07", alreadyApplies: true });
    expect(ut(r)).not.toContain("s-13-77-103-2");
  });

  it("§ 13-77-103(1) concerns generative AI that converses: a system that generates nothing is not covered", () => {
    const r = run({ system: { interactsWithNaturalPersons: true, syntheticContent: "none" } });
    expect(ut(r)).not.toContain("s-13-77-103-1");
  });

  it('§ 13-77-103(2): an individual in a "regulated occupation" must prominently disclose', () => {
    const r = run({ organization: { regulatedOccupation: true }, system: genAiChat });
    expect(find(r, "s-13-77-103-2")?.status).toBe("applies");
    expect(find(r, "s-13-77-103-2-b")?.status).toBe("applies");
  });

  it("§ 13-77-103(2): not knowing whether the occupation is regulated gives may-apply with the question", () => {
    const r = run({ system: genAiChat });
    expect(find(r, "s-13-77-103-2")?.status).toBe("may-apply");
    expect(find(r, "s-13-77-103-2")?.openQuestions.map((q) => q.fact)).toContain("organization.regulatedOccupation");
  });

  it("§ 13-77-105: the $2,500 fine attaches to the disclosure duties", () => {
    const r = run({ system: genAiChat });
    expect(find(r, "s-13-77-103-1")?.penalties.map((p) => p.citation)).toContain("Utah Code § 13-77-105(4)-(5)");
  });
});

describe("ch. 72a: mental health chatbots (H.B. 452)", () => {
  it('§ 13-72a-203: a supplier of a "mental health chatbot" must disclose it is AI and not a human; § 13-72a-201 limits sharing', () => {
    const r = run({ system: { ...genAiChat, mentalHealthChatbot: true } });
    for (const key of ["s-13-72a-203", "s-13-72a-201-1", "s-13-72a-201-3", "s-13-72a-202-1", "s-13-72a-202-2"]) expect(find(r, key)?.status, key).toBe("applies");
    expect(find(r, "s-13-72a-203")?.penalties.map((p) => p.citation)).toContain("Utah Code § 13-72a-204");
  });

  it("ch. 72a does not reach other chatbots, and an unanswered question gives may-apply", () => {
    expect(ut(run({ system: { ...genAiChat, mentalHealthChatbot: false } }))).not.toContain("s-13-72a-203");
    expect(find(run({ system: genAiChat }), "s-13-72a-203")?.status).toBe("may-apply");
  });
});

describe("versions: S.B. 149 (2024) and S.B. 226 (2025)", () => {
  it("before 7 May 2025 the 2024 rule applied: regulated occupations disclosed at the start of every communication", () => {
    const r = run({ organization: { regulatedOccupation: true }, system: genAiChat }, "2024-09-01");
    expect(find(r, "sb149-13-2-12-regulated")?.status).toBe("applies");
    expect(find(r, "sb149-13-2-12-on-request")?.status).toBe("applies");
    expect(ut(r)).not.toContain("s-13-77-103-1");
  });

  it("S.B. 226 signed but not yet effective: the 2025 duties are shown with their 7 May 2025 date", () => {
    const r = run({ system: genAiChat }, "2025-04-15");
    expect(find(r, "s-13-77-103-1")).toMatchObject({ appliesFrom: "2025-05-07", alreadyApplies: false });
  });

  it("before S.B. 149 took effect nothing from Utah is listed", () => {
    expect(ut(run({ system: genAiChat }, "2024-01-15"))).toEqual([]);
  });

  it("63I-2-213 repeals only chapter 72 on 1 July 2027: the chapter 77 duty is still listed after that date", () => {
    expect(find(run({ system: genAiChat }, "2027-08-01"), "s-13-77-103-1")?.status).toBe("applies");
  });
});
