import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// Rules written from the Chinese text of the Interim Measures for the Management of Generative
// AI Services (CAC et al. Order No. 15, in force 15 August 2023), cac.gov.cn/2023-07/13/c_1690898327029107.htm.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

const FW = "china-genai-measures";
const run = (o: ProfileOverrides, asOf = "2026-11-29") => assess(profile({ jurisdictions: ["CN"], ...o }), corpus, asOf);
const cls = (r: AssessmentResult) => r.classifications.find((c) => c.framework === FW && c.subject === "system");
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `${FW}/${key}`);
const ids = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === FW).map((o) => o.id);
const PUBLIC_CHATBOT = { system: { syntheticContent: "text" as const, offeredToPublic: true, publicOpinionCapability: false } };

describe("Art. 2: generative AI services offered to the public in the PRC", () => {
  it('Art. 2, para. 1: a text generator offered "to the public" is a generative AI service, and the provider duties apply', () => {
    const r = run(PUBLIC_CHATBOT);
    expect(cls(r)).toMatchObject({ class: "generative-ai-service", confirmed: true });
    for (const key of ["art-7-1", "art-7-2", "art-7-3", "art-8", "art-9-1", "art-10", "art-11-1", "art-12", "art-14-1", "art-15"])
      expect(find(r, key), key).toMatchObject({ status: "applies", appliesFrom: "2023-08-15" });
    expect(find(r, "art-11-2")?.kind).toBe("right");
  });

  it("Art. 2, para. 1: images, audio and video count as generated content too", () => {
    expect(cls(run({ system: { syntheticContent: "image-audio-video", offeredToPublic: true, publicOpinionCapability: false } }))?.class).toBe("generative-ai-service");
  });

  it("Art. 2: a system that generates no content is not covered and gets no duties", () => {
    const r = run({ system: { syntheticContent: "none", offeredToPublic: true } });
    expect(cls(r)?.class).toBe("not-covered");
    expect(ids(r)).toEqual([]);
  });

  it('Art. 2, para. 3: R&D "未向境内公众提供" (not offered to the public) is outside the Measures', () => {
    const r = run({ system: { syntheticContent: "text", offeredToPublic: false } });
    expect(ids(r)).toEqual([]);
    expect(r.scope.find((s) => s.framework === FW && s.citation === "Art. 2, para. 3")?.applies).toBe(false);
  });

  it("Art. 2: not sure whether the service is public → duties may apply, with the question, never dropped", () => {
    const r = run({ system: { syntheticContent: "text", publicOpinionCapability: false } });
    expect(cls(r)).toMatchObject({ class: "generative-ai-service", confirmed: false });
    const o = find(r, "art-7-1");
    expect(o?.status).toBe("may-apply");
    expect(o?.openQuestions.map((q) => q.fact)).toContain("system.offeredToPublic");
    expect(r.scope.find((s) => s.framework === FW && s.citation === "Art. 2, para. 3")?.applies).toBe("unless");
  });

  it("the Measures apply only when China is among the jurisdictions", () => {
    const r = assess(profile({ jurisdictions: ["EU"], ...PUBLIC_CHATBOT }), corpus, "2026-11-29");
    expect(r.obligations.some((o) => o.framework === FW)).toBe(false);
  });
});

describe("Art. 4: providers and users", () => {
  it("Art. 4 binds both providing and using (提供和使用): a deployer-only profile gets Art. 4", () => {
    const r = run({ ...PUBLIC_CHATBOT, roles: ["deployer"] });
    expect(ids(r)).toContain(`${FW}/art-4-1`);
  });
  it("Art. 22(2): whoever offers a generative AI service to the public, including through an API, is a provider — an EU deployer of a public chatbot gets the provider duties", () => {
    const r = run({ ...PUBLIC_CHATBOT, roles: ["deployer"] });
    expect(ids(r)).toContain(`${FW}/art-7-1`);
    expect(find(r, "art-7-1")?.role).toBe("provider");
  });
  it("Art. 4(1) content rules are a checklist duty, not a stop sign for every chatbot", () => {
    const r = run(PUBLIC_CHATBOT);
    expect(find(r, "art-4-1")?.status).toBe("applies");
    expect(r.warnings.filter((w) => w.framework === FW)).toEqual([]);
  });
});

describe("Art. 17: public-opinion attributes or social mobilisation capacity", () => {
  it('Art. 17: a service "具有舆论属性或者社会动员能力" must do a security assessment and algorithm filing', () => {
    const r = run({ system: { syntheticContent: "text", offeredToPublic: true, publicOpinionCapability: true } });
    expect(cls(r)).toMatchObject({ class: "public-opinion-generative-ai-service", confirmed: true });
    expect(find(r, "art-17")).toMatchObject({ status: "applies", appliesFrom: "2023-08-15" });
    // the general provider duties still apply to the stricter class
    expect(find(r, "art-14-1")?.status).toBe("applies");
  });
  it("Art. 17 does not apply to an ordinary public generative service", () => {
    expect(find(run(PUBLIC_CHATBOT), "art-17")).toBeUndefined();
  });
  it("Art. 17: not sure about public-opinion attributes → the filing may apply, with the question", () => {
    const r = run({ system: { syntheticContent: "text", offeredToPublic: true } });
    expect(cls(r)).toMatchObject({ class: "public-opinion-generative-ai-service", confirmed: false });
    expect(find(r, "art-17")?.status).toBe("may-apply");
    expect(find(r, "art-17")?.openQuestions.map((q) => q.fact)).toContain("system.publicOpinionCapability");
  });
});

describe("Art. 21 and Art. 24: penalties and dates", () => {
  it("Art. 21, para. 1 attaches to the provider duties", () => {
    expect(find(run(PUBLIC_CHATBOT), "art-14-1")?.penalties.length).toBeGreaterThan(0);
  });
  it('Art. 24: "自2023年8月15日起施行" — listed but not yet applicable on 1 Aug 2023, applicable from 15 Aug 2023', () => {
    const before = find(run(PUBLIC_CHATBOT, "2023-08-01"), "art-7-1");
    expect(before).toMatchObject({ appliesFrom: "2023-08-15", alreadyApplies: false });
    expect(find(run(PUBLIC_CHATBOT, "2023-08-15"), "art-7-1")?.alreadyApplies).toBe(true);
  });
  it("before the Measures were promulgated (10 July 2023) nothing is assessed", () => {
    expect(ids(run(PUBLIC_CHATBOT, "2023-06-01"))).toEqual([]);
  });
});
