import { strictestLine } from "@/lib/engine/checklist";
import { causeHeading, changesByCause, describeClassChange, describeObligationChange, summariseChanges } from "@/lib/change-text";
import { classLabel } from "@/lib/class-labels";
import type { AssessmentResult } from "@/lib/engine/types";

const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A readable Markdown report of an assessment, for repositories and pull requests. */
export function assessmentToMarkdown(name: string, r: AssessmentResult): string {
  const lines: string[] = [`# AI compliance assessment: ${name}`, "", `As of ${r.asOf} · corpus ${r.corpusVersion}`, ""];
  if (r.warnings.length) {
    lines.push(r.ifNotProhibited.length ? "## ⚠ Prohibited practices" : "## ⚠ Possibly prohibited practices", "");
    for (const w of r.warnings) lines.push(`- **${w.citation}** (${w.framework}): ${w.message}`);
    if (r.ifNotProhibited.length)
      lines.push("", `If the practice were changed, ${r.ifNotProhibited.length} further obligations would apply (not a route to lawful use): ${r.ifNotProhibited.map((o) => o.citation).join(", ")}.`);
    lines.push("");
  }
  if (r.scope.length) {
    lines.push("## Scope", "");
    for (const s of r.scope) lines.push(`- ${s.applies === false ? "Does not apply" : "May not apply"} — **${s.citation}** (${s.framework}): ${s.reason}`);
    lines.push("");
  }
  lines.push("## Classification", "", "| Framework | Subject | Class | Confirmed | Reasons |", "|---|---|---|---|---|");
  for (const c of r.classifications)
    lines.push(`| ${c.framework} | ${c.subject} | ${classLabel(c.class)} | ${c.confirmed ? "yes" : `no — ${esc(c.openQuestions.map((q) => q.question).join(" "))}`} | ${esc(c.reasons.join("; "))} |`);
  if (r.openQuestions.length) {
    lines.push("", "## Open questions", "", "Answered “not sure”; the assessment takes the stricter reading until they are settled.", "");
    for (const q of r.openQuestions) lines.push(`- ${q.question} (affects ${q.affects.join(", ")})`);
  }
  if (r.changesSincePrevious) lines.push("", ...changesToMarkdown(r));
  lines.push("", `## Checklist (${r.stats.obligations} obligations in ${r.stats.checklistItems} items)`, "");
  for (const item of r.checklist) {
    lines.push(
      `### ${item.title}${item.blocking ? " — BLOCKING" : ""}${item.status === "may-apply" ? " — MAY APPLY" : ""}`,
      "",
      `Due: ${item.dueDate ?? "—"} · Satisfies: ${item.members.map((m) => m.citation).join(", ")}`,
      "",
      item.description,
      "",
    );
    for (const st of item.strictest ?? []) lines.push(`- Strictest: ${strictestLine(st)}`);
    for (const m of item.members) if (m.beyondSharedCore) lines.push(`- ${m.citation}: ${m.beyondSharedCore}`);
    lines.push("");
  }
  if (r.exemptions.length) {
    lines.push("## Exemptions applied", "");
    for (const e of r.exemptions) lines.push(`- **${e.citation}** (${e.framework}) removes ${e.removes.join(", ") || "nothing that applied"}: ${e.reason}`);
    lines.push("");
  }
  if (r.explanations.length) {
    lines.push("## Rules that explain the result", "");
    for (const e of r.explanations) lines.push(`- **${e.citation}** (${e.framework})${e.confirmed ? "" : " (if open answers confirm it)"}: ${e.summary}`);
    lines.push("");
  }
  lines.push("## Obligations", "", "| Citation | Framework | Status | Role | Applies from | Why | Source |", "|---|---|---|---|---|---|---|");
  for (const o of r.obligations) {
    const date = `${o.appliesFrom ?? "—"}${o.appliesFromContested ? " (contested)" : ""}`;
    lines.push(`| ${o.citation} | ${o.framework} | ${o.status === "may-apply" ? "may apply" : "applies"} | ${o.role} | ${date} | ${esc(o.why.join("; "))} | ${o.source} |`);
  }
  return `${lines.join("\n")}\n`;
}

/** "What changed since" the previous assessment, grouped by cause (law, answers, time). */
function changesToMarkdown(r: AssessmentResult): string[] {
  const changes = r.changesSincePrevious!;
  const { since } = changes;
  const lines = [
    `## What changed since ${since.asOf}`,
    "",
    `${summariseChanges(changes.summary) ?? "Nothing changed: the same obligations, dates, statuses and classes"}. Previous assessment as of ${since.asOf}${since.assessedAt ? `, made on ${since.assessedAt.slice(0, 10)}` : ""}, corpus ${since.corpusVersion}.`,
  ];
  for (const v of changes.versions) lines.push(`- Framework version (${v.framework}): ${v.before?.label ?? "none"} → ${v.after?.label ?? "none"}`);
  for (const g of changesByCause(changes)) {
    lines.push("", `### ${causeHeading(g.cause, since, r.asOf)}`, "");
    if (g.details.length) lines.push(`${g.details.join("; ")}.`, "");
    for (const c of g.classes) lines.push(`- Class — ${describeClassChange(c)}`);
    for (const c of g.obligations) lines.push(`- **${c.citation}** (${c.framework}) ${c.title} — ${describeObligationChange(c)}`);
  }
  return lines;
}
