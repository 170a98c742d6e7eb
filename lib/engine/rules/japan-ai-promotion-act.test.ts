import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";

// Japan, Act No. 53 of 2025 (e-Gov consolidated text, revision 507AC0000000053_20250901;
// government reference translation, Japanese Law Translation Database law 5066).
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});
const run = (o: ProfileOverrides, asOf = "2026-11-29") => assess(profile(o), corpus, asOf);
const JP: ProfileOverrides = { jurisdictions: ["JP"], organization: { country: "JP" } };
const jp = (r: AssessmentResult) => r.obligations.filter((o) => o.framework === "japan-ai-promotion-act");
const find = (r: AssessmentResult, key: string) => r.obligations.find((o) => o.id === `japan-ai-promotion-act/${key}`);

describe("Japan AI Promotion Act (Act No. 53 of 2025)", () => {
  it('Art. 7: a "utilization business operator" that provides AI must cooperate with State measures, from promulgation (4 June 2025)', () => {
    const r = run({ ...JP, roles: ["provider"] });
    expect(find(r, "art-7")).toMatchObject({ status: "applies", appliesFrom: "2025-06-04", alreadyApplies: true });
  });

  it('Art. 7: "other persons who intend to utilize" AI in business (deployers) are bound too', () => {
    expect(find(run({ ...JP, roles: ["deployer"] }), "art-7")?.status).toBe("applies");
  });

  it("Art. 7 is the only company duty: State duties (Arts. 4, 13, 16, 18) never reach a company checklist", () => {
    const r = run(JP);
    expect(jp(r).map((o) => o.id)).toEqual(["japan-ai-promotion-act/art-7"]);
    expect(r.checklist.flatMap((c) => c.members.map((m) => m.id))).not.toContain("japan-ai-promotion-act/art-16");
  });

  it("Art. 7 has no condition: an open answer (not sure about interaction with people) does not turn it into may-apply", () => {
    expect(find(run({ ...JP, system: { interactsWithNaturalPersons: null, syntheticContent: null } }), "art-7")?.status).toBe("applies");
  });

  it("no penalties: Art. 7 carries no fine tier", () => {
    expect(find(run(JP), "art-7")?.penalties).toEqual([]);
  });

  it("outside Japan the Act does not apply", () => {
    expect(jp(run({ jurisdictions: ["EU"] }))).toEqual([]);
  });

  it("before promulgation (4 June 2025) nothing applies; on the day it does", () => {
    expect(jp(run(JP, "2025-06-03"))).toEqual([]);
    expect(find(run(JP, "2025-06-04"), "art-7")?.alreadyApplies).toBe(true);
  });

  it('no risk classes: the engine shows the default "no-risk-classes" class whatever the use', () => {
    const r = run({ ...JP, system: { useCases: ["credit"], interactsWithNaturalPersons: true } });
    expect(r.classifications.find((c) => c.framework === "japan-ai-promotion-act")?.class).toBe("no-risk-classes");
  });
});
