import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { assess } from "@/lib/engine/assess";
import type { EngineCorpus } from "@/lib/engine/types";
import { profile } from "@/tests/helpers/profiles";

// The seed problem: incompatible risk classifications with no mutual recognition. One profile,
// every jurisdiction's own class side by side, each in the law's own vocabulary.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

const HIRING_CHATBOT = profile({
  organization: { country: "DE", isPublicAuthority: false },
  roles: ["provider", "deployer"],
  jurisdictions: ["EU", "US-CO", "KR", "CN", "JP", "VN"],
  system: {
    useCases: ["employment-recruitment"],
    consequentialDecision: true,
    interactsWithNaturalPersons: true,
    syntheticContent: "text",
    offeredToPublic: true,
    publicOpinionCapability: false,
  },
});
const classOf = (r: ReturnType<typeof assess>, framework: string) => r.classifications.find((c) => c.framework === framework && c.subject === "system");

describe("risk class per jurisdiction, side by side", () => {
  it("a recruiting chatbot offered to the public gets each law's own class: EU high-risk, Korea high-impact, China generative AI service, Viet Nam high-risk, Japan none", () => {
    const r = assess(HIRING_CHATBOT, corpus, "2027-06-01");
    // EU AI Act Annex III point 4(a) "recruitment or selection of natural persons".
    expect(classOf(r, "eu-ai-act")).toMatchObject({ class: "high-risk", confirmed: true });
    // Korea AI Basic Act Art. 2(4): judgements that significantly affect rights, such as hiring.
    expect(classOf(r, "korea-ai-basic-act")).toMatchObject({ class: "high-impact" });
    // China Generative AI Measures Art. 2: generative services offered to the public in the PRC.
    expect(classOf(r, "china-genai-measures")).toMatchObject({ class: "generative-ai-service", confirmed: true });
    // Japan's Act No. 53 of 2025 has no risk classes; it still appears, saying so.
    expect(classOf(r, "japan-ai-promotion-act")).toMatchObject({ class: "no-risk-classes", confirmed: true });
    expect(classOf(r, "japan-ai-promotion-act")?.reasons.join(" ")).toMatch(/no risk classes/);
    expect(classOf(r, "vietnam-ai-law")?.class).toBe("high-risk");
    // Colorado SB 26-189 (in force 1 Jan 2027): an ADMT used for a consequential decision.
    expect(classOf(r, "colorado-ai-act")?.class).toBe("covered-admt");
  });

  it("laws without classes of their own (China's labelling measures) do not show a misleading 'not covered' class", () => {
    const r = assess(HIRING_CHATBOT, corpus, "2027-06-01");
    expect(classOf(r, "china-ai-labelling")).toBeUndefined();
    expect(r.obligations.some((o) => o.framework === "china-ai-labelling")).toBe(true);
  });

  it("a possibly more severe class keeps the derived class open: public-opinion capability 'not sure' leaves Art. 17 filing as may-apply", () => {
    const unsure = profile({ jurisdictions: ["CN"], system: { syntheticContent: "text", offeredToPublic: true, publicOpinionCapability: null } });
    const r = assess(unsure, corpus, "2026-11-29");
    expect(classOf(r, "china-genai-measures")).toMatchObject({ class: "public-opinion-generative-ai-service", confirmed: false });
    const art17 = r.obligations.filter((o) => o.framework === "china-genai-measures" && o.citation.startsWith("Art. 17"));
    expect(art17.length).toBeGreaterThan(0);
    expect(art17.every((o) => o.status === "may-apply")).toBe(true);
  });

  it("New York City implies New York State: a frontier developer choosing US-NYC gets the RAISE Act", () => {
    const r = assess(
      profile({ jurisdictions: ["US-NYC"], organization: { annualRevenueUsd: 600_000_000 }, gpaiModel: { trainingComputeFlops: 2e26 } }),
      corpus,
      "2027-02-01",
    );
    expect(r.obligations.some((o) => o.framework === "ny-raise-act")).toBe(true);
    expect(r.versionsUsed.map((v) => v.framework)).toEqual(expect.arrayContaining(["nyc-local-law-144", "ny-raise-act"]));
  });

  it("the Council of Europe Convention binds states: it never reaches a company's checklist", () => {
    const r = assess(HIRING_CHATBOT, corpus, "2027-06-01");
    expect(r.obligations.some((o) => o.framework === "coe-ai-convention")).toBe(false);
  });
});
