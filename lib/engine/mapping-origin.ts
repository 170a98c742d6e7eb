import type { MappingOrigin, MappingReview } from "@/lib/schemas/framework";

// Structured provenance for mappings whose data file only says it in words. The free-text
// `provenance` stays as written; this reads the three forms the corpus uses.

const NIST_ISO_CROSSWALK = "NIST AI RMF to ISO/IEC FDIS 42001 AI Management System Crosswalk";
const NIST_ISO_EVIDENCE = {
  source: `${NIST_ISO_CROSSWALK} (Microsoft; listed in the NIST AI Resource Center crosswalk library)`,
  version: "2023 (maps the ISO/IEC FDIS 42001 text)",
  // The PDF states no licence: we cite its pairings and copy none of its text or data.
  licence: "no licence stated; cited only, nothing redistributed",
  url: "https://airc.nist.gov/docs/NIST_AI_RMF_to_ISO_IEC_42001_Crosswalk.pdf",
};

/** "govern-1-1" → "GOVERN 1.1": the crosswalk's rows are AI RMF subcategories. */
function rmfSubcategory(provisionId: string): string | null {
  const m = /^nist-ai-rmf\/(govern|map|measure|manage)-(\d+)-(\d+)$/.exec(provisionId);
  return m ? `${m[1]!.toUpperCase()} ${m[2]}.${m[3]}` : null;
}

/**
 * The origin a mapping's free-text provenance implies: the date in "our analysis, 2026-11-29",
 * and a cited published crosswalk as evidence (with the row it came from when we can tell).
 */
export function deriveMappingOrigin(m: { source: string; target: string; provenance: string }): MappingOrigin {
  const date = /\b(\d{4}-\d{2}-\d{2})\b/.exec(m.provenance)?.[1];
  const createdOn = date ? { createdOn: date } : {};
  if (m.provenance.includes(NIST_ISO_CROSSWALK)) {
    // "per the MANAGE 4.3 ↔ B.8.5 pairing": our EU→ISO edge leans on the crosswalk's pairing.
    const pairing = /per the (.+?) pairing/.exec(m.provenance)?.[1];
    const row = rmfSubcategory(m.source) ?? rmfSubcategory(m.target);
    const locator = pairing ? `${pairing} pairing` : row ? `AI RMF ${row} row` : undefined;
    const evidence = [{ ...NIST_ISO_EVIDENCE, ...(locator ? { locator } : {}) }];
    // Taken from the crosswalk (then typed by us) only when the provenance starts with it.
    const kind = /^our analysis/i.test(m.provenance) ? "analysis" : "published-crosswalk";
    return { kind, ...createdOn, evidence };
  }
  if (/^imported\b/i.test(m.provenance)) return { kind: "imported", ...createdOn, evidence: [] };
  return { kind: "analysis", ...createdOn, evidence: [] };
}

/** A mapping nobody has confirmed yet. */
export const UNREVIEWED: MappingReview = { status: "unreviewed" };

/** The origin and review a mapping carries, filling in what its file does not say. */
export function mappingProvenance(m: { source: string; target: string; provenance: string; origin?: MappingOrigin; review?: MappingReview }) {
  return { origin: m.origin ?? deriveMappingOrigin(m), review: m.review ?? UNREVIEWED };
}

const ORIGIN_WORDS: Record<MappingOrigin["kind"], string> = {
  analysis: "Our analysis",
  "published-crosswalk": "From a published crosswalk",
  imported: "Imported",
};

/** One line for lists and exports: "Our analysis, 2026-11-29 · evidence: … (row …; licence …) · unreviewed". */
export function provenanceLine(origin: MappingOrigin, review: MappingReview): string {
  const made = `${ORIGIN_WORDS[origin.kind]}${origin.createdOn ? `, ${origin.createdOn}` : ", date not recorded"}`;
  const evidence = origin.evidence.map((e) => `evidence: ${e.source}${e.version ? `, ${e.version}` : ""}${e.locator ? `, ${e.locator}` : ""} (licence: ${e.licence})`);
  const reviewed =
    review.status === "unreviewed" ? "not yet reviewed" : `${review.status} by ${review.by ?? "?"} on ${review.on ?? "?"}${review.note ? ` (${review.note})` : ""}`;
  return [made, ...evidence, reviewed].join(" · ");
}
