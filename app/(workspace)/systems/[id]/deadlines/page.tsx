import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CalendarLink } from "@/components/deadlines/calendar-link";
import { DeadlineSummary } from "@/components/deadlines/deadline-summary";
import { DeadlineTimeline } from "@/components/deadlines/deadline-timeline";
import { EmptyDeadlines } from "@/components/deadlines/empty-deadlines";
import { PageHeader } from "@/components/ui/page-header";
import { getAssessedSystem } from "@/lib/db/exports";
import { getSystem } from "@/lib/db/systems";
import { deadlinesFromAssessment, summarizeDeadlines } from "@/lib/engine/deadlines";
import { formatDate, isoDate } from "@/lib/format";
import { systemIdSchema } from "@/lib/schemas/system";

export const metadata: Metadata = { title: "Deadlines" };

export default async function SystemDeadlinesPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = systemIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const id = parsed.data;
  const assessed = await getAssessedSystem(id);
  if (!assessed) {
    const system = await getSystem(id);
    if (!system) notFound();
    return (
      <>
        <PageHeader eyebrow={<Link href="/systems">Systems</Link>} title={`Deadlines: ${system.name}`} />
        <EmptyDeadlines title="Not assessed yet">
          <p>Deadlines come from the assessment. Finish the questionnaire to see when each duty applies.</p>
          <Link href={`/systems/${id}/edit?step=${system.draftStep + 1}`} className="mt-4 inline-block">Continue the questionnaire →</Link>
        </EmptyDeadlines>
      </>
    );
  }

  const asOf = isoDate(new Date());
  const events = deadlinesFromAssessment({ systemId: id, ...assessed }, { asOf });
  return (
    <>
      <PageHeader
        eyebrow={<><Link href={`/systems/${id}`}>{assessed.systemName}</Link> <span className="text-slate-600">· assessed as of {formatDate(assessed.result.asOf)}</span></>}
        title={`Deadlines: ${assessed.systemName}`}
        actions={events.length > 0 && <CalendarLink href={`/systems/${id}/deadlines.ics`} />}
      >
        When each binding checklist item starts to apply, with its status and owner, as of today ({formatDate(asOf)}). Voluntary frameworks set no deadlines and are left out.
      </PageHeader>
      {events.length === 0 ? (
        <EmptyDeadlines title="No dated duties">
          <p>None of this system&apos;s binding checklist items has a date from which it applies.</p>
          <Link href={`/systems/${id}`} className="mt-4 inline-block">Back to the checklist →</Link>
        </EmptyDeadlines>
      ) : (
        <>
          <DeadlineSummary summary={summarizeDeadlines(events)} />
          <DeadlineTimeline events={events} asOf={asOf} />
        </>
      )}
    </>
  );
}
