import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// Code of Practice on transparency of AI-generated content (final, 10 June 2026): voluntary,
// Section 1 for providers (Art. 50(2)), Section 2 for deployers (Art. 50(4)).
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});
const run = (o: Parameters<typeof profile>[0], asOf = "2026-11-29") => assess(profile(o), corpus, asOf);
const cop = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === "eu-art50-code-of-practice");
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `eu-art50-code-of-practice/${key}`);
const signatory = { voluntaryFrameworks: ["eu-art50-code-of-practice"] };

describe("EU Art. 50 Code of Practice (voluntary)", () => {
  it("applies only to organizations that list it among the voluntary frameworks they follow", () => {
    expect(cop(run({ roles: ["provider"], system: { syntheticContent: "image-audio-video" } }))).toEqual([]);
    const r = run({ ...signatory, roles: ["provider"], system: { syntheticContent: "image-audio-video" } });
    expect(find(r, "s1-m1-1")).toMatchObject({ status: "applies", role: "organization", binding: false });
  });

  it("Section 1 (marking and detection) is for providers of generative systems, not for a deployer only", () => {
    const deployer = run({ ...signatory, roles: ["deployer"], system: { syntheticContent: "image-audio-video" } });
    expect(find(deployer, "s1-m1-1")).toBeUndefined();
    const noGen = run({ ...signatory, roles: ["provider"], system: { syntheticContent: "none" } });
    expect(find(noGen, "s1-m2-1")).toBeUndefined();
  });

  it("Section 2 (labelling) is for deployers publishing deep fakes or public-interest text", () => {
    const r = run({ ...signatory, roles: ["deployer"], system: { deepFake: true } });
    expect(find(r, "s2-m1-1")?.status).toBe("applies");
    expect(find(r, "s2-c3")?.status).toBe("applies");
    expect(find(r, "s2-c4")).toBeUndefined();
    expect(find(run({ ...signatory, roles: ["deployer"], system: { deepFake: false } }), "s2-m1-1")).toBeUndefined();
    expect(find(run({ ...signatory, roles: ["deployer"], system: { deepFake: null } }), "s2-m1-1")?.status).toBe("may-apply");
  });

  it('watermark-detection interoperability is due "by 2 February 2027" (Measure 3.4)', () => {
    const p = { ...signatory, roles: ["provider"] as ("provider" | "deployer")[], system: { syntheticContent: "text" as const } };
    expect(find(run(p), "s1-m3-4")).toMatchObject({ appliesFrom: "2027-02-02", alreadyApplies: false });
    expect(find(run(p, "2027-02-03"), "s1-m3-4")?.alreadyApplies).toBe(true);
  });

  it("every commitment is marked unverified until the official text is read", () => {
    const r = run({ ...signatory, roles: ["provider", "deployer"], system: { syntheticContent: "image-audio-video", deepFake: true } });
    expect(cop(r).length).toBeGreaterThan(5);
    expect(cop(r).every((o) => o.verified === false)).toBe(true);
  });
});
