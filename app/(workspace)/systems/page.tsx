import type { Metadata } from "next";
import Link from "next/link";
import { ClassBadge } from "@/components/checklist/class-badge";
import { DeleteSystem, RecentlyDeleted } from "@/components/systems/delete-system";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { listDeletedSystems, listSystemsWithDrift } from "@/lib/db/systems";
import type { AssessmentResult } from "@/lib/engine/types";
import { formatDate, plural } from "@/lib/format";

export const metadata: Metadata = { title: "Systems" };

// What the delete and restore forms report back (they redirect here with ?notice=…).
const NOTICES: Record<string, { title: string; body?: string; tone: "amber" | "slate" }> = {
  deleted: { title: "System deleted", body: "You can restore it below for 30 days.", tone: "slate" },
  restored: { title: "System restored", body: "It is back in the list with its answers, checklists and history.", tone: "slate" },
  "delete-refused": { title: "Nothing was deleted", body: "The delete request was not understood: use the delete button on the system's page and confirm.", tone: "amber" },
  "delete-missing": { title: "Nothing was deleted", body: "That system does not exist or was already deleted.", tone: "amber" },
  "delete-failed": { title: "Nothing was deleted", body: "The server could not delete the system; try again.", tone: "amber" },
  "restore-refused": { title: "Nothing was restored", body: "The restore request was not understood.", tone: "amber" },
  "restore-missing": { title: "Nothing was restored", body: "That system is not among the recently deleted (restoring is possible for 30 days).", tone: "amber" },
  "restore-failed": { title: "Nothing was restored", body: "The server could not restore the system; try again.", tone: "amber" },
};

export default async function SystemsPage({ searchParams }: { searchParams: Promise<{ notice?: string | string[] }> }) {
  const { notice } = await searchParams;
  const shown = typeof notice === "string" && Object.hasOwn(NOTICES, notice) ? NOTICES[notice] : undefined;
  // Listing purges systems deleted more than 30 days ago before anything is read.
  const { systems, affected, frameworks } = await listSystemsWithDrift();
  const deleted = await listDeletedSystems();
  return (
    <>
      <PageHeader
        title="Systems"
        actions={<Link href="/systems/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white no-underline hover:bg-brand-600 hover:no-underline">Describe a system</Link>}
      >
        Your AI systems, their risk class in each jurisdiction and the progress of their checklists.
      </PageHeader>
      {shown && <Notice title={shown.title} tone={shown.tone}>{shown.body}</Notice>}
      {affected > 0 && (
        <p role="status" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          <strong>{plural(affected, "system")} affected by the data update</strong>
          {frameworks.length > 0 && <> ({frameworks.map((f) => `${f.name}: ${f.label}`).join("; ")})</>}: the stored assessment differs from what
          the current data gives for the same answers and date. Re-assess to see what changed.
        </p>
      )}
      {systems.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="font-medium">{deleted.length > 0 ? "No systems in use." : "No systems yet."}</p>
          <p className="mt-1 text-slate-600">Describe your first AI system to see which obligations apply and get a checklist.</p>
          <Link href="/systems/new" className="mt-4 inline-block">Start the questionnaire →</Link>
        </div>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {systems.map((s) => {
            const latest = s.assessments[0];
            const result = latest?.result as AssessmentResult | undefined;
            const done = latest?.checklistItems.filter((i) => i.status === "done" || i.status === "not-applicable").length ?? 0;
            const total = latest?.checklistItems.length ?? 0;
            return (
              <li key={s.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
                <div>
                  <Link href={latest ? `/systems/${s.id}` : `/systems/${s.id}/edit?step=${s.draftStep + 1}`} className="font-medium">{s.name}</Link>
                  <p className="text-sm text-slate-600">
                    {latest ? `Assessed as of ${formatDate(latest.asOf)}` : `Draft — step ${Math.min(s.draftStep + 1, 6)} of 6`} · updated {formatDate(s.updatedAt)}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  {result?.classifications.map((c) => (
                    <span key={`${c.framework}-${c.subject}`} className="flex items-center gap-1 text-xs text-slate-600">
                      {c.framework === "eu-ai-act" ? "EU" : c.framework === "colorado-ai-act" ? "CO" : c.framework} <ClassBadge value={c.class} />
                    </span>
                  ))}
                  {latest ? <Badge>{done}/{total} items closed</Badge> : <Badge tone="amber">Draft</Badge>}
                  {!latest && <DeleteSystem systemId={s.id} name={s.name} draft />}
                  {s.drift && (
                    <Link href={`/systems/${s.id}`} className="text-xs font-medium text-amber-900" data-testid="drift-notice" title={s.drift.frameworks.map((f) => `${f.name}: ${f.label}`).join("; ")}>
                      Affected by a data update: re-assess
                    </Link>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <RecentlyDeleted systems={deleted} />
    </>
  );
}
