import type { ComplyReport } from "@/lib/db/queries/comply";
import { toCsv } from "./csv";

/**
 * The comply report as one table: a `row` column says what each line is — the strictest value of
 * a parameter, a member of a requirement, what one member asks beyond another, a duty only one
 * framework asks, or a conflict — so a spreadsheet filter shows one part at a time.
 */
export function complyReportToCsv(report: ComplyReport): string {
  const rows: unknown[][] = [];
  for (const c of report.concepts)
    for (const r of c.requirements) {
      for (const p of r.parameters) {
        const setBy = p.status === "strictest" || p.status === "same" ? p.setBy : p.status === "several" ? p.winners.flatMap((w) => w.setBy) : p.values;
        rows.push([c.concept.id, c.concept.name, "parameter", r.id, r.title, p.parameter, p.status, p.status === "strictest" || p.status === "same" ? p.value : "", setBy.map((s) => s.citation).join("; "), p.line]);
      }
      for (const m of r.members) rows.push([c.concept.id, c.concept.name, "member", r.id, r.title, "", "", "", m.citation, `${m.frameworkName}: ${m.title}`]);
      for (const l of r.leftOver) rows.push([c.concept.id, c.concept.name, "beyond", r.id, r.title, "", "", "", l.citation, `beyond ${l.beyond}: ${l.text}`]);
    }
  for (const c of report.concepts) {
    for (const m of c.onlyOne) rows.push([c.concept.id, c.concept.name, "only-one", m.id, m.title, "", "", "", m.citation, `only ${m.frameworkName} asks this`]);
    for (const x of c.conflicts) rows.push([c.concept.id, c.concept.name, "conflict", x.a.id, x.a.title, "", "", "", `${x.a.citation}; ${x.b.citation}`, x.description]);
  }
  return toCsv(["concept_id", "concept", "row", "requirement_id", "requirement", "parameter", "status", "strictest_value", "set_by", "detail"], rows);
}
