import type { Relationship } from "@/lib/schemas/common";

// Colours of the graph (WebGL needs hex, not Tailwind classes). Each framework keeps its colour
// across views; relationships follow the matrix legend.
export const FRAMEWORK_COLOURS: Record<string, string> = {
  "eu-ai-act": "#1d4ed8",
  "colorado-ai-act": "#c2410c",
  "nist-ai-rmf": "#047857",
  "iso-42001": "#7c3aed",
  "hiroshima-code": "#be123c",
};
// Enough distinct hues that two frameworks rarely share one (there are some 25).
export const FALLBACK_COLOURS = [
  "#0e7490", "#4d7c0f", "#a16207", "#9d174d", "#334155", "#0891b2", "#65a30d", "#db2777", "#9333ea", "#ea580c",
  "#0f766e", "#b91c1c", "#4338ca", "#854d0e", "#15803d", "#c026d3", "#0369a1", "#78716c", "#e11d48", "#166534",
];
export const CONCEPT_COLOUR = "#0f172a";

export const EDGE_COLOURS: Record<Relationship | "concept", string> = {
  "equal-to": "#047857",
  "equivalent-to": "#34d399",
  "subset-of": "#0369a1",
  "superset-of": "#a78bfa",
  "intersects-with": "#f59e0b",
  "no-relationship": "#cbd5e1",
  concept: "#cbd5e1",
};

export function frameworkColour(frameworkId: string | null, order: string[]): string {
  if (!frameworkId) return CONCEPT_COLOUR;
  return FRAMEWORK_COLOURS[frameworkId] ?? FALLBACK_COLOURS[Math.max(order.indexOf(frameworkId), 0) % FALLBACK_COLOURS.length]!;
}
