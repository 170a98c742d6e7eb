"use client";

import "@react-sigma/core/lib/style.css";
import { ControlsContainer, FullScreenControl, SigmaContainer, useLoadGraph, useRegisterEvents, useSetSettings, useSigma, ZoomControl } from "@react-sigma/core";
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import type { GraphData, GraphNode } from "@/lib/db/explorer";
import { graphNodeHref } from "./node-href";
import { EDGE_COLOURS, frameworkColour } from "./palette";

export type GraphViewProps = {
  data: GraphData;
  frameworks: { id: string; shortName: string }[];
  depth: number;
};

type NodeAttributes = { x: number; y: number; size: number; color: string; label: string; node: GraphNode; degree: number };
type EdgeAttributes = { size: number; color: string };

/** Deterministic start positions: each framework gets a sector of a circle, concepts the centre. */
function initialPosition(node: GraphNode, index: number, order: string[], focus: string | null): { x: number; y: number } {
  if (node.id === focus) return { x: 0, y: 0 };
  const sector = node.frameworkId ? order.indexOf(node.frameworkId) : -1;
  const angle = ((sector + 0.5) / Math.max(order.length, 1)) * 2 * Math.PI + ((index * 0.618) % 1) * 0.9;
  const radius = 10 + node.depth * 10 + ((index * 7919) % 97) / 5;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

function buildGraph(data: GraphData, order: string[]) {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ multi: false, type: "undirected" });
  const large = data.nodes.length > 600;
  data.nodes.forEach((node, i) => {
    graph.addNode(node.id, {
      ...initialPosition(node, i, order, data.focus),
      size: 3,
      color: frameworkColour(node.frameworkId, order),
      label: node.kind === "concept" ? node.label : node.label,
      node,
      degree: 0,
    });
  });
  for (const edge of data.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.source, edge.target)) continue;
    graph.addEdge(edge.source, edge.target, {
      size: edge.kind === "concept" ? 0.6 : large ? 0.8 : 1.4,
      color: EDGE_COLOURS[edge.relationship ?? "concept"],
    });
  }
  graph.forEachNode((id, attrs) => {
    const degree = graph.degree(id);
    const focusBoost = data.focus === id ? 8 : attrs.node.kind === "concept" ? 6 : 0;
    graph.mergeNodeAttributes(id, { degree, size: Math.min(3 + Math.sqrt(degree) * (large ? 1.2 : 1.8), 16) + focusBoost });
  });
  return graph;
}

function LoadGraph({ data, order, onLayout }: { data: GraphData; order: string[]; onLayout: (state: "running" | "done") => void }) {
  const loadGraph = useLoadGraph<NodeAttributes, EdgeAttributes>();
  useEffect(() => {
    const graph = buildGraph(data, order);
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 400, adjustSizes: false, gravity: 1, scalingRatio: graph.order > 400 ? 4 : 8 };
    // Small graphs settle synchronously before the first frame; large ones in a Web Worker,
    // drawn while they move, for at most a few seconds.
    if (graph.order <= 800) {
      forceAtlas2.assign(graph, { iterations: graph.order < 200 ? 200 : 120, settings });
      loadGraph(graph);
      onLayout("done");
      return;
    }
    loadGraph(graph);
    const layout = new FA2Layout(graph, { settings });
    layout.start();
    onLayout("running");
    const stop = window.setTimeout(() => {
      layout.stop();
      onLayout("done");
    }, Math.min(2000 + graph.order, 8000));
    return () => {
      window.clearTimeout(stop);
      layout.kill();
    };
  }, [data, order, loadGraph, onLayout]);
  return null;
}

type InteractionProps = {
  hovered: string | null;
  setHovered: (id: string | null) => void;
  selected: string | null;
  setSelected: (id: string | null) => void;
  /** Set when the reader picks a node from the list: the camera flies there. */
  flyTo: { id: string } | null;
};

function Interactions({ hovered, setHovered, selected, setSelected, flyTo }: InteractionProps) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const registerEvents = useRegisterEvents();
  const setSettings = useSetSettings<NodeAttributes, EdgeAttributes>();

  useEffect(() => {
    registerEvents({
      enterNode: (e) => setHovered(e.node),
      leaveNode: () => setHovered(null),
      clickNode: (e) => setSelected(e.node),
      clickStage: () => setSelected(null),
    });
  }, [registerEvents, setHovered, setSelected]);

  // Hover or selection: keep the node and its neighbours, fade the rest.
  useEffect(() => {
    const graph = sigma.getGraph();
    const focus = hovered ?? selected;
    const neighbours = focus && graph.hasNode(focus) ? new Set(graph.neighbors(focus)) : null;
    setSettings({
      nodeReducer: (node, attrs) => {
        if (!focus || !neighbours) return attrs;
        if (node === focus) return { ...attrs, highlighted: true, zIndex: 2 };
        if (neighbours.has(node)) return { ...attrs, forceLabel: true, zIndex: 1 };
        return { ...attrs, color: "#e2e8f0", label: "", zIndex: 0 };
      },
      edgeReducer: (edge, attrs) => {
        if (!focus) return attrs;
        return graph.hasExtremity(edge, focus) ? { ...attrs, size: attrs.size * 2 } : { ...attrs, hidden: true };
      },
    });
  }, [hovered, selected, sigma, setSettings]);

  // Picking a node from the list moves the camera to it (display data is in the camera's frame).
  useEffect(() => {
    if (!flyTo || !sigma.getGraph().hasNode(flyTo.id)) return;
    const position = sigma.getNodeDisplayData(flyTo.id);
    if (position) sigma.getCamera().animate({ x: position.x, y: position.y, ratio: Math.min(sigma.getCamera().ratio, 0.5) }, { duration: 400 });
  }, [flyTo, sigma]);
  return null;
}

export default function GraphView({ data, frameworks, depth }: GraphViewProps) {
  const order = useMemo(() => frameworks.map((f) => f.id), [frameworks]);
  const [layout, setLayout] = useState<"running" | "done">("running");
  const [hovered, setHovered] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [flyTo, setFlyTo] = useState<{ id: string } | null>(null);
  const nodes = useMemo(() => new Map(data.nodes.map((n) => [n.id, n])), [data.nodes]);
  // With nothing selected, the panel describes the node the view is centred on.
  const selectedNode = selected ? nodes.get(selected) : data.focus ? nodes.get(data.focus) : undefined;
  const sortedNodes = useMemo(() => [...data.nodes].sort((a, b) => a.label.localeCompare(b.label, "en", { numeric: true })), [data.nodes]);
  const large = data.nodes.length > 600;
  // Without a focus every node competes for a label: show only the well-connected ones.
  const dense = large || !data.focus;

  return (
    <div className="flex flex-col gap-4 lg:flex-row lg:items-start">
      <div className="relative h-[70vh] min-h-96 w-full min-w-0 overflow-hidden lg:flex-1 rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="graph-canvas">
        <SigmaContainer<NodeAttributes, EdgeAttributes>
          style={{ height: "100%", width: "100%" }}
          settings={{
            renderEdgeLabels: false,
            labelDensity: dense ? 0.5 : 1,
            labelGridCellSize: dense ? 100 : 60,
            labelRenderedSizeThreshold: dense ? 8 : 5,
            labelFont: "ui-sans-serif, system-ui, sans-serif",
            labelSize: 12,
            zIndex: true,
            defaultEdgeColor: "#cbd5e1",
          }}
        >
          <LoadGraph data={data} order={order} onLayout={setLayout} />
          <Interactions hovered={hovered} setHovered={setHovered} selected={selected} setSelected={setSelected} flyTo={flyTo} />
          <ControlsContainer position="bottom-right">
            <ZoomControl labels={{ zoomIn: "Zoom in", zoomOut: "Zoom out", reset: "Fit the whole graph" }} />
            <FullScreenControl labels={{ enter: "Full screen", exit: "Leave full screen" }} />
          </ControlsContainer>
        </SigmaContainer>
        <p className="pointer-events-none absolute left-3 top-3 rounded bg-white/90 px-2 py-1 text-xs text-slate-600 shadow-sm" role="status" data-testid="graph-status">
          {data.nodes.length.toLocaleString("en-GB")} nodes · {data.edges.length.toLocaleString("en-GB")} edges{layout === "running" ? " · arranging…" : ""}
        </p>
      </div>

      <aside className="w-full shrink-0 space-y-4 lg:w-80" aria-label="Graph details">
        <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
          <label htmlFor="graph-node" className="font-medium text-slate-700">Find a node</label>
          <select
            id="graph-node"
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5"
            value={selected ?? ""}
            onChange={(e) => {
              setSelected(e.target.value || null);
              setFlyTo(e.target.value ? { id: e.target.value } : null);
            }}
          >
            <option value="">— none —</option>
            {sortedNodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.label} — {n.title.slice(0, 60)}
              </option>
            ))}
          </select>
          <p className="mt-2 text-xs text-slate-500">Drag to pan, scroll or pinch to zoom, hover to see neighbours, click a node for its details.</p>
        </div>

        <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm" aria-live="polite" data-testid="graph-selection">
          {selectedNode ? (
            <>
              <p className="text-xs uppercase tracking-wide text-slate-500">
                {selectedNode.kind === "concept" ? "Concept" : (frameworks.find((f) => f.id === selectedNode.frameworkId)?.shortName ?? selectedNode.frameworkId)}
              </p>
              <p className="mt-1 font-semibold text-slate-900">{selectedNode.label}</p>
              <p className="mt-1 text-slate-700">{selectedNode.title}</p>
              <p className="mt-3 flex flex-wrap gap-3">
                <Link href={graphNodeHref(selectedNode)}>{selectedNode.kind === "concept" ? "Open the concept" : "Open the provision"}</Link>
                {selectedNode.id !== data.focus && (
                  <Link href={selectedNode.kind === "concept" ? `/graph?concept=${selectedNode.id.replace("concept:", "")}&depth=${depth}` : `/graph?provision=${encodeURIComponent(selectedNode.id)}&depth=${depth}`}>
                    Centre the graph here
                  </Link>
                )}
              </p>
            </>
          ) : (
            <p className="text-slate-600">Click a node to see what it is and open it.</p>
          )}
        </div>
      </aside>
    </div>
  );
}
