import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// NIST AI 600-1 (July 2024), Generative AI Profile: voluntary; suggested actions grouped by AI RMF subcategory.
let corpus: EngineCorpus;
let files: Awaited<ReturnType<typeof loadCorpusFiles>>;
beforeAll(async () => {
  files = await loadCorpusFiles();
  corpus = corpusFilesToEngine(files);
});

const G = "nist-ai-600-1";
const run = (o: ProfileOverrides, asOf = "2026-11-29") => assess(profile({ voluntaryFrameworks: [G], ...o }), corpus, asOf);
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `${G}/${key}`);
const g = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === G);

describe("NIST AI 600-1: who it is for", () => {
  it("an adopter that builds or uses generative AI gets the GAI actions, e.g. GV-1.1-001 and MS-2.12 (energy and water)", () => {
    const r = run({ system: { syntheticContent: "text" } });
    expect(find(r, "gv-1-1")?.status).toBe("applies");
    expect(find(r, "ms-2-12")?.concepts).toEqual(expect.arrayContaining(["energy-environment", "water-use"]));
    expect(g(r)).toHaveLength(49);
  });

  it("a general-purpose model provider is covered even when its own system generates nothing", () => {
    const r = run({ system: { syntheticContent: "none" }, gpaiModel: { trainingComputeFlops: 1e23, designatedSystemicRisk: false, openSourceLicence: false } });
    expect(find(r, "mg-4-3")?.status).toBe("applies");
  });

  it("a non-generative system gets none of the profile's actions", () => {
    expect(g(run({ system: { syntheticContent: "none" } }))).toEqual([]);
  });

  it("not sure whether the system generates content gives may-apply", () => {
    expect(find(run({ system: { syntheticContent: null } }), "gv-1-4")?.status).toBe("may-apply");
  });

  it("voluntary: without adopting it, nothing is listed", () => {
    expect(g(assess(profile({ system: { syntheticContent: "text" } }), corpus, "2026-11-29"))).toEqual([]);
  });

  it("before its July 2024 publication nothing is listed", () => {
    expect(g(run({ system: { syntheticContent: "text" } }, "2024-06-01"))).toEqual([]);
  });
});

describe("NIST AI 600-1: crosswalk", () => {
  it("every profile outcome is a subset of the AI RMF subcategory it elaborates", () => {
    const outcomes = files.frameworks.find((f) => f.framework.slug === G)!.versions[0]!.provisions.filter((p) => p.kind === "outcome");
    for (const p of outcomes) {
      const m = files.mappings.find((x) => x.source === `${G}/${p.key}` && x.target.startsWith("nist-ai-rmf/"));
      expect(m?.relationship, p.key).toBe("subset-of");
    }
  });
});
