import type { AssessmentResult } from "@/lib/engine/types";

const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A readable Markdown report of an assessment, for repositories and pull requests. */
export function assessmentToMarkdown(name: string, r: AssessmentResult): string {
  const lines: string[] = [`# AI compliance assessment: ${name}`, "", `As of ${r.asOf} · corpus ${r.corpusVersion}`, ""];
  if (r.warnings.length) {
    lines.push("## ⚠ Prohibited practices", "");
    for (const w of r.warnings) lines.push(`- **${w.citation}** (${w.framework}): ${w.message}`);
    lines.push("");
  }
  lines.push("## Classification", "", "| Framework | Subject | Class | Reasons |", "|---|---|---|---|");
  for (const c of r.classifications) lines.push(`| ${c.framework} | ${c.subject} | ${c.class} | ${esc(c.reasons.join("; "))} |`);
  lines.push("", `## Checklist (${r.stats.obligations} obligations in ${r.stats.checklistItems} items)`, "");
  for (const item of r.checklist) {
    lines.push(`### ${item.title}${item.blocking ? " — BLOCKING" : ""}`, "", `Due: ${item.dueDate ?? "—"} · Satisfies: ${item.members.map((m) => m.citation).join(", ")}`, "", item.description, "");
    for (const m of item.members) if (m.beyondSharedCore) lines.push(`- ${m.citation}: ${m.beyondSharedCore}`);
    lines.push("");
  }
  if (r.exemptions.length) {
    lines.push("## Exemptions applied", "");
    for (const e of r.exemptions) lines.push(`- **${e.citation}** (${e.framework}) removes ${e.removes.join(", ") || "nothing that applied"}: ${e.reason}`);
    lines.push("");
  }
  lines.push("## Obligations", "", "| Citation | Framework | Role | Applies from | Why | Source |", "|---|---|---|---|---|---|");
  for (const o of r.obligations)
    lines.push(`| ${o.citation} | ${o.framework} | ${o.role} | ${o.appliesFrom ?? "—"} | ${esc(o.why.join("; "))} | ${o.source} |`);
  return `${lines.join("\n")}\n`;
}
