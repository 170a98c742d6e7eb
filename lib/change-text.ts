import { classLabel } from "@/lib/class-labels";
import { formatDate, plural } from "@/lib/format";
import { CHANGE_CAUSES, type AssessmentChanges, type CausedClassChange, type ChangeCause, type ObligationChange } from "@/lib/schemas/assessment-changes";

// "What changed" in words, shared by the system page and the exports so they say the same thing.

const status = (s: "applies" | "may-apply") => (s === "may-apply" ? "may apply" : "applies");
const fromDate = (d: string | null) => (d ? `from ${formatDate(d)}` : "with no date");

/** What happened to one obligation, e.g. "date 2 Aug 2026 → 2 Dec 2027; now applies (since 2 Dec 2027)". */
export function describeObligationChange(c: ObligationChange): string {
  if (c.kind === "added" && c.after) {
    const { status, alreadyApplies, appliesFrom } = c.after;
    const when = !appliesFrom ? "" : alreadyApplies ? ` since ${formatDate(appliesFrom)}` : ` from ${formatDate(appliesFrom)}`;
    return `added: ${status === "may-apply" ? `may apply${when ? ` (${when.trim()})` : ""}` : `applies${when}`}`;
  }
  if (c.kind === "removed") return "no longer on the list";
  return c.fields
    .map((f) => {
      if (f.field === "appliesFrom") return `date ${formatDate(f.before)} → ${formatDate(f.after)}`;
      if (f.field === "status") return `${status(f.before)} → ${status(f.after)}`;
      return f.after ? `now applies (since ${formatDate(c.after?.appliesFrom)})` : `does not apply yet at this date (${fromDate(c.after?.appliesFrom ?? null)})`;
    })
    .join("; ");
}

const classState = (s: CausedClassChange["before"]) => (s ? `${classLabel(s.class)}${s.confirmed ? "" : " (not confirmed)"}` : "none");

/** A class change, e.g. "Colorado, the system: High-risk AI system → Covered ADMT". */
export function describeClassChange(c: CausedClassChange, names: Record<string, string> = {}): string {
  return `${names[c.framework] ?? c.framework}, ${c.subject === "model" ? "the model" : "the system"}: ${classState(c.before)} → ${classState(c.after)}`;
}

/** The heading for a group of changes with one cause; `asOf` is the new assessment's date. */
export function causeHeading(cause: ChangeCause, since: AssessmentChanges["since"], asOf: string): string {
  switch (cause) {
    case "law-changed":
      return "The law or the data changed";
    case "answers-changed":
      return "The answers changed";
    case "time-passed":
      return asOf >= since.asOf
        ? `Time passed (as of ${formatDate(asOf)} instead of ${formatDate(since.asOf)})`
        : `The as-of date moved back (${formatDate(asOf)} instead of ${formatDate(since.asOf)})`;
    case "unknown":
      return "The law or the answers changed (the earlier assessment did not record its answers, so the two cannot be told apart)";
  }
}

/** "3 obligations added, 1 removed, 2 changed; 1 class changed" — or null when nothing changed. */
export function summariseChanges(summary: AssessmentChanges["summary"]): string | null {
  const counts = (["added", "removed", "changed"] as const).filter((k) => summary[k] > 0);
  const parts = [
    counts.map((k, i) => (i === 0 ? `${plural(summary[k], "obligation")} ${k}` : `${summary[k]} ${k}`)).join(", "),
    summary.classes ? `${plural(summary.classes, "class", "classes")} changed` : "",
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : null;
}

/** The changes grouped by cause, in a fixed order (law, answers, time, unknown), empty groups left out. */
export function changesByCause(changes: AssessmentChanges) {
  return CHANGE_CAUSES.map((cause) => ({
    cause,
    obligations: changes.changes.filter((c) => c.cause === cause),
    classes: changes.classes.filter((c) => c.cause === cause),
    details: [...new Set([...changes.changes, ...changes.classes].filter((c) => c.cause === cause && c.detail).map((c) => c.detail!))],
  })).filter((g) => g.obligations.length || g.classes.length);
}
