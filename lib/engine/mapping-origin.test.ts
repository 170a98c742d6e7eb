import { describe, expect, it } from "vitest";
import { mappingOriginSchema, mappingReviewSchema, mappingSchema } from "@/lib/schemas/framework";
import { deriveMappingOrigin, mappingProvenance, provenanceLine } from "./mapping-origin";

const NIST_ISO =
  "NIST AI RMF to ISO/IEC FDIS 42001 AI Management System Crosswalk (provider: Microsoft; published in the NIST AI Resource Center crosswalk library, 2023), https://airc.nist.gov/docs/NIST_AI_RMF_to_ISO_IEC_42001_Crosswalk.pdf; its AI RMF-to-ISO pairing is read here in reverse, and the relationship and confidence are our analysis";

describe("deriveMappingOrigin: structured provenance from the files' words", () => {
  it.each([
    ["our analysis with a date", { source: "a/x", target: "b/y", provenance: "our analysis, 2026-11-29" }, { kind: "analysis", createdOn: "2026-11-29", evidence: [] }],
    ["our analysis without a date", { source: "a/x", target: "b/y", provenance: "Our analysis" }, { kind: "analysis", evidence: [] }],
    ["an import", { source: "a/x", target: "b/y", provenance: "imported from an OSCAL mapping-collection" }, { kind: "imported", evidence: [] }],
  ])("%s", (_name, mapping, expected) => {
    expect(deriveMappingOrigin(mapping)).toEqual(expected);
  });

  it("a pairing taken from the NIST AI RMF ↔ ISO/IEC 42001 crosswalk cites it as evidence, with its row and licence", () => {
    const origin = deriveMappingOrigin({ source: "iso-42001/clause-5-2", target: "nist-ai-rmf/govern-1-2", provenance: NIST_ISO });
    expect(origin.kind).toBe("published-crosswalk");
    expect(origin.evidence).toEqual([
      expect.objectContaining({ locator: "AI RMF GOVERN 1.2 row", url: "https://airc.nist.gov/docs/NIST_AI_RMF_to_ISO_IEC_42001_Crosswalk.pdf", licence: expect.stringContaining("cited only") }),
    ]);
    expect(mappingOriginSchema.safeParse(origin).success).toBe(true);
  });

  it("our EU→ISO edges that lean on the crosswalk's pairing stay our analysis, with the pairing as evidence", () => {
    const origin = deriveMappingOrigin({
      source: "eu-ai-act/art-9-1",
      target: "iso-42001/b-8-5",
      provenance: `Our analysis (EU-to-ISO pairing). … per the MANAGE 4.3 ↔ B.8.5 pairing (Annex B numbers …) in the ${NIST_ISO}`,
    });
    expect(origin).toMatchObject({ kind: "analysis", evidence: [expect.objectContaining({ locator: "MANAGE 4.3 ↔ B.8.5 pairing" })] });
  });

  it("what a file says wins over the derivation; an absent review is 'unreviewed'", () => {
    const origin = { kind: "imported" as const, createdOn: "2026-01-02", evidence: [] };
    expect(mappingProvenance({ source: "a/x", target: "b/y", provenance: "our analysis, 2026-11-29", origin })).toEqual({ origin, review: { status: "unreviewed" } });
    expect(provenanceLine(origin, { status: "confirmed", by: "A. Reviewer", on: "2026-11-30" })).toBe("Imported, 2026-01-02 · confirmed by A. Reviewer on 2026-11-30");
  });
});

describe("mapping provenance, review and conflict schemas", () => {
  const base = { source: "a/x", target: "b/y", relationship: "equivalent-to", rationale: "semantic", confidence: 0.8, explanation: "Both require the same thing.", provenance: "our analysis" };
  it("rejects a confirmed review without who and when, and a published-crosswalk origin without its source", () => {
    expect(mappingReviewSchema.safeParse({ status: "confirmed" }).success).toBe(false);
    expect(mappingReviewSchema.safeParse({ status: "confirmed", by: "A. Reviewer", on: "2026-11-30" }).success).toBe(true);
    expect(mappingOriginSchema.safeParse({ kind: "published-crosswalk", createdOn: "2026-11-29" }).success).toBe(false);
  });
  it("accepts a conflict with a description and rejects an empty one", () => {
    expect(mappingSchema.safeParse({ ...base, conflict: { description: "One law requires the disclosure the other forbids." } }).success).toBe(true);
    expect(mappingSchema.safeParse({ ...base, conflict: { description: "" } }).success).toBe(false);
  });
});
