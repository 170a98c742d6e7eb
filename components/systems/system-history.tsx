import Link from "next/link";
import type { AuditEventRow } from "@/lib/db/audit";
import { plural } from "@/lib/format";

const ENTITY_LABELS: Record<string, string> = { system: "System", assessment: "Assessment", "checklist-item": "Checklist item", evidence: "Evidence" };
const ACTION_LABELS: Record<string, string> = { create: "created", update: "changed", delete: "deleted", restore: "restored", add: "added", remove: "removed" };

/** A value as one short line: lists joined, long text cut (the export carries it whole). */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return "—";
  const text = Array.isArray(value) ? value.map(String).join(", ") : typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** The system's audit trail, newest first, one page at a time (`?history=N`), with CSV and JSON exports. */
export function SystemHistory(props: { systemId: string; events: AuditEventRow[]; total: number; page: number; pages: number; itemTitles: Record<string, string> }) {
  const base = `/systems/${props.systemId}`;
  return (
    <section aria-labelledby="history-heading" className="mb-10" id="history">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="history-heading" className="text-lg font-semibold">History</h2>
          <p className="text-sm text-slate-600">Who changed what and when: answers, assessments, checklist items and evidence ({plural(props.total, "change")}).</p>
        </div>
        <div className="flex gap-2 text-sm">
          <a href={`${base}/history.csv`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 no-underline" download>History CSV</a>
          <a href={`${base}/history.json`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 no-underline" download>History JSON</a>
        </div>
      </div>
      {props.events.length === 0 ? (
        <p className="text-sm text-slate-600">No changes recorded yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="history-table">
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
              <tr><th className="px-4 py-2">When</th><th className="px-4 py-2">Who</th><th className="px-4 py-2">What</th><th className="px-4 py-2">Changes</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {props.events.map((e) => (
                <tr key={e.id} className="align-top">
                  <td className="whitespace-nowrap px-4 py-2 font-mono text-xs">{when(e.at)}</td>
                  <td className="px-4 py-2">{e.actor ?? "—"}</td>
                  <td className="px-4 py-2">
                    {ENTITY_LABELS[e.entity] ?? e.entity} {ACTION_LABELS[e.action] ?? e.action}
                    {(e.entity === "checklist-item" || e.entity === "evidence") && <span className="block text-slate-600">{props.itemTitles[e.entityId] ?? e.entityId}</span>}
                  </td>
                  <td className="px-4 py-2">
                    <ul className="space-y-0.5">
                      {Object.entries(e.changes).map(([field, c]) => (
                        <li key={field}>
                          <span className="font-mono text-xs text-slate-600">{field}</span>: {shown(c.before)} → {shown(c.after)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.pages > 1 && (
        <nav aria-label="History pages" className="mt-3 flex items-center gap-3 text-sm">
          {props.page > 1 ? <Link href={`${base}?history=${props.page - 1}#history`}>← Newer</Link> : <span className="text-slate-500">← Newer</span>}
          <span>Page {props.page} of {props.pages}</span>
          {props.page < props.pages ? <Link href={`${base}?history=${props.page + 1}#history`}>Older →</Link> : <span className="text-slate-500">Older →</span>}
        </nav>
      )}
    </section>
  );
}
