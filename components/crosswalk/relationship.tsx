import type { Coverage } from "@/lib/engine/crosswalk";
import { RELATIONSHIPS, type Relationship } from "@/lib/schemas/common";

/**
 * How each OSCAL relationship looks everywhere: a colour, a glyph (so colour is never the only
 * signal) and words read from the row's or page's provision towards the other one.
 */
export const RELATIONSHIP_STYLES: Record<Relationship, { label: string; phrase: string; meaning: string; glyph: string; cell: string; badge: string }> = {
  "equal-to": {
    label: "Equal",
    phrase: "is equal to",
    meaning: "Same requirement, same words",
    glyph: "=",
    cell: "bg-emerald-700 text-white",
    badge: "bg-emerald-700 text-white ring-emerald-800",
  },
  "equivalent-to": {
    label: "Equivalent",
    phrase: "is equivalent to",
    meaning: "Same effect in different words",
    glyph: "≈",
    cell: "bg-emerald-300 text-emerald-950",
    badge: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  },
  "subset-of": {
    label: "Subset",
    phrase: "is a subset of",
    meaning: "Fully covered by the other provision",
    glyph: "⊂",
    cell: "bg-sky-700 text-white",
    badge: "bg-sky-100 text-sky-900 ring-sky-300",
  },
  "superset-of": {
    label: "Superset",
    phrase: "is a superset of",
    meaning: "Asks more than the other provision",
    glyph: "⊃",
    cell: "bg-violet-300 text-violet-950",
    badge: "bg-violet-100 text-violet-900 ring-violet-300",
  },
  "intersects-with": {
    label: "Intersects",
    phrase: "intersects with",
    meaning: "Partial overlap; read the gap summary",
    glyph: "∩",
    cell: "bg-amber-300 text-amber-950",
    badge: "bg-amber-100 text-amber-900 ring-amber-300",
  },
  "no-relationship": {
    label: "No counterpart",
    phrase: "has no counterpart in",
    meaning: "Checked: the other provision does not cover it",
    glyph: "×",
    cell: "bg-[repeating-linear-gradient(135deg,#f1f5f9_0,#f1f5f9_3px,#cbd5e1_3px,#cbd5e1_4px)] text-slate-700",
    badge: "bg-slate-100 text-slate-700 ring-slate-300",
  },
};

export const COVERAGE_STYLES: Record<Coverage, { label: string; description: string; badge: string }> = {
  covered: { label: "Covered", description: "an equal or equivalent counterpart, or one that contains it", badge: "bg-emerald-50 text-emerald-800 ring-emerald-200" },
  partial: { label: "Partly covered", description: "only overlapping counterparts; the gap summaries say what is missing", badge: "bg-amber-50 text-amber-900 ring-amber-200" },
  "checked-none": { label: "Checked: no counterpart", description: "analysed and recorded as no-relationship", badge: "bg-red-50 text-red-800 ring-red-200" },
  unmapped: { label: "Not mapped", description: "no analysis recorded against this framework yet", badge: "bg-slate-100 text-slate-700 ring-slate-200" },
};

export function RelationshipBadge({ relationship }: { relationship: Relationship }) {
  const style = RELATIONSHIP_STYLES[relationship];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${style.badge}`} title={style.meaning}>
      <span aria-hidden>{style.glyph}</span>
      {style.label}
    </span>
  );
}

export function CoverageBadge({ coverage }: { coverage: Coverage }) {
  const style = COVERAGE_STYLES[coverage];
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${style.badge}`} title={style.description}>
      {style.label}
    </span>
  );
}

/** The legend under every matrix: swatch, glyph, name, meaning and (optionally) how many cells. */
export function RelationshipLegend({ counts }: { counts?: Partial<Record<Relationship, number>> }) {
  return (
    <ul aria-label="Legend" className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
      {RELATIONSHIPS.map((r) => {
        const style = RELATIONSHIP_STYLES[r];
        return (
          <li key={r} className="flex items-center gap-2">
            <span aria-hidden className={`grid h-5 w-5 shrink-0 place-items-center rounded-sm text-xs font-bold ring-1 ring-slate-300 ${style.cell}`}>{style.glyph}</span>
            <span>
              <span className="font-medium text-slate-800">{style.label}</span>
              <span className="text-slate-600"> — {style.meaning}</span>
              {counts && <span className="text-slate-500"> ({counts[r] ?? 0})</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
