import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ROLE_LABELS, type Role } from "@/lib/schemas/common";
import { formatDate } from "@/lib/format";

export type TreeProvision = {
  id: string;
  key: string;
  citation: string;
  title: string;
  kind: string;
  parentKey: string | null;
  binds: string[];
  appliesFrom: Date | null;
  verified: boolean;
  mappingCount: number;
  /** Set when the page is "as of" a date on which this provision does not apply yet. */
  pendingOn?: string;
};

type Node = TreeProvision & { children: Node[] };

/** Builds the law's own hierarchy from parent keys, keeping the data file's order. */
export function buildTree(provisions: TreeProvision[]): Node[] {
  const nodes = new Map(provisions.map((p) => [p.key, { ...p, children: [] as Node[] }]));
  const roots: Node[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentKey ? nodes.get(node.parentKey) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export function ProvisionTree({ frameworkId, provisions }: { frameworkId: string; provisions: TreeProvision[] }) {
  const roots = buildTree(provisions);
  if (!roots.length) return <p className="text-slate-600">No provisions match these filters.</p>;
  return <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">{roots.map((n) => <TreeNode key={n.key} node={n} frameworkId={frameworkId} depth={0} />)}</ul>;
}

function TreeNode({ node, frameworkId, depth }: { node: Node; frameworkId: string; depth: number }) {
  const heading = node.kind === "heading";
  return (
    <li>
      <div className={`flex flex-col gap-1 px-4 py-2 sm:flex-row sm:items-baseline sm:gap-3 ${heading ? "bg-slate-50" : ""}`} style={{ paddingLeft: `${1 + depth * 1.25}rem` }}>
        <Link href={`/frameworks/${frameworkId}/${node.key}`} className={`shrink-0 font-mono text-sm ${heading ? "font-semibold" : ""}`}>
          {node.citation}
        </Link>
        <span className={`flex-1 text-sm ${heading ? "font-semibold text-slate-800" : "text-slate-700"}`}>{node.title}</span>
        <span className="flex flex-wrap gap-1">
          {!heading && node.binds.slice(0, 3).map((r) => <Badge key={r}>{ROLE_LABELS[r as Role] ?? r}</Badge>)}
          {node.kind === "prohibition" && <Badge tone="red">Prohibition</Badge>}
          {node.kind === "classification" && <Badge tone="amber">Classification</Badge>}
          {node.kind === "exemption" && <Badge tone="green">Exemption</Badge>}
          {!node.verified && <Badge tone="amber" title="Not verified against the primary text">Unverified</Badge>}
          {node.mappingCount > 0 && <Badge tone="blue">{node.mappingCount} mapped</Badge>}
          {node.pendingOn && <Badge tone="amber" title={`Does not apply yet on ${formatDate(node.pendingOn)}`}>Not yet applicable</Badge>}
          {!heading && node.appliesFrom && <span className={`text-xs ${node.pendingOn ? "font-medium text-amber-900" : "text-slate-500"}`}>from {formatDate(node.appliesFrom)}</span>}
        </span>
      </div>
      {node.children.length > 0 && (
        <ul className="divide-y divide-slate-100 border-t border-slate-100">
          {node.children.map((c) => <TreeNode key={c.key} node={c} frameworkId={frameworkId} depth={depth + 1} />)}
        </ul>
      )}
    </li>
  );
}
