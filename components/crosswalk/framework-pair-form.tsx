import type { ReactNode } from "react";

type Option = { id: string; shortName: string; binding: boolean };

/** A GET form choosing two frameworks (and anything else a page adds), usable without JavaScript. */
export function FrameworkPairForm({
  action,
  frameworks,
  from,
  to,
  allowConcepts = false,
  submitLabel,
  children,
}: {
  action: string;
  frameworks: Option[];
  from?: string;
  to?: string;
  allowConcepts?: boolean;
  submitLabel: string;
  children?: ReactNode;
}) {
  const options = (
    <>
      <optgroup label="Binding law">
        {frameworks.filter((f) => f.binding).map((f) => <option key={f.id} value={f.id}>{f.shortName}</option>)}
      </optgroup>
      <optgroup label="Voluntary">
        {frameworks.filter((f) => !f.binding).map((f) => <option key={f.id} value={f.id}>{f.shortName}</option>)}
      </optgroup>
    </>
  );
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
      <label className="flex min-w-40 flex-1 flex-col gap-1 sm:flex-none">
        <span className="font-medium text-slate-700">From (rows)</span>
        <select name="from" defaultValue={from ?? ""} required className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
          <option value="" disabled>Choose a framework</option>
          {options}
        </select>
      </label>
      <label className="flex min-w-40 flex-1 flex-col gap-1 sm:flex-none">
        <span className="font-medium text-slate-700">To (columns)</span>
        <select name="to" defaultValue={to ?? ""} required className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
          <option value="" disabled>Choose a framework</option>
          {options}
          {allowConcepts && (
            <optgroup label="Taxonomy">
              <option value="concepts">Concepts</option>
            </optgroup>
          )}
        </select>
      </label>
      {children}
      <button className="rounded-md bg-brand-700 px-4 py-1.5 font-medium text-white hover:bg-brand-600">{submitLabel}</button>
    </form>
  );
}
