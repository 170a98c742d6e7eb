import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ComplyReport } from "@/lib/db/queries/comply";
import { PARAMETER_WORDS } from "@/lib/engine/checklist";

type Concept = ComplyReport["concepts"][number];
type Requirement = Concept["requirements"][number];
type Parameter = Requirement["parameters"][number];
type Side = { id: string; citation: string; framework: string; value: string };


/** The harmonised requirement of each concept: what to do once, which provision sets each value, and what is left over. */
export function ComplyReportView({ report, frameworkNames }: { report: ComplyReport; frameworkNames: Map<string, string> }) {
  const shown = report.concepts.filter((c) => c.requirements.length || c.onlyOne.length || c.conflicts.length);
  return (
    <div className="space-y-10">
      {shown.length > 1 && (
        <nav aria-label="Concepts on this page" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p className="mb-2 font-medium text-slate-700">{shown.length} concepts</p>
          <ul className="columns-1 gap-6 sm:columns-2 lg:columns-3">
            {shown.map((c) => (
              <li key={c.concept.id}>
                <a href={`#concept-${c.concept.id}`}>{c.concept.name}</a>{" "}
                <span className="text-slate-500">
                  {c.requirements.length} shared · {c.onlyOne.length} single
                </span>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {shown.map((c) => (
        <ConceptSection key={c.concept.id} concept={c} frameworkNames={frameworkNames} />
      ))}
    </div>
  );
}

function ConceptSection({ concept: c, frameworkNames }: { concept: Concept; frameworkNames: Map<string, string> }) {
  const name = (id: string) => frameworkNames.get(id) ?? id;
  return (
    <section aria-labelledby={`concept-${c.concept.id}`} data-testid="comply-concept" className="scroll-mt-4">
      <div className="mb-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-slate-200 pb-2">
        <h2 id={`concept-${c.concept.id}`} className="text-xl font-semibold text-slate-900">
          {c.concept.name}
        </h2>
        <span className="text-sm text-slate-600">
          duties in {c.frameworks.map((f) => `${f.name} (${f.duties})`).join(", ") || "no chosen framework"}
        </span>
        <Link href={`/concepts/${c.concept.id}`} className="ml-auto text-sm">
          Concept page
        </Link>
      </div>
      {c.silent.length > 0 && (
        <p className="mb-3 text-sm text-slate-600">
          <span className="font-medium text-slate-700">Silent:</span> {c.silent.map((f) => f.name).join(", ")}.
        </p>
      )}

      {c.conflicts.length > 0 && (
        <div className="mb-4 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950" data-testid="comply-conflict">
          <h3 className="font-semibold">Conflicts: these provisions cannot both be met as they stand</h3>
          <ul className="mt-2 space-y-2">
            {c.conflicts.map((x) => (
              <li key={`${x.a.id}~${x.b.id}`}>
                <Link href={x.a.href} className="font-mono">{x.a.citation}</Link> ({x.a.frameworkName}) and{" "}
                <Link href={x.b.href} className="font-mono">{x.b.citation}</Link> ({x.b.frameworkName}): {x.description}
              </li>
            ))}
          </ul>
        </div>
      )}

      {c.requirements.length === 0 && c.onlyOne.length > 0 && (
        <p className="mb-3 text-sm text-slate-700">No duty here is linked across the chosen frameworks: each is met on its own.</p>
      )}
      <div className="space-y-4">
        {c.requirements.map((r) => (
          <RequirementCard key={r.id} requirement={r} name={name} />
        ))}
      </div>

      {c.onlyOne.length > 0 && (
        <details className="mt-4 rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="comply-only-one">
          <summary className="cursor-pointer font-medium text-slate-800">
            Asked by one framework only ({c.onlyOne.length})
          </summary>
          <ul className="mt-2 space-y-1">
            {c.onlyOne.map((m) => (
              <li key={m.id}>
                <Link href={m.href} className="font-mono">{m.citation}</Link> <span className="text-slate-500">{m.frameworkName}</span> — {m.title}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function RequirementCard({ requirement: r, name }: { requirement: Requirement; name: (id: string) => string }) {
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="comply-requirement">
      <h3 className="font-semibold text-slate-900">{r.title}</h3>
      <p className="mt-1 text-sm text-slate-600">One practice for {r.frameworks.map(name).join(", ")}.</p>

      {r.parameters.length > 0 ? (
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">The strictest value of each parameter and the provision that sets it</caption>
          <thead className="text-xs text-slate-600">
            <tr>
              <th scope="col" className="w-28 py-1 pr-3 font-medium">Parameter</th>
              <th scope="col" className="py-1 pr-3 font-medium">Do this</th>
              <th scope="col" className="py-1 font-medium">It also meets</th>
            </tr>
          </thead>
          <tbody>
            {r.parameters.map((p, i) => (
              <ParameterRow key={`${p.parameter}-${i}`} p={p} />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-3 text-sm text-slate-600">No difference in strength is recorded between these duties: meeting the fullest one meets them all.</p>
      )}

      <h4 className="mt-4 text-xs font-semibold tracking-wide text-slate-600 uppercase">Members</h4>
      <ul className="mt-1 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        {r.members.map((m) => (
          <li key={m.id}>
            <Link href={m.href} className="font-mono">{m.citation}</Link> <span className="text-slate-500">{m.frameworkName}</span>
            {!m.binding && <> <Badge>voluntary</Badge></>}
            <span className="block text-slate-700">{m.title}</span>
          </li>
        ))}
      </ul>

      {r.leftOver.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium text-slate-800">What one member asks beyond another ({r.leftOver.length})</summary>
          <ul className="mt-2 space-y-1.5 text-slate-700">
            {r.leftOver.map((l, i) => (
              <li key={`${l.id}-${l.beyond}-${i}`}>
                <span className="font-mono">{l.citation}</span> beyond <span className="font-mono">{l.beyond}</span>: {l.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

const sides = (list: Side[]) => list.map((s) => `${s.value} (${s.citation})`).join("; ");

function ParameterRow({ p }: { p: Parameter }) {
  const label = PARAMETER_WORDS[p.parameter] ?? p.parameter;
  const cell = "py-1.5 pr-3 align-top";
  if (p.status === "strictest")
    return (
      <tr className="border-t border-slate-100" data-testid="comply-parameter" data-status={p.status}>
        <th scope="row" className={`${cell} font-medium`}>{label}</th>
        <td className={cell}>
          <span className="font-semibold text-slate-900">{p.value}</span>{" "}
          <span className="text-slate-600">set by {p.setBy.map((s) => s.citation).join(", ")}</span>
          {p.separately.length > 0 && <span className="mt-1 block text-xs text-amber-900">Also, not comparable, meet separately: {sides(p.separately)}</span>}
        </td>
        <td className={`${cell} text-slate-700`}>{sides(p.over) || "—"}</td>
      </tr>
    );
  if (p.status === "several")
    return (
      <tr className="border-t border-slate-100" data-testid="comply-parameter" data-status={p.status}>
        <th scope="row" className={`${cell} font-medium`}>{label}</th>
        <td className={cell} colSpan={2}>
          <span className="text-slate-600">Values never compared with each other: meet each.</span>
          <ul className="mt-1 space-y-1">
            {p.winners.map((w) => (
              <li key={w.setBy.map((s) => s.id).join()}>
                <span className="font-semibold text-slate-900">{w.value}</span> <span className="text-slate-600">set by {w.setBy.map((s) => s.citation).join(", ")}</span>
                {w.over.length > 0 && <span className="block text-slate-700">also meets {sides(w.over)}</span>}
              </li>
            ))}
          </ul>
          {p.separately.length > 0 && <span className="mt-1 block text-xs text-amber-900">Also, not comparable: {sides(p.separately)}</span>}
        </td>
      </tr>
    );
  if (p.status === "same")
    return (
      <tr className="border-t border-slate-100" data-testid="comply-parameter" data-status={p.status}>
        <th scope="row" className={`${cell} font-medium`}>{label}</th>
        <td className={cell}>
          <span className="font-semibold text-slate-900">{p.value}</span> <span className="text-slate-600">the same in {p.setBy.map((s) => s.citation).join(", ")}</span>
        </td>
        <td className={`${cell} text-slate-700`}>—</td>
      </tr>
    );
  return (
    <tr className="border-t border-slate-100" data-testid="comply-parameter" data-status={p.status}>
      <th scope="row" className={`${cell} font-medium`}>{label}</th>
      <td className={cell} colSpan={2}>
        <span className="text-slate-600">{p.status === "separate" ? "Not comparable: meet each." : "The recorded comparisons contradict each other: meet each."}</span>{" "}
        {sides(p.values)}
      </td>
    </tr>
  );
}
