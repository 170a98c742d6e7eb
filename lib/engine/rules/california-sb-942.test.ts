import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// Bus. & Prof. Code §§ 22757–22757.6: SB 942 (2024) as amended by AB 853 (2025) and SB 1000
// (2026, urgency statute, effective 30 September 2026), written from the statute texts.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});
const run = (o: Parameters<typeof profile>[0], asOf = "2026-11-29") => assess(profile(o), corpus, asOf);
const sb942 = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === "california-sb-942");
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `california-sb-942/${key}`);
const version = (r: AssessmentResult) => r.versionsUsed.find((v) => v.framework === "california-sb-942")?.version;
const generator = (system: Record<string, unknown> = {}, organization: Record<string, unknown> = {}) => ({
  jurisdictions: ["US-CA"],
  roles: ["provider"] as ("provider" | "deployer" | "product-manufacturer")[],
  organization,
  system: { syntheticContent: "image-audio-video" as const, offeredToPublic: true, monthlyUsers: 5_000, ...system },
});

describe("California AI Transparency Act: versions", () => {
  it("today the SB 1000 wording governs; between 2 Aug and 29 Sep 2026 the AB 853 wording did", () => {
    expect(version(run(generator()))).toBe("california-sb-942@sb1000");
    expect(version(run(generator(), "2026-09-01"))).toBe("california-sb-942@ab853");
    expect(version(run(generator(), "2025-06-01"))).toBe("california-sb-942@sb942");
  });

  it('SB 1000 deleted "over 1,000,000 monthly visitors or users": a small image generator is now a covered provider', () => {
    const now = run(generator({ monthlyUsers: 5_000 }));
    expect(find(now, "s-22757-2-a")).toMatchObject({ status: "applies", role: "developer", appliesFrom: "2026-09-30" });
    expect(find(now, "s-22757-3-a")?.status).toBe("applies");
    const before = run(generator({ monthlyUsers: 5_000 }), "2026-09-01");
    expect(sb942(before).filter((o) => o.id.includes("ab853-22757-2") || o.id.includes("ab853-22757-3-b"))).toEqual([]);
  });

  it("under AB 853 a provider with over 1,000,000 monthly users had the tool, manifest option and latent duties from 2 August 2026", () => {
    const r = run(generator({ monthlyUsers: 2_000_000 }), "2026-09-01");
    expect(find(r, "ab853-22757-2-a")).toMatchObject({ status: "applies", appliesFrom: "2026-08-02", alreadyApplies: true });
    expect(find(r, "ab853-22757-3-a")?.status).toBe("applies");
    expect(find(r, "ab853-22757-3-b")?.status).toBe("applies");
    expect(find(run(generator({ monthlyUsers: 1_000_000 }), "2026-09-01"), "ab853-22757-2-a")).toBeUndefined();
    expect(find(run(generator({ monthlyUsers: null }), "2026-09-01"), "ab853-22757-2-a")?.status).toBe("may-apply");
  });

  it("the manifest-disclosure option was deleted by SB 1000", () => {
    expect(sb942(run(generator())).map((o) => o.id)).not.toContain("california-sb-942/ab853-22757-3-a");
    expect(sb942(run(generator())).some((o) => /manifest/i.test(o.title))).toBe(false);
  });
});

describe("Covered provider duties (current wording)", () => {
  it('the tool and latent disclosure concern "image, video, or audio content": a text-only generator gets neither', () => {
    const r = run(generator({ syntheticContent: "text" }));
    expect(find(r, "s-22757-2-a")).toBeUndefined();
    expect(find(r, "s-22757-3-a")).toBeUndefined();
  });

  it("'not sure' whether the system is publicly accessible in California: may-apply", () => {
    const o = find(run(generator({ offeredToPublic: null })), "s-22757-3-a");
    expect(o?.status).toBe("may-apply");
    expect(o?.openQuestions.map((q) => q.fact)).toContain("system.offeredToPublic");
  });

  it("penalty: $5,000 per violation attaches to the latent-disclosure duty; $50,000 to false assistive-technology claims", () => {
    const r = run(generator());
    expect(find(r, "s-22757-3-a")?.penalties.map((p) => p.citation)).toEqual(["Bus. & Prof. Code § 22757.4"]);
    expect(find(r, "s-22757-3-d")?.penalties.map((p) => p.citation)).toEqual(["Bus. & Prof. Code § 22757.4.1"]);
  });
});

describe("Platforms and devices (AB 853)", () => {
  const platform = (users: number | null) => ({
    ...generator({ syntheticContent: "none", monthlyUsers: users }, { contentDistributionPlatform: true }),
    roles: ["deployer"] as ("deployer" | "provider")[],
  });

  it('a large online platform ("exceeded 2,000,000 unique monthly users") must detect and show provenance data from 1 January 2027', () => {
    const r = run(platform(3_000_000));
    expect(find(r, "s-22757-3-1-a")).toMatchObject({ status: "applies", appliesFrom: "2027-01-01", alreadyApplies: false });
    expect(find(r, "s-22757-3-1-b")?.status).toBe("applies");
    expect(find(run(platform(3_000_000), "2027-01-02"), "s-22757-3-1-a")?.alreadyApplies).toBe(true);
    expect(find(run(platform(500_000)), "s-22757-3-1-a")).toBeUndefined();
    expect(find(run(platform(null)), "s-22757-3-1-a")?.status).toBe("may-apply");
  });

  it("an organization that runs no content platform has no platform duties", () => {
    expect(find(run(generator({ monthlyUsers: 3_000_000 }, { contentDistributionPlatform: false })), "s-22757-3-1-a")).toBeUndefined();
  });

  it('capture-device makers: latent disclosures "by default" only from 1 January 2028', () => {
    const r = run({ ...generator(), roles: ["product-manufacturer"] });
    expect(find(r, "s-22757-3-3")).toMatchObject({ appliesFrom: "2028-01-01", alreadyApplies: false });
  });
});
