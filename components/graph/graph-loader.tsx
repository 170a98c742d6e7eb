"use client";

import dynamic from "next/dynamic";
import type { GraphViewProps } from "./graph-view";

// Sigma draws with WebGL and touches `window` on import, so it is loaded in the browser only.
const GraphView = dynamic(() => import("./graph-view"), {
  ssr: false,
  loading: () => (
    <div className="grid h-[70vh] min-h-96 place-items-center rounded-lg border border-slate-200 bg-white text-sm text-slate-500" role="status">
      Loading the graph…
    </div>
  ),
});

export function GraphLoader(props: GraphViewProps) {
  return <GraphView {...props} />;
}
