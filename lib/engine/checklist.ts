import type { ChecklistItem, EngineMapping, Obligation } from "./types";

// Relationships that mean "doing one is doing (part of) the other": these always merge.
const MERGING = new Set(["equal-to", "equivalent-to", "subset-of", "superset-of"]);

const KIND_ORDER = ["prohibition", "obligation", "right", "requirement", "control", "outcome", "commitment"];

/**
 * Groups applicable obligations that require the same action into one item: linked by
 * equal/equivalent/subset/superset mappings, or by intersects-with when both share a
 * concept. Each item keeps every citation it satisfies and, per member, what that
 * provision requires beyond the shared core (the mapping's gap summary).
 */
export function buildChecklist(obligations: Obligation[], mappings: EngineMapping[]): ChecklistItem[] {
  const byId = new Map(obligations.map((o) => [o.id, o]));
  const parent = new Map(obligations.map((o) => [o.id, o.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const beyond = new Map<string, string[]>();

  for (const m of mappings) {
    const a = byId.get(m.source);
    const b = byId.get(m.target);
    if (!a || !b || m.relationship === "no-relationship") continue;
    const sharesConcept = a.concepts.some((c) => b.concepts.includes(c));
    if (!MERGING.has(m.relationship) && !(m.relationship === "intersects-with" && sharesConcept)) continue;
    parent.set(find(a.id), find(b.id));
    // gapSummary says what the target does not cover, i.e. what the source requires beyond it.
    if (m.gapSummary) beyond.set(a.id, [...(beyond.get(a.id) ?? []), `${m.gapSummary} (not covered by ${b.citation})`]);
  }

  const groups = new Map<string, Obligation[]>();
  for (const o of obligations) {
    const root = find(o.id);
    groups.set(root, [...(groups.get(root) ?? []), o]);
  }

  const order = new Map(obligations.map((o, i) => [o.id, i]));
  const items: ChecklistItem[] = [...groups.values()].map((members) => {
    // Anchor on binding law first, in the law's order: its wording leads the item.
    const sorted = [...members].sort((x, y) => rank(x) - rank(y) || order.get(x.id)! - order.get(y.id)!);
    const anchor = sorted[0]!;
    const dates = members.map((m) => m.appliesFrom).filter((d): d is string => d !== null).sort();
    const others = sorted.slice(1);
    const description =
      others.length === 0
        ? anchor.summary
        : `${anchor.summary} Also satisfies ${others.map((o) => `${o.citation} (${o.framework})`).join(", ")}.`;
    return {
      id: anchor.id,
      title: anchor.title,
      description,
      concepts: [...new Set(sorted.flatMap((m) => m.concepts))],
      satisfies: sorted.map((m) => m.id),
      members: sorted.map((m) => ({
        id: m.id,
        citation: m.citation,
        framework: m.framework,
        beyondSharedCore: beyond.get(m.id)?.join(" ") ?? null,
      })),
      dueDate: dates[0] ?? null,
      blocking: members.some((m) => m.kind === "prohibition"),
    };
  });
  items.sort(
    (a, b) => Number(b.blocking) - Number(a.blocking) || (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") || order.get(a.id)! - order.get(b.id)!,
  );
  return items;

  function rank(o: Obligation): number {
    const k = KIND_ORDER.indexOf(o.kind);
    return (o.kind === "commitment" || o.kind === "outcome" || o.kind === "control" || o.kind === "requirement" ? 100 : 0) + (k < 0 ? 50 : k);
  }
}
