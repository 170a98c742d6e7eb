import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { assess } from "@/lib/engine/assess";
import type { EngineCorpus } from "@/lib/engine/types";
import { profileSchema, type SystemProfile } from "@/lib/schemas/profile";
import { explainApplicability, findProvision } from "./explain";

// explain_applicability reads the engine's result; one row per kind of answer it can give.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

const example = (name: string, change: (p: SystemProfile) => void = () => undefined) => {
  const profile = profileSchema.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, "../../examples", `${name}.json`), "utf8")));
  change(profile);
  return profile;
};

const cases: { rule: string; profile: () => SystemProfile; provision: string; asOf: string; status: string; because: string | null; why: RegExp }[] = [
  { rule: "a deployer's duty binds the deployer of a high-risk system", profile: () => example("resume-screener"), provision: "eu-ai-act/art-26-1", asOf: "2027-06-01", status: "applies", because: null, why: /you act as deployer/ },
  { rule: "Art. 27(1) does not bind a private employer", profile: () => example("resume-screener"), provision: "eu-ai-act/art-27-1", asOf: "2027-06-01", status: "not-applicable", because: "condition", why: /public authority/ },
  { rule: "the Annex III point that classes the system holds", profile: () => example("resume-screener"), provision: "eu-ai-act/annex-iii-4-a", asOf: "2027-06-01", status: "applies", because: null, why: /class high-risk/ },
  { rule: "an Annex III point the profile does not trigger decides nothing", profile: () => example("resume-screener"), provision: "eu-ai-act/annex-iii-1-a", asOf: "2027-06-01", status: "not-applicable", because: "condition", why: /does not decide this system's class/ },
  { rule: "under a prohibited practice, use duties only apply if the practice changes", profile: () => example("emotion-at-work"), provision: "eu-ai-act/art-26-1", asOf: "2027-06-01", status: "not-applicable", because: "prohibited-practice", why: /Art\. 5\(1\)\(f\)/ },
  { rule: "Art. 2(2) holds for a Section B product and removes the Chapter III duties", profile: () => example("machinery-safety-component"), provision: "eu-ai-act/art-2-2", asOf: "2028-09-01", status: "applies", because: null, why: /Section B/ },
  { rule: "a duty Art. 2(2) removed gives the exemption as its reason", profile: () => example("machinery-safety-component"), provision: "eu-ai-act/art-9-1", asOf: "2028-09-01", status: "not-applicable", because: "exemption", why: /^Art\. 2\(2\)/ },
  { rule: "the Art. 2(3) exclusion holds for a military system", profile: () => example("resume-screener", (p) => void (p.system.exclusivelyMilitaryDefence = true)), provision: "eu-ai-act/art-2-3", asOf: "2027-06-01", status: "applies", because: null, why: /[Mm]ilitary/ },
  { rule: "an open answer leaves a duty as may-apply", profile: () => example("legacy-credit-scorer"), provision: "eu-ai-act/art-9-1", asOf: "2028-01-15", status: "may-apply", because: null, why: /./ },
  { rule: "a voluntary framework binds only when the profile follows it", profile: () => example("resume-screener", (p) => void (p.voluntaryFrameworks = [])), provision: "nist-ai-rmf/govern-1-1", asOf: "2027-06-01", status: "not-applicable", because: "framework-not-followed", why: /voluntary/ },
  { rule: "Colorado law is not considered for an EU-only system", profile: () => example("resume-screener", (p) => void (p.jurisdictions = ["EU"])), provision: "colorado-ai-act/6-1-1703", asOf: "2027-06-01", status: "not-applicable", because: "jurisdiction", why: /US-CO law/ },
  { rule: "a repealed version's provision gives way to the version governing on the date", profile: () => example("resume-screener"), provision: "colorado-ai-act/sb24-205-6-1-1703-3-a", asOf: "2027-06-01", status: "not-applicable", because: "version", why: /SB 26-189/ },
  { rule: "a definition creates no duty", profile: () => example("resume-screener"), provision: "eu-ai-act/art-3-4", asOf: "2027-06-01", status: "not-applicable", because: "not-a-duty", why: /definition/ },
];

describe("explainApplicability", () => {
  it.each(cases)("$rule", ({ profile, provision, asOf, status, because, why }) => {
    const p = profile();
    const found = findProvision(corpus, provision);
    expect(found, provision).not.toBeNull();
    const result = explainApplicability(p, corpus, assess(p, corpus, asOf), found!);
    expect(result).toMatchObject({ status, because, applies: status !== "not-applicable", asOf });
    expect(result.why.join(" ")).toMatch(why);
  });

  it("finds nothing for an unknown id", () => {
    expect(findProvision(corpus, "eu-ai-act/art-999")).toBeNull();
  });
});
