/** Minimal provision shape needed to compare versions. */
export type ComparableProvision = {
  key: string;
  citation: string;
  title: string;
  summary: string;
  kind: string;
  applies: { from: string; setBy: string; when?: unknown }[];
  history: { from: string; setBy: string; replacedBy: string }[];
  amendedBy?: { act: string; change: string; note?: string } | null;
};

export type VersionDiff = {
  /** same citation in both versions (the numbering is kept, the duty may differ) */
  sameCitation: { citation: string; from: ComparableProvision; to: ComparableProvision; sameTitle: boolean }[];
  onlyInFrom: ComparableProvision[];
  onlyInTo: ComparableProvision[];
};

/** Normalises citations so "C.R.S. 6-1-1704(1)" and "6-1-1704(1)" match. */
export function normaliseCitation(citation: string): string {
  return citation.replace(/^C\.R\.S\.\s*/i, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * Compares two versions of one framework by citation, in the newer version's order:
 * what both share (the same section number may carry a different duty), what was dropped
 * and what was added. Headings are ignored.
 */
export function diffVersions(from: ComparableProvision[], to: ComparableProvision[]): VersionDiff {
  const duties = (list: ComparableProvision[]) => list.filter((p) => p.kind !== "heading");
  const fromByCitation = new Map(duties(from).map((p) => [normaliseCitation(p.citation), p]));
  const toByCitation = new Map(duties(to).map((p) => [normaliseCitation(p.citation), p]));
  return {
    sameCitation: duties(to)
      .filter((p) => fromByCitation.has(normaliseCitation(p.citation)))
      .map((p) => {
        const old = fromByCitation.get(normaliseCitation(p.citation))!;
        return { citation: p.citation, from: old, to: p, sameTitle: old.title === p.title };
      }),
    onlyInFrom: duties(from).filter((p) => !toByCitation.has(normaliseCitation(p.citation))),
    onlyInTo: duties(to).filter((p) => !fromByCitation.has(normaliseCitation(p.citation))),
  };
}

export type AmendmentChange =
  | { type: "date-moved"; provision: ComparableProvision; from: string; to: string; setBy: string; replacedBy: string }
  | { type: "added" | "amended"; provision: ComparableProvision; act: string; note?: string };

/** What an amending act changed inside one consolidated version: moved dates and added or amended provisions. */
export function amendmentChanges(provisions: ComparableProvision[]): AmendmentChange[] {
  const changes: AmendmentChange[] = [];
  for (const p of provisions) {
    for (const h of p.history) {
      const current = p.applies.find((a) => !a.when && a.from !== h.from) ?? p.applies.find((a) => a.from !== h.from);
      if (current) changes.push({ type: "date-moved", provision: p, from: h.from, to: current.from, setBy: h.setBy, replacedBy: h.replacedBy });
    }
    if (p.amendedBy) changes.push({ type: p.amendedBy.change === "added" ? "added" : "amended", provision: p, act: p.amendedBy.act, note: p.amendedBy.note });
  }
  return changes;
}
