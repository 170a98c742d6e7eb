import type { GraphNode } from "@/lib/db/explorer";

/** Where a graph node leads: its provision page or its concept page. */
export function graphNodeHref(node: Pick<GraphNode, "id" | "kind">): string {
  return node.kind === "concept" ? `/concepts/${node.id.replace(/^concept:/, "")}` : `/frameworks/${node.id}`;
}
