import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// Partial record: the official text of Order No. 21 (in force 15 July 2026) could not be opened.
// These rules rest on the Chinese wording of Arts. 2, 13, 14, 18 and 32 as quoted verbatim in
// independent stored sources (see each provision's verificationNote).
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

const FW = "china-anthropomorphic-ai";
const run = (o: ProfileOverrides, asOf = "2026-11-29") => assess(profile({ jurisdictions: ["CN"], ...o }), corpus, asOf);
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `${FW}/${key}`);
const ids = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === FW).map((o) => o.id.replace(`${FW}/`, ""));
const warning = (r: AssessmentResult) => r.warnings.find((w) => w.framework === FW);
const COMPANION = { system: { syntheticContent: "text" as const, companionChatbot: true, offeredToPublic: true, minorsAmongUsers: false } };

describe("Art. 2: sustained emotional interaction services", () => {
  it('Art. 2: a public companion chatbot ("持续性的情感互动服务") must disclose it is AI and remind every 2 hours', () => {
    const r = run(COMPANION);
    expect(find(r, "art-18-1")).toMatchObject({ status: "applies", appliesFrom: "2026-07-15" });
    expect(find(r, "art-18-2")?.status).toBe("applies");
    expect(find(r, "art-13")?.status).toBe("applies");
    expect(find(r, "art-10")?.status).toBe("applies");
  });
  it('Art. 2, para. 3: customer service or a work assistant "不涉及持续性的情感互动" is outside the Measures', () => {
    const r = run({ system: { syntheticContent: "text", companionChatbot: false, offeredToPublic: true } });
    expect(ids(r)).toEqual([]);
    expect(r.scope.find((s) => s.framework === FW)?.applies).toBe(false);
  });
  it("Art. 2: not sure whether it is a companion service → duties may apply, with the question", () => {
    const r = run({ system: { syntheticContent: "text", offeredToPublic: true } });
    expect(find(r, "art-18-1")?.status).toBe("may-apply");
    expect(find(r, "art-18-1")?.openQuestions.map((q) => q.fact)).toContain("system.companionChatbot");
  });
  it("unverified provisions are flagged as such in the result", () => {
    const r = run(COMPANION);
    expect(find(r, "art-18-1")?.verified).toBe(true);
    expect(find(r, "art-22")?.verified).toBe(false);
  });
});

describe("Art. 14: minors", () => {
  it('Art. 14: "不得向未成年人提供虚拟亲属、虚拟伴侣" — a companion chatbot with minors among its users raises a stop sign', () => {
    const r = run({ system: { ...COMPANION.system, minorsAmongUsers: true } });
    expect(find(r, "art-14-1")?.status).toBe("applies");
    expect(warning(r)?.citation).toBe("Art. 14 (virtual intimate relationships)");
    expect(find(r, "art-14-2")?.status).toBe("applies");
  });
  it("Art. 14: no minors among users → no minors ban and no warning", () => {
    const r = run(COMPANION);
    expect(ids(r)).not.toContain("art-14-1");
    expect(warning(r)).toBeUndefined();
  });
  it("Art. 14: not sure whether minors use it → the ban may apply, with the question", () => {
    const r = run({ system: { ...COMPANION.system, minorsAmongUsers: null } });
    expect(find(r, "art-14-1")?.status).toBe("may-apply");
    expect(warning(r)?.message).toMatch(/may prohibit/);
  });
});

describe("Art. 32: dates", () => {
  it('"本办法自2026年7月15日起施行": listed but not yet applicable in May 2026; nothing before promulgation on 10 April 2026', () => {
    expect(find(run(COMPANION, "2026-05-01"), "art-18-1")).toMatchObject({ appliesFrom: "2026-07-15", alreadyApplies: false });
    expect(find(run(COMPANION, "2026-07-15"), "art-18-1")?.alreadyApplies).toBe(true);
    expect(ids(run(COMPANION, "2026-04-01"))).toEqual([]);
  });
});
