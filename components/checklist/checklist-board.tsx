"use client";

import Link from "next/link";
import { formatDate } from "@/lib/format";
import { useMemo, useRef, useState } from "react";
import { addEvidenceAction, removeEvidenceAction, updateChecklistItemAction, type ChecklistActionResult } from "@/app/(workspace)/systems/actions";
import { strictestLine } from "@/lib/engine/checklist";
import type { ChecklistItem } from "@/lib/engine/types";
import { CHECKLIST_STATUSES, CHECKLIST_STATUS_LABELS, type ChecklistStatus, type ItemProgress, type VersionedProgress } from "@/lib/schemas/checklist";


const STATUS_STYLE: Record<ChecklistStatus, string> = {
  "not-started": "border-slate-300 bg-white",
  "in-progress": "border-blue-300 bg-blue-50",
  done: "border-emerald-300 bg-emerald-50",
  "not-applicable": "border-slate-300 bg-slate-100",
};

export function ChecklistBoard(props: {
  assessmentId: string;
  asOf: string;
  items: ChecklistItem[];
  progress: Record<string, ItemProgress>;
  /** The stored version of each item's progress; every write sends it back (optimistic concurrency). */
  versions: Record<string, number>;
  frameworkNames: Record<string, string>;
}) {
  const [progress, setProgress] = useState(props.progress);
  // A re-assessment elsewhere replaces the assessment; writes then land on the current one, whose id the server returns.
  const [assessmentId, setAssessmentId] = useState(props.assessmentId);
  const [moved, setMoved] = useState(false);
  const [filter, setFilter] = useState<"all" | ChecklistStatus>("all");
  const [framework, setFramework] = useState("all");
  const frameworks = useMemo(() => [...new Set(props.items.flatMap((i) => i.members.map((m) => m.framework)))], [props.items]);
  const visible = props.items.filter(
    (i) => (filter === "all" || (progress[i.id]?.status ?? "not-started") === filter) && (framework === "all" || i.members.some((m) => m.framework === framework)),
  );
  const closed = props.items.filter((i) => ["done", "not-applicable"].includes(progress[i.id]?.status ?? "")).length;

  return (
    <section aria-labelledby="checklist-heading">
      <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 id="checklist-heading" className="text-lg font-semibold">Checklist</h2>
          <p className="text-sm text-slate-600">
            {closed} of {props.items.length} items closed
          </p>
          <div className="mt-1 h-2 w-64 rounded-full bg-slate-200">
            <div className="h-2 rounded-full bg-emerald-500" style={{ width: `${props.items.length ? (closed / props.items.length) * 100 : 0}%` }} />
          </div>
        </div>
        <div className="flex flex-wrap gap-2 text-sm">
          <label className="flex flex-col">
            <span className="text-slate-600">Status</span>
            <select value={filter} onChange={(e) => setFilter(e.target.value as typeof filter)} className="rounded-md border border-slate-300 bg-white px-2 py-1">
              <option value="all">All statuses</option>
              {CHECKLIST_STATUSES.map((s) => <option key={s} value={s}>{CHECKLIST_STATUS_LABELS[s]}</option>)}
            </select>
          </label>
          <label className="flex flex-col">
            <span className="text-slate-600">Framework</span>
            <select value={framework} onChange={(e) => setFramework(e.target.value)} className="rounded-md border border-slate-300 bg-white px-2 py-1">
              <option value="all">All frameworks</option>
              {frameworks.map((f) => <option key={f} value={f}>{props.frameworkNames[f] ?? f}</option>)}
            </select>
          </label>
        </div>
      </div>
      {moved && (
        <p role="status" className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          This system was re-assessed while you worked; your changes were saved to the current assessment. <a href="">Reload the page</a> to see its checklist.
        </p>
      )}
      <ol className="space-y-3">
        {visible.map((item) => (
          <ChecklistCard
            key={item.id}
            index={props.items.indexOf(item) + 1}
            item={item}
            asOf={props.asOf}
            assessmentId={assessmentId}
            progress={{ ...(progress[item.id] ?? { status: "not-started", owner: "", notes: "", evidence: [] }), version: props.versions[item.id] ?? 1 }}
            frameworkNames={props.frameworkNames}
            onSaved={(p, current) => {
              setProgress((all) => ({ ...all, [item.id]: p }));
              if (current.moved) {
                setAssessmentId(current.assessmentId);
                setMoved(true);
              }
            }}
          />
        ))}
        {visible.length === 0 && <li className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-500">No items match these filters.</li>}
      </ol>
    </section>
  );
}

type Editable = "status" | "owner" | "notes";
type Mine = Partial<Pick<ItemProgress, Editable>>;
type CardState = { kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string };
/** A refused stale write: what someone else stored, and which of the user's fields wait for a choice. */
type Conflict = { current: VersionedProgress; mine: Mine };

function ChecklistCard(props: {
  index: number;
  item: ChecklistItem;
  asOf: string;
  assessmentId: string;
  progress: VersionedProgress;
  frameworkNames: Record<string, string>;
  onSaved: (p: ItemProgress, where: { assessmentId: string; moved: boolean }) => void;
}) {
  const { item } = props;
  // `draft` is what the user sees and types; `stored` is the last version the server confirmed.
  const [draft, setDraft] = useState<ItemProgress>(props.progress);
  const stored = useRef<VersionedProgress>(props.progress);
  const assessmentId = useRef(props.assessmentId);
  assessmentId.current = props.assessmentId;
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [state, setState] = useState<CardState>({ kind: "idle" });
  // Kept apart from `state`: an evidence edit meanwhile must not dismiss the choice (or save over theirs on blur).
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [newLink, setNewLink] = useState("");
  const overdue = item.binding && item.dueDate && item.dueDate <= props.asOf;

  // One write at a time per item, each sending the version the previous one returned.
  function enqueue(write: () => Promise<ChecklistActionResult>, onConflict?: (current: VersionedProgress) => void, onRefused?: () => void) {
    setState({ kind: "saving" });
    queue.current = queue.current.then(async () => {
      let result: ChecklistActionResult;
      try {
        result = await write();
      } catch {
        result = { ok: false, status: 500, problems: [{ path: "(root)", message: "the server could not be reached; your text is kept here, try again" }] };
      }
      if (result.ok) {
        stored.current = result.item;
        // Only the stored evidence list replaces the local one; text typed meanwhile stays.
        setDraft((d) => ({ ...d, evidence: result.item.evidence }));
        props.onSaved(result.item, { assessmentId: result.assessmentId, moved: result.moved });
        setState({ kind: "saved" });
      } else if (result.conflict && onConflict) {
        stored.current = result.conflict.current;
        if (result.conflict.moved) props.onSaved(result.conflict.current, { assessmentId: result.conflict.assessmentId, moved: true });
        onConflict(result.conflict.current);
        setState({ kind: "idle" });
      } else {
        onRefused?.();
        setState({ kind: "error", message: result.problems.map((p) => p.message).join("; ") });
      }
    }).catch(() => undefined);
  }

  function save(mine: Mine) {
    setDraft((d) => ({ ...d, ...mine }));
    setConflict(null);
    enqueue(
      () => updateChecklistItemAction({ assessmentId: assessmentId.current, itemKey: item.id, version: stored.current.version, ...mine }),
      (current) => setConflict({ current, mine }),
    );
  }

  function changeEvidence(link: string, op: "add" | "remove") {
    const action = op === "add" ? addEvidenceAction : removeEvidenceAction;
    setDraft((d) => ({ ...d, evidence: op === "add" ? [...d.evidence.filter((x) => x !== link), link] : d.evidence.filter((x) => x !== link) }));
    enqueue(
      () => action({ assessmentId: assessmentId.current, itemKey: item.id, link }),
      undefined,
      () => setDraft((d) => ({ ...d, evidence: stored.current.evidence })),
    );
  }

  /** "Reload": take the stored values for the fields in conflict (the user chose to drop theirs). */
  function takeTheirs({ current, mine }: Conflict) {
    setDraft((d) => ({ ...d, ...Object.fromEntries(Object.keys(mine).map((k) => [k, current[k as Editable]])), evidence: current.evidence }));
    props.onSaved(current, { assessmentId: assessmentId.current, moved: false });
    setConflict(null);
  }

  return (
    <li className={`rounded-lg border p-4 shadow-sm ${item.blocking ? "border-red-300 bg-red-50" : STATUS_STYLE[draft.status]}`} data-testid="checklist-item">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h3 className="font-medium">
            <span className="text-slate-600">{props.index}.</span> {item.blocking && <span className="mr-1 rounded bg-red-700 px-1.5 py-0.5 text-xs text-white">BLOCKING</span>}
            {item.status === "may-apply" && (
              <span className="mr-1 rounded bg-violet-100 px-1.5 py-0.5 text-xs text-violet-900" title={(item.openQuestions ?? []).map((q) => q.question).join(" ")}>
                MAY APPLY
              </span>
            )}
            {item.title}
          </h3>
          <p className="text-sm text-slate-600">
            {item.binding ? (
              <>
                Due <span className={overdue ? "font-medium text-amber-900" : ""}>{item.dueDate ? formatDate(item.dueDate) : "—"}</span>
                {overdue && " (already applies)"}
              </>
            ) : (
              "Voluntary"
            )}
            {" · "}
            {item.satisfies.length === 1 ? "1 provision" : `${item.satisfies.length} provisions satisfied at once`}
          </p>
        </div>
        <label className="flex shrink-0 items-center gap-2 text-sm">
          <span className="sr-only">Status of {item.title}</span>
          <select
            value={draft.status}
            onChange={(e) => save({ status: e.target.value as ChecklistStatus })}
            disabled={conflict !== null}
            className="rounded-md border border-slate-300 bg-white px-2 py-1"
            aria-label={`Status of ${item.title}`}
          >
            {CHECKLIST_STATUSES.map((s) => <option key={s} value={s}>{CHECKLIST_STATUS_LABELS[s]}</option>)}
          </select>
        </label>
      </div>
      <ul className="mt-2 flex flex-wrap gap-1.5">
        {item.members.map((m) => (
          <li key={m.id}>
            <Link href={`/frameworks/${m.framework}/${m.id.split("/")[1]}`} className="inline-block rounded border border-slate-300 bg-white px-1.5 py-0.5 font-mono text-xs text-slate-700 no-underline hover:border-brand-600">
              {m.citation} <span className="font-sans text-slate-500">· {props.frameworkNames[m.framework] ?? m.framework}</span>
            </Link>
          </li>
        ))}
      </ul>
      {item.strictest && item.strictest.length > 0 && (
        <div className="mt-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <p className="font-medium">Strictest common requirement — meeting it satisfies every provision listed</p>
          <ul className="list-disc pl-5">
            {item.strictest.map((p) => <li key={p.parameter}>{strictestLine(p)}</li>)}
          </ul>
        </div>
      )}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-slate-700">Details, owner, notes and evidence</summary>
        <p className="mt-2 text-slate-700">{item.description}</p>
        {item.members.some((m) => m.beyondSharedCore) && (
          <div className="mt-2">
            <p className="font-medium text-slate-700">What each provision adds beyond the shared core</p>
            <ul className="list-disc pl-5 text-slate-600">
              {item.members.filter((m) => m.beyondSharedCore).map((m) => <li key={m.id}><strong>{m.citation}</strong>: {m.beyondSharedCore}</li>)}
            </ul>
          </div>
        )}
        <div className="mt-3 grid gap-3 md:grid-cols-2">
          <label className="flex flex-col">
            <span className="text-slate-600">Owner</span>
            <input value={draft.owner} maxLength={200} onChange={(e) => setDraft({ ...draft, owner: e.target.value })} onBlur={() => !conflict && draft.owner !== stored.current.owner && save({ owner: draft.owner })} className="rounded-md border border-slate-300 bg-white px-2 py-1" />
          </label>
          <div className="flex flex-col">
            <span className="text-slate-600">Evidence links</span>
            <ul className="space-y-1">
              {draft.evidence.map((e) => (
                <li key={e} className="flex items-center gap-2">
                  {e.startsWith("http") ? <a href={e} className="truncate">{e}</a> : <span className="truncate">{e}</span>}
                  <button type="button" onClick={() => changeEvidence(e, "remove")} className="text-xs text-red-700" aria-label={`Remove evidence ${e}`}>Remove</button>
                </li>
              ))}
            </ul>
            <form
              className="mt-1 flex gap-2"
              onSubmit={(ev) => {
                ev.preventDefault();
                if (!newLink.trim()) return;
                changeEvidence(newLink.trim(), "add");
                setNewLink("");
              }}
            >
              <input value={newLink} maxLength={2000} onChange={(e) => setNewLink(e.target.value)} placeholder="https://… or DOC-123" aria-label={`Evidence link for ${item.title}`} className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1" />
              <button className="rounded-md border border-slate-300 bg-white px-2 py-1">Add</button>
            </form>
          </div>
          <label className="flex flex-col md:col-span-2">
            <span className="text-slate-600">Notes</span>
            <textarea value={draft.notes} rows={3} maxLength={10_000} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} onBlur={() => !conflict && draft.notes !== stored.current.notes && save({ notes: draft.notes })} className="rounded-md border border-slate-300 bg-white px-2 py-1" />
          </label>
        </div>
      </details>
      {conflict && (
        <div role="alert" className="mt-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950" data-testid="checklist-conflict">
          <p className="font-medium">Changed by someone else — your change is not saved yet.</p>
          <p>They saved:</p>
          <ul className="list-disc pl-5">
            {(Object.keys(conflict.mine) as Editable[]).map((field) => (
              <li key={field}>
                {field === "status" ? "Status" : field === "owner" ? "Owner" : "Notes"}:{" "}
                <span className="whitespace-pre-wrap">{field === "status" ? CHECKLIST_STATUS_LABELS[conflict.current.status] : conflict.current[field] || "(empty)"}</span>
              </li>
            ))}
          </ul>
          <p className="mt-1">Your text stays in the form until you choose.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" onClick={() => takeTheirs(conflict)} className="rounded-md border border-slate-300 bg-white px-3 py-1">Reload their version</button>
            <button type="button" onClick={() => save(pickEditable(draft, conflict.mine))} className="rounded-md bg-amber-800 px-3 py-1 font-medium text-white hover:bg-amber-900">Keep mine</button>
          </div>
        </div>
      )}
      <p className="mt-1 h-4 text-xs" aria-live="polite">
        {state.kind === "saving" ? (
          <span className="text-slate-600">Saving…</span>
        ) : state.kind === "saved" ? (
          <span className="text-emerald-700">Saved</span>
        ) : state.kind === "error" ? (
          <span className="text-red-700">Not saved: {state.message}</span>
        ) : null}
      </p>
    </li>
  );
}

/** The user's current values for the fields they were saving (they may have typed on since). */
function pickEditable(draft: ItemProgress, fields: Mine): Mine {
  return Object.fromEntries(Object.keys(fields).map((k) => [k, draft[k as Editable]]));
}
