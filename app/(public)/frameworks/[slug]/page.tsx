import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProvisionTree } from "@/components/frameworks/provision-tree";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Notice, ProblemList } from "@/components/ui/notice";
import { chooseVersion, getFramework, isPendingOn, listConcepts, listProvisions } from "@/lib/db/queries";
import { STATUS_LABELS, formatDate } from "@/lib/format";
import { ROLE_LABELS, ROLES } from "@/lib/schemas/common";
import { frameworkFiltersSchema } from "@/lib/schemas/explorer";
import { toProblems } from "@/lib/schemas/issues";

type Params = Promise<{ slug: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const f = await getFramework((await params).slug);
  return { title: f?.shortName ?? "Framework not found" };
}

export default async function FrameworkPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { slug } = await params;
  const parsedFilters = frameworkFiltersSchema.safeParse(await searchParams);
  const filters = parsedFilters.success ? parsedFilters.data : {};
  const [framework, concepts] = await Promise.all([getFramework(slug), listConcepts()]);
  if (!framework) notFound();
  // An as-of date picks the version in force (or enacted) on that day, unless one is chosen explicitly.
  const asOf = filters.asOf;
  const { shown: version, onDate: versionOnDate } = chooseVersion(framework.versions, filters);
  if (!version) notFound();

  const role = ROLES.find((r) => r === filters.role);
  const concept = concepts.find((c) => c.id === filters.concept)?.id;
  const onlyApplying = Boolean(asOf && filters.applying);
  // The same filtered list the API's /provisions serves (lib/db/queries/provisions.ts).
  const listing = await listProvisions({ framework: framework.id, version: version.id, role, concept, asOf, applying: onlyApplying });
  const { items: filtered, flat } = listing.unknown ? { items: [], flat: false } : listing;
  const pendingCount = asOf ? version.provisions.filter((p) => isPendingOn(p, version.validFrom, asOf)).length : 0;
  const usedRoles = ROLES.filter((r) => version.provisions.some((p) => p.binds.includes(r)));

  return (
    <>
      <PageHeader
        eyebrow={<><Badge tone={framework.binding ? "blue" : "violet"}>{framework.binding ? "Binding law" : "Voluntary"}</Badge> <span className="ml-1">{framework.publisher}</span></>}
        title={framework.name}
        actions={
          <>
            <a className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm no-underline" href={`/frameworks/${framework.id}/changes`}>What changed</a>
            <a className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm no-underline" href={framework.sourceUrl}>Primary source ↗</a>
          </>
        }
      >
        {framework.description}
      </PageHeader>

      <section aria-labelledby="versions" className="mb-8">
        <h2 id="versions" className="mb-3 text-lg font-semibold">Versions</h2>
        <div className="grid gap-3 md:grid-cols-2">
          {framework.versions.map((v) => (
            <Card key={v.id} className={v.id === version.id ? "ring-2 ring-brand-600" : ""}>
              <div className="flex flex-wrap items-center gap-2">
                <a href={`?version=${encodeURIComponent(v.id)}`} className="font-semibold">{v.label}</a>
                <Badge tone={v.status === "repealed" ? "red" : v.status === "enacted" ? "amber" : "green"}>{STATUS_LABELS[v.status] ?? v.status}</Badge>
              </div>
              <p className="mt-1 text-sm text-slate-600">
                {v.act} · valid {formatDate(v.validFrom)} – {v.validTo ? formatDate(v.validTo) : "today"}
                {v.consolidatedTextDate && ` · consolidated text of ${formatDate(v.consolidatedTextDate)}`} · {v.provisions.filter((p) => p.kind !== "heading").length} provisions
              </p>
              {v.notes && (
                <details className="mt-2 text-sm text-slate-600">
                  <summary className="cursor-pointer text-slate-700">Notes on this version and its sources</summary>
                  <p className="mt-1">{v.notes}</p>
                </details>
              )}
            </Card>
          ))}
        </div>
      </section>

      {(framework.recognitionsFrom.length > 0 || framework.recognitionsTo.length > 0) && (
        <section className="mb-8" aria-labelledby="recognitions">
          <h2 id="recognitions" className="mb-3 text-lg font-semibold">Recognition links</h2>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            {framework.recognitionsFrom.map((r) => <li key={r.id}><strong>{r.citation}</strong> and {r.to.shortName}: {r.explanation}</li>)}
            {framework.recognitionsTo.map((r) => <li key={r.id}>{r.from.shortName} <strong>{r.citation}</strong> and this framework: {r.explanation}</li>)}
          </ul>
        </section>
      )}

      {!parsedFilters.success && (
        <Notice title="Some filters were ignored">
          <ProblemList problems={toProblems(parsedFilters.error)} />
        </Notice>
      )}
      {asOf && (
        <Notice title={versionOnDate ? `As of ${formatDate(asOf)}` : `No version of ${framework.shortName} was enacted by ${formatDate(asOf)}`} tone="slate">
          {versionOnDate
            ? <>The version in force or enacted on that day is <strong>{framework.versions.find((v) => v.id === versionOnDate.id)?.label}</strong>{versionOnDate.id !== version.id && <> (you are viewing {version.label})</>}. {pendingCount > 0 ? `${pendingCount} of its provisions do not apply yet on that day${onlyApplying ? " and are hidden" : " and are marked"}.` : "Every provision shown applies by then."}</>
            : <>Showing the newest version, {version.label}.</>}
        </Notice>
      )}

      <section aria-labelledby="provisions">
        <div className="mb-3 flex flex-col gap-3">
          <h2 id="provisions" className="text-lg font-semibold">Provisions <span className="text-sm font-normal text-slate-500">({version.label})</span></h2>
          <form className="flex flex-wrap items-end gap-2 text-sm" method="get">
            {filters.version && <input type="hidden" name="version" value={version.id} />}
            <label className="flex flex-col">
              <span className="text-slate-600">Binds</span>
              <select name="role" defaultValue={role ?? ""} className="rounded-md border border-slate-300 bg-white px-2 py-1">
                <option value="">Any role</option>
                {usedRoles.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
              </select>
            </label>
            <label className="flex flex-col">
              <span className="text-slate-600">Concept</span>
              <select name="concept" defaultValue={concept ?? ""} className="max-w-56 rounded-md border border-slate-300 bg-white px-2 py-1">
                <option value="">Any concept</option>
                {concepts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
            </label>
            <label className="flex flex-col">
              <span className="text-slate-600">As of</span>
              <input type="date" name="asOf" defaultValue={asOf ?? ""} className="rounded-md border border-slate-300 bg-white px-2 py-1" />
            </label>
            <label className="flex items-center gap-1.5 pb-1.5">
              <input type="checkbox" name="applying" value="1" defaultChecked={onlyApplying} className="h-4 w-4 accent-brand-700" />
              <span className="text-slate-700">Only provisions applying by then</span>
            </label>
            <button className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-600">Filter</button>
          </form>
        </div>
        <ProvisionTree
          frameworkId={framework.id}
          provisions={filtered.map((p) => ({
            id: p.id,
            key: p.key,
            citation: p.citation,
            title: p.title,
            kind: p.kind,
            parentKey: flat ? null : p.parentKey,
            pendingOn: p.pending ? asOf : undefined,
            binds: p.binds,
            appliesFrom: p.appliesFrom === null ? null : new Date(`${p.appliesFrom}T00:00:00Z`),
            verified: p.verified,
            mappingCount: p.mappingCount,
          }))}
        />
      </section>
    </>
  );
}
