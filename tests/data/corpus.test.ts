import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles, type CorpusFiles } from "@/lib/corpus/load";
import { DUTY_KINDS } from "@/lib/schemas/framework";

// Tests over the real data/: they fail when the corpus loses coverage or consistency.
let corpus: CorpusFiles;
const provisions = (slug: string) => corpus.frameworks.find((f) => f.framework.slug === slug)!.versions.flatMap((v) => v.provisions);
const version = (id: string) => corpus.frameworks.flatMap((f) => f.versions).find((v) => v.id === id)!;

beforeAll(async () => {
  corpus = await loadCorpusFiles();
});

describe("known sizes", () => {
  it("NIST AI RMF has 72 subcategories: GOVERN 19, MAP 18, MEASURE 22, MANAGE 13", () => {
    const outcomes = provisions("nist-ai-rmf").filter((p) => p.kind === "outcome");
    expect(outcomes).toHaveLength(72);
    const perFunction = Object.fromEntries(["GOVERN", "MAP", "MEASURE", "MANAGE"].map((fn) => [fn, outcomes.filter((p) => p.citation.startsWith(`${fn} `)).length]));
    expect(perFunction).toEqual({ GOVERN: 19, MAP: 18, MEASURE: 22, MANAGE: 13 });
  });

  it("the Hiroshima Code has 11 actions", () => {
    expect(provisions("hiroshima-code").filter((p) => /^Action \d+$/.test(p.citation)).map((p) => p.citation)).toEqual(
      Array.from({ length: 11 }, (_, i) => `Action ${i + 1}`),
    );
  });

  it("every Hiroshima action carries its commitments, numbered in order under it, and none is claimed verified", () => {
    const all = provisions("hiroshima-code");
    for (let n = 1; n <= 11; n++) {
      const children = all.filter((p) => p.parent === `action-${n}`);
      expect(children.length, `Action ${n}`).toBeGreaterThanOrEqual(2);
      expect(children.map((p) => p.citation)).toEqual(children.map((_, i) => `Action ${n}, commitment ${i + 1}`));
      expect(children.every((p) => p.kind === "commitment")).toBe(true);
    }
    // The Code's text was not read in a primary copy: nothing in it may claim to be verified.
    expect(all.filter((p) => p.verified).map((p) => p.citation)).toEqual([]);
  });

  it("every Art. 5(1) prohibited practice is its own prohibition, including (ba) and (bb) added in 2026", () => {
    const cited = provisions("eu-ai-act").filter((p) => p.kind === "prohibition").map((p) => p.citation);
    for (const point of ["a", "b", "ba", "bb", "c", "d", "e", "f", "g", "h"]) expect(cited).toContain(`Art. 5(1)(${point})`);
  });

  it("every Annex III point is a high-risk classification rule", () => {
    const points = provisions("eu-ai-act").filter((p) => p.citation.startsWith("Annex III, point") && p.classifies?.class === "high-risk");
    expect(points.map((p) => p.citation.replace("Annex III, point ", "")).sort()).toEqual(
      ["1(a)", "1(b)", "1(c)", "2", "3(a)", "3(b)", "3(c)", "3(d)", "4(a)", "4(b)", "5(a)", "5(b)", "5(c)", "5(d)", "6(a)", "6(b)", "6(c)", "6(d)", "6(e)", "7(a)", "7(b)", "7(c)", "7(d)", "8(a)", "8(b)"].sort(),
    );
  });

  it("ISO/IEC 42001 lists clauses 4–10 and the 38 Annex A controls", () => {
    const iso = provisions("iso-42001");
    expect(iso.filter((p) => p.kind === "control")).toHaveLength(38);
    for (const clause of [4, 5, 6, 7, 8, 9, 10]) expect(iso.some((p) => p.kind === "requirement" && p.citation.startsWith(`Clause ${clause}.`))).toBe(true);
  });

  it("the EU AI Act covers Arts. 4, 8–27, 43, 47–55, 72, 73, 86, 111 and 113", () => {
    const articles = new Set(provisions("eu-ai-act").map((p) => /^Art\. (\d+[a-z]?)/.exec(p.citation)?.[1]).filter(Boolean));
    for (const art of [4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 43, 47, 48, 49, 50, 51, 52, 53, 54, 55, 72, 73, 86, 111, 113])
      expect(articles, `Art. ${art}`).toContain(String(art));
  });
});

describe("every provision is complete", () => {
  it("has a source URL and a summary; duties name who they bind and when they apply", () => {
    for (const f of corpus.frameworks)
      for (const v of f.versions)
        for (const p of v.provisions) {
          const where = `${v.id} ${p.citation}`;
          expect(p.sourceUrl, where).toMatch(/^https:\/\//);
          expect(p.summary.length, where).toBeGreaterThanOrEqual(20);
          if (DUTY_KINDS.has(p.kind)) {
            expect(p.binds.length, where).toBeGreaterThan(0);
            expect(p.applies.length, where).toBeGreaterThan(0);
          }
          if (!p.verified) expect(p.verificationNote, where).toBeTruthy();
        }
  });

  it("every date moved by an amendment names the amending act", () => {
    const moved = provisions("eu-ai-act").filter((p) => p.history.length > 0);
    expect(moved.length).toBeGreaterThan(20);
    for (const p of moved) expect(p.history.every((h) => h.replacedBy.includes("2026/1744")), p.citation).toBe(true);
  });

  it("every concept in the taxonomy is used, unless it records that no provision covers it", () => {
    const used = new Set(corpus.frameworks.flatMap((f) => f.versions.flatMap((v) => v.provisions.flatMap((p) => p.concepts))));
    expect(corpus.concepts.filter((c) => !used.has(c.id) && !c.uncoveredNote).map((c) => c.id)).toEqual([]);
    // and a concept marked uncovered really is uncovered
    expect(corpus.concepts.filter((c) => c.uncoveredNote && used.has(c.id)).map((c) => c.id)).toEqual([]);
  });
});

describe("versions", () => {
  it("Colorado has SB 26-189 (enacted, applies 1 Jan 2027) and the repealed SB 24-205", () => {
    expect(version("colorado-ai-act@sb26-189")).toMatchObject({ status: "enacted", validFrom: "2027-01-01", enactedOn: "2026-05-14" });
    expect(version("colorado-ai-act@sb24-205")).toMatchObject({ status: "repealed" });
  });

  it("the EU version is the text as amended by Regulation (EU) 2026/1744", () => {
    expect(version("eu-ai-act@2026-1744")).toMatchObject({ status: "in-force", consolidatedTextDate: "2026-07-27" });
  });
});

describe("the crosswalk", () => {
  const mappedIds = () => new Set(corpus.mappings.flatMap((m) => [m.source, m.target]));

  it("every EU high-risk requirement (Arts. 8–15) is mapped, or recorded as having no counterpart", () => {
    const ids = mappedIds();
    const requirements = provisions("eu-ai-act").filter((p) => p.kind === "obligation" && /^Art\. (8|9|10|11|12|13|14|15)\(/.test(p.citation));
    expect(requirements.length).toBeGreaterThan(20);
    expect(requirements.filter((p) => !ids.has(`eu-ai-act/${p.key}`)).map((p) => p.citation)).toEqual([]);
  });

  it("every Colorado duty in both versions is mapped to the EU AI Act, or recorded as having no EU counterpart", () => {
    const toEu = new Set(
      corpus.mappings
        .filter((m) => [m.source, m.target].some((e) => e.startsWith("eu-ai-act/")))
        .flatMap((m) => [m.source, m.target]),
    );
    const duties = provisions("colorado-ai-act").filter((p) => ["obligation", "right"].includes(p.kind));
    expect(duties.filter((p) => !toEu.has(`colorado-ai-act/${p.key}`)).map((p) => p.citation)).toEqual([]);
  });

  it("a partial overlap always says what the target does not cover", () => {
    for (const m of corpus.mappings.filter((x) => x.relationship === "intersects-with" || x.relationship === "superset-of"))
      expect(m.gapSummary, `${m.source} → ${m.target}`).toBeTruthy();
  });

  it("mappings only link different frameworks", () => {
    for (const m of corpus.mappings) expect(m.source.split("/")[0], `${m.source} → ${m.target}`).not.toBe(m.target.split("/")[0]);
  });

  it("Colorado's affirmative defence is recorded as recognising NIST AI RMF and ISO/IEC 42001", () => {
    const from = corpus.recognitions.filter((r) => r.from === "colorado-ai-act").map((r) => r.to);
    expect(from).toEqual(expect.arrayContaining(["nist-ai-rmf", "iso-42001"]));
  });
});
