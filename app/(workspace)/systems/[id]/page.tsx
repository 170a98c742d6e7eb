import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ChecklistBoard } from "@/components/checklist/checklist-board";
import { ClassBadge } from "@/components/checklist/class-badge";
import { Explanations, IfNotProhibited, NotApplicableList, ObligationDate, ObligationStatus, OpenQuestions, ScopeFindings } from "@/components/assessment/assessment-sections";
import { ChangesSincePrevious } from "@/components/assessment/changes-since-previous";
import { ReassessForm } from "@/components/checklist/reassess-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getAssessedSystem } from "@/lib/db/exports";
import { listAuditEvents } from "@/lib/db/audit";
import { getChecklistVersions, getSystem } from "@/lib/db/systems";
import type { AssessmentResult } from "@/lib/engine/types";
import { formatDate } from "@/lib/format";
import { systemIdSchema } from "@/lib/schemas/system";
import { DeleteSystem } from "@/components/systems/delete-system";
import { SystemHistory } from "@/components/systems/system-history";

export const metadata: Metadata = { title: "System assessment" };

export default async function SystemPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ history?: string | string[] }> }) {
  const { id } = await params;
  if (!systemIdSchema.safeParse(id).success) notFound();
  const historyParam = (await searchParams).history;
  const historyPage = Math.min(Math.max(1, Number.parseInt(typeof historyParam === "string" ? historyParam : "1", 10) || 1), 100_000);
  const assessed = await getAssessedSystem(id);
  if (!assessed) {
    const system = await getSystem(id);
    if (!system) notFound();
    redirect(`/systems/${id}/edit?step=${system.draftStep + 1}`);
  }
  const { result, progress, frameworkNames: names } = assessed;
  const [versions, history] = await Promise.all([getChecklistVersions(assessed.assessmentId), listAuditEvents(id, historyPage)]);
  const byFramework = new Map<string, AssessmentResult["obligations"]>();
  for (const o of result.obligations) byFramework.set(o.framework, [...(byFramework.get(o.framework) ?? []), o]);
  const base = `/systems/${id}`;

  return (
    <>
      <PageHeader
        eyebrow={<>Systems · assessed as of {formatDate(result.asOf)} · data version <span className="font-mono">{result.corpusVersion}</span></>}
        title={assessed.systemName}
        actions={
          <>
            <a href={`${base}/checklist.pdf`} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-brand-600 hover:no-underline" download>Download PDF</a>
            <a href={`${base}/checklist.csv`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm no-underline" download>CSV</a>
            <a href={`${base}/checklist.json`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm no-underline" download>JSON</a>
            <Link href={`${base}/deadlines`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm no-underline">Deadlines</Link>
          </>
        }
      >
        {result.stats.obligations} obligations across {result.versionsUsed.length} frameworks, merged into {result.stats.checklistItems} checklist items
        {result.stats.collapsed > 0 && ` (${result.stats.collapsed} duplicates folded in)`}
        {result.stats.mayApply > 0 && `; ${result.stats.mayApply} may apply, depending on open questions`}.
      </PageHeader>

      {result.warnings.length > 0 && (
        <div role="alert" className="mb-8 rounded-lg border-2 border-red-400 bg-red-50 p-5 text-red-900">
          <h2 className="text-lg font-semibold">
            {result.ifNotProhibited.length > 0 || result.obligations.some((o) => o.kind === "prohibition" && o.status === "applies")
              ? "Prohibited practice — this system cannot be used as described"
              : "Possibly prohibited practice — settle the open questions before going further"}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {result.warnings.map((w) => <li key={w.citation}><strong>{w.citation}</strong> ({names[w.framework] ?? w.framework}): {w.message}</li>)}
          </ul>
          <IfNotProhibited obligations={result.ifNotProhibited} names={names} />
        </div>
      )}

      <ScopeFindings scope={result.scope} names={names} />
      <OpenQuestions questions={result.openQuestions} editHref={`${base}/edit?step=1`} />
      <ChangesSincePrevious changes={result.changesSincePrevious} asOf={result.asOf} names={names} />

      <section aria-labelledby="classes" className="mb-10">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <h2 id="classes" className="text-lg font-semibold">Risk class per jurisdiction</h2>
          <div className="flex items-end gap-4">
            <ReassessForm systemId={id} asOf={result.asOf} />
            <Link href={`${base}/edit?step=1`} className="text-sm">Edit answers</Link>
          </div>
        </div>
        <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {result.classifications.map((c) => (
            <Card key={`${c.framework}-${c.subject}`}>
              <p className="text-sm text-slate-500">{names[c.framework] ?? c.framework} · {c.subject === "model" ? "the model" : "the system"}</p>
              <div className="mt-1" data-testid={`class-${c.framework}-${c.subject}`}><ClassBadge value={c.class} confirmed={c.confirmed} /></div>
              <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-700">
                {c.reasons.map((r) => <li key={r}>{r}</li>)}
              </ul>
              {c.openQuestions.length > 0 && (
                <p className="mt-2 text-sm text-violet-900">Would be settled by: {c.openQuestions.map((q) => q.question).join(" ")}</p>
              )}
              <p className="mt-3 text-xs text-slate-600">Version: {result.versionsUsed.find((v) => v.version === c.version)?.label ?? c.version}</p>
            </Card>
          ))}
          {result.classifications.length === 0 && <p className="text-slate-600">No binding framework applies: none of the jurisdictions you chose has a law in the graph.</p>}
        </div>
      </section>

      {result.exemptions.length > 0 && (
        <section aria-labelledby="exemptions" className="mb-10">
          <h2 id="exemptions" className="mb-3 text-lg font-semibold">Exemptions that apply</h2>
          <ul className="space-y-2">
            {result.exemptions.map((e) => (
              <li key={e.citation} className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
                <strong>{e.citation}</strong> ({names[e.framework] ?? e.framework}) — {e.reason}
                <span className="block text-emerald-900">Removes {e.removes.length} obligation{e.removes.length === 1 ? "" : "s"}{e.removes.length ? `: ${e.removes.map((r) => r.split("/")[1]).join(", ")}` : ""}.</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <Explanations explanations={result.explanations} names={names} />

      <div className="mb-10">
        {/* Keyed by assessment: a re-assessment gives the board fresh progress and versions. */}
        <ChecklistBoard key={assessed.assessmentId} assessmentId={assessed.assessmentId} asOf={result.asOf} items={result.checklist} progress={progress} versions={versions} frameworkNames={names} />
      </div>

      <section aria-labelledby="obligations" className="mb-10">
        <h2 id="obligations" className="mb-1 text-lg font-semibold">Obligations by framework</h2>
        <p className="mb-3 text-sm text-slate-700">Binding law first; the voluntary frameworks you follow are folded below.</p>
        {(() => {
          const groups = [...byFramework.entries()];
          const binding = groups.filter(([, list]) => list[0]?.binding);
          const voluntary = groups.filter(([, list]) => !list[0]?.binding);
          const table = (list: typeof groups) => (
            <div className="space-y-3">
          {list.map(([framework, obligations]) => (
              <details key={framework} className="rounded-lg border border-slate-200 bg-white">
                <summary className="cursor-pointer px-4 py-3 font-medium">
                  {names[framework] ?? framework} <Badge>{obligations.length}</Badge>
                </summary>
                <table className="w-full text-left text-sm">
                  <thead className="border-y border-slate-200 bg-slate-50 text-slate-600">
                    <tr><th className="px-4 py-2">Citation</th><th className="px-4 py-2">Obligation and why it applies</th><th className="px-4 py-2">Role</th><th className="px-4 py-2">From</th></tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {obligations.map((o) => (
                      <tr key={o.id} className="align-top">
                        <td className="px-4 py-2 font-mono text-xs"><Link href={`/frameworks/${o.framework}/${o.id.split("/")[1]}`}>{o.citation}</Link></td>
                        <td className="px-4 py-2">
                          <span className="font-medium">{o.title}</span> {!o.verified && <Badge tone="amber">Unverified</Badge>}
                          <span className="block text-slate-600">Why: {o.why.join("; ")}.</span>
                          <ObligationStatus o={o} />
                        </td>
                        <td className="px-4 py-2">{o.role}</td>
                        <td className="px-4 py-2 whitespace-nowrap"><ObligationDate o={o} /></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            ))}
            </div>
          );
          return (
            <>
              {table(binding)}
              {voluntary.length > 0 && (
                <details className="mt-4 rounded-lg border border-dashed border-slate-300 p-3">
                  <summary className="cursor-pointer font-medium">
                    Voluntary frameworks you follow ({voluntary.reduce((n, [, list]) => n + list.length, 0)} outcomes and controls)
                  </summary>
                  <div className="mt-3">{table(voluntary)}</div>
                </details>
              )}
            </>
          );
        })()}
      </section>

      <NotApplicableList items={result.notApplicable} names={names} />

      <SystemHistory systemId={id} {...history} itemTitles={Object.fromEntries(result.checklist.map((i) => [i.id, i.title]))} />

      <div className="border-t border-slate-200 pt-6">
        <DeleteSystem systemId={id} name={assessed.systemName} />
      </div>
    </>
  );
}
