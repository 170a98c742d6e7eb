import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles, type CorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import type { EngineCorpus } from "@/lib/engine/types";
import { formatIssues } from "@/lib/schemas/issues";
import { buildOscalCatalog, type OscalControl, type OscalGroup } from "./catalog";
import { buildOscalMappingCollection } from "./mapping";
import { mappingCollectionDocumentSchema } from "./mapping-schema";
import { INVERSE_RELATIONSHIP, mappedPairs, selectCrosswalkPair } from "./pair";

let files: CorpusFiles;
let corpus: EngineCorpus;
beforeAll(async () => {
  files = await loadCorpusFiles();
  corpus = corpusFilesToEngine(files);
});

const OPTIONS = () => ({
  lastModified: "2026-11-29T10:00:00Z",
  corpusVersion: corpus.corpusVersion,
  catalogHref: (f: string, v: string) => `/api/v1/frameworks/${f}/oscal-catalog.json?version=${encodeURIComponent(v)}`,
});
const collection = (from: string, to: string) => {
  const sel = selectCrosswalkPair(corpus, from, to);
  if (!sel.ok) throw new Error(JSON.stringify(sel.problems));
  return { pair: sel.pair, doc: buildOscalMappingCollection(sel.pair, OPTIONS())! };
};
const controlIds = (c: { groups?: OscalGroup[]; controls?: OscalControl[] }): string[] => [
  ...(c.controls ?? []).flatMap((x) => [x.id, ...controlIds(x)]),
  ...(c.groups ?? []).flatMap(controlIds),
];

describe("OSCAL mapping-collection export", () => {
  it("every mapped pair, both ways round, validates against the zod schema written from the v1.2.2 metaschema", () => {
    for (const [a, b] of mappedPairs(corpus))
      for (const [from, to] of [[a, b], [b, a]] as const) {
        const { doc } = collection(from, to);
        const parsed = mappingCollectionDocumentSchema.safeParse(doc);
        expect(parsed.success ? [] : formatIssues(parsed.error), `${from} → ${to}`).toEqual([]);
      }
  });

  it("the schema rejects what the metaschema forbids, with the path of each problem", () => {
    const { doc } = collection("eu-ai-act", "nist-ai-rmf");
    const bad = structuredClone(doc) as unknown as { "mapping-collection": Record<string, unknown> & { provenance: Record<string, unknown>; mappings: { maps: Record<string, unknown>[] }[] } };
    delete bad["mapping-collection"].provenance["mapping-description"];
    bad["mapping-collection"].mappings[0]!.maps[0]!.relationship = "overlaps";
    bad["mapping-collection"].mappings[0]!.maps[1]!["confidence-score"] = { percentage: 1.5 };
    bad["mapping-collection"].mappings[0]!.maps[2]!.sources = [];
    const parsed = mappingCollectionDocumentSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    const lines = formatIssues(parsed.error!);
    expect(lines.some((l) => l.startsWith("mapping-collection.provenance.mapping-description:"))).toBe(true);
    expect(lines.some((l) => l.startsWith("mapping-collection.mappings[0].maps[0].relationship:"))).toBe(true);
    expect(lines.some((l) => l.startsWith("mapping-collection.mappings[0].maps[1].confidence-score"))).toBe(true);
    expect(lines.some((l) => l.startsWith("mapping-collection.mappings[0].maps[2].sources:"))).toBe(true);
  });

  it("one mapping per pair of versions; each map carries relationship, rationale, confidence, explanation and provenance", () => {
    const { doc, pair } = collection("eu-ai-act", "colorado-ai-act");
    const mc = doc["mapping-collection"];
    expect(mc.mappings.map((m) => [m["source-resource"].href, m["target-resource"].href])).toEqual([
      ["/api/v1/frameworks/eu-ai-act/oscal-catalog.json?version=eu-ai-act%402026-1744", "/api/v1/frameworks/colorado-ai-act/oscal-catalog.json?version=colorado-ai-act%40sb26-189"],
      ["/api/v1/frameworks/eu-ai-act/oscal-catalog.json?version=eu-ai-act%402026-1744", "/api/v1/frameworks/colorado-ai-act/oscal-catalog.json?version=colorado-ai-act%40sb24-205"],
    ]);
    expect(mc.mappings.flatMap((m) => m.maps)).toHaveLength(pair.mappings.length);
    // Art. 27(1) ↔ 6-1-1703(3)(a) under SB 24-205, with its recorded gap.
    const recorded = files.mappings.find((m) => m.source === "eu-ai-act/art-27-1" && m.target === "colorado-ai-act/sb24-205-6-1-1703-3-a")!;
    const map = mc.mappings[1]!.maps.find((m) => m.sources[0]!["id-ref"] === "art-27-1" && m.targets[0]!["id-ref"] === "sb24-205-6-1-1703-3-a")!;
    expect(map.relationship).toBe(recorded.relationship);
    expect(map["matching-rationale"]).toBe(recorded.rationale);
    expect(map["confidence-score"]).toEqual({ percentage: recorded.confidence });
    expect(map.remarks).toBe(recorded.explanation);
    expect(map.props).toContainEqual(expect.objectContaining({ name: "provenance", value: recorded.provenance }));
    if (recorded.gapSummary) expect(map.qualifiers).toEqual([expect.objectContaining({ subject: "source", predicate: "has-requirement", category: "addressable", description: expect.stringContaining(recorded.gapSummary) })]);
    expect(mc.provenance).toEqual(expect.objectContaining({ method: "human", status: "complete", "matching-rationale": "semantic" }));
  });

  it("a mapping recorded the other way round is inverted: subset-of becomes superset-of and its gap moves to the target", () => {
    const recorded = files.mappings.find((m) => m.source.startsWith("colorado-ai-act/") && m.target.startsWith("eu-ai-act/") && m.gapSummary && !files.mappings.some((x) => x.source === m.target && x.target === m.source))!;
    const { doc } = collection("eu-ai-act", "colorado-ai-act");
    const maps = doc["mapping-collection"].mappings.flatMap((m) => m.maps);
    const [fk, tk] = [recorded.target.split("/")[1]!, recorded.source.split("/")[1]!];
    const map = maps.find((m) => m.sources[0]!["id-ref"] === fk && m.targets[0]!["id-ref"].replace(/^_/, "") === tk)!;
    expect(map.relationship).toBe(INVERSE_RELATIONSHIP[recorded.relationship]);
    expect(map.qualifiers?.[0]?.subject).toBe("target");
    expect(map.props).toContainEqual(expect.objectContaining({ name: "recorded-direction", value: "reverse" }));
    expect(INVERSE_RELATIONSHIP["subset-of"]).toBe("superset-of");
  });

  it("every id-ref and every unmapped control is a control id of the catalog the mapping names", () => {
    const { doc } = collection("iso-42001", "nist-ai-rmf");
    const catalogIds = (slug: string, versionId: string) => {
      const f = files.frameworks.find((x) => x.framework.slug === slug)!;
      const v = f.versions.find((x) => x.id === versionId)!;
      return new Set(controlIds(buildOscalCatalog({ framework: f.framework, version: v, corpusVersion: files.corpusVersion }, { lastModified: "2026-11-29T10:00:00Z" }).catalog));
    };
    for (const m of doc["mapping-collection"].mappings) {
      const source = catalogIds("iso-42001", "iso-42001@2023");
      const target = catalogIds("nist-ai-rmf", "nist-ai-rmf@1.0");
      for (const map of m.maps) {
        expect(source.has(map.sources[0]!["id-ref"])).toBe(true);
        expect(target.has(map.targets[0]!["id-ref"])).toBe(true);
      }
      const unmapped = m["target-gap-summary"]?.["unmapped-controls"][0]?.["with-ids"] ?? [];
      expect(unmapped.length).toBeGreaterThan(0);
      for (const id of unmapped) expect(target.has(id)).toBe(true);
      const mappedTargets = new Set(m.maps.map((x) => x.targets[0]!["id-ref"]));
      expect(unmapped.filter((id) => mappedTargets.has(id))).toEqual([]);
      expect(m.coverage?.["target-coverage"]).toBeGreaterThanOrEqual(0);
      expect(m.coverage?.["target-coverage"]).toBeLessThanOrEqual(1);
    }
  });

  it("says which input is wrong, and has nothing to say about a pair with no mapping", () => {
    expect(selectCrosswalkPair(corpus, "eu-ai-act", "eu-ai-act")).toEqual({ ok: false, problems: [{ field: "to", message: expect.stringMatching(/different framework/) }] });
    const both = selectCrosswalkPair(corpus, "nope", "nada");
    expect(both.ok ? [] : both.problems.map((p) => p.field)).toEqual(["from", "to"]);
    const none = selectCrosswalkPair(corpus, "colorado-ai-act", "hiroshima-code");
    expect(none.ok && buildOscalMappingCollection(none.pair, OPTIONS())).toBeNull();
  });
});
