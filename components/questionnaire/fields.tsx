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
      {props.hint && <p className="text-sm text-slate-500">{props.hint}</p>}
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

export function YesNo(props: { id: string; label: string; hint?: ReactNode; value: boolean | undefined; onChange: (v: boolean) => void; error?: string }) {
  const errId = `${props.id}-error`;
  return (
    <fieldset aria-describedby={props.error ? errId : undefined}>
      <legend className="font-medium text-slate-800">{props.label}</legend>
      {props.hint && <p className="text-sm text-slate-500">{props.hint}</p>}
      <div className="mt-2 flex gap-2">
        {[true, false].map((v) => (
          <label
            key={String(v)}
            className={`flex cursor-pointer items-center gap-2 rounded-md border px-3 py-1.5 text-sm ${props.value === v ? "border-brand-600 bg-brand-50 text-brand-900" : "border-slate-300 bg-white"}`}
          >
            <input type="radio" name={props.id} checked={props.value === v} onChange={() => props.onChange(v)} className="accent-brand-700" />
            {v ? "Yes" : "No"}
          </label>
        ))}
      </div>
      <FieldError id={errId} message={props.error} />
    </fieldset>
  );
}

export function Choice<T extends string>(props: {
  id: string;
  label: string;
  hint?: ReactNode;
  options: { value: T; label: string; hint?: string }[];
  value: T | undefined;
  onChange: (v: T) => void;
  error?: string;
}) {
  const errId = `${props.id}-error`;
  return (
    <fieldset aria-describedby={props.error ? errId : undefined}>
      <legend className="font-medium text-slate-800">{props.label}</legend>
      {props.hint && <p className="text-sm text-slate-500">{props.hint}</p>}
      <div className="mt-2 space-y-1">
        {props.options.map((o) => (
          <label key={o.value} className="flex cursor-pointer items-start gap-2 text-sm">
            <input type="radio" name={props.id} checked={props.value === o.value} onChange={() => props.onChange(o.value)} className="mt-1 accent-brand-700" />
            <span>
              {o.label}
              {o.hint && <span className="block text-slate-500">{o.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      <FieldError id={errId} message={props.error} />
    </fieldset>
  );
}

export function MultiChoice<T extends string>(props: {
  id: string;
  label: string;
  hint?: ReactNode;
  options: { value: T; label: string; hint?: string }[];
  value: T[];
  onChange: (v: T[]) => void;
  error?: string;
  columns?: boolean;
}) {
  const errId = `${props.id}-error`;
  const toggle = (v: T) => props.onChange(props.value.includes(v) ? props.value.filter((x) => x !== v) : [...props.value, v]);
  return (
    <fieldset aria-describedby={props.error ? errId : undefined}>
      <legend className="font-medium text-slate-800">{props.label}</legend>
      {props.hint && <p className="text-sm text-slate-500">{props.hint}</p>}
      <div className={`mt-2 gap-x-6 gap-y-1 ${props.columns ? "grid sm:grid-cols-2" : "space-y-1"}`}>
        {props.options.map((o) => (
          <label key={o.value} className="flex cursor-pointer items-start gap-2 text-sm">
            <input type="checkbox" name={props.id} value={o.value} checked={props.value.includes(o.value)} onChange={() => toggle(o.value)} className="mt-1 accent-brand-700" />
            <span>
              {o.label}
              {o.hint && <span className="block text-slate-500">{o.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      <FieldError id={errId} message={props.error} />
    </fieldset>
  );
}
