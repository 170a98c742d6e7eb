import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import type { EngineCorpus } from "@/lib/engine/types";
import { mappedPairs, selectCrosswalkPair } from "./oscal/pair";
import { buildSssom, parseSssom, SSSOM_PREDICATES } from "./sssom";

let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});
const set = (from: string, to: string, baseUrl?: string) => {
  const sel = selectCrosswalkPair(corpus, from, to);
  if (!sel.ok) throw new Error("bad pair");
  return buildSssom(sel.pair, { corpusVersion: corpus.corpusVersion, baseUrl, publicationDate: "2026-11-29" });
};
const BUILT_IN = new Set(["owl", "rdf", "rdfs", "semapv", "skos", "sssom", "xsd", "linkml"]);

describe("SSSOM export", () => {
  it.each([
    ["equal-to", "skos:exactMatch", undefined],
    ["equivalent-to", "skos:exactMatch", undefined],
    // A subset-of B: B holds all of A and more, so the object is the broader concept.
    ["subset-of", "skos:broadMatch", undefined],
    ["superset-of", "skos:narrowMatch", undefined],
    ["intersects-with", "skos:relatedMatch", undefined],
    ["no-relationship", "skos:relatedMatch", "Not"],
  ] as const)("%s becomes %s %s", (relationship, predicate, modifier) => {
    expect(SSSOM_PREDICATES[relationship]).toEqual(modifier ? { predicate, modifier } : { predicate });
  });

  it("writes a metadata block of #-prefixed YAML with the required slots, then the TSV table", () => {
    const { tsv } = set("eu-ai-act", "colorado-ai-act");
    const { yaml, header, rows } = parseSssom(tsv);
    const meta = parse(yaml) as Record<string, unknown>;
    expect(Object.keys(meta)[0]).toBe("curie_map");
    expect(meta).toEqual(
      expect.objectContaining({
        mapping_set_id: "urn:ai-regulatory-crosswalk:sssom:eu-ai-act--colorado-ai-act",
        mapping_set_version: corpus.corpusVersion,
        license: "https://creativecommons.org/licenses/by/4.0/",
        subject_source: "framework:eu-ai-act",
        object_source: "framework:colorado-ai-act",
        subject_source_version: "eu-ai-act@2026-1744",
        publication_date: "2026-11-29",
      }),
    );
    // No blank line but the final newline; "#" directly followed by the YAML (nested lines indent by two).
    expect(tsv.split("\n").filter((l) => l === "" || /^# \S/.test(l))).toEqual([""]);
    expect(header.slice(0, 7)).toEqual(["subject_id", "subject_label", "predicate_id", "predicate_modifier", "object_id", "object_label", "mapping_justification"]);
    // Colorado rows come from two versions: object_source_version stays a column.
    expect(header).toContain("object_source_version");
    const sel = selectCrosswalkPair(corpus, "eu-ai-act", "colorado-ai-act");
    expect(rows.length).toBe(sel.ok ? sel.pair.mappings.length : -1);
    expect(new Set(rows.map((r) => r.mapping_justification))).toEqual(new Set(["semapv:ManualMappingCuration"]));
  });

  it("declares every prefix it uses (built-ins left out) and defines its extension slots", () => {
    for (const [a, b] of mappedPairs(corpus)) {
      const { tsv } = set(a, b);
      const { yaml, header, rows } = parseSssom(tsv);
      const meta = parse(yaml) as { curie_map: Record<string, string>; extension_definitions: { slot_name: string; property: string }[] };
      const used = new Set([
        ...rows.flatMap((r) => [r.subject_id, r.object_id, r.predicate_id, r.mapping_justification]).map((c) => c!.split(":")[0]!),
        ...meta.extension_definitions.map((e) => e.property.split(":")[0]!),
        "framework",
      ]);
      for (const prefix of used) expect(BUILT_IN.has(prefix) || prefix in meta.curie_map, `${a}--${b}: ${prefix}`).toBe(true);
      expect(Object.keys(meta.curie_map)).toEqual([...Object.keys(meta.curie_map)].sort());
      expect(Object.keys(meta.curie_map).some((p) => BUILT_IN.has(p))).toBe(false);
      for (const e of meta.extension_definitions) expect(header).toContain(e.slot_name);
    }
  });

  it("rows say what the data says: relationship, Not for a checked absence, confidence, explanation", () => {
    const { rows } = parseSssom(set("eu-ai-act", "colorado-ai-act").tsv);
    const art27 = rows.find((r) => r.subject_id === "eu-ai-act:art-27-1" && r.object_id === "colorado-ai-act:sb24-205-6-1-1703-3-a")!;
    expect(art27.oscal_relationship).toBe("intersects-with");
    expect(art27.predicate_id).toBe("skos:relatedMatch");
    expect(art27.predicate_modifier).toBe("");
    expect(Number(art27.confidence)).toBeGreaterThan(0);
    expect(art27.comment!.length).toBeGreaterThan(10);
    const negated = rows.filter((r) => r.oscal_relationship === "no-relationship");
    expect(negated.length).toBeGreaterThan(0);
    expect(negated.every((r) => r.predicate_modifier === "Not" && r.predicate_id === "skos:relatedMatch")).toBe(true);
    const broad = rows.find((r) => r.oscal_relationship === "subset-of")!;
    expect(broad.predicate_id).toBe("skos:broadMatch");
  });

  it("is canonical: rows sorted, confidence with at most three decimals, quotes only where needed, round-trips through a TSV parser", () => {
    const { tsv, rows } = set("iso-42001", "nist-ai-rmf");
    const parsed = parseSssom(tsv);
    const keys = parsed.rows.map((r) => parsed.header.map((h) => r[h] ?? "").join("\u0000"));
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(parsed.rows.every((r) => /^(0|1|0\.\d{1,3})$/.test(r.confidence!))).toBe(true);
    expect(parsed.rows.map((r) => r.comment)).toEqual(rows.map((r) => r.comment));
  });

  it("with PUBLIC_BASE_URL, identifiers are the app's permalinks", () => {
    const meta = parse(parseSssom(set("iso-42001", "nist-ai-rmf", "https://crosswalk.example.org").tsv).yaml) as { curie_map: Record<string, string>; mapping_set_id: string };
    expect(meta.curie_map["nist-ai-rmf"]).toBe("https://crosswalk.example.org/frameworks/nist-ai-rmf/");
    expect(meta.mapping_set_id).toBe("https://crosswalk.example.org/api/v1/crosswalk/sssom.tsv?from=iso-42001&to=nist-ai-rmf");
  });
});
