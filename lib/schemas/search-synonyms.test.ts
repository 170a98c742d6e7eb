import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { searchSynonymsSchema, termWords } from "./search-synonyms";

const file = JSON.parse(readFileSync(path.join(process.cwd(), "data", "search-synonyms.json"), "utf8"));

describe("data/search-synonyms.json", () => {
  it("is valid and names the abbreviations the explorer promises", () => {
    const data = searchSynonymsSchema.parse(file);
    const terms = new Set(data.groups.flatMap((g) => g.terms.map((t) => termWords(t).join(" "))));
    for (const term of ["fria", "dpia", "aedt", "admt", "gpai", "deepfake", "deep fake", "high impact ai", "frontier model", "bias audit", "watermark", "latent disclosure"])
      expect(terms, term).toContain(term);
  });

  it("rejects a term in two groups, a repeated term, a one-term group and unknown keys", () => {
    const bad = (groups: unknown) => searchSynonymsSchema.safeParse({ groups }).success;
    expect(bad([{ terms: ["FRIA", "fundamental rights impact assessment"] }, { terms: ["fria", "other"] }])).toBe(false);
    expect(bad([{ terms: ["deep fake", "deep-fake"] }])).toBe(false);
    expect(bad([{ terms: ["alone"] }])).toBe(false);
    expect(bad([{ terms: ["a b", "c d"], extra: 1 }])).toBe(false);
    expect(bad([{ terms: ["!!", "c d"] }])).toBe(false);
    expect(bad([{ terms: ["GPAI", "general-purpose AI"] }])).toBe(true);
  });
});
