import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { getFramework } from "@/lib/db/queries";
import { amendmentChanges, diffVersions, type ComparableProvision } from "@/lib/engine/version-diff";
import { STATUS_LABELS, formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "What changed" };

const datesSchema = z.object({
  applies: z.array(z.object({ from: z.string(), setBy: z.string(), when: z.unknown().optional() })).default([]),
  history: z.array(z.object({ from: z.string(), setBy: z.string(), replacedBy: z.string() })).default([]),
  amendedBy: z.object({ act: z.string(), change: z.string(), note: z.string().optional() }).nullable().default(null),
});

type Params = Promise<{ slug: string }>;
type Search = Promise<{ from?: string; to?: string }>;

export default async function ChangesPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { slug } = await params;
  const query = await searchParams;
  const framework = await getFramework(slug);
  if (!framework) notFound();
  const comparable = (v: (typeof framework.versions)[number]): ComparableProvision[] =>
    v.provisions.map((p) => ({ key: p.key, citation: p.citation, title: p.title, summary: p.summary, kind: p.kind, ...datesSchema.parse(p.dates) }));
  // Versions are ordered newest first.
  const to = framework.versions.find((v) => v.id === query.to) ?? framework.versions[0]!;
  const from = framework.versions.find((v) => v.id === query.from && v.id !== to.id) ?? framework.versions.find((v) => v.id !== to.id);
  const diff = from ? diffVersions(comparable(from), comparable(to)) : null;
  const amendments = framework.versions.map((v) => ({ version: v, changes: amendmentChanges(comparable(v)) })).filter((x) => x.changes.length);
  const link = (key: string, citation: string) => <Link href={`/frameworks/${slug}/${key}`} className="font-mono text-sm">{citation}</Link>;

  return (
    <>
      <PageHeader eyebrow={<Link href={`/frameworks/${slug}`}>{framework.shortName}</Link>} title={`What changed in ${framework.shortName}`}>
        Dates that amending acts moved, provisions they added or amended, and a side-by-side comparison of versions.
      </PageHeader>

      {diff && from && (
        <section aria-labelledby="compare" className="mb-12">
          <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
            <h2 id="compare" className="text-lg font-semibold">
              {from.label} → {to.label}
            </h2>
            <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
              {(["from", "to"] as const).map((side) => (
                <label key={side} className="flex flex-col">
                  <span className="text-slate-600">{side === "from" ? "Older version" : "Newer version"}</span>
                  <select name={side} defaultValue={side === "from" ? from.id : to.id} className="rounded-md border border-slate-300 bg-white px-2 py-1">
                    {framework.versions.map((v) => <option key={v.id} value={v.id}>{v.label} ({STATUS_LABELS[v.status] ?? v.status})</option>)}
                  </select>
                </label>
              ))}
              <button className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white">Compare</button>
            </form>
          </div>
          <p className="mb-4 text-sm text-slate-600">
            {diff.sameCitation.length} section numbers appear in both ({diff.sameCitation.filter((d) => !d.sameTitle).length} now carry a different duty) ·{" "}
            {diff.onlyInFrom.length} only in {from.label} · {diff.onlyInTo.length} only in {to.label}
          </p>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full min-w-[640px] text-left text-sm">
              <thead className="bg-slate-50 text-slate-600">
                <tr><th className="px-3 py-2">Citation</th><th className="px-3 py-2">{from.label}</th><th className="px-3 py-2">{to.label}</th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {diff.sameCitation.map((d) => (
                  <tr key={d.citation}>
                    <td className="px-3 py-2 whitespace-nowrap">{d.citation} {!d.sameTitle && <Badge tone="amber">changed</Badge>}</td>
                    <td className="px-3 py-2"><span className="font-medium">{d.from.title}</span><span className="block text-slate-600">{d.from.summary}</span></td>
                    <td className="px-3 py-2"><span className="font-medium">{d.to.title}</span><span className="block text-slate-600">{d.to.summary}</span></td>
                  </tr>
                ))}
                {diff.onlyInFrom.map((p) => (
                  <tr key={`from-${p.key}`} className="bg-red-50/40">
                    <td className="px-3 py-2">{link(p.key, p.citation)} <Badge tone="red">dropped</Badge></td>
                    <td className="px-3 py-2"><span className="font-medium">{p.title}</span><span className="block text-slate-600">{p.summary}</span></td>
                    <td className="px-3 py-2 text-slate-600">—</td>
                  </tr>
                ))}
                {diff.onlyInTo.map((p) => (
                  <tr key={`to-${p.key}`} className="bg-emerald-50/40">
                    <td className="px-3 py-2">{link(p.key, p.citation)} <Badge tone="green">new</Badge></td>
                    <td className="px-3 py-2 text-slate-600">—</td>
                    <td className="px-3 py-2"><span className="font-medium">{p.title}</span><span className="block text-slate-600">{p.summary}</span></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="amendments">
        <h2 id="amendments" className="mb-3 text-lg font-semibold">Changes made by amending acts</h2>
        {amendments.length === 0 && <p className="text-slate-600">No amendment is recorded for this framework.</p>}
        {amendments.map(({ version, changes }) => (
          <div key={version.id} className="mb-6">
            <h3 className="mb-2 font-medium">{version.label}</h3>
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="w-full min-w-[640px] text-left text-sm">
                <thead className="bg-slate-50 text-slate-600">
                  <tr><th className="px-3 py-2">Provision</th><th className="px-3 py-2">Change</th><th className="px-3 py-2">By</th></tr>
                </thead>
                <tbody className="divide-y divide-slate-100 align-top">
                  {changes.map((c, i) => (
                    <tr key={i}>
                      <td className="px-3 py-2">{link(c.provision.key, c.provision.citation)}<span className="block text-slate-600">{c.provision.title}</span></td>
                      <td className="px-3 py-2">
                        {c.type === "date-moved" ? (
                          <>Applies from <del className="text-slate-500">{formatDate(c.from)}</del> → <strong>{formatDate(c.to)}</strong><span className="block text-xs text-slate-500">was set by {c.setBy}</span></>
                        ) : (
                          <>{c.type === "added" ? <Badge tone="green">added</Badge> : <Badge tone="amber">amended</Badge>} {c.note}</>
                        )}
                      </td>
                      <td className="px-3 py-2">{c.type === "date-moved" ? c.replacedBy : c.act}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ))}
      </section>
    </>
  );
}
