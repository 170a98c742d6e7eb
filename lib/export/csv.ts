import type { AssessmentResult } from "@/lib/engine/types";
import type { ItemProgress } from "@/lib/schemas/checklist";

/** RFC 4180 field quoting; formulas are neutralised so a spreadsheet never executes a cell. */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** One row per checklist item, with every citation it satisfies and its progress. */
export function checklistToCsv(result: AssessmentResult, progress: Record<string, ItemProgress> = {}): string {
  return toCsv(
    ["item", "title", "status", "owner", "due_date", "binding", "blocking", "satisfies", "frameworks", "concepts", "beyond_shared_core", "notes", "evidence", "as_of", "data_version", "applicability", "open_questions"],
    result.checklist.map((item, i) => {
      const p = progress[item.id];
      return [
        i + 1,
        item.title,
        p?.status ?? "not-started",
        p?.owner ?? "",
        item.dueDate ?? "",
        item.binding,
        item.blocking,
        item.members.map((m) => m.citation).join("; "),
        [...new Set(item.members.map((m) => m.framework))].join("; "),
        item.concepts.join("; "),
        item.members.filter((m) => m.beyondSharedCore).map((m) => `${m.citation}: ${m.beyondSharedCore}`).join(" | "),
        p?.notes ?? "",
        (p?.evidence ?? []).join(" "),
        result.asOf,
        result.corpusVersion,
        item.status === "may-apply" ? "may apply" : "applies",
        (item.openQuestions ?? []).map((q) => q.question).join(" "),
      ];
    }),
  );
}
