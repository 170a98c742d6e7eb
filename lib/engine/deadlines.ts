import type { ChecklistStatus, ItemProgress } from "@/lib/schemas/checklist";
import { appliesBy } from "./as-of";
import type { AssessmentResult, ChecklistItem } from "./types";

export type DeadlineCitation = { id: string; citation: string; framework: string; frameworkName: string };

/** One dated checklist item of one system: what is due when, and how far the work is. */
export type DeadlineEvent = {
  systemId: string;
  systemName: string;
  itemId: string;
  title: string;
  /** YYYY-MM-DD: the date from which the item's earliest binding duty applies. */
  dueDate: string;
  citations: DeadlineCitation[];
  binding: boolean;
  blocking: boolean;
  /** "may-apply" when the item depends on an answer left open ("not sure"). */
  applicability: ChecklistItem["status"];
  openQuestions: string[];
  status: ChecklistStatus;
  owner: string;
  /** "past" once the duty binds (due date on or before the as-of date, as the engine reads dates). */
  timing: "past" | "upcoming";
  /** Past and still open: neither done nor marked not applicable. */
  overdue: boolean;
};

export type AssessedSystemInput = {
  systemId: string;
  systemName: string;
  result: Pick<AssessmentResult, "checklist">;
  progress: Record<string, ItemProgress>;
  frameworkNames?: Record<string, string>;
};

export type DeadlineOptions = {
  /** YYYY-MM-DD: the day that splits past from upcoming (usually today). */
  asOf: string;
  /** Voluntary items carry a framework's publication date, which is no deadline; off unless asked. */
  includeVoluntary?: boolean;
};

const CLOSED: readonly ChecklistStatus[] = ["done", "not-applicable"];

/** The dated checklist items of one assessment, sorted by due date (checklist order within a day). */
export function deadlinesFromAssessment(input: AssessedSystemInput, opts: DeadlineOptions): DeadlineEvent[] {
  const names = input.frameworkNames ?? {};
  const events: DeadlineEvent[] = [];
  for (const item of input.result.checklist) {
    if (!item.dueDate || (!item.binding && !opts.includeVoluntary)) continue;
    const progress = input.progress[item.id];
    const status = progress?.status ?? "not-started";
    const timing = appliesBy(item.dueDate, opts.asOf) ? "past" : "upcoming";
    events.push({
      systemId: input.systemId,
      systemName: input.systemName,
      itemId: item.id,
      title: item.title,
      dueDate: item.dueDate,
      citations: item.members.map((m) => ({ id: m.id, citation: m.citation, framework: m.framework, frameworkName: names[m.framework] ?? m.framework })),
      binding: item.binding,
      blocking: item.blocking,
      applicability: item.status ?? "applies",
      openQuestions: (item.openQuestions ?? []).map((q) => q.question),
      status,
      owner: progress?.owner ?? "",
      timing,
      overdue: timing === "past" && !CLOSED.includes(status),
    });
  }
  return sortDeadlines(events);
}

/** Every system's deadlines on one timeline. */
export function deadlinesAcrossSystems(systems: AssessedSystemInput[], opts: DeadlineOptions): DeadlineEvent[] {
  return sortDeadlines(systems.flatMap((s) => deadlinesFromAssessment(s, opts)));
}

/** By date, then system name; the input order is kept within a system and day (the sort is stable). */
export function sortDeadlines(events: DeadlineEvent[]): DeadlineEvent[] {
  return [...events].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.systemName.localeCompare(b.systemName) || a.systemId.localeCompare(b.systemId),
  );
}

/** Consecutive months ("2027-12") with their events, in the order of the (sorted) input. */
export function groupDeadlinesByMonth(events: DeadlineEvent[]): { month: string; events: DeadlineEvent[] }[] {
  const groups: { month: string; events: DeadlineEvent[] }[] = [];
  for (const e of events) {
    const month = e.dueDate.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.events.push(e);
    else groups.push({ month, events: [e] });
  }
  return groups;
}

export type DeadlineSummary = { total: number; overdue: number; upcoming: number; next: DeadlineEvent | null };

/** Counts for a timeline's heading; `next` is the earliest upcoming deadline. */
export function summarizeDeadlines(events: DeadlineEvent[]): DeadlineSummary {
  const upcoming = events.filter((e) => e.timing === "upcoming");
  return {
    total: events.length,
    overdue: events.filter((e) => e.overdue).length,
    upcoming: upcoming.length,
    next: sortDeadlines(upcoming)[0] ?? null,
  };
}
