import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/frameworks/breadcrumbs";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { getConceptDetail } from "@/lib/db/explorer";
import { slugSchema } from "@/lib/schemas/common";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

async function load(params: Params) {
  const id = slugSchema.safeParse((await params).id);
  return id.success ? getConceptDetail(id.data) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const detail = await load(params);
  return { title: detail ? `${detail.concept.name} — concept` : "Concept not found" };
}

export default async function ConceptPage({ params }: { params: Params }) {
  const detail = await load(params);
  if (!detail) notFound();
  const { concept, frameworks, provisions } = detail;
  const silent = frameworks.filter((f) => !provisions.some((p) => p.frameworkId === f.id));
  const versions = [...new Map(provisions.map((p) => [p.version.id, p.version])).values()];

  return (
    <>
      <Breadcrumbs items={[{ href: "/gaps", label: "Concepts" }, { label: concept.name }]} />
      <PageHeader
        eyebrow="Concept"
        title={concept.name}
        actions={
          <Link className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm no-underline" href={`/graph?concept=${concept.id}`}>
            Concept graph
          </Link>
        }
      >
        {concept.description} {provisions.length} provision{provisions.length === 1 ? "" : "s"} in {frameworks.length - silent.length} framework{frameworks.length - silent.length === 1 ? "" : "s"}.
      </PageHeader>

      {silent.length > 0 && (
        <p className="mb-6 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          <span className="font-semibold">Says nothing on this concept:</span> {silent.map((f) => f.shortName).join(", ")}.
        </p>
      )}

      <div className="space-y-8">
        {versions.map((v) => (
          <section key={v.id} aria-labelledby={`v-${v.id}`}>
            <h2 id={`v-${v.id}`} className="mb-2 flex flex-wrap items-center gap-2 text-lg font-semibold">
              {v.framework.shortName}
              <span className="text-sm font-normal text-slate-500">{v.label}</span>
              {v.status === "repealed" && <Badge tone="red">Repealed</Badge>}
              {v.status === "enacted" && <Badge tone="amber">Not yet applicable</Badge>}
            </h2>
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
              {provisions
                .filter((p) => p.version.id === v.id)
                .map((p) => (
                  <li key={p.id} className="flex flex-col gap-1 px-4 py-2 sm:flex-row sm:items-baseline sm:gap-3">
                    <Link href={p.href} className="shrink-0 font-mono text-sm">{p.citation}</Link>
                    <span className="flex-1 text-sm text-slate-800">{p.title}</span>
                    <span className="flex flex-wrap gap-1">
                      {!p.verified && <Badge tone="amber">Unverified</Badge>}
                      {p.mappingCount > 0 && <Badge tone="blue">{p.mappingCount} mapped</Badge>}
                    </span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
