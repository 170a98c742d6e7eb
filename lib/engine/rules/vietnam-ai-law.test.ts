import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// Viet Nam, Law No. 134/2025/QH15 on Artificial Intelligence (in force 1 March 2026), read in
// the Vietnamese wording quoted clause by clause; see the provisions' verification notes.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});
const run = (o: ProfileOverrides, asOf = "2026-11-29") => assess(profile(o), corpus, asOf);
const VN = (o: ProfileOverrides = {}): ProfileOverrides => ({ jurisdictions: ["VN"], ...o, organization: { country: "VN", ...(o.organization ?? {}) } });
const vnClass = (r: AssessmentResult) => r.classifications.find((c) => c.framework === "vietnam-ai-law");
const vn = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === "vietnam-ai-law").map((o) => o.id.split("/")[1]);
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `vietnam-ai-law/${key}`);

describe("Art. 9(1): three risk levels", () => {
  it('Art. 9(1)(b): a chatbot users may not "recognise" as AI is medium-risk, with Art. 11(1) disclosure and notification', () => {
    const r = run(VN({ system: { interactsWithNaturalPersons: true } }));
    expect(vnClass(r)).toMatchObject({ class: "medium-risk", confirmed: true });
    expect(find(r, "art-11-1")).toMatchObject({ status: "applies", appliesFrom: "2026-03-01" });
    expect(find(r, "art-10-notification")?.status).toBe("applies");
    expect(vn(r)).not.toContain("art-14-1-a");
  });

  it("Art. 11(2): AI-generated audio, images or video must be machine-readably marked; text alone is not named", () => {
    expect(find(run(VN({ system: { syntheticContent: "image-audio-video" } })), "art-11-2")?.status).toBe("applies");
    const text = run(VN({ system: { syntheticContent: "text" } }));
    expect(vn(text)).not.toContain("art-11-2");
    expect(vnClass(text)?.class).toBe("medium-risk");
  });

  it('Art. 9(1)(c): everything else is "low-risk" and owes no notification or high-risk duty', () => {
    const r = run(VN());
    expect(vnClass(r)?.class).toBe("low-risk");
    expect(vn(r)).not.toContain("art-10-notification");
    expect(vn(r)).not.toContain("art-14-1-a");
  });

  it('not sure whether users interact with it: possibly medium-risk, Art. 11(1) "may apply", never dropped', () => {
    const r = run(VN({ system: { interactsWithNaturalPersons: null, syntheticContent: "none", deepFake: false } }));
    expect(vnClass(r)).toMatchObject({ class: "medium-risk", confirmed: false });
    expect(find(r, "art-11-1")?.status).toBe("may-apply");
  });
});

describe("Art. 14: high-risk duties", () => {
  it('Art. 9(1)(a) proxy: credit scoring is high-risk; provider must keep "risk management" (Art. 14(1)(a)) and a technical dossier (14(1)(c))', () => {
    const r = run(VN({ roles: ["provider"], system: { useCases: ["credit"] } }));
    expect(vnClass(r)?.class).toBe("high-risk");
    expect(find(r, "art-14-1-a")?.status).toBe("applies");
    expect(find(r, "art-14-1-c")?.status).toBe("applies");
    expect(vn(r)).not.toContain("art-14-2-a");
  });

  it("Art. 14(2): a deployer of a high-risk system operates it within the classified purpose; provider duties do not bind it", () => {
    const r = run(VN({ roles: ["deployer"], system: { useCases: ["employment-recruitment"] } }));
    expect(find(r, "art-14-2-a")?.status).toBe("applies");
    expect(vn(r)).not.toContain("art-14-1-a");
  });

  it('Art. 14(6): a "foreign provider" of a high-risk system needs a contact point in Viet Nam; a Vietnamese one does not', () => {
    expect(find(run(VN({ roles: ["provider"], organization: { country: "IE" }, system: { useCases: ["healthcare"] } })), "art-14-6")?.status).toBe("applies");
    expect(vn(run(VN({ roles: ["provider"], system: { useCases: ["healthcare"] } })))).not.toContain("art-14-6");
  });

  it("high-risk duties carry the (unverified) sanctions chapter as their penalty", () => {
    const r = run(VN({ system: { useCases: ["credit"] } }));
    expect(find(r, "art-14-1-a")?.penalties.length).toBeGreaterThan(0);
  });
});

describe("Art. 7 prohibitions and Art. 1(2) scope", () => {
  it("Art. 7(2)(c): exploiting the weaknesses of vulnerable groups raises a stop sign", () => {
    const r = run(VN({ system: { exploitsVulnerabilities: true } }));
    expect(r.warnings.some((w) => w.framework === "vietnam-ai-law" && w.citation === "Art. 7(2)(c)")).toBe(true);
  });

  it("intent-based bans stay on the list as standing duties", () => {
    expect(vn(run(VN()))).toContain("art-7-unlawful-use");
  });

  it("Art. 1(2): AI used only for defence, security or cipher purposes is outside the Law", () => {
    expect(vn(run(VN({ system: { exclusivelyMilitaryDefence: true, useCases: ["credit"] } })))).toEqual([]);
  });
});

describe("dates and territory", () => {
  it("passed 10 Dec 2025, in force 1 Mar 2026: listed ahead of the date, binding from it, absent before passage", () => {
    const early = find(run(VN({ system: { useCases: ["credit"] } }), "2026-01-15"), "art-14-1-a");
    expect(early).toMatchObject({ appliesFrom: "2026-03-01", alreadyApplies: false });
    expect(find(run(VN({ system: { useCases: ["credit"] } }), "2026-03-01"), "art-14-1-a")?.alreadyApplies).toBe(true);
    expect(vn(run(VN(), "2025-12-09"))).toEqual([]);
  });

  it("a profile outside Viet Nam gets none of it", () => {
    expect(vn(run({ jurisdictions: ["EU"], system: { useCases: ["credit"] } }))).toEqual([]);
  });
});
