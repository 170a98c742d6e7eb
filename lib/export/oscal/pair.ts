import type { EngineCorpus, EngineFramework, EngineMapping, EngineProvision, EngineVersion } from "@/lib/engine/types";
import type { Relationship } from "@/lib/schemas/common";

/** A relationship read from the other side: A subset-of B is B superset-of A (OSCAL common l.123–132). */
export const INVERSE_RELATIONSHIP: Record<Relationship, Relationship> = {
  "equivalent-to": "equivalent-to",
  "equal-to": "equal-to",
  "subset-of": "superset-of",
  "superset-of": "subset-of",
  "intersects-with": "intersects-with",
  "no-relationship": "no-relationship",
};

/**
 * A mapping as seen from `from` to `to`. The data records each mapping once, in either
 * direction; one recorded as to → from is inverted here (`inverted: true`). Its gap summary
 * still says what the recorded source requires that the recorded target does not: after
 * inversion that is a requirement of the target, hence `gapOf`.
 */
export type PairMapping = EngineMapping & { inverted: boolean; gapOf: "source" | "target" };

export type ProvisionInfo = EngineProvision & { version: EngineVersion; framework: EngineFramework; order: number };

export type CrosswalkPair = {
  from: EngineFramework;
  to: EngineFramework;
  mappings: PairMapping[];
  provisions: Map<string, ProvisionInfo>;
};

export type PairError = { field: "from" | "to"; message: string };

/** Both frameworks' provisions by id, with their version and position in the law. */
function indexProvisions(frameworks: EngineFramework[]): Map<string, ProvisionInfo> {
  const index = new Map<string, ProvisionInfo>();
  for (const framework of frameworks)
    for (const version of framework.versions)
      version.provisions.forEach((p, i) => index.set(p.id, { ...p, version, framework, order: i }));
  return index;
}

/**
 * The mappings between two frameworks, oriented from → to, sorted in the source law's order
 * then the target's. A pair recorded in both directions keeps the from → to record.
 */
export function selectCrosswalkPair(corpus: EngineCorpus, from: string, to: string): { ok: true; pair: CrosswalkPair } | { ok: false; problems: PairError[] } {
  const problems: PairError[] = [];
  const fromFw = corpus.frameworks.find((f) => f.id === from);
  const toFw = corpus.frameworks.find((f) => f.id === to);
  const known = corpus.frameworks.map((f) => f.id).join(", ");
  if (!fromFw) problems.push({ field: "from", message: `unknown framework "${from}" (one of: ${known})` });
  if (!toFw) problems.push({ field: "to", message: `unknown framework "${to}" (one of: ${known})` });
  if (fromFw && toFw && from === to) problems.push({ field: "to", message: "must be a different framework from `from`" });
  if (problems.length || !fromFw || !toFw) return { ok: false, problems };

  const provisions = indexProvisions([fromFw, toFw]);
  const fw = (id: string) => id.slice(0, id.indexOf("/"));
  const forward = corpus.mappings.filter((m) => fw(m.source) === from && fw(m.target) === to);
  const seen = new Set(forward.map((m) => `${m.source}|${m.target}`));
  const backward = corpus.mappings
    .filter((m) => fw(m.source) === to && fw(m.target) === from && !seen.has(`${m.target}|${m.source}`))
    .map((m): PairMapping => ({ ...m, source: m.target, target: m.source, relationship: INVERSE_RELATIONSHIP[m.relationship], inverted: true, gapOf: "target" }));
  const mappings = [...forward.map((m): PairMapping => ({ ...m, inverted: false, gapOf: "source" })), ...backward]
    .filter((m) => provisions.has(m.source) && provisions.has(m.target))
    .sort((a, b) => rank(provisions, a.source) - rank(provisions, b.source) || rank(provisions, a.target) - rank(provisions, b.target));
  return { ok: true, pair: { from: fromFw, to: toFw, mappings, provisions } };
}

// Newest version first (whatever order the source lists versions in), then the provision's place in its version.
function rank(index: Map<string, ProvisionInfo>, id: string): number {
  const p = index.get(id)!;
  const newer = p.framework.versions.filter((v) => v.validFrom > p.version.validFrom || (v.validFrom === p.version.validFrom && v.id < p.version.id)).length;
  return newer * 1_000_000 + p.order;
}

/** Framework pairs that have at least one mapping, each once, in the order the corpus lists frameworks. */
export function mappedPairs(corpus: EngineCorpus): [string, string][] {
  const order = new Map(corpus.frameworks.map((f, i) => [f.id, i]));
  const pairs = new Set<string>();
  for (const m of corpus.mappings) {
    const [a, b] = [m.source.split("/")[0]!, m.target.split("/")[0]!].sort((x, y) => order.get(x)! - order.get(y)!);
    pairs.add(`${a}|${b}`);
  }
  return [...pairs].map((p) => p.split("|") as [string, string]).sort((x, y) => order.get(x[0])! - order.get(y[0])! || order.get(x[1])! - order.get(y[1])!);
}
