import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles, type CorpusFiles } from "@/lib/corpus/load";
import { JURISDICTIONS } from "@/lib/schemas/common";
import type { Condition } from "@/lib/schemas/condition";
import { VOLUNTARY_FRAMEWORKS } from "@/lib/schemas/profile";
import { QUESTIONS, visibleQuestions, type Draft, type Question } from "./questions";

let files: CorpusFiles;
beforeAll(async () => {
  files = await loadCorpusFiles();
});

function leafFacts(c: Condition | undefined, out = new Set<string>()): Set<string> {
  if (!c) return out;
  if ("all" in c) c.all.forEach((x) => leafFacts(x, out));
  else if ("any" in c) c.any.forEach((x) => leafFacts(x, out));
  else if ("not" in c) leafFacts(c.not, out);
  else out.add(c.fact);
  return out;
}

/** Profile facts read by the conditions of a framework's versions that are not repealed. */
function factsReadBy(slug: string): Set<string> {
  const out = new Set<string>();
  const file = files.frameworks.find((f) => f.framework.slug === slug)!;
  for (const v of file.versions.filter((v) => v.status !== "repealed"))
    for (const p of v.provisions) {
      leafFacts(p.conditions, out);
      for (const d of p.applies) leafFacts(d.when, out);
    }
  // Derived facts (eu.*, co.*, kr.*…) come from other answers; roles, jurisdictions and the country are always asked.
  return new Set([...out].filter((f) => /^(organization|system|gpaiModel)\./.test(f) && f !== "organization.country"));
}

// The model question answers gpaiModel.present.
const pathsOf = (q: Question) => ("flags" in q ? q.flags.map((f) => f.path) : [q.path === "gpaiModel" ? "gpaiModel.present" : q.path]);

/** The answers that open every follow-up: every role, a model, every yes/no "not sure". */
function openDraft(jurisdictions: string[], voluntaryFrameworks: string[] = []): Draft {
  return {
    roles: ["provider", "deployer", "importer", "distributor", "product-manufacturer", "authorised-representative"],
    jurisdictions,
    voluntaryFrameworks,
    organization: { country: "US", hipaaCoveredEntity: null, healthCareProvider: null, ccpaBusiness: null, isPublicAuthority: true },
    system: {
      useCases: ["employment", "education", "biometrics", "healthcare", "law-enforcement", "critical-infrastructure", "credit"],
      interactsWithNaturalPersons: null,
      syntheticContent: null,
      safetyComponentOfRegulatedProduct: null,
      offeredToPublic: null,
      biometricData: true,
      emotionRecognition: null,
      emotionInferenceWorkplaceEducation: null,
      biometricCategorisation: null,
      remoteBiometricIdentification: null,
      placedOnMarketBefore: "2025-01-01",
      preMarketResearchOnly: null,
    },
    gpaiModel: { trainingComputeFlops: 1e26 },
  };
}
const askedPaths = (draft: Draft) => new Set(visibleQuestions(draft).flatMap(pathsOf));

describe("the questionnaire asks what each chosen law reads, and only then", () => {
  for (const jurisdiction of JURISDICTIONS)
    it(`${jurisdiction}: every fact its laws' conditions read is asked when ${jurisdiction} is chosen`, () => {
      const laws = files.frameworks.filter((f) => f.framework.binding && f.framework.jurisdiction === jurisdiction).map((f) => f.framework.slug);
      const asked = askedPaths(openDraft([jurisdiction]));
      const missing = laws.flatMap((slug) => [...factsReadBy(slug)].filter((fact) => !asked.has(fact)).map((fact) => `${slug}: ${fact}`));
      expect(missing).toEqual([]);
    });

  for (const slug of VOLUNTARY_FRAMEWORKS)
    it(`${slug}: every fact it reads is asked when it is followed`, () => {
      const asked = askedPaths(openDraft(["EU"], [slug]));
      expect([...factsReadBy(slug)].filter((fact) => !asked.has(fact))).toEqual([]);
    });

  it("questions a jurisdiction adds stay hidden until it is chosen (EU-only answers never see them)", () => {
    const euOnly = askedPaths(openDraft(["EU"]));
    for (const path of [
      "organization.ccpaBusiness",
      "organization.annualRevenueUsd",
      "organization.regulatedOccupation",
      "organization.koreaRepresentativeThresholds",
      "system.decisionRole",
      "system.companionChatbot",
      "system.mentalHealthChatbot",
      "system.publicOpinionCapability",
      "system.monthlyUsers",
    ])
      expect(euOnly.has(path), path).toBe(false);
    expect(askedPaths(openDraft(["US-CA"])).has("organization.ccpaBusiness")).toBe(true);
    expect(askedPaths(openDraft(["CN"])).has("system.publicOpinionCapability")).toBe(true);
    expect(askedPaths(openDraft(["US-UT"])).has("system.mentalHealthChatbot")).toBe(true);
  });

  it("New York City implies New York State: the RAISE Act revenue question is asked for US-NYC", () => {
    expect(askedPaths(openDraft(["US-NYC"])).has("organization.annualRevenueUsd")).toBe(true);
  });

  it("the Korean representative question is not asked of a Korean organization", () => {
    const draft = openDraft(["KR"]);
    expect(askedPaths(draft).has("organization.koreaRepresentativeThresholds")).toBe(true);
    expect(askedPaths({ ...draft, organization: { ...draft.organization, country: "KR" } }).has("organization.koreaRepresentativeThresholds")).toBe(false);
  });

  it("every question id is unique", () => {
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
