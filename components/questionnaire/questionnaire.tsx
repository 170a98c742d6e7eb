"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import { assessSystemAction, saveStepAction } from "@/app/(workspace)/systems/actions";
import { COUNTRIES } from "@/lib/schemas/countries";
import type { Problem } from "@/lib/schemas/issues";
import { ANNEX_I_PRODUCTS, USE_CASES, type UseCase } from "@/lib/schemas/profile";
import { QUESTIONNAIRE_STEPS } from "@/lib/schemas/questionnaire";
import {
  answerText,
  flagChecked,
  flagsAnswered,
  flagsNone,
  flagsUnsure,
  get,
  setAllFlags,
  set,
  toggleFlag,
  visibleFlags,
  visibleQuestions,
  QUESTIONS,
  type Draft,
  type Question,
} from "@/lib/questionnaire/questions";
import { Choice, DateField, FieldError, MultiChoice, TextField, YesNo } from "./fields";

const USE_CASE_GROUPS: { title: string; hint?: string; codes: UseCase[] }[] = [
  { title: "Employment", codes: ["employment-recruitment", "employment-management"] },
  { title: "Education and training", codes: ["education-admission", "education-assessment", "education-level", "education-proctoring"] },
  {
    title: "Access to essential services",
    codes: ["credit", "financial-services", "insurance-life-health", "insurance", "housing", "healthcare", "legal-services", "essential-public-services", "emergency-services"],
  },
  { title: "Biometrics and infrastructure", codes: ["biometrics", "critical-infrastructure"] },
  { title: "Law enforcement", hint: "Used by or for law-enforcement authorities.", codes: ["law-enforcement-victim-risk", "law-enforcement-polygraph", "law-enforcement-evidence", "law-enforcement-offending-risk", "law-enforcement-profiling"] },
  { title: "Migration, asylum and borders", codes: ["migration-polygraph", "migration-risk", "migration-applications", "migration-identification"] },
  { title: "Justice and democracy", codes: ["justice-administration", "elections-influence"] },
];

/** Questions that may stay unanswered (everything else needs an answer, "Not sure" included). */
const OPTIONAL_KINDS = new Set(["date", "product"]);

function unanswered(q: Question, draft: Draft): boolean {
  if (OPTIONAL_KINDS.has(q.kind) || (q.kind === "list" && q.optional)) return false;
  if (q.kind === "flags") return !flagsAnswered(q, draft);
  if (q.kind === "list") return ((get(draft, q.path) as unknown[] | undefined) ?? []).length === 0;
  if (q.kind === "usecases") return false;
  const v = get(draft, q.path);
  return v === undefined || v === "";
}

export function Questionnaire({ systemId: initialId, initialDraft, initialStep }: { systemId: string | null; initialDraft: Draft; initialStep: number }) {
  const router = useRouter();
  const [systemId, setSystemId] = useState(initialId);
  const storageKey = `questionnaire:${initialId ?? "new"}`;
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [stepIndex, setStepIndex] = useState(Math.min(initialStep, QUESTIONNAIRE_STEPS.length));
  const [furthest, setFurthest] = useState(Math.max(initialStep, 0));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [pending, startTransition] = useTransition();
  const [restored, setRestored] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const reviewing = stepIndex === QUESTIONNAIRE_STEPS.length;
  const step = QUESTIONNAIRE_STEPS[Math.min(stepIndex, QUESTIONNAIRE_STEPS.length - 1)]!;
  const isLast = stepIndex === QUESTIONNAIRE_STEPS.length - 1;
  const total = QUESTIONNAIRE_STEPS.length + 1;

  // Unsaved answers of the current step survive a reload (saved answers live in the database).
  useEffect(() => {
    const saved = window.localStorage.getItem(storageKey);
    if (saved) {
      try {
        const parsed = JSON.parse(saved);
        setDraft((d) => ({ ...d, ...parsed, organization: { ...d.organization, ...parsed.organization }, system: { ...d.system, ...parsed.system } }));
      } catch {
        window.localStorage.removeItem(storageKey);
      }
    }
    setRestored(true);
  }, [storageKey]);
  useEffect(() => {
    if (restored) window.localStorage.setItem(storageKey, JSON.stringify(draft));
  }, [draft, restored, storageKey]);

  // Focus follows the flow: the step heading after a move, the error summary after a refusal.
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [stepIndex]);
  useEffect(() => {
    if (problems.length) errorRef.current?.focus();
  }, [problems]);

  const errors = useMemo(() => Object.fromEntries(problems.map((p) => [p.path.replace(/\[\d+\]$/, ""), p.message])), [problems]);
  const update = (next: (d: Draft) => Draft) => setDraft(next);
  const shown = reviewing ? [] : visibleQuestions(draft, step.id);

  function goTo(index: number, id: string | null) {
    setProblems([]);
    setStepIndex(index);
    // Keep this component mounted (no navigation): answers typed meanwhile are never wiped.
    if (id) window.history.replaceState(null, "", `/systems/${id}/edit?step=${index + 1}`);
    window.scrollTo({ top: 0 });
  }

  function next() {
    const missing = shown.filter((q) => unanswered(q, draft));
    if (missing.length) {
      setProblems(
        missing.map((q) => ({
          path: fieldId(q),
          message:
            q.kind === "flags"
              ? "tick what applies, “None of these” or “Not sure”"
              : q.kind === "country"
                ? "choose the country from the list (type its name, e.g. Germany)"
                : q.kind === "text" || q.kind === "list"
                  ? "is required"
                  : "answer this question (or choose “Not sure”)",
        })),
      );
      return;
    }
    startTransition(async () => {
      // The step's schema keeps only its own answers, so the whole draft can be sent.
      const result = await saveStepAction({ systemId, step: step.id, answers: draft });
      if (!result.ok) return setProblems(result.problems);
      window.localStorage.removeItem(storageKey);
      const id = result.systemId ?? systemId;
      if (id !== systemId) setSystemId(id);
      setFurthest((f) => Math.max(f, stepIndex + 1));
      goTo(stepIndex + 1, id);
    });
  }

  function assessNow() {
    startTransition(async () => {
      const assessed = await assessSystemAction({ systemId });
      if (!assessed.ok) return setProblems(assessed.problems);
      router.push(`/systems/${systemId}`);
    });
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[14rem_1fr]">
      <nav aria-label="Questionnaire progress">
        <p className="mb-2 text-sm text-slate-600" aria-live="polite">
          {reviewing ? "Review" : `Step ${stepIndex + 1} of ${QUESTIONNAIRE_STEPS.length}`}
        </p>
        <div
          className="mb-4 h-2 rounded-full bg-slate-200"
          role="progressbar"
          aria-label="Questionnaire progress"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={stepIndex + 1}
        >
          <div className="h-2 rounded-full bg-brand-600 transition-all" style={{ width: `${((stepIndex + 1) / total) * 100}%` }} />
        </div>
        <ol className="space-y-1 text-sm">
          {[...QUESTIONNAIRE_STEPS.map((s) => s.title), "Review and assess"].map((title, i) => (
            <li key={title}>
              <button
                type="button"
                disabled={!systemId || i > furthest}
                onClick={() => goTo(i, systemId)}
                className={`w-full rounded-md px-2 py-1 text-left ${i === stepIndex ? "bg-brand-50 font-medium text-brand-900" : "text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-600"}`}
                aria-current={i === stepIndex ? "step" : undefined}
              >
                {i + 1}. {title}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <form
        className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
        onSubmit={(e) => {
          e.preventDefault();
          if (reviewing) assessNow();
          else next();
        }}
        onKeyDown={(e) => {
          // Enter on a tick box or radio toggles nothing and must not submit the step.
          const t = e.target as HTMLInputElement;
          if (e.key === "Enter" && t.tagName === "INPUT" && (t.type === "checkbox" || t.type === "radio")) e.preventDefault();
        }}
        noValidate
      >
        <h2 ref={headingRef} tabIndex={-1} className="mb-1 text-xl font-semibold focus:outline-none">
          {reviewing ? "Review your answers" : step.title}
        </h2>
        {problems.length > 0 && (
          <div ref={errorRef} tabIndex={-1} role="alert" className="my-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800 focus:outline-none">
            <p className="font-medium">Please fix {problems.length === 1 ? "this answer" : `these ${problems.length} answers`}:</p>
            <ul className="mt-1 list-disc pl-5">
              {problems.map((p) => (
                <li key={p.path}>
                  <a href={`#${p.path}`} className="text-red-800 underline">{labelFor(p.path)}</a>: {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {reviewing ? (
          <Review draft={draft} goTo={(i) => goTo(i, systemId)} />
        ) : (
          <div className="mt-4 space-y-6">
            {shown.length === 0 && <p className="text-slate-700">Nothing to answer here for the jurisdictions and roles you chose.</p>}
            {shown.map((q) => (
              <div key={q.id} data-question={q.id}>
                <QuestionField q={q} draft={draft} update={update} error={errors[fieldId(q)] ?? errors[q.id]} />
              </div>
            ))}
          </div>
        )}
        <div className="mt-8 flex items-center justify-between border-t border-slate-200 pt-4">
          <button type="button" disabled={stepIndex === 0 || pending} onClick={() => goTo(stepIndex - 1, systemId)} className="rounded-md border border-slate-300 px-4 py-2 text-sm disabled:opacity-40">
            Back
          </button>
          <span className="text-sm text-slate-600" aria-live="polite">{pending ? (reviewing ? "Assessing…" : "Saving…") : systemId ? "Answers are saved at every step" : ""}</span>
          <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2 text-sm font-medium text-white hover:bg-brand-600 disabled:opacity-60">
            {reviewing ? "Save and assess" : isLast ? "Save and review" : "Save and continue"}
          </button>
        </div>
      </form>
    </div>
  );
}

/** Every answer in plain words, step by step, with a link back to change it. */
function Review({ draft, goTo }: { draft: Draft; goTo: (step: number) => void }) {
  return (
    <div className="mt-4 space-y-6">
      <p className="text-slate-700">Check your answers. “Not sure” answers are assessed on the stricter reading and listed as open questions.</p>
      {QUESTIONNAIRE_STEPS.map((s, i) => {
        const qs = visibleQuestions(draft, s.id);
        return (
          <section key={s.id} aria-labelledby={`review-${s.id}`}>
            <div className="flex items-baseline justify-between border-b border-slate-200 pb-1">
              <h3 id={`review-${s.id}`} className="font-semibold">{s.title}</h3>
              <button type="button" onClick={() => goTo(i)} className="text-sm text-brand-700 underline">
                Change<span className="sr-only"> {s.title}</span>
              </button>
            </div>
            {qs.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">Nothing asked for your choices.</p>
            ) : (
              <dl className="mt-2 space-y-2 text-sm">
                {qs.map((q) => (
                  <div key={q.id} className="grid gap-1 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] sm:gap-4">
                    <dt className="text-slate-700">{q.label}</dt>
                    <dd className="font-medium text-slate-900">{answerText(q, draft)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
    </div>
  );
}

const fieldId = (q: Question) => ("path" in q ? q.path : q.id);

function Help({ q }: { q: Question }) {
  if (!q.help && !q.term) return null;
  return (
    <>
      {q.help}
      {q.term && (
        <>
          {q.help ? " " : ""}
          <Link href={q.term.href} className="underline">{q.term.text}</Link>.
        </>
      )}
    </>
  );
}

function QuestionField({ q, draft, update, error }: { q: Question; draft: Draft; update: (f: (d: Draft) => Draft) => void; error?: string }) {
  const hint = q.help || q.term ? <Help q={q} /> : undefined;
  const value = (path: string) => get(draft, path);
  const write = (path: string) => (v: unknown) => update((d) => set(d, path, v));
  switch (q.kind) {
    case "text":
      return <TextField id={q.path} label={q.label} hint={hint} maxLength={200} value={(value(q.path) as string) ?? ""} onChange={write(q.path)} error={error} />;
    case "country":
      return <CountryField id={q.path} label={q.label} hint={hint} value={value(q.path) as string | undefined} onChange={write(q.path)} error={error} />;
    case "yesno":
      return <YesNo id={q.path} label={q.label} hint={hint} value={value(q.path) as boolean | null | undefined} onChange={write(q.path)} error={error} />;
    case "choice":
      return <Choice id={q.path} label={q.label} hint={hint} unsure={q.unsure} options={q.options} value={value(q.path) as string | null | undefined} onChange={write(q.path)} error={error} />;
    case "list":
      return <MultiChoice id={q.path} label={q.label} hint={hint} options={q.options} value={(value(q.path) as string[]) ?? []} onChange={write(q.path)} error={error} />;
    case "date":
      return <DateField id={q.path} label={q.label} hint={hint} value={value(q.path) as string | null | undefined} onChange={write(q.path)} error={error} />;
    case "flops":
      return (
        <TextField
          id={q.path}
          label={q.label}
          hint={hint}
          value={value(q.path) === undefined ? "" : String(value(q.path))}
          onChange={(v) => update((d) => set(d, q.path, v.trim() === "" ? undefined : Number.isNaN(Number(v)) ? v : Number(v)))}
          error={error}
        />
      );
    case "amount":
      return (
        <TextField
          id={q.path}
          label={q.label}
          hint={hint}
          placeholder="e.g. 2500000 — empty if not sure"
          value={value(q.path) === null || value(q.path) === undefined ? "" : String(value(q.path))}
          // Empty means "not sure" (null): thresholds that read it stay open questions.
          onChange={(v) => update((d) => set(d, q.path, v.trim() === "" ? null : Number.isNaN(Number(v)) ? v : Number(v)))}
          error={error}
        />
      );
    case "gpai":
      return (
        <YesNo
          id={q.path}
          label={q.label}
          hint={hint}
          value={value(q.path) === undefined ? undefined : value(q.path) === "not-sure" ? null : value(q.path) !== null}
          onChange={(v) =>
            update((d) =>
              set(d, q.path, v === null ? "not-sure" : v ? { trainingComputeFlops: undefined, ...(typeof d.gpaiModel === "object" && d.gpaiModel ? d.gpaiModel : {}) } : null),
            )
          }
          error={error}
        />
      );
    case "product":
      return (
        <div>
          <label htmlFor={q.path} className="block font-medium text-slate-800">{q.label}</label>
          {hint && <p className="text-sm text-slate-600">{hint}</p>}
          <select
            id={q.path}
            value={(value(q.path) as string | null) ?? ""}
            onChange={(e) => update((d) => set(d, q.path, e.target.value || null))}
            className="mt-1 max-w-full rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <option value="">Not sure / not listed</option>
            {(["A", "B"] as const).map((section) => (
              <optgroup key={section} label={`Annex I, Section ${section}`}>
                {Object.entries(ANNEX_I_PRODUCTS)
                  .filter(([, p]) => p.section === section)
                  .map(([code, p]) => (
                    <option key={code} value={code}>{`Point ${p.point}: ${p.label}`}</option>
                  ))}
              </optgroup>
            ))}
          </select>
          <FieldError id={`${q.path}-error`} message={error} />
        </div>
      );
    case "usecases": {
      const ticked = (value(q.path) as UseCase[]) ?? [];
      return (
        <fieldset id={q.path}>
          <legend className="font-medium text-slate-800">{q.label}</legend>
          {hint && <p className="text-sm text-slate-600">{hint}</p>}
          <FieldError id={`${q.path}-error`} message={error} />
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            {USE_CASE_GROUPS.map((g) => (
              <MultiChoice
                key={g.title}
                id={`useCases-${g.title}`}
                label={g.title}
                hint={g.hint}
                options={g.codes.map((c) => ({ value: c, label: USE_CASES[c] }))}
                value={ticked.filter((c) => g.codes.includes(c))}
                onChange={(v) => update((d) => set(d, q.path, [...((get(d, q.path) as UseCase[]) ?? []).filter((c) => !g.codes.includes(c) && c !== "other"), ...v]))}
              />
            ))}
          </div>
          <label className="mt-3 flex cursor-pointer items-center gap-2 text-sm">
            <input type="checkbox" checked={ticked.length === 1 && ticked[0] === "other"} onChange={(e) => update((d) => set(d, q.path, e.target.checked ? ["other"] : []))} className="accent-brand-700" />
            None of the above
          </label>
        </fieldset>
      );
    }
    case "flags": {
      const flags = visibleFlags(q, draft);
      const none = flagsNone(q, draft);
      const unsure = flagsUnsure(q, draft);
      return (
        <fieldset id={q.id} aria-describedby={error ? `${q.id}-error` : undefined}>
          <legend className="font-medium text-slate-800">{q.label}</legend>
          {hint && <p className="text-sm text-slate-600">{hint}</p>}
          <div className="mt-2 space-y-1">
            {flags.map((f) => (
              <label key={f.id} className="flex cursor-pointer items-start gap-2 text-sm">
                <input type="checkbox" checked={flagChecked(f, draft) && get(draft, f.path) !== null} onChange={(e) => update((d) => toggleFlag(q, d, f, e.target.checked))} className="mt-1 accent-brand-700" />
                <span>{f.label}</span>
              </label>
            ))}
            <label className="flex cursor-pointer items-start gap-2 border-t border-slate-100 pt-1 text-sm">
              <input type="checkbox" checked={none} onChange={(e) => e.target.checked && update((d) => setAllFlags(q, d, "none"))} className="mt-1 accent-brand-700" />
              <span>{q.none}</span>
            </label>
            {q.unsure && (
              <label className="flex cursor-pointer items-start gap-2 text-sm">
                <input type="checkbox" checked={unsure} onChange={(e) => e.target.checked && update((d) => setAllFlags(q, d, "unsure"))} className="mt-1 accent-brand-700" />
                <span>Not sure</span>
              </label>
            )}
          </div>
          <FieldError id={`${q.id}-error`} message={error} />
        </fieldset>
      );
    }
  }
}

/** A searchable list of countries by name that stores the ISO 3166-1 alpha-2 code. */
function CountryField(props: { id: string; label: string; hint?: ReactNode; value: string | undefined; onChange: (v: string | undefined) => void; error?: string }) {
  const current = COUNTRIES.find((c) => c.code === props.value);
  const [text, setText] = useState(current ? current.name : "");
  const listId = `${props.id}-list`;
  const errId = `${props.id}-error`;
  return (
    <div>
      <label htmlFor={props.id} className="block font-medium text-slate-800">{props.label}</label>
      {props.hint && <p className="text-sm text-slate-600">{props.hint}</p>}
      <input
        id={props.id}
        list={listId}
        value={text}
        autoComplete="country-name"
        onChange={(e) => {
          setText(e.target.value);
          const match = COUNTRIES.find((c) => c.name.toLowerCase() === e.target.value.trim().toLowerCase());
          props.onChange(match?.code);
        }}
        aria-invalid={Boolean(props.error)}
        aria-describedby={props.error ? errId : undefined}
        className={`mt-1 w-full max-w-md rounded-md border px-3 py-2 ${props.error ? "border-red-500" : "border-slate-300"}`}
        placeholder="Start typing, e.g. Germany"
      />
      <datalist id={listId}>
        {COUNTRIES.map((c) => (
          <option key={c.code} value={c.name} />
        ))}
      </datalist>
      {text && !props.value && <p className="mt-1 text-sm text-amber-900">Choose a country from the list.</p>}
      {props.value && <p className="mt-1 text-sm text-slate-600">Stored as {props.value}.</p>}
      <FieldError id={errId} message={props.error} />
    </div>
  );
}

const LABELS: Record<string, string> = {
  name: "System name",
  "organization.name": "Organization",
  "organization.country": "Country",
  roles: "Roles",
  jurisdictions: "Where it is used",
  "gpaiModel.trainingComputeFlops": "Training compute",
  "system.practices": "Prohibited practices screening",
};
function labelFor(path: string) {
  const q = QUESTIONS.find((x) => fieldId(x) === path || x.id === path);
  return LABELS[path.replace(/\[\d+\]$/, "")] ?? q?.label ?? path;
}
