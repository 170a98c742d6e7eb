import { deleteSystemAction, restoreSystemAction } from "@/app/(workspace)/systems/actions";
import { formatDate } from "@/lib/format";

/** Deleting asks first: a disclosure with the consequences and an explicit confirm button (works without JavaScript). */
export function DeleteSystem({ systemId, name, draft = false }: { systemId: string; name: string; draft?: boolean }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-red-800 hover:underline">{draft ? "Delete draft" : "Delete this system and its checklists"}</summary>
      <form action={deleteSystemAction} className="mt-2 rounded-md border border-red-200 bg-red-50 p-3 text-red-900">
        <input type="hidden" name="systemId" value={systemId} />
        <input type="hidden" name="confirm" value="yes" />
        <p>
          {draft ? `Delete the draft “${name}”?` : `Delete “${name}”, its answers, assessments, checklist progress and evidence links?`} You can restore it from
          Systems → Recently deleted for 30 days; after that it is removed for good.
        </p>
        <button className="mt-2 rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800">Yes, delete{draft ? " the draft" : ` “${name}”`}</button>
      </form>
    </details>
  );
}

/** Systems deleted in the last 30 days, each with a Restore button (a plain form: works without JavaScript). */
export function RecentlyDeleted({ systems }: { systems: { id: string; name: string; deletedAt: Date; purgeOn: Date }[] }) {
  if (systems.length === 0) return null;
  return (
    <section aria-labelledby="recently-deleted" className="mt-10">
      <h2 id="recently-deleted" className="mb-1 text-lg font-semibold">Recently deleted</h2>
      <p className="mb-3 text-sm text-slate-600">Deleted systems can be restored for 30 days, with their answers, checklists and history.</p>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {systems.map((s) => (
          <li key={s.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="deleted-system">
            <div>
              <p className="font-medium">{s.name}</p>
              <p className="text-sm text-slate-600">Deleted {formatDate(s.deletedAt)} · removed for good on {formatDate(s.purgeOn)}</p>
            </div>
            <form action={restoreSystemAction}>
              <input type="hidden" name="systemId" value={s.id} />
              <button className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600" aria-label={`Restore ${s.name}`}>
                Restore
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
