import type { Metadata } from "next";
import { DownloadLinks } from "@/components/crosswalk/download-links";
import { CoverageHeatmap, HeatmapLegend } from "@/components/crosswalk/coverage-heatmap";
import { FrameworkPairForm } from "@/components/crosswalk/framework-pair-form";
import { GapReportView } from "@/components/crosswalk/gap-report";
import { VersionScopeSwitch } from "@/components/crosswalk/version-scope-switch";
import { Notice, ProblemList } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getConceptCoverage, getGapReport, listFrameworkOptions } from "@/lib/db/explorer";
import { gapQuerySchema } from "@/lib/schemas/explorer";
import { toProblems } from "@/lib/schemas/issues";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Coverage and gaps" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function GapsPage({ searchParams }: { searchParams: Search }) {
  const raw = await searchParams;
  const asked = raw.from !== undefined || raw.to !== undefined;
  const parsed = gapQuerySchema.safeParse(raw);
  const [frameworks, coverage, report] = await Promise.all([
    listFrameworkOptions(),
    getConceptCoverage(),
    parsed.success ? getGapReport(parsed.data) : null,
  ]);
  const fromVersions = frameworks.find((f) => f.id === parsed.data?.from)?.versions ?? [];
  const query = (format: string) =>
    parsed.success ? `/gaps/export?${new URLSearchParams({ from: parsed.data.from, to: parsed.data.to, scope: parsed.data.scope, ...(report?.version ? { version: report.version } : {}), ...(parsed.data.versions === "all" ? { versions: "all" } : {}), format })}` : "#";
  const scopeHref = (versions: "current" | "all") =>
    parsed.success ? `/gaps?${new URLSearchParams({ from: parsed.data.from, to: parsed.data.to, scope: parsed.data.scope, ...(versions === "all" ? { versions } : {}) })}` : "/gaps";
  const bindingVersions = coverage.versions.filter((v) => v.framework.binding);
  const silentInBindingLaw = coverage.concepts.filter((c) => bindingVersions.every((v) => coverage.cell(c.id, v.id).provisions === 0));

  return (
    <>
      <PageHeader
        eyebrow="Crosswalk"
        title={report ? `Gaps: ${report.from.shortName} against ${report.to.shortName}` : "Coverage and gaps"}
        actions={report ? <DownloadLinks href={query} /> : undefined}
      >
        {report
          ? `${report.summary.total} ${report.scope === "duties" ? "duty-bearing provisions" : "provisions"} of ${report.from.shortName}${report.version ? ` (${fromVersions.find((v) => v.id === report.version)?.label})` : ""}, each classified by the best counterpart it has in ${report.to.shortName}.`
          : "Which concepts each framework speaks to, and — for a pair of frameworks — the provisions of one that have no counterpart in the other: the interoperability gaps."}
      </PageHeader>

      <div className="mb-8">
        <FrameworkPairForm action="/gaps" frameworks={frameworks} from={parsed.data?.from} to={parsed.data?.to} submitLabel="Show gaps">
          <label className="flex flex-col gap-1">
            <span className="font-medium text-slate-700">Provisions</span>
            <select name="scope" defaultValue={parsed.data?.scope ?? "duties"} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
              <option value="duties">Duties only</option>
              <option value="all">All but headings</option>
            </select>
          </label>
          {fromVersions.length > 1 && (
            <label className="flex flex-col gap-1">
              <span className="font-medium text-slate-700">Version</span>
              <select name="version" defaultValue={report?.version ?? ""} className="max-w-64 rounded-md border border-slate-300 bg-white px-2 py-1.5">
                <option value="">{parsed.data?.versions === "all" ? "Every version" : "In force or enacted today"}</option>
                {fromVersions.map((v) => <option key={v.id} value={v.id}>{v.label}</option>)}
              </select>
            </label>
          )}
          {parsed.data?.versions === "all" && <input type="hidden" name="versions" value="all" />}
        </FrameworkPairForm>
      </div>

      {asked && !parsed.success && (
        <Notice title="This gap report cannot be built">
          <ProblemList problems={toProblems(parsed.error)} />
        </Notice>
      )}
      {parsed.success && !report && <Notice title="Unknown framework">Pick both frameworks from the lists above.</Notice>}
      {report && !report.version && (report.versions.outside.length > 0 || report.versions.scope === "all") && (
        <VersionScopeSwitch scope={report.versions.scope} asOf={report.versions.asOf} href={scopeHref} outside={report.versions.outside} />
      )}
      {report && (
        <div className="mb-12">
          <GapReportView report={report} />
        </div>
      )}

      <section aria-labelledby="coverage">
        <div className="mb-3 flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
          <div>
            <h2 id="coverage" className="text-lg font-semibold">Concept coverage by framework</h2>
            <p className="text-sm text-slate-600">Provisions tagged with each concept, per framework version. Select a number to see them.</p>
          </div>
          <HeatmapLegend />
        </div>
        {silentInBindingLaw.length > 0 && (
          <p className="mb-3 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900" data-testid="binding-silence">
            <span className="font-semibold">No binding law in the graph says anything on:</span> {silentInBindingLaw.map((c) => c.name).join(", ")}.
          </p>
        )}
        <CoverageHeatmap concepts={coverage.concepts} versions={coverage.versions} cell={coverage.cell} />
      </section>
    </>
  );
}
