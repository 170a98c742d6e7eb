import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import type { AssessmentResult, Obligation } from "@/lib/engine/types";

type Names = Record<string, string>;

/** Laws that do not apply to the system at all (EU AI Act Art. 2), or may not. */
export function ScopeFindings({ scope, names }: { scope: AssessmentResult["scope"]; names: Names }) {
  if (!scope.length) return null;
  return (
    <section aria-labelledby="scope" className="mb-8 rounded-lg border border-slate-300 bg-slate-50 p-5">
      <h2 id="scope" className="text-lg font-semibold">Scope</h2>
      <ul className="mt-2 space-y-2 text-sm">
        {scope.map((s) => (
          <li key={`${s.framework}-${s.citation}`}>
            <strong>
              {s.applies === false ? `The ${names[s.framework] ?? s.framework} does not apply` : `The ${names[s.framework] ?? s.framework} may not apply`}
            </strong>{" "}
            because of <a href={s.source}>{s.citation}</a>: {s.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The answers left as "not sure", each with what depends on it. */
export function OpenQuestions({ questions, editHref }: { questions: AssessmentResult["openQuestions"]; editHref: string }) {
  if (!questions.length) return null;
  return (
    <section aria-labelledby="open-questions" className="mb-8 rounded-lg border border-violet-200 bg-violet-50 p-5 text-violet-950">
      <h2 id="open-questions" className="text-lg font-semibold">Open questions ({questions.length})</h2>
      <p className="mt-1 text-sm">
        You answered “not sure” to these. Until they are settled the assessment takes the stricter reading: classes are marked
        “not confirmed” and the duties that depend on them are listed as <em>may apply</em>. <Link href={editHref}>Answer them</Link>.
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
        {questions.map((q) => (
          <li key={q.fact}>
            {q.question} <span className="text-violet-900">Affects: {q.affects.slice(0, 6).join(", ")}{q.affects.length > 6 ? ` and ${q.affects.length - 6} more` : ""}.</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What would apply if the prohibited practice were changed: collapsed, and plainly not a route to lawful use. */
export function IfNotProhibited({ obligations, names }: { obligations: Obligation[]; names: Names }) {
  if (!obligations.length) return null;
  return (
    <details className="mt-3 rounded-md border border-red-200 bg-white p-3 text-sm text-slate-800">
      <summary className="cursor-pointer font-medium text-red-900">
        If the practice were changed so that it is no longer prohibited: {obligations.length} further obligation{obligations.length === 1 ? "" : "s"} would apply
      </summary>
      <p className="mt-2 text-slate-600">Complying with these does not make the prohibited use lawful; they are shown only to plan a redesign.</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {obligations.map((o) => (
          <li key={o.id}>
            <Link href={`/frameworks/${o.framework}/${o.id.split("/")[1]}`}>{o.citation}</Link> ({names[o.framework] ?? o.framework}): {o.title}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Rules that create no duty but explain the result (status rules, deferrals, compliance routes). */
export function Explanations({ explanations, names }: { explanations: AssessmentResult["explanations"]; names: Names }) {
  if (!explanations.length) return null;
  return (
    <section aria-labelledby="explanations" className="mb-10">
      <h2 id="explanations" className="mb-3 text-lg font-semibold">Rules that explain this result</h2>
      <ul className="space-y-2">
        {explanations.map((e) => (
          <li key={`${e.framework}-${e.citation}`} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
            <strong>{e.citation}</strong> ({names[e.framework] ?? e.framework}) — {e.title}
            {!e.confirmed && <> <Badge tone="violet">if your open answers confirm it</Badge></>}
            <span className="block text-slate-700">{e.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** An obligation's date cell: the date that binds this system, its note, and any contested reading. */
export function ObligationDate({ o }: { o: Obligation }) {
  return (
    <>
      {o.appliesFrom ? formatDate(o.appliesFrom) : "—"}
      {o.alreadyApplies && <span className="block text-xs text-amber-900">applies now</span>}
      {o.appliesFromContested && (
        <span className="block max-w-48 whitespace-normal text-xs text-slate-700" title={o.appliesFromContested.question}>
          Date contested: another reading gives{" "}
          {o.appliesFromContested.readings.filter((r) => r.from !== o.appliesFrom).map((r) => formatDate(r.from)).join(", ")}
        </span>
      )}
    </>
  );
}

/** Status, open questions and fine tiers under an obligation's title. */
export function ObligationStatus({ o }: { o: Obligation }) {
  return (
    <>
      {o.status === "may-apply" && (
        <span className="block text-violet-900">
          <Badge tone="violet">May apply</Badge> {o.openQuestions.map((q) => q.question).join(" ")}
        </span>
      )}
      {o.penalties.length > 0 && (
        <span className="block text-slate-600">
          If you do not comply: {o.penalties.map((p) => `${p.citation} — ${p.summary.split(". ")[0]}.`).join(" ")}
        </span>
      )}
    </>
  );
}

/** Every duty of an in-scope binding law that was considered and does not bind this system, with the reason. */
export function NotApplicableList({ items, names }: { items: AssessmentResult["notApplicable"]; names: Names }) {
  if (!items.length) return null;
  const byFramework = new Map<string, AssessmentResult["notApplicable"]>();
  for (const n of items) byFramework.set(n.framework, [...(byFramework.get(n.framework) ?? []), n]);
  const BECAUSE: Record<string, string> = { role: "Role", scope: "Scope", exemption: "Exemption", condition: "Condition" };
  return (
    <section aria-labelledby="not-applicable" className="mb-10">
      <h2 id="not-applicable" className="mb-1 text-lg font-semibold">Considered and not applicable</h2>
      <p className="mb-3 text-sm text-slate-700">Every duty of the binding laws in scope that does not bind this system, with the reason.</p>
      <div className="space-y-3">
        {[...byFramework.entries()].map(([framework, list]) => (
          <details key={framework} className="rounded-lg border border-slate-200 bg-white">
            <summary className="cursor-pointer px-4 py-3 font-medium">
              {names[framework] ?? framework} <Badge>{list.length}</Badge>
            </summary>
            <ul className="divide-y divide-slate-100 text-sm">
              {list.map((n) => (
                <li key={n.id} className="grid gap-1 px-4 py-2 sm:grid-cols-[8rem_minmax(0,1fr)]">
                  <Link href={`/frameworks/${n.framework}/${n.id.split("/")[1]}`} className="font-mono text-xs">{n.citation}</Link>
                  <span>
                    <span className="font-medium">{n.title}</span> — <span className="text-slate-700">{BECAUSE[n.because]}: {n.reason}</span>
                  </span>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    </section>
  );
}
