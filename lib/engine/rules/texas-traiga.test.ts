import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// Texas Responsible AI Governance Act, H.B. 149 (Acts 2025, 89th Leg., R.S., ch. 1174), Tex. Bus. & Com. Code
// ch. 551-554, as enrolled; in force 1 January 2026 (SECTION 10). Each rule below was written from the text first.
let corpus: EngineCorpus;
let files: Awaited<ReturnType<typeof loadCorpusFiles>>;
beforeAll(async () => {
  files = await loadCorpusFiles();
  corpus = corpusFilesToEngine(files);
});

const TX = "texas-traiga";
const run = (o: ProfileOverrides, asOf = "2026-11-29") => assess(profile({ jurisdictions: ["US-TX"], ...o }), corpus, asOf);
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `${TX}/${key}`);
const tx = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === TX).map((o) => o.id.split("/")[1]);
const txWarnings = (r: AssessmentResult) => r.warnings.filter((w) => w.framework === TX);

const chatbot = { interactsWithNaturalPersons: true } as const;

describe("§ 552.051: disclosure to consumers", () => {
  it('§ 552.051(b): a "governmental agency" making an AI system available to interact with consumers must disclose it', () => {
    const r = run({ organization: { isPublicAuthority: true }, system: chatbot });
    expect(find(r, "s-552-051-b")).toMatchObject({ status: "applies", appliesFrom: "2026-01-01", alreadyApplies: true });
    expect(find(r, "s-552-051-c-e")?.status).toBe("applies");
  });

  it("§ 552.051(b) binds governmental agencies only: a private business has no general disclosure duty", () => {
    const r = run({ organization: { isPublicAuthority: false }, system: chatbot });
    expect(tx(r)).not.toContain("s-552-051-b");
    expect(tx(r)).not.toContain("s-552-051-c-e");
  });

  it("§ 552.051(b): public-authority status not known gives may-apply, never dropped", () => {
    const r = run({ organization: { isPublicAuthority: null }, system: chatbot });
    expect(find(r, "s-552-051-b")?.status).toBe("may-apply");
    expect(find(r, "s-552-051-b")?.openQuestions.map((q) => q.fact)).toContain("organization.isPublicAuthority");
  });

  it('§ 552.051(f): the provider of a "health care service or treatment" must disclose AI use to the patient', () => {
    const r = run({ organization: { hipaaCoveredEntity: true, healthCareProvider: true } });
    expect(find(r, "s-552-051-f")?.status).toBe("applies");
    expect(find(r, "s-552-051-c-e")?.status).toBe("applies");
  });

  it("§ 552.051(f): a covered entity that has not said whether it provides care gets may-apply; a non-provider gets nothing", () => {
    expect(find(run({ organization: { hipaaCoveredEntity: true } }), "s-552-051-f")?.status).toBe("may-apply");
    expect(find(run({ organization: { hipaaCoveredEntity: true, healthCareProvider: false } }), "s-552-051-f")).toBeUndefined();
  });

  it("SECTION 10: before 1 January 2026 the duty is shown as coming, not yet applying", () => {
    const r = run({ organization: { isPublicAuthority: true }, system: chatbot }, "2025-09-01");
    expect(find(r, "s-552-051-b")).toMatchObject({ appliesFrom: "2026-01-01", alreadyApplies: false });
  });

  it("before the Act was signed nothing from Texas is listed", () => {
    expect(tx(run({ organization: { isPublicAuthority: true }, system: chatbot }, "2025-01-01"))).toEqual([]);
  });
});

describe("§§ 552.052-552.057: prohibitions", () => {
  it('intent-based bans (§ 552.052 "intentionally aims to incite", § 552.055, § 552.056, § 552.057) are standing rules without a stop sign', () => {
    const r = run({});
    for (const key of ["s-552-052", "s-552-055-a", "s-552-056-b", "s-552-057-1", "s-552-057-2"]) expect(find(r, key)?.status, key).toBe("applies");
    expect(txWarnings(r)).toEqual([]);
  });

  it("a private developer is never told the governmental-entity bans apply", () => {
    const r = run({ organization: { isPublicAuthority: false }, system: { socialScoring: true, remoteBiometricIdentification: "post" } });
    expect(tx(r)).not.toContain("s-552-053");
    expect(tx(r)).not.toContain("s-552-054-b");
    expect(txWarnings(r)).toEqual([]);
  });

  it('§ 552.053: a governmental entity whose system assigns a "social score" gets a stop sign', () => {
    const r = run({ organization: { isPublicAuthority: true }, system: { socialScoring: true } });
    expect(txWarnings(r).map((w) => w.citation)).toContain("Bus. & Com. Code § 552.053");
  });

  it("§ 552.054(b): a governmental entity using biometric identification is warned; one not sure whether it is a public authority may be", () => {
    expect(txWarnings(run({ organization: { isPublicAuthority: true }, system: { remoteBiometricIdentification: "post" } })).map((w) => w.citation)).toContain(
      "Bus. & Com. Code § 552.054(b)",
    );
    const unsure = run({ organization: { isPublicAuthority: null }, system: { remoteBiometricIdentification: "post" } });
    expect(find(unsure, "s-552-054-b")?.status).toBe("may-apply");
  });

  it("§ 552.057: the bans on developing or distributing bind the builder side, not a pure deployer", () => {
    const r = run({ roles: ["deployer"] });
    expect(tx(r)).not.toContain("s-552-057-1");
    expect(tx(r)).toContain("s-552-052");
  });
});

describe("§§ 552.104-552.105: enforcement and defences", () => {
  it("§ 552.105(a): curable $10,000-$12,000, uncurable $80,000-$200,000 and daily $2,000-$40,000 tiers attach to subchapter B duties", () => {
    const r = run({ organization: { isPublicAuthority: true }, system: chatbot });
    const cites = find(r, "s-552-051-b")?.penalties.map((p) => p.citation);
    expect(cites).toEqual(
      expect.arrayContaining(["Bus. & Com. Code § 552.105(a)(1)", "Bus. & Com. Code § 552.105(a)(2)", "Bus. & Com. Code § 552.105(a)(3)", "Bus. & Com. Code § 552.106"]),
    );
  });

  it("§ 552.105(e)(2)(D): substantial compliance with the NIST GenAI Profile is recorded as a recognised defence", () => {
    const rec = files.recognitions.find((x) => x.from === TX && x.to === "nist-ai-600-1");
    expect(rec?.citation).toBe("Bus. & Com. Code § 552.105(e)(2)(D)");
  });
});
