import type { ChecklistItem, EngineMapping, Obligation, StrictestParameter } from "./types";

/** Plain names of the comparison parameters (checklist, comply page, exports). */
export const PARAMETER_WORDS: Record<string, string> = {
  deadline: "Deadline",
  frequency: "Frequency",
  threshold: "Threshold",
  audience: "Audience",
  retention: "Retention",
  independence: "Independence",
  scope: "Scope",
  content: "Content",
  other: "Requirement",
};

/** "Deadline: 72 hours (GBL § 1422) — meets 15 days (§ 22757.13(b))": the strictest value and what it satisfies. */
export function strictestLine(p: StrictestParameter): string {
  const over = p.over.length ? ` — also meets ${p.over.map((o) => `${o.value} (${o.citation})`).join(", ")}` : "";
  return `${PARAMETER_WORDS[p.parameter] ?? p.parameter}: ${p.value} (${p.setBy})${over}`;
}

const INDEXES = new WeakMap<EngineMapping[], { byProvision: Map<string, EngineMapping[]>; order: Map<EngineMapping, number> }>();
function indexOf(mappings: EngineMapping[]) {
  let index = INDEXES.get(mappings);
  if (!index) {
    const byProvision = new Map<string, EngineMapping[]>();
    for (const m of mappings)
      for (const id of [m.source, m.target]) {
        const list = byProvision.get(id);
        if (list) list.push(m);
        else byProvision.set(id, [m]);
      }
    index = { byProvision, order: new Map(mappings.map((m, i) => [m, i])) };
    INDEXES.set(mappings, index);
  }
  return index;
}
const mappingsByProvision = (mappings: EngineMapping[]) => indexOf(mappings).byProvision;
/** Mappings keep the corpus order, so the same duties always merge the same way. */
const mappingOrder = (mappings: EngineMapping[], m: EngineMapping) => indexOf(mappings).order.get(m) ?? 0;

// Relationships that mean "doing one is doing (part of) the other": these always merge.
const MERGING = new Set(["equal-to", "equivalent-to", "subset-of", "superset-of"]);

/**
 * Groups applicable obligations that require the same action into one item: linked by
 * equal/equivalent/subset/superset mappings, or by intersects-with when both have the same
 * primary concept. Binding provisions merge transitively; a voluntary provision (NIST, ISO,
 * Hiroshima) only attaches to the group of its strongest counterpart and never bridges
 * two groups — broad voluntary outcomes would otherwise chain unrelated duties together.
 * Each item keeps every citation it satisfies and, per member, what that provision
 * requires beyond the shared core (from the mapping's gap summary).
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
  const links: { a: Obligation; b: Obligation; m: EngineMapping }[] = [];

  // Only mappings that touch one of this system's duties can link two of them (index built once per corpus).
  const touching = new Set<EngineMapping>();
  const index = mappingsByProvision(mappings);
  for (const o of obligations) for (const m of index.get(o.id) ?? []) touching.add(m);
  for (const m of mappings.length <= touching.size ? mappings : [...touching].sort((x, y) => mappingOrder(mappings, x) - mappingOrder(mappings, y))) {
    const a = byId.get(m.source);
    const b = byId.get(m.target);
    if (!a || !b || m.relationship === "no-relationship") continue;
    // A partial overlap merges only when both provisions are primarily about the same theme
    // (their first concept): sharing a secondary tag would chain unrelated duties together.
    const samePrimaryConcept = a.concepts[0] !== undefined && a.concepts[0] === b.concepts[0];
    if (!MERGING.has(m.relationship) && !(m.relationship === "intersects-with" && samePrimaryConcept)) continue;
    links.push({ a, b, m });
  }
  // Binding ↔ binding links merge freely.
  for (const { a, b } of links) if (a.binding && b.binding) parent.set(find(a.id), find(b.id));
  // Voluntary provisions attach once, to their strongest counterpart (binding first).
  const attached = new Set<string>();
  const voluntaryLinks = links
    .filter(({ a, b }) => !a.binding || !b.binding)
    .sort((x, y) => partnerRank(y) - partnerRank(x) || y.m.confidence - x.m.confidence);
  for (const { a, b } of voluntaryLinks) {
    // Attach the unattached voluntary side to the other side's group; never join two groups.
    const candidates = [a, b].filter((o) => !o.binding && !attached.has(o.id));
    const vol = candidates[0];
    if (!vol) continue;
    const partner = vol === a ? b : a;
    parent.set(find(vol.id), find(partner.id));
    attached.add(vol.id);
    if (!partner.binding) attached.add(partner.id);
  }
  for (const { a, b, m } of links) {
    if (find(a.id) !== find(b.id) || !m.gapSummary) continue;
    // gapSummary says what the source requires that the target does not cover.
    beyond.set(a.id, [...(beyond.get(a.id) ?? []), `Beyond ${b.citation}: ${m.gapSummary}`]);
  }

  const groups = new Map<string, Obligation[]>();
  for (const o of obligations) {
    const root = find(o.id);
    groups.set(root, [...(groups.get(root) ?? []), o]);
  }

  // Links inside each group, for the strictest-requirement comparisons.
  const linksByGroup = new Map<string, typeof links>();
  for (const l of links) {
    const root = find(l.a.id);
    if (root !== find(l.b.id) || !l.m.comparisons?.length) continue;
    linksByGroup.set(root, [...(linksByGroup.get(root) ?? []), l]);
  }
  const order = new Map(obligations.map((o, i) => [o.id, i]));
  const items: ChecklistItem[] = [...groups.values()].map((members) => {
    // Binding law leads the item, in the law's own order.
    const sorted = [...members].sort((x, y) => Number(y.binding) - Number(x.binding) || order.get(x.id)! - order.get(y.id)!);
    const anchor = sorted[0]!;
    // A voluntary framework's publication date is not a deadline: binding members set the due date.
    const dated = anchor.binding ? members.filter((m) => m.binding) : members;
    const dates = dated.map((m) => m.appliesFrom).filter((d): d is string => d !== null).sort();
    return {
      id: anchor.id,
      title: itemTitle(sorted),
      description: anchor.summary,
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
      binding: anchor.binding,
      // The item is certain as soon as one member certainly applies.
      status: members.some((m) => m.status === "applies") ? "applies" : "may-apply",
      openQuestions: members.some((m) => m.status === "applies")
        ? []
        : [...new Map(members.flatMap((m) => m.openQuestions).map((q) => [q.fact, q])).values()],
      strictest: strictestOf(linksByGroup.get(find(anchor.id)) ?? []),
    };
  });
  items.sort(
    (a, b) =>
      Number(b.blocking) - Number(a.blocking) ||
      Number(b.binding) - Number(a.binding) ||
      (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") ||
      order.get(a.id)! - order.get(b.id)!,
  );
  return items;

  /**
   * A title must name what every member asks: the distinct titles of the binding members (or of
   * all members when none binds), in the law's order — never one member's title for the group.
   */
  function itemTitle(sorted: Obligation[]): string {
    const leading = sorted.some((m) => m.binding) ? sorted.filter((m) => m.binding) : sorted;
    const titles = [...new Set(leading.map((m) => m.title))];
    return titles.length <= 3 ? titles.join("; ") : `${titles.slice(0, 3).join("; ")} and ${titles.length - 3} more`;
  }

  /**
   * Per parameter, the member whose value wins every comparison it takes part in within the
   * group (pairwise comparisons recorded on the mappings). A parameter whose comparisons
   * conflict (A beats B, B beats A) or were judged not comparable is left out: the members
   * then stay listed with what each adds.
   */
  function strictestOf(groupLinks: typeof links): StrictestParameter[] {
    type Side = { citation: string; value: string };
    const byParameter = new Map<string, { wins: Map<string, Side>; losses: Map<string, Side>; incomparable: boolean }>();
    for (const { a, b, m } of groupLinks) {
      for (const c of m.comparisons ?? []) {
        const entry = byParameter.get(c.parameter) ?? { wins: new Map(), losses: new Map(), incomparable: false };
        byParameter.set(c.parameter, entry);
        const source = { citation: a.citation, value: c.source };
        const target = { citation: b.citation, value: c.target };
        if (c.stricter === "not-comparable") entry.incomparable = true;
        else if (c.stricter === "source") (entry.wins.set(a.id, source), entry.losses.set(b.id, target));
        else if (c.stricter === "target") (entry.wins.set(b.id, target), entry.losses.set(a.id, source));
      }
    }
    const out: StrictestParameter[] = [];
    for (const [parameter, { wins, losses, incomparable }] of byParameter) {
      const winners = [...wins].filter(([id]) => !losses.has(id));
      if (incomparable || winners.length !== 1) continue;
      const [winnerId, side] = winners[0]!;
      out.push({ parameter, value: side.value, setBy: side.citation, over: [...losses].filter(([id]) => id !== winnerId).map(([, s]) => s) });
    }
    return out;
  }

  function partnerRank(l: { a: Obligation; b: Obligation }): number {
    return Number(l.a.binding || l.b.binding);
  }
}
