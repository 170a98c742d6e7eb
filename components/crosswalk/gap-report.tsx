import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { GapReport, GapRow } from "@/lib/db/explorer";
import { hasNoCounterpart } from "@/lib/engine/crosswalk";
import { COVERAGE_STYLES, CoverageBadge, RelationshipBadge } from "./relationship";

// A provision id is "<framework>/<key>", which is also its path under /frameworks.
const provisionHref = (id: string) => `/frameworks/${id}`;

/** Summary tiles, the provisions with no counterpart, the partial ones with their gap summaries, and the covered ones. */
export function GapReportView({ report }: { report: GapReport }) {
  const none = report.rows.filter((r) => hasNoCounterpart(r.coverage));
  const partial = report.rows.filter((r) => r.coverage === "partial");
  const covered = report.rows.filter((r) => r.coverage === "covered");
  const what = report.scope === "duties" ? "duties" : "provisions";
  return (
    <div className="space-y-8">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {(
          [
            ["checked-none", report.summary.checkedNone],
            ["unmapped", report.summary.unmapped],
            ["partial", report.summary.partial],
            ["covered", report.summary.covered],
          ] as const
        ).map(([coverage, n]) => (
          <div key={coverage} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt><CoverageBadge coverage={coverage} /></dt>
            <dd className="mt-2 text-2xl font-semibold text-slate-900">{n}</dd>
            <dd className="text-xs text-slate-500">{COVERAGE_STYLES[coverage].description}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="no-counterpart">
        <h2 id="no-counterpart" className="text-lg font-semibold">
          {report.from.shortName} {what} with no counterpart in {report.to.shortName} <span className="text-base font-normal text-slate-500">({none.length})</span>
        </h2>
        <p className="mb-3 text-sm text-slate-600">
          Nothing but an explicit no-relationship links these to {report.to.shortName}. “Checked” means someone analysed the pair and recorded why; “not mapped” means nobody has yet.
        </p>
        <GapList rows={none} toName={report.to.shortName} />
      </section>

      <section aria-labelledby="partial">
        <h2 id="partial" className="text-lg font-semibold">
          Partly covered: what {report.to.shortName} leaves out <span className="text-base font-normal text-slate-500">({partial.length})</span>
        </h2>
        <p className="mb-3 text-sm text-slate-600">Their counterparts overlap but ask less; each gap summary says what the counterpart does not cover.</p>
        <GapList rows={partial} toName={report.to.shortName} />
      </section>

      <details className="rounded-lg border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold text-slate-800">
          Covered by {report.to.shortName} ({covered.length})
        </summary>
        <div className="mt-3">
          <GapList rows={covered} toName={report.to.shortName} compact />
        </div>
      </details>
    </div>
  );
}

function GapList({ rows, toName, compact = false }: { rows: GapRow[]; toName: string; compact?: boolean }) {
  if (!rows.length) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">None.</p>;
  const versions = [...new Set(rows.map((r) => r.versionId))];
  return (
    <div className="space-y-4">
      {versions.map((versionId) => {
        const inVersion = rows.filter((r) => r.versionId === versionId);
        const first = inVersion[0]!;
        return (
          <div key={versionId}>
            {versions.length > 1 && (
              <h3 className="mb-2 flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-700">
                {first.versionLabel}
                {first.versionStatus === "repealed" && <Badge tone="red">Repealed</Badge>}
                {first.versionStatus === "enacted" && <Badge tone="amber">Enacted, not yet applicable</Badge>}
              </h3>
            )}
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
              {inVersion.map((row) => (
                <li key={row.id} className="px-4 py-3" data-testid="gap-row">
                  <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:gap-3">
                    <Link href={row.href} className="shrink-0 font-mono text-sm">{row.citation}</Link>
                    <span className="flex-1 text-sm text-slate-800">{row.title}</span>
                    <CoverageBadge coverage={row.coverage} />
                  </div>
                  {!compact && row.mappings.length > 0 && (
                    <ul className="mt-2 space-y-2 text-sm">
                      {row.mappings.map((m) => (
                        <li key={m.mappingId} className="rounded-md bg-slate-50 p-3">
                          <p className="flex flex-wrap items-center gap-2">
                            <RelationshipBadge relationship={m.relationship} />
                            <span className="text-slate-600">{m.relationship === "no-relationship" ? "checked against" : "with"}</span>
                            <Link href={provisionHref(m.otherId)} className="font-mono">{m.otherCitation}</Link>
                            <span className="text-slate-600">{m.otherTitle}</span>
                          </p>
                          <p className="mt-1 text-slate-700">{m.explanation}</p>
                          {m.gapSummary && (
                            <p className="mt-2 text-amber-950">
                              <span className="font-semibold">Not covered by {m.gapNotCoveredBy}:</span> {m.gapSummary}
                            </p>
                          )}
                          <p className="mt-1 text-xs text-slate-500">
                            {m.provenance} · confidence {Math.round(m.confidence * 100)} %
                          </p>
                        </li>
                      ))}
                    </ul>
                  )}
                  {!compact && row.coverage === "unmapped" && <p className="mt-1 text-sm text-slate-500">No mapping to {toName} is recorded for this provision.</p>}
                  {compact && (
                    <p className="mt-1 flex flex-wrap gap-2 text-xs">
                      {row.mappings.filter((m) => m.relationship !== "no-relationship").map((m) => (
                        <span key={m.mappingId} className="inline-flex items-center gap-1">
                          <RelationshipBadge relationship={m.relationship} />
                          <Link href={provisionHref(m.otherId)} className="font-mono">{m.otherCitation}</Link>
                        </span>
                      ))}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
