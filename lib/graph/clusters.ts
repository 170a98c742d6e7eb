import type { GraphData } from "@/lib/db/explorer";

// The graph's default overview: one node per framework, one edge per pair of frameworks with the
// number of mappings between them. Some 25 labelled nodes instead of 600 unlabelled ones.

export type ClusterNode = { id: string; frameworkId: string; label: string; provisions: number };
export type ClusterEdge = { source: string; target: string; mappings: number };
export type Clusters = { nodes: ClusterNode[]; edges: ClusterEdge[] };

export const clusterId = (frameworkId: string) => `framework:${frameworkId}`;

/** Provisions grouped by framework (concept nodes are left out), in `frameworks` order. */
export function clusterByFramework(data: GraphData, frameworks: { id: string; shortName: string }[]): Clusters {
  const counts = new Map<string, number>();
  const frameworkOf = new Map<string, string>();
  for (const node of data.nodes) {
    if (!node.frameworkId) continue;
    frameworkOf.set(node.id, node.frameworkId);
    counts.set(node.frameworkId, (counts.get(node.frameworkId) ?? 0) + 1);
  }
  const pairs = new Map<string, ClusterEdge>();
  for (const edge of data.edges) {
    const a = frameworkOf.get(edge.source);
    const b = frameworkOf.get(edge.target);
    if (!a || !b || a === b) continue;
    const [source, target] = [clusterId(a), clusterId(b)].sort() as [string, string];
    const key = `${source}|${target}`;
    const pair = pairs.get(key) ?? { source, target, mappings: 0 };
    pair.mappings++;
    pairs.set(key, pair);
  }
  const order = frameworks.map((f) => f.id);
  const nodes = [...counts.entries()]
    .sort((x, y) => (order.indexOf(x[0]) + 1 || Infinity) - (order.indexOf(y[0]) + 1 || Infinity) || x[0].localeCompare(y[0]))
    .map(([frameworkId, provisions]) => ({
      id: clusterId(frameworkId),
      frameworkId,
      label: frameworks.find((f) => f.id === frameworkId)?.shortName ?? frameworkId,
      provisions,
    }));
  return { nodes, edges: [...pairs.values()].sort((x, y) => y.mappings - x.mappings) };
}

/** The frameworks a cluster is linked to, most mappings first. */
export function clusterLinks(clusters: Clusters, id: string): { node: ClusterNode; mappings: number }[] {
  return clusters.edges
    .filter((e) => e.source === id || e.target === id)
    .map((e) => ({ node: clusters.nodes.find((n) => n.id === (e.source === id ? e.target : e.source))!, mappings: e.mappings }))
    .filter((l) => l.node)
    .sort((a, b) => b.mappings - a.mappings);
}
