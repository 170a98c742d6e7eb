import { describe, expect, it } from "vitest";
import type { GraphData } from "@/lib/db/explorer";
import { clusterByFramework, clusterId, clusterLinks } from "./clusters";

const node = (id: string, frameworkId: string | null) => ({ id, kind: frameworkId ? ("provision" as const) : ("concept" as const), label: id, title: id, frameworkId, depth: 0 });
const data: GraphData = {
  nodes: [node("eu/a", "eu"), node("eu/b", "eu"), node("co/a", "co"), node("nist/a", "nist"), node("concept:x", null)],
  edges: [
    { source: "eu/a", target: "co/a", kind: "mapping", relationship: "intersects-with" },
    { source: "co/a", target: "eu/b", kind: "mapping", relationship: "subset-of" },
    { source: "eu/a", target: "nist/a", kind: "mapping", relationship: "equal-to" },
    { source: "eu/a", target: "eu/b", kind: "mapping", relationship: "equal-to" },
    { source: "concept:x", target: "eu/a", kind: "concept", relationship: null },
  ],
  focus: null,
  truncated: false,
  tookMs: 0,
};
const frameworks = [
  { id: "eu", shortName: "EU AI Act" },
  { id: "co", shortName: "Colorado" },
  { id: "nist", shortName: "NIST AI RMF" },
];

describe("framework clusters", () => {
  it("makes one node per framework with its provision count, in the frameworks' order, without concepts", () => {
    const clusters = clusterByFramework(data, frameworks);
    expect(clusters.nodes.map((n) => [n.label, n.provisions])).toEqual([["EU AI Act", 2], ["Colorado", 1], ["NIST AI RMF", 1]]);
  });

  it("counts the mappings between two frameworks in either direction as one edge, and drops mappings inside a framework", () => {
    const clusters = clusterByFramework(data, frameworks);
    expect(clusters.edges).toHaveLength(2);
    expect(clusters.edges[0]).toMatchObject({ mappings: 2 });
    expect([clusters.edges[0]!.source, clusters.edges[0]!.target].sort()).toEqual([clusterId("co"), clusterId("eu")]);
  });

  it("lists a framework's partners, most mappings first", () => {
    const links = clusterLinks(clusterByFramework(data, frameworks), clusterId("eu"));
    expect(links.map((l) => [l.node.label, l.mappings])).toEqual([["Colorado", 2], ["NIST AI RMF", 1]]);
  });
});
