import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// Civ. Code §§ 3110–3111 (AB 2013, Stats. 2024, ch. 817), written from the statute text.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});
const run = (o: Parameters<typeof profile>[0], asOf = "2026-11-29") => assess(profile(o), corpus, asOf);
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `california-ab-2013/${key}`);
const CA = { jurisdictions: ["US-CA"] } as const;
const genAi = (system: Record<string, unknown> = {}) => ({ ...CA, system: { syntheticContent: "text" as const, offeredToPublic: true, ...system } });

describe("AB 2013: training-data documentation (Civ. Code § 3111)", () => {
  it('the "developer" of a generative AI system "made publicly available to Californians" must post documentation', () => {
    const r = run(genAi());
    expect(find(r, "s-3111")).toMatchObject({ status: "applies", role: "developer", appliesFrom: "2026-01-01" });
    expect(find(r, "s-3111-a-1-9")?.status).toBe("applies");
  });

  it("text generators are covered too: generative AI includes synthetic 'text, images, video, and audio' (§ 3110(c))", () => {
    expect(find(run(genAi({ syntheticContent: "image-audio-video" })), "s-3111")?.status).toBe("applies");
    expect(find(run(genAi({ syntheticContent: "text" })), "s-3111")?.status).toBe("applies");
  });

  it("a system that generates no synthetic content is not a generative AI system", () => {
    expect(find(run(genAi({ syntheticContent: "none" })), "s-3111")).toBeUndefined();
  });

  it('internal-only systems are out: the duty attaches when the system is "made publicly available"', () => {
    expect(find(run(genAi({ offeredToPublic: false })), "s-3111")).toBeUndefined();
  });

  it("'not sure' whether the system is offered to the public keeps the duty as may-apply", () => {
    const o = find(run(genAi({ offeredToPublic: null })), "s-3111");
    expect(o?.status).toBe("may-apply");
    expect(o?.openQuestions.map((q) => q.fact)).toContain("system.offeredToPublic");
  });

  it("binds the builder side only: a pure deployer is not a developer", () => {
    expect(find(run({ ...genAi(), roles: ["deployer"] }), "s-3111")).toBeUndefined();
  });

  it('dates: documentation was due "on or before January 1, 2026"', () => {
    expect(find(run(genAi(), "2025-06-01"), "s-3111")).toMatchObject({ appliesFrom: "2026-01-01", alreadyApplies: false });
    expect(find(run(genAi(), "2026-01-02"), "s-3111")?.alreadyApplies).toBe(true);
  });

  it("California law only: an EU-only profile gets nothing from AB 2013", () => {
    expect(find(run({ system: { syntheticContent: "text", offeredToPublic: true } }), "s-3111")).toBeUndefined();
  });
});
