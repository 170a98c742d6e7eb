import { deleteSystemAction } from "@/app/(workspace)/systems/actions";

/** Deleting asks first: a disclosure with the consequences and an explicit confirm button (works without JavaScript). */
export function DeleteSystem({ systemId, name, draft = false }: { systemId: string; name: string; draft?: boolean }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-red-800 hover:underline">{draft ? "Delete draft" : "Delete this system and its checklists"}</summary>
      <form action={deleteSystemAction} className="mt-2 rounded-md border border-red-200 bg-red-50 p-3 text-red-900">
        <input type="hidden" name="systemId" value={systemId} />
        <input type="hidden" name="confirm" value="yes" />
        <p>
          {draft ? `Delete the draft “${name}”? Its answers are lost.` : `Delete “${name}”, its answers, assessments, checklist progress and evidence links? This cannot be undone.`}
        </p>
        <button className="mt-2 rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800">Yes, delete{draft ? " the draft" : ` “${name}”`}</button>
      </form>
    </details>
  );
}
