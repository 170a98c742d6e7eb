import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile } from "@/tests/helpers/profiles";
import { assess } from "@/lib/engine/assess";
import { DUTY_KINDS } from "@/lib/schemas/framework";
import type { EngineCorpus } from "@/lib/engine/types";

// Council of Europe Framework Convention on AI (CETS No. 225): binds Parties, not companies.
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});
const coe = () => corpus.frameworks.find((f) => f.id === "coe-ai-convention")!;

describe("CETS No. 225", () => {
  it('every duty binds the State ("Each Party shall"), never a company role', () => {
    const duties = coe().versions.flatMap((v) => v.provisions).filter((p) => DUTY_KINDS.has(p.kind));
    expect(duties.length).toBeGreaterThan(30);
    for (const d of duties) expect(d.binds, d.key).toEqual(["authority"]);
  });

  it("Art. 16(1) risk and impact management framework is present at paragraph level", () => {
    const keys = coe().versions.flatMap((v) => v.provisions).map((p) => p.key);
    expect(keys).toEqual(expect.arrayContaining(["art-16-1", "art-16-2", "art-16-3", "art-16-4", "art-8", "art-15-2"]));
  });

  it('status "enacted" from the opening for signature (5 Sept 2024): entry into force under Art. 30 was not verified', () => {
    expect(coe().versions[0]).toMatchObject({ status: "enacted", validFrom: "2024-09-05" });
  });

  it("never appears in a company's obligations or checklist, whatever its jurisdictions", () => {
    const r = assess(profile({ jurisdictions: ["EU", "JP", "VN"], system: { interactsWithNaturalPersons: true, useCases: ["credit"] } }), corpus, "2026-11-29");
    expect(r.obligations.filter((o) => o.framework === "coe-ai-convention")).toEqual([]);
    expect(r.notApplicable.filter((n) => JSON.stringify(n).includes("coe-ai-convention"))).toEqual([]);
  });
});
