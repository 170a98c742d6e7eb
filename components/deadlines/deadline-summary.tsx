import type { DeadlineSummary as Summary } from "@/lib/engine/deadlines";
import { formatDate } from "@/lib/format";

/** Three figures above a timeline: overdue, coming up, and the next date. */
export function DeadlineSummary({ summary, showSystem = false }: { summary: Summary; showSystem?: boolean }) {
  return (
    <dl className="mb-10 grid gap-4 sm:grid-cols-3">
      <div className={`min-w-0 rounded-lg border p-5 shadow-sm ${summary.overdue > 0 ? "border-red-300 bg-red-50" : "border-slate-200 bg-white"}`}>
        <dt className="text-sm font-medium text-slate-700">Overdue</dt>
        <dd className={`mt-1 text-3xl font-semibold tabular-nums ${summary.overdue > 0 ? "text-red-800" : "text-slate-900"}`}>{summary.overdue}</dd>
        <dd className="mt-1 text-sm text-slate-700">
          {summary.overdue > 0 ? <a href="#binding-heading">already apply and are not done</a> : "nothing that applies is left open"}
        </dd>
      </div>
      <div className="min-w-0 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <dt className="text-sm font-medium text-slate-700">Coming up</dt>
        <dd className="mt-1 text-3xl font-semibold tabular-nums text-slate-900">{summary.upcoming}</dd>
        <dd className="mt-1 text-sm text-slate-700">of {summary.total} dated duties</dd>
      </div>
      <div className="min-w-0 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <dt className="text-sm font-medium text-slate-700">Next deadline</dt>
        <dd className="mt-1 text-3xl font-semibold text-slate-900">{summary.next ? formatDate(summary.next.dueDate) : "—"}</dd>
        <dd className="mt-1 truncate text-sm text-slate-700" title={summary.next?.title}>
          {summary.next ? `${showSystem ? `${summary.next.systemName}: ` : ""}${summary.next.title}` : "none scheduled"}
        </dd>
      </div>
    </dl>
  );
}
