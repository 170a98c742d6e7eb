import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MappingList } from "@/components/crosswalk/mapping-list";
import { VersionScopeSwitch } from "@/components/crosswalk/version-scope-switch";
import { Breadcrumbs } from "@/components/frameworks/breadcrumbs";
import { ProvisionDates } from "@/components/frameworks/provision-dates";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getProvisionDetail } from "@/lib/db/explorer";
import { getCorpusVersion } from "@/lib/db/queries";
import { describeCondition } from "@/lib/engine/conditions";
import { citationUrl } from "@/lib/env";
import { STATUS_LABELS } from "@/lib/format";
import { ROLE_LABELS, type Role } from "@/lib/schemas/common";
import { provisionParamsSchema, provisionViewSchema } from "@/lib/schemas/explorer";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string; provision: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

async function load(params: Params, searchParams?: Search) {
  const parsed = provisionParamsSchema.safeParse(await params);
  // ?versions=all also lists mappings to repealed versions; anything else is the default
  const view = provisionViewSchema.safeParse((await searchParams) ?? {});
  return parsed.success ? getProvisionDetail(parsed.data.slug, parsed.data.provision, undefined, view.success ? view.data : {}) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const detail = await load(params);
  return detail ? { title: `${detail.provision.citation} ${detail.provision.title} — ${detail.framework.shortName}`, description: detail.provision.summary } : { title: "Provision not found" };
}

export default async function ProvisionPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const [detail, corpus, h] = await Promise.all([load(params, searchParams), getCorpusVersion(), headers()]);
  if (!detail) notFound();
  const { provision: p, framework, version, concepts, ancestors, children, mappings } = detail;
  const path = `/frameworks/${framework.id}/${p.key}`;
  const permalink = citationUrl(path, h.get("host"), h.get("x-forwarded-proto"));
  const counterparts = mappings.filter((m) => m.relationship !== "no-relationship").length;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/frameworks", label: "Frameworks" },
          { href: `/frameworks/${framework.id}?version=${encodeURIComponent(version.id)}`, label: framework.shortName },
          ...ancestors.map((a) => ({ href: a.href, label: a.citation })),
          { label: p.citation },
        ]}
      />
      <PageHeader
        eyebrow={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={framework.binding ? "blue" : "violet"}>{framework.binding ? "Binding law" : "Voluntary"}</Badge>
            <span>{version.label}</span>
            {version.status !== "in-force" && <Badge tone={version.status === "repealed" ? "red" : "amber"}>{STATUS_LABELS[version.status] ?? version.status}</Badge>}
          </span>
        }
        title={`${p.citation} — ${p.title}`}
        actions={
          <>
            <a className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm no-underline" href={p.sourceUrl}>Primary source ↗</a>
            <Link className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm no-underline" href={`/graph?provision=${encodeURIComponent(p.id)}&depth=2`}>Graph</Link>
          </>
        }
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {!p.verified && (
            <div role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
              <p className="font-semibold">Unverified against the primary text</p>
              {p.verificationNote && <p className="mt-1">{p.verificationNote}</p>}
            </div>
          )}
          <Card>
            <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">Summary</h2>
            <p className="mt-2 text-slate-800">{p.summary}</p>
            <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-slate-500">Kind</dt>
                <dd className="capitalize text-slate-800">{p.kind}</dd>
              </div>
              <div>
                <dt className="text-slate-500">Binds</dt>
                <dd className="flex flex-wrap gap-1">
                  {p.binds.length ? p.binds.map((r) => <Badge key={r}>{ROLE_LABELS[r as Role] ?? r}</Badge>) : <span className="text-slate-600">Nobody directly</span>}
                  {p.bindsAs && <span className="w-full text-slate-700">In its own words: “{p.bindsAs}”</span>}
                </dd>
              </div>
              <div className="sm:col-span-2">
                <dt className="text-slate-500">Applies when</dt>
                <dd className="text-slate-800">{describeCondition(p.conditions)}</dd>
              </div>
            </dl>
          </Card>

          <section aria-labelledby="mappings">
            <h2 id="mappings" className="mb-1 text-lg font-semibold">Mapped provisions in other frameworks</h2>
            <p className="mb-4 text-sm text-slate-600">
              {mappings.length
                ? `${counterparts} counterpart${counterparts === 1 ? "" : "s"}${mappings.length > counterparts ? ` and ${mappings.length - counterparts} checked with no counterpart` : ""}, each read from ${p.citation}'s side.`
                : "No mapping to another framework is recorded for this provision."}
            </p>
            {(detail.versions.hiddenMappings > 0 || detail.versions.scope === "all") && (
              <VersionScopeSwitch
                scope={detail.versions.scope}
                asOf={detail.versions.asOf}
                href={(scope) => `${path}${scope === "all" ? "?versions=all" : ""}#mappings`}
                outside={{ count: detail.versions.hiddenMappings, what: `mapping${detail.versions.hiddenMappings === 1 ? "" : "s"} to repealed or superseded versions` }}
              />
            )}
            <MappingList citation={p.citation} frameworkId={framework.id} mappings={mappings} />
          </section>
        </div>

        <aside className="min-w-0 space-y-6">
          <Card>
            <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">Dates</h2>
            <ProvisionDates dates={p.dates} versionValidFrom={version.validFrom} />
          </Card>

          {concepts.length > 0 && (
            <Card>
              <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">Concepts</h2>
              <ul className="flex flex-wrap gap-2">
                {concepts.map((c) => (
                  <li key={c.id}>
                    <Link href={`/concepts/${c.id}`} title={c.description} className="inline-block rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-900 no-underline ring-1 ring-brand-100 hover:ring-brand-600 hover:no-underline">
                      {c.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </Card>
          )}

          {(children.length > 0 || ancestors.length > 0) && (
            <Card>
              <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">Structure</h2>
              {ancestors.length > 0 && (
                <p className="text-sm text-slate-700">
                  Part of{" "}
                  {ancestors.map((a, i) => (
                    <span key={a.id}>
                      {i > 0 && " › "}
                      <Link href={a.href}>{a.citation}</Link>
                    </span>
                  ))}
                </p>
              )}
              {children.length > 0 && (
                <ul className="mt-2 space-y-1 text-sm">
                  {children.map((c) => (
                    <li key={c.id}>
                      <Link href={c.href} className="font-mono">{c.citation}</Link> <span className="text-slate-700">{c.title}</span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          )}

          <Card>
            <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-600">Cite this page</h2>
            <p className="break-all font-mono text-xs text-slate-700" data-testid="permalink">{permalink}</p>
            <p className="mt-2 text-sm text-slate-700">
              {p.citation}, {framework.name} ({version.label}). AI Regulatory Crosswalk, data version <span className="font-mono">{corpus?.version ?? "—"}</span>.
            </p>
            <p className="mt-2 text-xs text-slate-600">
              {p.verified ? "Checked against the primary text." : "Not verified against the primary text."} <a href={p.sourceUrl}>Primary source</a>
            </p>
            {/* How it was checked matters as much as whether: say it for verified provisions too. */}
            {p.verified && p.verificationNote && <p className="mt-1 text-xs text-slate-600" data-testid="verification-note">{p.verificationNote}</p>}
          </Card>
        </aside>
      </div>
    </>
  );
}
