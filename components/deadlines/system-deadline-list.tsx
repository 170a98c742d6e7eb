import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { summarizeDeadlines, type DeadlineEvent } from "@/lib/engine/deadlines";
import { formatDate, plural } from "@/lib/format";

/** One line per system: how many of its deadlines are overdue and when the next one falls. */
export function SystemDeadlineList({ systems, events }: { systems: { systemId: string; systemName: string }[]; events: DeadlineEvent[] }) {
  return (
    <section aria-labelledby="by-system-heading" className="mb-10">
      <h2 id="by-system-heading" className="mb-3 text-lg font-semibold">By system</h2>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
        {systems.map((s) => {
          const summary = summarizeDeadlines(events.filter((e) => e.systemId === s.systemId));
          return (
            <li key={s.systemId} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <Link href={`/systems/${s.systemId}/deadlines`} className="font-medium">{s.systemName}</Link>
                <p className="text-sm text-slate-700">
                  {summary.next ? <>Next: {formatDate(summary.next.dueDate)}, {summary.next.title}</> : "Nothing coming up"}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                {summary.overdue > 0 ? <Badge tone="red">{summary.overdue} overdue</Badge> : <Badge tone="green">None overdue</Badge>}
                <Badge>{plural(summary.total, "dated duty", "dated duties")}</Badge>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
