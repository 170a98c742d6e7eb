import Link from "next/link";
import { causeHeading, changesByCause, describeClassChange, describeObligationChange, summariseChanges } from "@/lib/change-text";
import type { AssessmentResult } from "@/lib/engine/types";
import { formatDate } from "@/lib/format";

const SHOWN = 8;

/** What changed since the system's previous assessment, grouped by cause (law, answers, time). */
export function ChangesSincePrevious({ changes, asOf, names }: { changes: AssessmentResult["changesSincePrevious"]; asOf: string; names: Record<string, string> }) {
  if (!changes) return null;
  const groups = changesByCause(changes);
  const summary = summariseChanges(changes.summary);
  return (
    <section aria-labelledby="what-changed" data-testid="what-changed" className="mb-8 rounded-lg border border-sky-200 bg-sky-50 p-5 text-slate-900">
      <h2 id="what-changed" className="text-lg font-semibold">What changed since the assessment as of {formatDate(changes.since.asOf)}</h2>
      <p className="mt-1 text-sm text-slate-700">
        {summary ? `${summary}.` : "Nothing changed: the same obligations, dates, statuses and classes."} The previous assessment
        {changes.since.assessedAt && <> (made on {formatDate(changes.since.assessedAt)})</>} used data version{" "}
        <span className="font-mono">{changes.since.corpusVersion}</span>.
        {changes.versions.length > 0 && (
          <> Framework versions: {changes.versions.map((v) => `${names[v.framework] ?? v.framework} ${v.before?.label ?? "none"} → ${v.after?.label ?? "none"}`).join("; ")}.</>
        )}
      </p>
      {groups.map((g) => {
        const lines = [
          ...g.classes.map((c) => <li key={`class-${c.framework}-${c.subject}`}>Class — {describeClassChange(c, names)}</li>),
          ...g.obligations.map((c) => (
            <li key={`${c.id}-${c.kind}`}>
              <Link href={`/frameworks/${c.framework}/${c.id.split("/")[1]}`}>{c.citation}</Link> ({names[c.framework] ?? c.framework}) {c.title} —{" "}
              {describeObligationChange(c)}
            </li>
          )),
        ];
        return (
          <div key={g.cause} className="mt-4" data-cause={g.cause}>
            <h3 className="font-medium">{causeHeading(g.cause, changes.since, asOf)}</h3>
            {g.details.length > 0 && <p className="text-sm text-slate-700">{g.details.join("; ")}.</p>}
            <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">{lines.slice(0, SHOWN)}</ul>
            {lines.length > SHOWN && (
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer pl-5">and {lines.length - SHOWN} more</summary>
                <ul className="mt-1 list-disc space-y-1 pl-5">{lines.slice(SHOWN)}</ul>
              </details>
            )}
          </div>
        );
      })}
    </section>
  );
}
