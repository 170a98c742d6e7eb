import type { Metadata } from "next";
import Link from "next/link";
import { GraphLegend } from "@/components/graph/graph-legend";
import { GraphLoader } from "@/components/graph/graph-loader";
import { graphNodeHref } from "@/components/graph/node-href";
import { Notice, ProblemList } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getConceptNeighbourhood, getFullGraph, getProvisionNeighbourhood, listFrameworkOptions } from "@/lib/db/explorer";
import { graphQuerySchema, MAX_GRAPH_DEPTH } from "@/lib/schemas/explorer";
import { toProblems } from "@/lib/schemas/issues";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Graph" };

/** The text list under the canvas (the accessible alternative) stops here; search finds the rest. */
const LIST_LIMIT = 400;

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function GraphPage({ searchParams }: { searchParams: Search }) {
  const parsed = graphQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { depth: 1, provision: undefined, concept: undefined, framework: undefined, view: undefined };
  const [frameworks, data] = await Promise.all([
    listFrameworkOptions(),
    query.provision
      ? getProvisionNeighbourhood(query.provision, query.depth)
      : query.concept
        ? getConceptNeighbourhood(query.concept, query.depth)
        : getFullGraph({ framework: query.framework }),
  ]);
  const focus = data?.nodes.find((n) => n.id === data.focus);
  const scope = query.provision ? `provision=${encodeURIComponent(query.provision)}` : query.concept ? `concept=${query.concept}` : null;
  const title = focus ? `${focus.label}: neighbourhood` : "The obligation graph";
  // The whole graph opens as one node per framework (600 unlabelled provisions read as a hairball);
  // a neighbourhood, a framework's graph or view=provisions shows the provisions themselves.
  const mode = focus || (query.framework && query.view !== "clusters") || query.view === "provisions" ? "provisions" : "clusters";
  const viewHref = (view: "clusters" | "provisions") => `/graph?${new URLSearchParams({ ...(query.framework ? { framework: query.framework } : {}), view })}`;

  return (
    <>
      <PageHeader eyebrow="Graph" title={title}>
        {focus
          ? focus.kind === "concept"
            ? <>The provisions tagged <Link href={graphNodeHref(focus)}>{focus.label}</Link>{query.depth > 1 ? `, and everything within ${query.depth - 1} mapping hop${query.depth === 2 ? "" : "s"} of them` : ", and the mappings between them"}. No-relationship records are left out: they mark an absence.</>
            : <>Everything within {query.depth} mapping hop{query.depth === 1 ? "" : "s"} of <Link href={graphNodeHref(focus)}>{focus.label}</Link>. No-relationship records are left out: they mark an absence.</>
          : mode === "clusters"
            ? `Every framework whose provisions take part in a mapping${query.framework ? ` with ${frameworks.find((f) => f.id === query.framework)?.shortName ?? query.framework}` : ""}, and how many mappings join each pair. Choose a framework for its partners, or show every provision.`
            : `Every provision that takes part in a mapping${query.framework ? ` with ${frameworks.find((f) => f.id === query.framework)?.shortName ?? query.framework}` : ""}, and every mapping between them.`}
      </PageHeader>

      {!parsed.success && (
        <Notice title="Some of this address could not be read; showing the full graph">
          <ProblemList problems={toProblems(parsed.error)} />
        </Notice>
      )}
      {parsed.success && !data && (
        <Notice title={query.provision ? `There is no provision ${query.provision}` : `There is no concept ${query.concept}`}>
          <Link href="/graph">Show the full graph</Link> or search for a provision.
        </Notice>
      )}

      <div className="mb-4 flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
        <GraphLegend frameworks={frameworks} withConcepts={Boolean(query.concept)} mode={mode} />
        <nav aria-label="Graph scope" className="flex flex-wrap items-center gap-2 text-sm">
          {scope && (
            <>
              <span className="text-slate-600">Depth</span>
              {Array.from({ length: MAX_GRAPH_DEPTH }, (_, i) => i + 1).map((d) => (
                <Link
                  key={d}
                  href={`/graph?${scope}&depth=${d}`}
                  aria-current={d === query.depth ? "page" : undefined}
                  className={`rounded-md px-2.5 py-1 no-underline ring-1 ring-inset hover:no-underline ${d === query.depth ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-slate-700 ring-slate-300"}`}
                >
                  {d}
                </Link>
              ))}
            </>
          )}
          {!scope ? (
            <span className="flex overflow-hidden rounded-md ring-1 ring-slate-300" data-testid="graph-view-switch">
              {(["clusters", "provisions"] as const).map((v) => (
                <Link
                  key={v}
                  href={viewHref(v)}
                  aria-current={mode === v ? "page" : undefined}
                  className={`px-3 py-1 no-underline hover:no-underline ${mode === v ? "bg-brand-700 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
                >
                  {v === "clusters" ? "Frameworks" : "Every provision"}
                </Link>
              ))}
            </span>
          ) : (
            <Link href="/graph" className="ml-2">Full graph</Link>
          )}
        </nav>
      </div>

      {data && (
        <>
          {data.truncated && <Notice title="Large neighbourhood" tone="slate">Only the nearest {data.nodes.length.toLocaleString("en-GB")} nodes are drawn.</Notice>}
          <GraphLoader data={data} frameworks={frameworks.map((f) => ({ id: f.id, shortName: f.shortName }))} depth={query.depth} mode={mode} />
          <details className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-semibold text-slate-800">
              The {data.nodes.length.toLocaleString("en-GB")} nodes as a list{data.nodes.length > LIST_LIMIT ? ` (the first ${LIST_LIMIT})` : ""}
            </summary>
            <ul className="mt-3 columns-1 gap-6 text-sm sm:columns-2 lg:columns-3">
              {data.nodes.slice(0, LIST_LIMIT).map((n) => (
                <li key={n.id} className="break-inside-avoid py-0.5">
                  <Link href={graphNodeHref(n)} className="font-mono">{n.label}</Link> <span className="text-slate-600">{n.title}</span>
                  {n.depth > 0 && focus && <span className="text-xs text-slate-600"> · {n.depth} hop{n.depth === 1 ? "" : "s"}</span>}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </>
  );
}
