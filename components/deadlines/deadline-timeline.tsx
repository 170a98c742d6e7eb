import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { groupDeadlinesByMonth, type DeadlineEvent } from "@/lib/engine/deadlines";
import { formatDate, plural } from "@/lib/format";
import { CHECKLIST_STATUS_LABELS, type ChecklistStatus } from "@/lib/schemas/checklist";

const STATUS_TONE: Record<ChecklistStatus, BadgeTone> = { "not-started": "slate", "in-progress": "blue", done: "green", "not-applicable": "slate" };

/** "2027-12" → "December 2027" */
function formatMonth(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
}

/**
 * Deadlines in date order, in two parts each grouped by month: what already applies (overdue
 * items stand out) and what is coming up. `showSystem` names the system on each row (the cross-system view).
 */
export function DeadlineTimeline({ events, asOf, showSystem = false }: { events: DeadlineEvent[]; asOf: string; showSystem?: boolean }) {
  const past = events.filter((e) => e.timing === "past");
  const upcoming = events.filter((e) => e.timing === "upcoming");
  return (
    <div className="space-y-10">
      <TimelinePart
        id="binding"
        title="Already applying"
        intro="Duties that apply today or earlier. Items neither done nor marked not applicable are overdue."
        empty="No dated duty applies yet."
        events={past}
        showSystem={showSystem}
      />
      <TimelinePart
        id="upcoming"
        title="Coming up"
        intro={`Duties that begin to apply after today (${formatDate(asOf)}), soonest first.`}
        empty="Nothing more is coming up: every dated duty already applies."
        events={upcoming}
        showSystem={showSystem}
      />
    </div>
  );
}

function TimelinePart(props: { id: string; title: string; intro: string; empty: string; events: DeadlineEvent[]; showSystem: boolean }) {
  const groups = groupDeadlinesByMonth(props.events);
  return (
    <section aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`} className="text-lg font-semibold">
        {props.title} <span className="text-sm font-normal text-slate-600">· {plural(props.events.length, "deadline")}</span>
      </h2>
      <p className="mb-4 text-sm text-slate-600">{props.intro}</p>
      {groups.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">{props.empty}</p>
      ) : (
        <ol className="space-y-6">
          {groups.map((g) => (
            <li key={g.month}>
              <h3 id={`${props.id}-${g.month}`} className="mb-2 flex items-baseline gap-2 font-semibold text-slate-900">
                {formatMonth(g.month)} <span className="text-sm font-normal text-slate-600">{plural(g.events.length, "item")}</span>
              </h3>
              <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
                {g.events.map((e) => <DeadlineRow key={`${e.systemId}:${e.itemId}`} event={e} showSystem={props.showSystem} />)}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function DeadlineRow({ event: e, showSystem }: { event: DeadlineEvent; showSystem: boolean }) {
  return (
    <li
      data-testid="deadline-item"
      data-overdue={e.overdue || undefined}
      className={`flex flex-col gap-3 border-l-4 p-4 sm:flex-row sm:items-start ${e.overdue ? "border-l-red-600 bg-red-50" : "border-l-transparent"}`}
    >
      <time dateTime={e.dueDate} className="shrink-0 font-medium tabular-nums text-slate-900 sm:w-28">{formatDate(e.dueDate)}</time>
      <div className="min-w-0 flex-1">
        {showSystem && (
          <p className="text-sm font-medium">
            <Link href={`/systems/${e.systemId}/deadlines`}>{e.systemName}</Link>
          </p>
        )}
        <p className="font-medium text-slate-900">
          {e.title}{" "}
          {e.overdue && <Badge tone="red">Overdue</Badge>} {e.blocking && <Badge tone="red">Prohibited practice</Badge>}{" "}
          {e.applicability === "may-apply" && <Badge tone="violet" title={e.openQuestions.join(" ")}>May apply</Badge>}{" "}
          {!e.binding && <Badge>Voluntary</Badge>}
        </p>
        {e.applicability === "may-apply" && e.openQuestions.length > 0 && (
          <p className="mt-1 text-sm text-violet-900">Depends on: {e.openQuestions.join(" ")}</p>
        )}
        <ul aria-label="Citations" className="mt-2 flex flex-wrap gap-1.5">
          {e.citations.map((c) => (
            <li key={c.id}>
              <Link
                href={`/frameworks/${c.framework}/${c.id.split("/")[1]}`}
                className="inline-block rounded border border-slate-300 bg-white px-1.5 py-0.5 font-mono text-xs text-slate-800 no-underline hover:border-brand-600 hover:no-underline"
              >
                {c.citation} <span className="font-sans text-slate-600">· {c.frameworkName}</span>
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <dl className="flex shrink-0 flex-row flex-wrap items-center gap-x-4 gap-y-1 text-sm sm:w-44 sm:flex-col sm:items-end">
        <div className="flex items-center gap-1.5">
          <dt className="sr-only">Status</dt>
          <dd><Badge tone={STATUS_TONE[e.status]}>{CHECKLIST_STATUS_LABELS[e.status]}</Badge></dd>
        </div>
        <div className="flex items-center gap-1 text-slate-700">
          <dt>Owner:</dt>
          <dd className={e.owner.trim() ? "font-medium text-slate-900" : "text-slate-600"}>{e.owner.trim() || "not assigned"}</dd>
        </div>
      </dl>
    </li>
  );
}
