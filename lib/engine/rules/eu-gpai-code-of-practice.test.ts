import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// General-Purpose AI Code of Practice (final version, 10 July 2025). Voluntary: it binds an
// organization only when the profile lists it, and never as law.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});
const run = (o: ProfileOverrides, asOf = "2026-11-29") => assess(profile(o), corpus, asOf);
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `eu-gpai-code-of-practice/${key}`);
const code = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === "eu-gpai-code-of-practice");

const model = (flops: number, designated: boolean | null = false) => ({ trainingComputeFlops: flops, designatedSystemicRisk: designated, openSourceLicence: false });
const adopter = (gpaiModel: ProfileOverrides["gpaiModel"]): ProfileOverrides => ({ voluntaryFrameworks: ["eu-gpai-code-of-practice"], gpaiModel });

describe("scope of a voluntary code", () => {
  it("not listed among the organization's voluntary frameworks: nothing from the Code, even for a systemic-risk model", () => {
    expect(code(run({ gpaiModel: model(5e25) }))).toEqual([]);
  });

  it("commitments bind the adopting organization, not a legal role, and are not binding", () => {
    const o = find(run(adopter(model(1e24))), "t-measure-1-1");
    expect(o?.role).toBe("organization");
    expect(o?.binding).toBe(false);
  });

  it("an adopter without a general-purpose AI model gets no commitment", () => {
    expect(code(run(adopter(null)))).toEqual([]);
  });
});

describe("chapters: Transparency and Copyright for all GPAI providers, Safety and Security for systemic risk", () => {
  it("a model of 10^24 FLOP: Transparency and Copyright measures, no Safety and Security measure", () => {
    const r = run(adopter(model(1e24)));
    expect(find(r, "t-measure-1-1")?.status).toBe("applies");
    expect(find(r, "c-measure-1-3")?.status).toBe("applies");
    expect(find(r, "ss-measure-9-3")).toBeUndefined();
  });

  it('a model above 10^25 FLOP ("general-purpose AI models with systemic risk"): Safety and Security measures apply', () => {
    const r = run(adopter(model(3e25)));
    for (const key of ["ss-measure-1-1", "ss-measure-3-2", "ss-measure-6-2", "ss-measure-9-3"]) expect(find(r, key)?.status, key).toBe("applies");
  });

  it("a smaller model designated by the Commission also falls under the Safety and Security Chapter", () => {
    expect(find(run(adopter(model(1e23, true))), "ss-measure-9-3")?.status).toBe("applies");
  });

  it("designation not known for a small model: Safety and Security measures may apply", () => {
    expect(find(run(adopter(model(1e23, null))), "ss-measure-9-3")?.status).toBe("may-apply");
  });

  it('Measure 9.3: initial reports within 2, 5, 10 or 15 days and a final report "not later than 60 days" after resolution', () => {
    const s = find(run(adopter(model(3e25))), "ss-measure-9-3")?.summary ?? "";
    for (const d of ["2 days", "5 days", "10 days", "15 days", "60 days"]) expect(s).toContain(d);
  });
});

describe("dates", () => {
  it("published 10 July 2025: listed from that date", () => {
    expect(find(run(adopter(model(3e25))), "ss-measure-1-1")?.appliesFrom).toBe("2025-07-10");
  });
});
