import type { Metadata } from "next";
import Link from "next/link";
import { CalendarLink } from "@/components/deadlines/calendar-link";
import { DeadlineSummary } from "@/components/deadlines/deadline-summary";
import { DeadlineTimeline } from "@/components/deadlines/deadline-timeline";
import { EmptyDeadlines } from "@/components/deadlines/empty-deadlines";
import { SystemDeadlineList } from "@/components/deadlines/system-deadline-list";
import { PageHeader } from "@/components/ui/page-header";
import { listAssessedSystems } from "@/lib/db/deadlines";
import { deadlinesAcrossSystems, summarizeDeadlines } from "@/lib/engine/deadlines";
import { formatDate, isoDate } from "@/lib/format";

export const metadata: Metadata = { title: "Deadlines" };

export default async function DeadlinesPage() {
  const systems = await listAssessedSystems();
  const asOf = isoDate(new Date());
  const events = deadlinesAcrossSystems(systems, { asOf });
  return (
    <>
      <PageHeader title="Deadlines" eyebrow={<span className="text-slate-600">All assessed systems</span>} actions={events.length > 0 && <CalendarLink href="/deadlines.ics" />}>
        When each binding duty starts to apply, across every assessed system, as of today ({formatDate(asOf)}). Voluntary frameworks set no deadlines and are left out.
      </PageHeader>
      {systems.length === 0 ? (
        <EmptyDeadlines title="No assessed systems yet">
          <p>Describe an AI system and assess it to see when its obligations apply.</p>
          <Link href="/systems/new" className="mt-4 inline-block">Start the questionnaire →</Link>
        </EmptyDeadlines>
      ) : events.length === 0 ? (
        <EmptyDeadlines title="No dated duties">
          <p>None of your assessed systems has a binding checklist item with a date from which it applies.</p>
          <Link href="/systems" className="mt-4 inline-block">See your systems →</Link>
        </EmptyDeadlines>
      ) : (
        <>
          <DeadlineSummary summary={summarizeDeadlines(events)} showSystem />
          <SystemDeadlineList systems={systems} events={events} />
          <DeadlineTimeline events={events} asOf={asOf} showSystem />
        </>
      )}
    </>
  );
}
