"use client";

import "@react-sigma/core/lib/style.css";
import { ControlsContainer, FullScreenControl, SigmaContainer, useLoadGraph, useRegisterEvents, useSetSettings, useSigma, ZoomControl } from "@react-sigma/core";
import Graph from "graphology";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import type { GraphData, GraphNode } from "@/lib/db/explorer";
import { clusterByFramework, clusterLinks, type ClusterNode, type Clusters } from "@/lib/graph/clusters";
import { graphNodeHref } from "./node-href";
import { EDGE_COLOURS, frameworkColour } from "./palette";

/** `clusters`: one node per framework (the full graph's default); `provisions`: every provision. */
export type GraphMode = "clusters" | "provisions";
export type GraphViewProps = {
  data: GraphData;
  frameworks: { id: string; shortName: string }[];
  depth: number;
  mode: GraphMode;
};

type NodeAttributes = { x: number; y: number; size: number; color: string; label: string; node: GraphNode | null; cluster: ClusterNode | null; degree: number };
type EdgeAttributes = { size: number; color: string };
type SigmaGraph = Graph<NodeAttributes, EdgeAttributes>;

/** Deterministic start positions: each framework gets a sector of a circle, concepts the centre. */
function initialPosition(node: GraphNode, index: number, order: string[], focus: string | null): { x: number; y: number } {
  if (node.id === focus) return { x: 0, y: 0 };
  const sector = node.frameworkId ? order.indexOf(node.frameworkId) : -1;
  const angle = ((sector + 0.5) / Math.max(order.length, 1)) * 2 * Math.PI + ((index * 0.618) % 1) * 0.9;
  const radius = 10 + node.depth * 10 + ((index * 7919) % 97) / 5;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

function buildProvisionGraph(data: GraphData, order: string[]): SigmaGraph {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ multi: false, type: "undirected" });
  const large = data.nodes.length > 600;
  data.nodes.forEach((node, i) => {
    graph.addNode(node.id, { ...initialPosition(node, i, order, data.focus), size: 3, color: frameworkColour(node.frameworkId, order), label: node.label, node, cluster: null, degree: 0 });
  });
  for (const edge of data.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.source, edge.target)) continue;
    graph.addEdge(edge.source, edge.target, { size: edge.kind === "concept" ? 0.6 : large ? 0.8 : 1.4, color: EDGE_COLOURS[edge.relationship ?? "concept"] });
  }
  graph.forEachNode((id, attrs) => {
    const degree = graph.degree(id);
    const focusBoost = data.focus === id ? 8 : attrs.node?.kind === "concept" ? 6 : 0;
    graph.mergeNodeAttributes(id, { degree, size: Math.min(3 + Math.sqrt(degree) * (large ? 1.2 : 1.8), 16) + focusBoost });
  });
  return graph;
}

/**
 * Frameworks on two arcs facing each other, in their usual order (binding law first, down the
 * left arc, then down the right one), sized by provisions mapped. Leaving the top and bottom of
 * the circle empty keeps every label beside its node, pointing outwards, clear of the others.
 */
function buildClusterGraph(clusters: Clusters, order: string[], narrow: boolean): SigmaGraph {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ multi: false, type: "undirected" });
  const most = Math.max(1, ...clusters.edges.map((e) => e.mappings));
  const span = (70 / 180) * Math.PI;
  // Narrow screens: nearly two columns, so the labels keep most of the width.
  const [rx, ry] = narrow ? [18, 100] : [60, 100];
  const left = Math.ceil(clusters.nodes.length / 2);
  clusters.nodes.forEach((cluster, i) => {
    const onLeft = i < left;
    const k = onLeft ? i : i - left;
    const n = onLeft ? left : clusters.nodes.length - left;
    const t = n > 1 ? k / (n - 1) : 0.5;
    const angle = onLeft ? Math.PI - span + 2 * span * t : span - 2 * span * t;
    const label = narrow && cluster.label.length > 16 ? `${cluster.label.slice(0, 15)}…` : cluster.label;
    graph.addNode(cluster.id, {
      x: Math.cos(angle) * rx,
      y: Math.sin(angle) * ry,
      size: (narrow ? 4 : 5) + Math.sqrt(cluster.provisions) * (narrow ? 0.9 : 1.3),
      color: frameworkColour(cluster.frameworkId, order),
      label,
      node: null,
      cluster,
      degree: 0,
    });
  });
  for (const edge of clusters.edges)
    graph.addEdge(edge.source, edge.target, { size: 0.5 + 5 * Math.sqrt(edge.mappings / most), color: "#94a3b8" });
  graph.forEachNode((id) => graph.setNodeAttribute(id, "degree", graph.degree(id)));
  return graph;
}

function LoadGraph({ graph, layout, onLayout }: { graph: SigmaGraph; layout: boolean; onLayout: (state: "running" | "done") => void }) {
  const loadGraph = useLoadGraph<NodeAttributes, EdgeAttributes>();
  useEffect(() => {
    const copy = graph.copy();
    if (!layout) {
      loadGraph(copy);
      onLayout("done");
      return;
    }
    const settings = { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: copy.order > 400, adjustSizes: false, gravity: 1, scalingRatio: copy.order > 400 ? 4 : 8 };
    // Small graphs settle synchronously before the first frame; large ones in a Web Worker,
    // drawn while they move, for at most a few seconds.
    if (copy.order <= 800) {
      forceAtlas2.assign(copy, { iterations: copy.order < 200 ? 200 : 120, settings });
      loadGraph(copy);
      onLayout("done");
      return;
    }
    loadGraph(copy);
    const worker = new FA2Layout(copy, { settings });
    worker.start();
    onLayout("running");
    const stop = window.setTimeout(() => {
      worker.stop();
      onLayout("done");
    }, Math.min(2000 + copy.order, 8000));
    return () => {
      window.clearTimeout(stop);
      worker.kill();
    };
  }, [graph, layout, loadGraph, onLayout]);
  return null;
}

type InteractionProps = {
  hovered: string | null;
  setHovered: (id: string | null) => void;
  selected: string | null;
  setSelected: (id: string | null) => void;
  /** Set when the reader picks a node from the list: the camera flies there. */
  flyTo: { id: string } | null;
  /** Receives how many nodes are drawn inside the canvas after each render (tests read it). */
  onRendered: (nodesInView: number) => void;
};

function Interactions({ hovered, setHovered, selected, setSelected, flyTo, onRendered }: InteractionProps) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const registerEvents = useRegisterEvents<NodeAttributes, EdgeAttributes>();
  const setSettings = useSetSettings<NodeAttributes, EdgeAttributes>();

  useEffect(() => {
    registerEvents({
      enterNode: (e) => setHovered(e.node),
      leaveNode: () => setHovered(null),
      clickNode: (e) => setSelected(e.node),
      clickStage: () => setSelected(null),
    });
  }, [registerEvents, setHovered, setSelected]);

  // Count the nodes drawn inside the canvas, at most once a frame: an empty canvas is a bug we test for.
  useEffect(() => {
    let frame = 0;
    const count = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const { width, height } = sigma.getDimensions();
        let inView = 0;
        sigma.getGraph().forEachNode((id, attrs) => {
          const display = sigma.getNodeDisplayData(id);
          if (!display || display.hidden) return;
          const p = sigma.graphToViewport({ x: attrs.x, y: attrs.y });
          if (p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height) inView++;
        });
        onRendered(inView);
      });
    };
    sigma.on("afterRender", count);
    count();
    return () => {
      sigma.off("afterRender", count);
      cancelAnimationFrame(frame);
    };
  }, [sigma, onRendered]);

  // Hover or selection: keep the node and its neighbours (labelled), fade the rest.
  useEffect(() => {
    const graph = sigma.getGraph();
    const focus = hovered ?? selected;
    const neighbours = focus && graph.hasNode(focus) ? new Set(graph.neighbors(focus)) : null;
    setSettings({
      nodeReducer: (node, attrs) => {
        if (node === selected) return { ...attrs, highlighted: true, forceLabel: true, zIndex: 2 };
        if (!focus || !neighbours) return attrs;
        if (node === focus) return { ...attrs, highlighted: true, forceLabel: true, zIndex: 2 };
        if (neighbours.has(node)) return { ...attrs, forceLabel: true, zIndex: 1 };
        return { ...attrs, color: "#e2e8f0", label: "", zIndex: 0 };
      },
      edgeReducer: (edge, attrs) => {
        if (!focus) return attrs;
        return graph.hasExtremity(edge, focus) ? { ...attrs, size: attrs.size * 2 } : { ...attrs, hidden: true };
      },
    });
  }, [hovered, selected, sigma, setSettings]);

  // Picking a node from the list moves the camera to it. The camera works in the normalised
  // ("framed graph") frame; the node's display data may still hold raw graph coordinates while
  // the reducers above are re-applied, so convert from the graph's own coordinates instead.
  useEffect(() => {
    const graph = sigma.getGraph();
    if (!flyTo || !graph.hasNode(flyTo.id)) return;
    const { x, y } = graph.getNodeAttributes(flyTo.id);
    const framed = sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
    if (Number.isFinite(framed.x) && Number.isFinite(framed.y))
      sigma.getCamera().animate({ x: framed.x, y: framed.y, ratio: Math.min(sigma.getCamera().ratio, 0.6) }, { duration: 400 });
  }, [flyTo, sigma]);
  return null;
}

// Fixed for the component's life: SigmaContainer builds a new renderer whenever its settings change.
const BASE_SETTINGS = {
  renderEdgeLabels: false,
  labelFont: "ui-sans-serif, system-ui, sans-serif",
  zIndex: true,
  defaultEdgeColor: "#cbd5e1",
};

type LabelSettingsProps = { labelDensity: number; labelGridCellSize: number; labelRenderedSizeThreshold: number; labelSize: number; labelWeight: string; stagePadding: number; radial: boolean };

/**
 * A label on the outer side of its node: left of the nodes in the left half of the canvas, right
 * of the others. On the framework circle this keeps labels off the circle and off each other.
 */
const drawOutwardLabel: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes> = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.fillStyle = "#0f172a";
  const left = data.x < context.canvas.offsetWidth / 2;
  context.textAlign = left ? "right" : "left";
  context.fillText(data.label, left ? data.x - data.size - 4 : data.x + data.size + 4, data.y + size / 3);
  context.textAlign = "left";
};

/** The hovered or selected framework: a ring, and its label on the same outer side. */
const drawOutwardHover: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes> = (context, data, settings) => {
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.strokeStyle = "#0f172a";
  context.lineWidth = 2;
  context.stroke();
  drawOutwardLabel(context, data, settings);
};

/** Label settings that change with the screen and the "Show every label" box, applied in place. */
function LabelSettings({ labelDensity, labelGridCellSize, labelRenderedSizeThreshold, labelSize, labelWeight, stagePadding, radial }: LabelSettingsProps) {
  const setSettings = useSetSettings<NodeAttributes, EdgeAttributes>();
  useEffect(() => {
    setSettings({ labelDensity, labelGridCellSize, labelRenderedSizeThreshold, labelSize, labelWeight, stagePadding, ...(radial ? { defaultDrawNodeLabel: drawOutwardLabel, defaultDrawNodeHover: drawOutwardHover } : {}) });
  }, [setSettings, labelDensity, labelGridCellSize, labelRenderedSizeThreshold, labelSize, labelWeight, stagePadding, radial]);
  return null;
}

/** The element's size, 0 × 0 until it is laid out: Sigma throws on a container without a size. */
function useElementSize<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setSize((s) => (s.width === element.clientWidth && s.height === element.clientHeight ? s : { width: element.clientWidth, height: element.clientHeight }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size] as const;
}

export default function GraphView({ data, frameworks, depth, mode }: GraphViewProps) {
  const order = useMemo(() => frameworks.map((f) => f.id), [frameworks]);
  const [layout, setLayout] = useState<"running" | "done">("running");
  const [hovered, setHovered] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [flyTo, setFlyTo] = useState<{ id: string } | null>(null);
  const [showLabels, setShowLabels] = useState(false);
  const [nodesInView, setNodesInView] = useState<number | null>(null);
  const [canvasRef, size] = useElementSize<HTMLDivElement>();
  const clusters = useMemo(() => (mode === "clusters" ? clusterByFramework(data, frameworks) : null), [mode, data, frameworks]);
  const narrow = size.width > 0 && size.width < 640;
  const graph = useMemo(() => (clusters ? buildClusterGraph(clusters, order, narrow) : buildProvisionGraph(data, order)), [clusters, data, order, narrow]);
  const nodes = useMemo(() => new Map(data.nodes.map((n) => [n.id, n])), [data.nodes]);
  const clusterNodes = useMemo(() => new Map((clusters?.nodes ?? []).map((n) => [n.id, n])), [clusters]);
  // With nothing selected, the panel describes the node the view is centred on.
  const selectedNode = selected ? nodes.get(selected) : data.focus ? nodes.get(data.focus) : undefined;
  const selectedCluster = selected ? clusterNodes.get(selected) : undefined;
  const options = useMemo(
    () =>
      clusters
        ? clusters.nodes.map((c) => ({ id: c.id, text: `${c.label} — ${c.provisions} provisions` }))
        : [...data.nodes].sort((a, b) => a.label.localeCompare(b.label, "en", { numeric: true })).map((n) => ({ id: n.id, text: `${n.label} — ${n.title.slice(0, 60)}` })),
    [clusters, data.nodes],
  );
  // Provisions: labels on demand (hovered, selected and their neighbours) unless asked for;
  // clusters: every label.
  const labelThreshold = mode === "clusters" ? 0 : showLabels ? (narrow ? 10 : 6) : Number.POSITIVE_INFINITY;

  return (
    <div className="flex flex-col gap-4 lg:flex-row lg:items-start">
      <div
        ref={canvasRef}
        // The package stylesheet arrives with this chunk; size Sigma's own container here too.
        className="relative h-[70vh] min-h-96 w-full min-w-0 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm lg:flex-1 [&_.sigma-container]:h-full [&_.sigma-container]:w-full"
        data-testid="graph-canvas"
        data-mode={mode}
        data-nodes-in-view={nodesInView ?? undefined}
      >
        {size.width > 0 && size.height > 0 ? (
          <SigmaContainer<NodeAttributes, EdgeAttributes> style={{ height: "100%", width: "100%" }} settings={BASE_SETTINGS}>
            <LabelSettings
              // the framework layout keeps labels apart by itself: let every one through the grid
              labelDensity={mode === "clusters" ? 100 : narrow ? 0.4 : 0.7}
              labelGridCellSize={narrow ? 120 : 100}
              labelRenderedSizeThreshold={labelThreshold}
              labelSize={narrow ? 11 : 12}
              labelWeight={mode === "clusters" ? "600" : "normal"}
              // room for the labels outside the framework circle
              stagePadding={mode === "clusters" ? 48 : 30}
              radial={mode === "clusters"}
            />
            <LoadGraph graph={graph} layout={mode !== "clusters"} onLayout={setLayout} />
            <Interactions hovered={hovered} setHovered={setHovered} selected={selected} setSelected={setSelected} flyTo={flyTo} onRendered={setNodesInView} />
            <ControlsContainer position="bottom-right">
              <ZoomControl labels={{ zoomIn: "Zoom in", zoomOut: "Zoom out", reset: "Fit the whole graph" }} />
              <FullScreenControl labels={{ enter: "Full screen", exit: "Leave full screen" }} />
            </ControlsContainer>
          </SigmaContainer>
        ) : null}
        <p className="pointer-events-none absolute bottom-3 left-3 rounded bg-white/90 px-2 py-1 text-xs text-slate-600 shadow-sm" role="status" data-testid="graph-status">
          {clusters
            ? `${clusters.nodes.length} frameworks · ${data.nodes.length.toLocaleString("en-GB")} provisions · ${data.edges.length.toLocaleString("en-GB")} mappings`
            : `${data.nodes.length.toLocaleString("en-GB")} nodes · ${data.edges.length.toLocaleString("en-GB")} edges`}
          {layout === "running" ? " · arranging…" : ""}
        </p>
      </div>

      <aside className="w-full shrink-0 space-y-4 lg:w-80" aria-label="Graph details">
        <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
          <label htmlFor="graph-node" className="font-medium text-slate-700">
            {clusters ? "Find a framework" : "Find a node"}
          </label>
          <select
            id="graph-node"
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5"
            value={selected ?? ""}
            onChange={(e) => {
              setSelected(e.target.value || null);
              // The framework overview fits the canvas whole: highlight in place, do not fly.
              setFlyTo(e.target.value && !clusters ? { id: e.target.value } : null);
            }}
          >
            <option value="">— none —</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.text}
              </option>
            ))}
          </select>
          {!clusters && (
            <label className="mt-3 flex items-center gap-2 text-slate-700">
              <input type="checkbox" checked={showLabels} onChange={(e) => setShowLabels(e.target.checked)} className="h-4 w-4" />
              Show every label
            </label>
          )}
          <p className="mt-2 text-xs text-slate-500">
            {clusters
              ? "Each circle is a framework, sized by its provisions that take part in a mapping; a line's width is the number of mappings between two frameworks. Click one for its partners."
              : "Drag to pan, scroll or pinch to zoom. Labels show for the node you hover or pick and its neighbours."}
          </p>
        </div>

        <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm" aria-live="polite" data-testid="graph-selection">
          {selectedCluster && clusters ? (
            <ClusterDetail cluster={selectedCluster} clusters={clusters} />
          ) : selectedNode ? (
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
            <p className="text-slate-600">{clusters ? "Click a framework to see which frameworks it is mapped to." : "Click a node to see what it is and open it."}</p>
          )}
        </div>
      </aside>
    </div>
  );
}

function ClusterDetail({ cluster, clusters }: { cluster: ClusterNode; clusters: Clusters }) {
  const links = clusterLinks(clusters, cluster.id);
  return (
    <>
      <p className="text-xs uppercase tracking-wide text-slate-500">Framework</p>
      <p className="mt-1 font-semibold text-slate-900">{cluster.label}</p>
      <p className="mt-1 text-slate-700">{cluster.provisions} provisions take part in a mapping.</p>
      <p className="mt-3 flex flex-wrap gap-3">
        <Link href={`/graph?framework=${cluster.frameworkId}&view=provisions`}>Its provisions in the graph</Link>
        <Link href={`/frameworks/${cluster.frameworkId}`}>Open the framework</Link>
      </p>
      {links.length > 0 && (
        <>
          <p className="mt-4 text-xs font-semibold uppercase tracking-wide text-slate-500">Mapped to</p>
          <ul className="mt-1 space-y-1">
            {links.slice(0, 8).map((l) => (
              <li key={l.node.id} className="flex justify-between gap-3">
                <Link href={`/crosswalk?from=${cluster.frameworkId}&to=${l.node.frameworkId}`}>{l.node.label}</Link>
                <span className="text-slate-500">{l.mappings}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
