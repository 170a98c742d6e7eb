"use client";

import type { ReactNode } from "react";

export function FieldError({ message, id }: { message?: string; id: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  );
}

export function TextField(props: {
  id: string;
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  type?: "text" | "number";
  placeholder?: string;
  maxLength?: number;
}) {
  const errId = `${props.id}-error`;
  return (
    <div>
      <label htmlFor={props.id} className="block font-medium text-slate-800">{props.label}</label>
      {props.hint && <p className="text-sm text-slate-600">{props.hint}</p>}
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? "text"}
        value={props.value}
        placeholder={props.placeholder}
        maxLength={props.maxLength}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={Boolean(props.error)}
        aria-describedby={props.error ? errId : undefined}
        className={`mt-1 w-full max-w-md rounded-md border px-3 py-2 ${props.error ? "border-red-500" : "border-slate-300"}`}
      />
      <FieldError id={errId} message={props.error} />
    </div>
  );
}

/**
 * A yes/no question with a "Not sure" answer (`null`). "Not sure" is never the lighter
 * answer: the assessment keeps the stricter reading and lists the question as open.
 */
export function YesNo(props: {
  id: string;
  label: string;
  hint?: ReactNode;
  value: boolean | null | undefined;
  onChange: (v: boolean | null) => void;
  error?: string;
  /** Offer "Not sure" (default true). */
  unsure?: boolean;
}) {
  const errId = `${props.id}-error`;
  const options: { v: boolean | null; label: string }[] = [
    { v: true, label: "Yes" },
    { v: false, label: "No" },
    ...(props.unsure === false ? [] : [{ v: null, label: "Not sure" }]),
  ];
  return (
    <fieldset aria-describedby={props.error ? errId : undefined}>
      <legend className="font-medium text-slate-800">{props.label}</legend>
      {props.hint && <p className="text-sm text-slate-600">{props.hint}</p>}
      <div className="mt-2 flex flex-wrap gap-2">
        {options.map(({ v, label }) => (
          <label
            key={String(v)}
            className={`flex cursor-pointer items-center gap-2 rounded-md border px-3 py-1.5 text-sm ${props.value === v ? "border-brand-600 bg-brand-50 text-brand-900" : "border-slate-300 bg-white"}`}
          >
            <input type="radio" name={props.id} checked={props.value === v} onChange={() => props.onChange(v)} className="accent-brand-700" />
            {label}
          </label>
        ))}
      </div>
      <FieldError id={errId} message={props.error} />
    </fieldset>
  );
}

type Option<T extends string> = { value: T; label: string; hint?: string };

/** A labelled group of inputs with its hint and error, shared by every choice field. */
function ChoiceGroup(props: { id: string; label: string; hint?: ReactNode; error?: string; className: string; children: ReactNode }) {
  const errId = `${props.id}-error`;
  return (
    <fieldset aria-describedby={props.error ? errId : undefined}>
      <legend className="font-medium text-slate-800">{props.label}</legend>
      {props.hint && <p className="text-sm text-slate-600">{props.hint}</p>}
      <div className={props.className}>{props.children}</div>
      <FieldError id={errId} message={props.error} />
    </fieldset>
  );
}

function OptionRow<T extends string>(props: { type: "radio" | "checkbox"; name: string; option: Option<T>; checked: boolean; onChange: () => void }) {
  return (
    <label className="flex cursor-pointer items-start gap-2 text-sm">
      <input type={props.type} name={props.name} value={props.option.value} checked={props.checked} onChange={props.onChange} className="mt-1 accent-brand-700" />
      <span>
        {props.option.label}
        {props.option.hint && <span className="block text-slate-600">{props.option.hint}</span>}
      </span>
    </label>
  );
}

export function Choice<T extends string>(props: {
  id: string;
  label: string;
  hint?: ReactNode;
  options: Option<T>[];
  value: T | null | undefined;
  onChange: (v: T | null) => void;
  error?: string;
  /** Offer "Not sure" (`null`). */
  unsure?: boolean;
}) {
  return (
    <ChoiceGroup id={props.id} label={props.label} hint={props.hint} error={props.error} className="mt-2 space-y-1">
      {props.options.map((o) => (
        <OptionRow key={o.value} type="radio" name={props.id} option={o} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
      ))}
      {props.unsure && (
        <OptionRow type="radio" name={props.id} option={{ value: "__unsure", label: "Not sure" }} checked={props.value === null} onChange={() => props.onChange(null)} />
      )}
    </ChoiceGroup>
  );
}

export function MultiChoice<T extends string>(props: {
  id: string;
  label: string;
  hint?: ReactNode;
  options: Option<T>[];
  value: T[];
  onChange: (v: T[]) => void;
  error?: string;
  columns?: boolean;
}) {
  const toggle = (v: T) => props.onChange(props.value.includes(v) ? props.value.filter((x) => x !== v) : [...props.value, v]);
  return (
    <ChoiceGroup id={props.id} label={props.label} hint={props.hint} error={props.error} className={`mt-2 gap-x-6 gap-y-1 ${props.columns ? "grid sm:grid-cols-2" : "space-y-1"}`}>
      {props.options.map((o) => (
        <OptionRow key={o.value} type="checkbox" name={props.id} option={o} checked={props.value.includes(o.value)} onChange={() => toggle(o.value)} />
      ))}
    </ChoiceGroup>
  );
}

/** An optional date (YYYY-MM-DD); cleared means `null`. */
export function DateField(props: { id: string; label: string; hint?: ReactNode; value: string | null | undefined; onChange: (v: string | null) => void; error?: string }) {
  const errId = `${props.id}-error`;
  return (
    <div>
      <label htmlFor={props.id} className="block font-medium text-slate-800">{props.label}</label>
      {props.hint && <p className="text-sm text-slate-600">{props.hint}</p>}
      <input
        id={props.id}
        type="date"
        value={props.value ?? ""}
        onChange={(e) => props.onChange(e.target.value || null)}
        aria-invalid={Boolean(props.error)}
        aria-describedby={props.error ? errId : undefined}
        className="mt-1 rounded-md border border-slate-300 px-3 py-2"
      />
      <FieldError id={errId} message={props.error} />
    </div>
  );
}
