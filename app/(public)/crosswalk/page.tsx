import type { Metadata } from "next";
import Link from "next/link";
import { CrosswalkMatrix } from "@/components/crosswalk/crosswalk-matrix";
import { DownloadLinks } from "@/components/crosswalk/download-links";
import { FrameworkPairForm } from "@/components/crosswalk/framework-pair-form";
import { PairOverview } from "@/components/crosswalk/pair-overview";
import { RelationshipLegend } from "@/components/crosswalk/relationship";
import { VersionScopeSwitch } from "@/components/crosswalk/version-scope-switch";
import { Notice, ProblemList } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getCrosswalkMatrix, listFrameworkOptions, listMappingPairs } from "@/lib/db/explorer";
import { crosswalkQuerySchema } from "@/lib/schemas/explorer";
import { toProblems } from "@/lib/schemas/issues";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Crosswalk matrix" };

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Id of the matrix's first mapped cell, the target of "Skip to matrix". */
const MATRIX_START = "matrix-first-cell";

export default async function CrosswalkPage({ searchParams }: { searchParams: Search }) {
  const raw = await searchParams;
  const frameworks = await listFrameworkOptions();
  const asked = raw.from !== undefined || raw.to !== undefined;
  const parsed = crosswalkQuerySchema.safeParse(raw);
  const matrix = parsed.success ? await getCrosswalkMatrix(parsed.data.from, parsed.data.to, undefined, { versions: parsed.data.versions }) : null;
  const name = (id: string) => frameworks.find((f) => f.id === id)?.shortName ?? id;
  const all = parsed.success && parsed.data.versions === "all" ? "&versions=all" : "";
  const exportHref = (format: string) => (parsed.success ? `/crosswalk/export?from=${parsed.data.from}&to=${parsed.data.to}${all}&format=${format}` : "#");
  const hasCells = Boolean(matrix && matrix.rows.length > 0);

  return (
    <>
      {hasCells && (
        // First in the page's content: Tab past "Skip to content", then Enter lands on the first mapped cell.
        <a href={`#${MATRIX_START}`} className="sr-only rounded bg-white px-3 py-2 font-medium ring-2 ring-brand-600 focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50">
          Skip to matrix
        </a>
      )}
      <PageHeader
        title={matrix ? `${matrix.from.shortName} × ${matrix.to.shortName}` : "Crosswalk matrix"}
        eyebrow="Crosswalk"
        actions={matrix ? <DownloadLinks href={exportHref} /> : undefined}
      >
        {matrix
          ? `${matrix.rows.length} provisions of ${matrix.from.shortName} against ${matrix.columns.length} ${matrix.to.id === "concepts" ? "concepts" : `provisions of ${matrix.to.shortName}`}, only those with a mapping. Each cell reads from the row towards the column; select one for its rationale.`
          : "Provisions of one framework against another — binding or voluntary — or against the concept taxonomy, coloured by their OSCAL relationship."}
      </PageHeader>

      <div className="mb-6">
        <FrameworkPairForm action="/crosswalk" frameworks={frameworks} from={parsed.data?.from} to={parsed.data?.to} allowConcepts submitLabel="Show matrix">
          {parsed.data?.versions === "all" && <input type="hidden" name="versions" value="all" />}
        </FrameworkPairForm>
      </div>

      {asked && !parsed.success && (
        <Notice title="These frameworks cannot be compared">
          <ProblemList problems={toProblems(parsed.error)} />
        </Notice>
      )}
      {parsed.success && !matrix && (
        <Notice title="Unknown framework">
          There is no framework called “{frameworks.some((f) => f.id === parsed.data.from) ? parsed.data.to : parsed.data.from}”. Pick one from the lists above.
        </Notice>
      )}

      {matrix && (matrix.versions.outside.length > 0 || matrix.versions.scope === "all") && (
        <VersionScopeSwitch
          scope={matrix.versions.scope}
          asOf={matrix.versions.asOf}
          href={(scope) => `/crosswalk?from=${matrix.from.id}&to=${matrix.to.id}${scope === "all" ? "&versions=all" : ""}`}
          outside={matrix.versions.outside}
        />
      )}
      {matrix && matrix.rows.length === 0 && (
        <Notice title="No mappings yet" tone="slate">
          Nobody has mapped {matrix.from.shortName} to {matrix.to.shortName} yet. <Link href="/crosswalk">See the pairs that are mapped</Link>.
        </Notice>
      )}

      {matrix && matrix.rows.length > 0 && (
        <>
          <section aria-labelledby="legend" className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="legend" className="mb-2 text-sm font-semibold text-slate-700">Legend</h2>
            {matrix.to.id === "concepts" ? (
              <p className="flex items-center gap-2 text-sm text-slate-700">
                <span aria-hidden className="grid h-5 w-5 place-items-center rounded-sm bg-brand-600 text-xs text-white">●</span>
                The provision is tagged with the concept ({matrix.counts.tagged ?? 0} tags)
              </p>
            ) : (
              <RelationshipLegend counts={matrix.counts} />
            )}
          </section>
          <CrosswalkMatrix matrix={matrix} initialCell={parsed.success ? parsed.data.cell : undefined} startId={MATRIX_START} />
        </>
      )}

      {!matrix && (
        <section aria-labelledby="pairs" className="mt-8">
          <h2 id="pairs" className="mb-3 text-lg font-semibold">Mapped pairs</h2>
          <PairOverview pairs={await listMappingPairs()} name={name} />
        </section>
      )}
    </>
  );
}
