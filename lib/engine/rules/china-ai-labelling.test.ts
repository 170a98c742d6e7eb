import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// Rules written from the Chinese text of the Measures for Labelling AI-Generated Synthetic Content
// (国信办通字〔2025〕2号, dated 7 March 2025, in force 1 September 2025), cac.gov.cn/2025-03/14/c_1743654684782215.htm.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

const FW = "china-ai-labelling";
const run = (o: ProfileOverrides, asOf = "2026-11-29") => assess(profile({ jurisdictions: ["CN"], ...o }), corpus, asOf);
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `${FW}/${key}`);
const ids = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === FW).map((o) => o.id.replace(`${FW}/`, ""));
const TEXT = { system: { syntheticContent: "text" as const }, organization: { contentDistributionPlatform: false } };
const MEDIA = { system: { syntheticContent: "image-audio-video" as const }, organization: { contentDistributionPlatform: false } };

describe("Arts. 4-5: explicit and implicit labels", () => {
  it('Art. 4, para. 1(1): a text generator must add "文字提示或者通用符号提示" to text — and no image or video labels', () => {
    const r = run(TEXT);
    expect(find(r, "art-4-1-1")).toMatchObject({ status: "applies", appliesFrom: "2025-09-01" });
    expect(ids(r)).not.toContain("art-4-1-3");
    expect(ids(r)).not.toContain("art-4-1-4");
  });
  it("Art. 4, para. 1(2)-(5): an image/audio/video generator gets the audio, image, video and virtual-scene labels", () => {
    const r = run(MEDIA);
    for (const key of ["art-4-1-2", "art-4-1-3", "art-4-1-4", "art-4-1-5", "art-4-1-6", "art-4-2"]) expect(find(r, key)?.status, key).toBe("applies");
    expect(ids(r)).not.toContain("art-4-1-1");
  });
  it('Art. 5: implicit labels "在生成合成内容的文件元数据中" for every generating service; Art. 8 user-agreement terms too', () => {
    for (const o of [TEXT, MEDIA]) {
      const r = run(o);
      expect(find(r, "art-5")?.status).toBe("applies");
      expect(find(r, "art-8")?.status).toBe("applies");
    }
  });
  it("a system that generates nothing has no labelling duties, only the standing ban on removing labels", () => {
    const r = run({ system: { syntheticContent: "none" }, organization: { contentDistributionPlatform: false } });
    expect(ids(r)).toEqual(["art-10-2"]);
  });
});

describe("Arts. 6-7: dissemination platforms and app stores", () => {
  it("Art. 6: a content platform must check implicit labels and add notices, even if it generates nothing itself", () => {
    const r = run({ system: { syntheticContent: "none" }, organization: { contentDistributionPlatform: true } });
    for (const key of ["art-6-1-1", "art-6-1-4", "art-6-2", "art-7"]) expect(find(r, key)?.status, key).toBe("applies");
    expect(ids(r)).not.toContain("art-5");
  });
  it("Art. 6: not sure whether it runs a platform → platform duties may apply, with the question", () => {
    const r = run({ system: { syntheticContent: "none" } });
    expect(find(r, "art-6-1-1")?.status).toBe("may-apply");
    expect(find(r, "art-6-1-1")?.openQuestions.map((q) => q.fact)).toContain("organization.contentDistributionPlatform");
  });
  it("Art. 6 binds the platform in either role: a deployer-only platform gets it", () => {
    expect(find(run({ roles: ["deployer"], system: { syntheticContent: "none" }, organization: { contentDistributionPlatform: true } }), "art-6-1-1")?.status).toBe("applies");
  });
});

describe("Art. 10: users and tampering", () => {
  it('Art. 10, para. 1: the user publishing generated content must "主动声明" — bound on the deployer side only', () => {
    expect(find(run({ ...TEXT, roles: ["deployer"] }), "art-10-1")?.status).toBe("applies");
    expect(ids(run({ ...TEXT, roles: ["provider"] }))).not.toContain("art-10-1");
  });
  it("Art. 10, para. 2: the ban on removing or forging labels is a standing duty, not a stop sign", () => {
    const r = run(TEXT);
    expect(find(r, "art-10-2")?.kind).toBe("prohibition");
    expect(r.warnings.filter((w) => w.framework === FW)).toEqual([]);
  });
});

describe("Art. 14: dates", () => {
  it('"本办法自2025年9月1日起施行": listed but not yet applicable in June 2025; nothing before the notice of 7 March 2025', () => {
    expect(find(run(TEXT, "2025-06-01"), "art-5")).toMatchObject({ appliesFrom: "2025-09-01", alreadyApplies: false });
    expect(find(run(TEXT, "2025-09-01"), "art-5")?.alreadyApplies).toBe(true);
    expect(ids(run(TEXT, "2025-03-01"))).toEqual([]);
  });
});
