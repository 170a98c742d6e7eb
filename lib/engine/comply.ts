import { DUTY_KINDS } from "@/lib/schemas/framework";
import { strictestLine, PARAMETER_WORDS } from "./checklist";
import type { EngineFramework, StrictestParameter } from "./types";
import { selectVersion } from "./versions";

// "Comply once": per concept, the one practice that satisfies every chosen framework's duties —
// the strictest value of each parameter and the provision that sets it, what only one member
// asks, and where two provisions conflict rather than nest. Pure: data in, data out.

export type ComplyDuty = {
  id: string;
  frameworkId: string;
  frameworkName: string;
  versionId: string;
  binding: boolean;
  citation: string;
  title: string;
  summary: string;
  /** The first concept is the provision's primary theme; only it places the duty under a concept. */
  concepts: string[];
  sourceUrl: string;
};

export type ComplyComparison = { parameter: string; source: string; target: string; stricter: "source" | "target" | "same" | "not-comparable"; note?: string | null };

export type ComplyMapping = {
  source: string;
  target: string;
  relationship: string;
  gapSummary?: string | null;
  comparisons?: ComplyComparison[] | null;
  /** Set when the two provisions conflict rather than nest (meeting one can breach the other). */
  conflict?: { description: string } | null;
};

export type ComplyInput = {
  concepts: { id: string; name: string }[];
  /** The duty-bearing provisions of the chosen frameworks' governing versions, in display order. */
  duties: ComplyDuty[];
  mappings: ComplyMapping[];
};

/** One provision's value for a parameter. */
export type ComplySide = { id: string; citation: string; framework: string; value: string };

/** The strictest value of a parameter, who sets it, the values it meets, and those it cannot be compared with. */
export type ComplyWinner = { value: string; setBy: ComplySide[]; over: ComplySide[] };

/**
 * One parameter of a harmonised requirement:
 * - `strictest`: one value wins every comparison it takes part in; meeting it meets `over`.
 *   `setBy` lists several provisions only when their values were recorded as the same.
 *   `separately` are values judged not comparable with it: they must be met on their own.
 * - `several`: two or more values each beat others but were never compared with each other
 *   (10 years of documentation vs "as long as the processing continues"): meet each winner.
 * - `same`: every comparison found the values equal.
 * - `separate`: the values were judged not comparable: meet each.
 * - `undetermined`: the comparisons contradict each other (A beats B and B beats A).
 */
export type ComplyParameter =
  | ({ parameter: string; status: "strictest"; separately: ComplySide[]; line: string } & ComplyWinner)
  | { parameter: string; status: "several"; winners: ComplyWinner[]; separately: ComplySide[]; line: string }
  | { parameter: string; status: "same"; value: string; setBy: ComplySide[]; line: string }
  | { parameter: string; status: "separate" | "undetermined"; values: ComplySide[]; line: string };

export type ComplyMember = { id: string; citation: string; framework: string; frameworkName: string; title: string; summary: string; binding: boolean; sourceUrl: string };

/** Duties of several frameworks linked by mappings: one practice meets them all. */
export type HarmonisedRequirement = {
  id: string;
  title: string;
  members: ComplyMember[];
  frameworks: string[];
  parameters: ComplyParameter[];
  /** What one member asks beyond another (the mapping's gap summary), by member. */
  leftOver: { id: string; citation: string; framework: string; beyond: string; text: string }[];
};

export type ComplyConflict = { a: ComplyMember; b: ComplyMember; description: string };

export type ConceptHarmonisation = {
  concept: { id: string; name: string };
  frameworks: { id: string; name: string; duties: number }[];
  /** Chosen frameworks with no duty whose primary concept this is. */
  silent: { id: string; name: string }[];
  requirements: HarmonisedRequirement[];
  /** Duties no other chosen framework's duty is linked to: only that framework asks them. */
  onlyOne: ComplyMember[];
  conflicts: ComplyConflict[];
};

const NO_LINK = "no-relationship";

function member(d: ComplyDuty): ComplyMember {
  return { id: d.id, citation: d.citation, framework: d.frameworkId, frameworkName: d.frameworkName, title: d.title, summary: d.summary, binding: d.binding, sourceUrl: d.sourceUrl };
}

/** Union-find over string ids. */
function disjointSets(ids: Iterable<string>) {
  const parent = new Map<string, string>();
  for (const id of ids) parent.set(id, id);
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  return { find, union: (a: string, b: string) => parent.set(find(a), find(b)) };
}

type ComparisonEdge = { a: ComplySide; b: ComplySide; stricter: ComplyComparison["stricter"] };

/**
 * The winner of one parameter among connected comparisons: the checklist's rule (the value that
 * wins every comparison it takes part in, see buildChecklist's strictestOf), with refinements
 * for a whole concept: values recorded as the same count as one value; a value judged not
 * comparable does not void the winner but is listed to be met separately; and values that each
 * win but were never compared with one another are all kept (`several`), never dropped.
 */
export function strictestOfComparisons(parameter: string, edges: ComparisonEdge[]): ComplyParameter {
  const sides = new Map<string, ComplySide>();
  const beats = new Map<string, Set<string>>();
  const losses = new Set<string>();
  const ties = disjointSets(edges.flatMap((e) => [e.a.id, e.b.id]));
  const beat = (winner: string, loser: string) => {
    beats.set(winner, (beats.get(winner) ?? new Set()).add(loser));
    losses.add(loser);
  };
  for (const { a, b, stricter } of edges) {
    sides.set(a.id, sides.get(a.id) ?? a);
    sides.set(b.id, sides.get(b.id) ?? b);
    if (stricter === "source") beat(a.id, b.id);
    else if (stricter === "target") beat(b.id, a.id);
    else if (stricter === "same") ties.union(a.id, b.id);
  }
  const all = [...sides.values()];
  if (beats.size === 0) {
    if (edges.every((e) => e.stricter === "same"))
      return { parameter, status: "same", value: edges[0]!.a.value, setBy: all, line: `${word(parameter)}: the same in every member — ${list(all)}` };
    return { parameter, status: "separate", values: all, line: `${word(parameter)}: not comparable, meet each — ${list(all)}` };
  }
  const winnerIds = [...beats.keys()].filter((id) => !losses.has(id));
  if (winnerIds.length === 0)
    return { parameter, status: "undetermined", values: all, line: `${word(parameter)}: the recorded comparisons contradict each other, meet each — ${list(all)}` };

  // A winner also meets every value it beats through others (15 days loses to 72 hours, which a stricter value beats).
  const reach = (from: string[]) => {
    const seen = new Set<string>();
    const queue = [...from];
    while (queue.length) for (const next of beats.get(queue.pop()!) ?? []) if (!seen.has(next)) (seen.add(next), queue.push(next));
    return seen;
  };
  const groups = new Map<string, string[]>();
  for (const id of winnerIds) groups.set(ties.find(id), [...(groups.get(ties.find(id)) ?? []), id]);
  const winners: ComplyWinner[] = [...groups.values()].map((ids) => {
    const group = ties.find(ids[0]!);
    const setBy = all.filter((s) => ties.find(s.id) === group && !losses.has(s.id));
    const beaten = reach(ids);
    const over = all.filter((s) => beaten.has(s.id) && !setBy.includes(s));
    return { value: setBy[0]!.value, setBy, over };
  });
  const placed = new Set(winners.flatMap((w) => [...w.setBy, ...w.over].map((s) => s.id)));
  const separately = all.filter((s) => !placed.has(s.id));
  const rest = separately.length ? `; not comparable, meet separately: ${list(separately)}` : "";
  const winnerLine = (w: ComplyWinner) =>
    strictestLine({ parameter, value: w.value, setBy: w.setBy.map((s) => s.citation).join(", "), over: w.over.map((s) => ({ citation: s.citation, value: s.value })) } satisfies StrictestParameter);
  if (winners.length === 1) return { parameter, status: "strictest", ...winners[0]!, separately, line: `${winnerLine(winners[0]!)}${rest}` };
  return {
    parameter,
    status: "several",
    winners,
    separately,
    line: `${word(parameter)}: ${winners.length} values never compared with each other, meet each — ${winners.map((w) => winnerLine(w).replace(/^[^:]+: /, "")).join("; ")}${rest}`,
  };
}

const list = (values: ComplySide[]) => values.map((s) => `${s.value} (${s.citation})`).join(", ");

const word = (parameter: string) => PARAMETER_WORDS[parameter] ?? parameter;
const PARAMETER_ORDER = Object.keys(PARAMETER_WORDS);

/**
 * Per parameter, one outcome for each set of duties its comparisons connect: two incident
 * deadlines compared only within their own pairs (72 hours vs 15 days; 24 hours vs 10 days)
 * are two deadlines, not one contest.
 */
export function harmoniseParameters(links: { source: ComplyDuty; target: ComplyDuty; comparisons: ComplyComparison[] }[]): ComplyParameter[] {
  const byParameter = new Map<string, ComparisonEdge[]>();
  for (const { source, target, comparisons } of links)
    for (const c of comparisons) {
      const edge: ComparisonEdge = {
        a: { id: source.id, citation: source.citation, framework: source.frameworkId, value: c.source },
        b: { id: target.id, citation: target.citation, framework: target.frameworkId, value: c.target },
        stricter: c.stricter,
      };
      byParameter.set(c.parameter, [...(byParameter.get(c.parameter) ?? []), edge]);
    }
  const out: ComplyParameter[] = [];
  for (const parameter of [...byParameter.keys()].sort((x, y) => PARAMETER_ORDER.indexOf(x) - PARAMETER_ORDER.indexOf(y))) {
    const edges = byParameter.get(parameter)!;
    const parts = disjointSets(edges.flatMap((e) => [e.a.id, e.b.id]));
    for (const e of edges) parts.union(e.a.id, e.b.id);
    const components = new Map<string, ComparisonEdge[]>();
    for (const e of edges) components.set(parts.find(e.a.id), [...(components.get(parts.find(e.a.id)) ?? []), e]);
    for (const component of components.values()) out.push(strictestOfComparisons(parameter, component));
  }
  return out;
}

/**
 * The harmonised requirement of each concept across the given duties. Duties sit under their
 * primary concept; two of them form one requirement when a mapping links them (any relationship
 * but no-relationship, and not a conflict). A requirement needs members of two frameworks;
 * a duty linked to no other framework's duty is "only one asks".
 */
export function harmonise(input: ComplyInput, conceptIds?: string[]): ConceptHarmonisation[] {
  const frameworkOrder = [...new Map(input.duties.map((d) => [d.frameworkId, d.frameworkName])).entries()];
  const byId = new Map(input.duties.map((d) => [d.id, d]));
  const order = new Map(input.duties.map((d, i) => [d.id, i]));
  const wanted = conceptIds ? new Set(conceptIds) : null;
  const out: ConceptHarmonisation[] = [];
  for (const concept of input.concepts) {
    if (wanted && !wanted.has(concept.id)) continue;
    const primary = input.duties.filter((d) => d.concepts[0] === concept.id);
    if (!primary.length && !wanted) continue;
    // A duty tagged with the concept only secondarily joins when a mapping links it to a primary
    // one (Art. 18(1) keeps documentation: technical documentation first, record-keeping second).
    const primaryIds = new Set(primary.map((d) => d.id));
    const linked = (a: string, b: string) => primaryIds.has(a) && byId.get(b)?.concepts.includes(concept.id);
    const joining = new Set(
      input.mappings.filter((m) => m.relationship !== NO_LINK && !m.conflict).flatMap((m) => (linked(m.source, m.target) ? [m.target] : linked(m.target, m.source) ? [m.source] : [])),
    );
    const duties = input.duties.filter((d) => primaryIds.has(d.id) || joining.has(d.id));
    const inConcept = new Set(duties.map((d) => d.id));
    const links = input.mappings.filter((m) => m.relationship !== NO_LINK && inConcept.has(m.source) && inConcept.has(m.target));
    const sets = disjointSets(inConcept);
    for (const m of links) if (!m.conflict && primaryIds.has(m.source) && primaryIds.has(m.target)) sets.union(m.source, m.target);
    // A secondary duty attaches to the group of its first primary partner and never bridges two
    // groups (the checklist treats voluntary provisions the same way): a secondary tag would
    // otherwise chain unrelated duties together.
    const attached = new Map<string, string>();
    for (const m of links) {
      if (m.conflict) continue;
      const [joiner, partner] = joining.has(m.source) && primaryIds.has(m.target) ? [m.source, m.target] : joining.has(m.target) && primaryIds.has(m.source) ? [m.target, m.source] : [];
      if (!joiner || !partner || attached.has(joiner)) continue;
      attached.set(joiner, partner);
      sets.union(joiner, partner);
    }
    // Links that count inside a group: any link whose two ends ended up in it.
    const inGroup = (m: ComplyMapping) => !m.conflict && sets.find(m.source) === sets.find(m.target);

    const groups = new Map<string, ComplyDuty[]>();
    for (const d of duties) groups.set(sets.find(d.id), [...(groups.get(sets.find(d.id)) ?? []), d]);
    const requirements: HarmonisedRequirement[] = [];
    const onlyOne: ComplyMember[] = [];
    for (const [root, members] of groups) {
      const frameworks = [...new Set(members.map((m) => m.frameworkId))];
      if (frameworks.length < 2) {
        onlyOne.push(...members.filter((m) => primaryIds.has(m.id)).map(member));
        continue;
      }
      const inside = links.filter((m) => inGroup(m) && sets.find(m.source) === root);
      // Binding law leads, then the chosen frameworks' order.
      const sorted = [...members].sort((x, y) => Number(y.binding) - Number(x.binding) || order.get(x.id)! - order.get(y.id)!);
      const leading = sorted.some((m) => m.binding) ? sorted.filter((m) => m.binding) : sorted;
      const titles = [...new Set(leading.map((m) => m.title))];
      requirements.push({
        id: sorted[0]!.id,
        title: titles.length <= 3 ? titles.join("; ") : `${titles.slice(0, 3).join("; ")} and ${titles.length - 3} more`,
        members: sorted.map(member),
        frameworks,
        parameters: harmoniseParameters(inside.map((m) => ({ source: byId.get(m.source)!, target: byId.get(m.target)!, comparisons: m.comparisons ?? [] }))),
        // gapSummary says what the mapping's source requires that its target does not cover.
        leftOver: inside
          .filter((m) => m.gapSummary)
          .map((m) => {
            const source = byId.get(m.source)!;
            const target = byId.get(m.target)!;
            return { id: source.id, citation: source.citation, framework: source.frameworkId, beyond: target.citation, text: m.gapSummary! };
          }),
      });
    }
    requirements.sort((a, b) => b.frameworks.length - a.frameworks.length || order.get(a.id)! - order.get(b.id)!);

    const conflicts: ComplyConflict[] = input.mappings
      .filter((m) => m.conflict && (inConcept.has(m.source) || inConcept.has(m.target)) && byId.has(m.source) && byId.has(m.target))
      .map((m) => ({ a: member(byId.get(m.source)!), b: member(byId.get(m.target)!), description: m.conflict!.description }));

    const perFramework = new Map<string, number>();
    for (const d of primary) perFramework.set(d.frameworkId, (perFramework.get(d.frameworkId) ?? 0) + 1);
    out.push({
      concept,
      frameworks: frameworkOrder.filter(([id]) => perFramework.has(id)).map(([id, name]) => ({ id, name, duties: perFramework.get(id)! })),
      silent: frameworkOrder.filter(([id]) => !perFramework.has(id)).map(([id, name]) => ({ id, name })),
      requirements,
      onlyOne,
      conflicts,
    });
  }
  return out;
}

/**
 * The comply input for chosen frameworks from the corpus: each framework's version governing on
 * `asOf` (in force or enacted, never repealed: see selectVersion), its duty-bearing provisions,
 * and the mappings whose two ends are both among them.
 */
export function complyInput(
  corpus: { concepts: { id: string; name: string }[]; frameworks: EngineFramework[]; mappings: ComplyMapping[] },
  frameworkIds: string[],
  asOf: string,
): ComplyInput & { versions: { frameworkId: string; versionId: string; label: string; status: string }[] } {
  const chosen = new Set(frameworkIds);
  const versions: { frameworkId: string; versionId: string; label: string; status: string }[] = [];
  const duties: ComplyDuty[] = [];
  for (const f of corpus.frameworks) {
    if (!chosen.has(f.id)) continue;
    const v = selectVersion(f, asOf);
    if (!v) continue;
    versions.push({ frameworkId: f.id, versionId: v.id, label: v.label, status: v.status });
    for (const p of v.provisions)
      if (DUTY_KINDS.has(p.kind) && p.concepts.length)
        duties.push({ id: p.id, frameworkId: f.id, frameworkName: f.shortName, versionId: v.id, binding: f.binding, citation: p.citation, title: p.title, summary: p.summary, concepts: p.concepts, sourceUrl: p.sourceUrl });
  }
  const ids = new Set(duties.map((d) => d.id));
  return { concepts: corpus.concepts, duties, mappings: corpus.mappings.filter((m) => ids.has(m.source) && ids.has(m.target)), versions };
}
