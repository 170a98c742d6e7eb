import type { Relationship } from "@/lib/schemas/common";

/** How the same mapping reads from its target's side (NIST IR 8477 set relations). */
export const INVERSE_RELATIONSHIP: Record<Relationship, Relationship> = {
  "equal-to": "equal-to",
  "equivalent-to": "equivalent-to",
  "subset-of": "superset-of",
  "superset-of": "subset-of",
  "intersects-with": "intersects-with",
  "no-relationship": "no-relationship",
};

/** The relationship seen from `provisionId`, whichever end of the mapping it is. */
export function relationshipFrom(provisionId: string, mapping: { sourceId: string; relationship: Relationship }): Relationship {
  return mapping.sourceId === provisionId ? mapping.relationship : INVERSE_RELATIONSHIP[mapping.relationship];
}

/**
 * How well another framework covers a provision, from the relationships seen from the provision:
 * covered — some counterpart says all of it (equal, equivalent, or the provision is a subset);
 * partial — counterparts overlap but ask less (intersects-with, superset-of);
 * checked-none — every mapping is an explicit no-relationship: analysed, no counterpart;
 * unmapped — nobody has mapped it to that framework yet.
 */
export type Coverage = "covered" | "partial" | "checked-none" | "unmapped";

export function coverageOf(relationships: Relationship[]): Coverage {
  if (relationships.some((r) => r === "equal-to" || r === "equivalent-to" || r === "subset-of")) return "covered";
  if (relationships.some((r) => r === "intersects-with" || r === "superset-of")) return "partial";
  return relationships.length > 0 ? "checked-none" : "unmapped";
}

/** A provision "has no counterpart" when nothing but no-relationship links it to the other framework. */
export function hasNoCounterpart(coverage: Coverage): boolean {
  return coverage === "checked-none" || coverage === "unmapped";
}

/** Strongest first: which mapping a matrix cell shows when a pair is mapped both ways. */
export const RELATIONSHIP_STRENGTH: Record<Relationship, number> = {
  "equal-to": 6,
  "equivalent-to": 5,
  "subset-of": 4,
  "superset-of": 3,
  "intersects-with": 2,
  "no-relationship": 1,
};
