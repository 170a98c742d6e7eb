import { strictestLine } from "@/lib/engine/checklist";
import { classLabel } from "@/lib/class-labels";
import type { AssessmentRecord } from "@/lib/schemas/assessment-record";

/** RFC 4180 field quoting; formulas are neutralised so a spreadsheet never executes a cell. */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * The assessment record as one table (the same content as the JSON and the PDF): a `section`
 * column says what each row is — answer, class, checklist item, not applicable, open question,
 * exemption, change — so a spreadsheet filter shows one part at a time.
 */
export function assessmentRecordToCsv(record: AssessmentRecord, names: Record<string, string> = {}): string {
  const fw = (id: string) => names[id] ?? id;
  const rows: unknown[][] = [];
  const row = (section: string, r: Partial<Record<(typeof HEADER)[number], unknown>>) => rows.push(HEADER.map((h) => (h === "section" ? section : (r[h] ?? ""))));
  row("record", { ref: record.system, title: record.organization, status: `as of ${record.asOf}`, detail: `data version ${record.corpusVersion}; ${record.versionsUsed.map((v) => `${fw(v.framework)}: ${v.label}`).join("; ")}` });
  for (const a of record.answers) row("answer", { ref: a.step, title: a.question, status: a.answer });
  for (const c of record.classifications)
    row("class", { framework: fw(c.framework), ref: c.subject, title: classLabel(c.class), status: c.confirmed ? "confirmed" : "not confirmed", detail: [...c.reasons, ...c.openQuestions.map((q) => q.question)].join(" ") });
  for (const s of record.scope) row("scope", { framework: fw(s.framework), ref: s.citation, status: s.applies === false ? "does not apply" : "may not apply", detail: s.reason, source: s.source });
  for (const q of record.openQuestions) row("open-question", { ref: q.fact, title: q.question, detail: `affects ${q.affects.join(", ")}` });
  record.checklist.forEach((item, i) => {
    const p = record.progress[item.id];
    row("checklist", {
      ref: i + 1,
      title: item.title,
      status: p?.status ?? "not-started",
      owner: p?.owner ?? "",
      due: item.dueDate ?? "",
      applicability: item.status === "may-apply" ? "may apply" : "applies",
      binding: item.binding,
      blocking: item.blocking,
      framework: [...new Set(item.members.map((m) => fw(m.framework)))].join("; "),
      citations: item.members.map((m) => m.citation).join("; "),
      detail: [(item.strictest ?? []).map((st) => `Strictest: ${strictestLine(st)}`).join(" | "), item.members.filter((m) => m.beyondSharedCore).map((m) => `${m.citation}: ${m.beyondSharedCore}`).join(" | "), (item.openQuestions ?? []).map((q) => q.question).join(" ")].filter(Boolean).join(" | "),
      notes: p?.notes ?? "",
      evidence: (p?.evidence ?? []).join(" "),
    });
  });
  for (const o of record.obligations)
    row("obligation", {
      framework: fw(o.framework),
      ref: o.citation,
      title: o.title,
      status: o.status === "may-apply" ? "may apply" : "applies",
      due: o.appliesFrom ?? "",
      applicability: o.appliesFromContested ? `date contested: ${o.appliesFromContested.readings.map((r) => r.from).join(" or ")}` : "",
      binding: o.binding,
      detail: [o.why.join("; "), o.penalties.map((p) => p.citation).join(", ")].filter(Boolean).join(" | fines: "),
      source: o.source,
    });
  for (const o of record.ifNotProhibited) row("if-not-prohibited", { framework: fw(o.framework), ref: o.citation, title: o.title, source: o.source });
  for (const n of record.notApplicable) row("not-applicable", { framework: fw(n.framework), ref: n.citation, title: n.title, status: n.because, detail: n.reason, source: n.source });
  for (const e of record.exemptions) row("exemption", { framework: fw(e.framework), ref: e.citation, detail: `${e.reason} Removes: ${e.removes.join(", ") || "nothing that applied"}`, source: e.source });
  for (const c of record.changesSincePrevious?.changes ?? [])
    row("change", { ref: c.citation, title: c.title, status: c.kind, applicability: c.cause, detail: c.fields.map((f) => `${f.field}: ${String(f.before)} -> ${String(f.after)}`).join("; ") });
  row("sign-off", { title: "Prepared by", owner: record.signOff.preparedBy ?? "" });
  row("sign-off", { title: "Reviewed by", owner: record.signOff.reviewedBy ?? "", due: record.signOff.date ?? "" });
  return toCsv([...HEADER], rows);
}

const HEADER = ["section", "framework", "ref", "title", "status", "owner", "due", "applicability", "binding", "blocking", "citations", "detail", "notes", "evidence", "source"] as const;
