import { describe, expect, it } from "vitest";
import { expandQuery, MAX_VARIANTS, SYNONYM_GROUPS } from "./synonyms";

describe("query expansion with the synonym list", () => {
  it.each([
    ["FRIA", "fundamental rights impact assessment"],
    ["fria", "fundamental rights impact assessment"],
    ["DPIA", "data protection impact assessment"],
    ["AEDT", "automated employment decision tool"],
    ["ADMT", "automated decision-making technology"],
    ["GPAI", "general-purpose AI"],
    ["deepfake", "deep fake"],
    ["deep fake", "deepfake"],
    ["deep-fake", "deepfake"],
    ["watermark", "latent disclosure"],
    ["bias audit", "disparate impact"],
    ["frontier model", "frontier AI"],
  ])("searches %j also as %j", (query, alternative) => {
    expect(expandQuery(query).variants).toContain(alternative);
  });

  it("keeps the query as typed first, and leaves a query without a known term alone", () => {
    expect(expandQuery("FRIA duties").variants[0]).toBe("FRIA duties");
    expect(expandQuery("FRIA duties").variants).toContain("fundamental rights impact assessment duties");
    expect(expandQuery("human oversight logs").variants).toEqual(["human oversight logs", "human in the loop logs", "human review logs"]);
    expect(expandQuery("transparency")).toEqual({ variants: ["transparency"], matched: [] });
  });

  it("matches the longest term: 'fundamental rights impact assessment' is the FRIA, not a plain impact assessment", () => {
    const { matched, variants } = expandQuery("fundamental rights impact assessment");
    expect(matched).toHaveLength(1);
    expect(variants).toContain("FRIA");
    expect(variants).not.toContain("fundamental rights algorithmic impact assessment");
  });

  it("does not match inside a word ('aims' is a word, 'claims' is not AIMS)", () => {
    expect(expandQuery("claims").matched).toEqual([]);
    expect(expandQuery("AIMS").matched.map((m) => m.term)).toEqual(["aims"]);
  });

  it("caps the number of spellings for a query full of terms", () => {
    const long = SYNONYM_GROUPS.map((g) => g.terms[0]).join(" ");
    expect(expandQuery(long).variants.length).toBeLessThanOrEqual(MAX_VARIANTS);
  });
});
