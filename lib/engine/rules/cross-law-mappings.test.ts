import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles, type CorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { assess } from "@/lib/engine/assess";
import type { EngineCorpus } from "@/lib/engine/types";
import { profile } from "@/tests/helpers/profiles";

// Direct typed edges AMONG the new laws (issues 14 and 15, "Crosswalk"): labelling, high-impact
// vs high-risk, local representatives, incident reporting and telling people they talk to AI.
let files: CorpusFiles;
let corpus: EngineCorpus;
beforeAll(async () => {
  files = await loadCorpusFiles();
  corpus = corpusFilesToEngine(files);
});

const edge = (source: string, target: string) => files.mappings.find((m) => m.source === source && m.target === target);
const comparison = (source: string, target: string, parameter: string) =>
  edge(source, target)?.comparisons?.find((c) => c.parameter === parameter);

describe("incident reporting", () => {
  it("RAISE's 72 hours is stricter than SB 53's 15 days (§ 1422(3)(a) vs § 22757.13(c)(1))", () => {
    expect(edge("california-sb-53/s-22757-13-c-1", "ny-raise-act/s-1422-3-a")).toMatchObject({ relationship: "intersects-with" });
    expect(comparison("california-sb-53/s-22757-13-c-1", "ny-raise-act/s-1422-3-a", "deadline")).toMatchObject({
      source: "15 days",
      target: "72 hours",
      stricter: "target",
    });
  });

  it("Korea's Art. 32(1)(2) incident system sets no per-incident deadline: RAISE and SB 53 are stricter on time", () => {
    expect(comparison("korea-ai-basic-act/art-32-1-2", "ny-raise-act/s-1422-3-a", "deadline")).toMatchObject({ stricter: "target" });
    expect(comparison("california-sb-53/s-22757-13-c-1", "korea-ai-basic-act/art-32-1-2", "deadline")).toMatchObject({ stricter: "source" });
  });

  it("Viet Nam's Art. 12(2)(a) notice comes 'at the same time' as the remedial measures, and covers any incident", () => {
    for (const source of ["california-sb-53/s-22757-13-c-1", "ny-raise-act/s-1422-3-a"]) {
      expect(edge(source, "vietnam-ai-law/art-12-2-a"), source).toMatchObject({ relationship: "intersects-with" });
      expect(comparison(source, "vietnam-ai-law/art-12-2-a", "deadline")).toMatchObject({ stricter: "target" });
      expect(comparison(source, "vietnam-ai-law/art-12-2-a", "audience")).toMatchObject({ stricter: "not-comparable" });
    }
  });
});

describe("domestic and authorised representatives", () => {
  it("Korea Art. 36(1) ↔ EU Art. 22(1) and Art. 54(1) exist once, in the Korea–EU file", () => {
    expect(edge("korea-ai-basic-act/art-36-1", "eu-ai-act/art-22-1")).toMatchObject({ relationship: "intersects-with" });
    expect(edge("korea-ai-basic-act/art-36-1", "eu-ai-act/art-54-1")).toMatchObject({ relationship: "intersects-with" });
    // Not duplicated in the reverse direction.
    expect(edge("eu-ai-act/art-22-1", "korea-ai-basic-act/art-36-1")).toBeUndefined();
    expect(edge("eu-ai-act/art-54-1", "korea-ai-basic-act/art-36-1")).toBeUndefined();
  });

  it("Korea's thresholds vs Viet Nam's 'foreign provider' of a high-risk system are not comparable", () => {
    expect(comparison("korea-ai-basic-act/art-36-1", "vietnam-ai-law/art-14-6", "threshold")).toMatchObject({ stricter: "not-comparable" });
  });
});

describe("content labelling", () => {
  it("SB 942's latent disclosure and China's metadata label overlap; China reaches text, California names more fields", () => {
    const m = edge("california-sb-942/s-22757-3-a", "china-ai-labelling/art-5");
    expect(m).toMatchObject({ relationship: "intersects-with" });
    expect(m?.gapSummary).toBeTruthy();
    expect(comparison("california-sb-942/s-22757-3-a", "china-ai-labelling/art-5", "scope")).toMatchObject({ stricter: "target" });
    expect(comparison("california-sb-942/s-22757-3-a", "china-ai-labelling/art-5", "content")).toMatchObject({ stricter: "source" });
  });

  it("China's visible image label is stricter than Korea's 'perceivable or machine-readable' choice", () => {
    expect(comparison("china-ai-labelling/art-4-1-3", "korea-ai-basic-act/art-31-2", "content")).toMatchObject({ stricter: "source" });
  });

  it("records where a law is silent: no detection tool in Korea or China, no platform duty in Korea", () => {
    for (const [source, target] of <[string, string][]>[
      ["california-sb-942/s-22757-2-a", "korea-ai-basic-act/art-31-2"],
      ["california-sb-942/s-22757-2-a", "china-ai-labelling/art-5"],
      ["china-ai-labelling/art-6-1-1", "korea-ai-basic-act/art-31-2"],
    ])
      expect(edge(source, target), `${source} → ${target}`).toMatchObject({ relationship: "no-relationship" });
  });

  it("Korea labels all generative output, Viet Nam only audio, images and video (Art. 31(2) vs Art. 11(2))", () => {
    expect(comparison("korea-ai-basic-act/art-31-2", "vietnam-ai-law/art-11-2", "scope")).toMatchObject({ stricter: "source" });
  });
});

describe("high-impact vs high-risk", () => {
  it("every Korean Art. 2(4) area rule has a set-term edge to Viet Nam's high-risk class, with a gap summary", () => {
    for (const key of ["art-2-4-infrastructure", "art-2-4-c", "art-2-4-d", "art-2-4-f", "art-2-4-g", "art-2-4-i", "art-2-4-j"]) {
      const m = edge(`korea-ai-basic-act/${key}`, "vietnam-ai-law/art-9-1-a");
      expect(m, key).toMatchObject({ relationship: "intersects-with" });
      expect(m?.gapSummary, key).toBeTruthy();
    }
  });
});

describe("telling people they interact with AI", () => {
  it("SB 243's three-hour reminder for known minors vs China's two-hour reminder for all users", () => {
    expect(comparison("california-sb-243/s-22602-c-2", "china-anthropomorphic-ai/art-18-2", "frequency")).toMatchObject({
      source: "at least every three hours of continuing interaction",
      stricter: "target",
    });
  });

  it("Utah discloses only on a 'clear and unambiguous' request; SB 243 and Texas disclose proactively", () => {
    expect(comparison("california-sb-243/s-22602-a", "utah-ai-policy-act/s-13-77-103-1", "other")).toMatchObject({ stricter: "source" });
    expect(comparison("texas-traiga/s-552-051-b", "utah-ai-policy-act/s-13-77-103-1", "other")).toMatchObject({ stricter: "source" });
  });

  it("picks pairs, not a clique: Texas is not mapped to China's anthropomorphic measures", () => {
    expect(files.mappings.some((m) => [m.source, m.target].every((id) => /^(texas-traiga|china-anthropomorphic-ai)\//.test(id)))).toBe(false);
  });
});

describe("merged checklist: one labelling item for several laws", () => {
  const IMAGE_GENERATOR = {
    roles: ["provider", "deployer"] as ("provider" | "deployer")[],
    organization: { country: "DE" },
    system: { syntheticContent: "image-audio-video" as const, offeredToPublic: true, publicOpinionCapability: false, deepFake: false },
  };
  const labellingItem = (jurisdictions: string[]) => {
    const r = assess(profile({ ...IMAGE_GENERATOR, jurisdictions }), corpus, "2027-06-01");
    return r.checklist.find((i) => i.satisfies.includes("china-ai-labelling/art-5"));
  };

  it("EU + KR + CN + US-CA, images for the public: China's metadata label, Korea's Art. 31(2), SB 942's latent disclosure and EU Art. 50(2) are one item", () => {
    const item = labellingItem(["EU", "KR", "CN", "US-CA"]);
    expect(item).toBeDefined();
    expect(item!.satisfies).toEqual(
      expect.arrayContaining(["china-ai-labelling/art-5", "korea-ai-basic-act/art-31-2", "california-sb-942/s-22757-3-a", "eu-ai-act/art-50-2"]),
    );
    expect(new Set(item!.members.map((m) => m.framework)).size).toBeGreaterThanOrEqual(2);
    expect(item!.status).toBe("applies");
  });

  it("without the EU as a hub, the direct edges among KR, CN and US-CA still merge their labelling duties", () => {
    const item = labellingItem(["KR", "CN", "US-CA"]);
    expect(item!.satisfies).toEqual(expect.arrayContaining(["korea-ai-basic-act/art-31-2", "california-sb-942/s-22757-3-a"]));
  });

  it("a system that generates no media has no labelling item to merge", () => {
    const r = assess(profile({ ...IMAGE_GENERATOR, jurisdictions: ["EU", "KR", "CN", "US-CA"], system: { ...IMAGE_GENERATOR.system, syntheticContent: "none" } }), corpus, "2027-06-01");
    expect(r.checklist.some((i) => i.satisfies.includes("china-ai-labelling/art-5"))).toBe(false);
  });
});
