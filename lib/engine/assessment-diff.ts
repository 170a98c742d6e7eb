import type {
  AssessmentChanges,
  CausedClassChange,
  CausedObligationChange,
  ChangeCause,
  ClassChange,
  ObligationChange,
  ObligationFieldChange,
  ObligationState,
} from "@/lib/schemas/assessment-changes";
import type { SystemProfile } from "@/lib/schemas/profile";
import { assess } from "./assess";
import type { AssessmentResult, Classification, EngineCorpus, Obligation } from "./types";

export type {
  AssessmentChanges,
  CausedClassChange,
  CausedObligationChange,
  ChangeCause,
  ClassChange,
  ObligationChange,
  ObligationFieldChange,
} from "@/lib/schemas/assessment-changes";

const FIELDS = ["appliesFrom", "status", "alreadyApplies"] as const;
type Field = (typeof FIELDS)[number];

const stateOf = (o: Obligation): ObligationState => ({ status: o.status, appliesFrom: o.appliesFrom, alreadyApplies: o.alreadyApplies, version: o.version });
const byId = (r: AssessmentResult) => new Map(r.obligations.map((o) => [o.id, o]));
const classKey = (c: Pick<Classification, "framework" | "subject">) => `${c.framework}/${c.subject}`;
const byClass = (r: AssessmentResult) => new Map(r.classifications.map((c) => [classKey(c), c]));

function fieldChange(field: Field, before: Obligation, after: Obligation): ObligationFieldChange {
  return { field, before: before[field], after: after[field] } as ObligationFieldChange;
}

/**
 * Obligations added, removed and changed (date, status, whether it already applies) between
 * two results, keyed by obligation id: added and changed in the order of `after`, then removed
 * in the order of `before`.
 */
export function diffObligations(before: AssessmentResult, after: AssessmentResult): ObligationChange[] {
  const old = byId(before);
  const now = byId(after);
  const changes: ObligationChange[] = [];
  for (const o of after.obligations) {
    const prev = old.get(o.id);
    const base = { id: o.id, framework: o.framework, binding: o.binding, citation: o.citation, title: o.title };
    if (!prev) {
      changes.push({ kind: "added", ...base, before: null, after: stateOf(o), fields: [] });
      continue;
    }
    const fields = FIELDS.filter((f) => prev[f] !== o[f]).map((f) => fieldChange(f, prev, o));
    if (fields.length) changes.push({ kind: "changed", ...base, before: stateOf(prev), after: stateOf(o), fields });
  }
  for (const o of before.obligations)
    if (!now.has(o.id))
      changes.push({ kind: "removed", id: o.id, framework: o.framework, binding: o.binding, citation: o.citation, title: o.title, before: stateOf(o), after: null, fields: [] });
  return changes;
}

/** Classes that changed (class or confirmed), appeared or disappeared, per framework and subject. */
export function diffClasses(before: AssessmentResult, after: AssessmentResult): ClassChange[] {
  const old = byClass(before);
  const now = byClass(after);
  const state = (c: Classification | undefined) => (c ? { class: c.class, confirmed: c.confirmed } : null);
  const keys = [...new Set([...now.keys(), ...old.keys()])];
  return keys.flatMap((key) => {
    const [b, a] = [old.get(key), now.get(key)];
    if (b && a && b.class === a.class && b.confirmed === a.confirmed) return [];
    const { framework, subject } = (a ?? b)!;
    return [{ framework, subject, before: state(b), after: state(a) }];
  });
}

/** One replay step: the result after changing one thing, and the cause that names it (per framework). */
export type ReplayStep = { result: AssessmentResult; causeOf: (framework: string) => { cause: ChangeCause; detail: string | null } };

const CAUSE_ORDER: ChangeCause[] = ["law-changed", "answers-changed", "time-passed", "unknown"];

/**
 * Attributes each net change between `start` and the last step to the first step in which it
 * appears: the steps change one thing at a time, so that step's cause explains it. A changed
 * obligation whose fields moved in different steps is split into one change per cause.
 */
export function attributeChanges(start: AssessmentResult, steps: ReplayStep[]): { changes: CausedObligationChange[]; classes: CausedClassChange[] } {
  const last = steps.at(-1)?.result ?? start;
  const sequence = steps.map((s) => ({ step: s, obligations: byId(s.result), classes: byClass(s.result) }));
  const startObligations = byId(start);
  /** The first step at which `value` differs from its value in `start`. */
  const firstStep = <T>(value: (s: (typeof sequence)[number] | null) => T, framework: string) => {
    const initial = value(null);
    const hit = sequence.find((s) => value(s) !== initial) ?? sequence.at(-1)!;
    return hit.step.causeOf(framework);
  };

  const changes: CausedObligationChange[] = [];
  for (const change of diffObligations(start, last)) {
    const at = (s: (typeof sequence)[number] | null) => (s ? s.obligations.get(change.id) : startObligations.get(change.id));
    if (change.kind !== "changed") {
      changes.push({ ...change, ...firstStep((s) => at(s) !== undefined, change.framework) });
      continue;
    }
    const groups = new Map<string, CausedObligationChange>();
    for (const field of change.fields) {
      const cause = firstStep((s) => at(s)?.[field.field], change.framework);
      const key = `${cause.cause}|${cause.detail}`;
      const group = groups.get(key) ?? { ...change, fields: [], ...cause };
      group.fields.push(field);
      groups.set(key, group);
    }
    changes.push(...groups.values());
  }

  const startClasses = byClass(start);
  const classes = diffClasses(start, last).map((change) => {
    const key = classKey(change);
    const at = (s: (typeof sequence)[number] | null) => {
      const c = s ? s.classes.get(key) : startClasses.get(key);
      return c ? `${c.class}|${c.confirmed}` : null;
    };
    return { ...change, ...firstStep(at, change.framework) };
  });

  const order = (c: { cause: ChangeCause }) => CAUSE_ORDER.indexOf(c.cause);
  return { changes: changes.sort((a, b) => order(a) - order(b)), classes: classes.sort((a, b) => order(a) - order(b)) };
}

const versionOf = (r: AssessmentResult, framework: string) => r.versionsUsed.find((v) => v.framework === framework) ?? null;

/** Why the law step changed a framework's duties: a new version, a data update, or the engine's rules. */
function lawDetail(before: AssessmentResult, after: AssessmentResult, framework: string): string {
  const [b, a] = [versionOf(before, framework), versionOf(after, framework)];
  if (b?.version !== a?.version) return a && b ? `${a.label} in place of ${b.label}` : a ? `${a.label} applies` : `${b!.label} no longer applies`;
  if (before.corpusVersion !== after.corpusVersion) return `data update ${before.corpusVersion} → ${after.corpusVersion}`;
  return "the assessment rules were updated";
}

/**
 * What changed between the previous assessment `a` and the new one `d`, each change with its
 * cause, by replaying one difference at a time:
 * - `b` = the previous answers and as-of date with the current corpus (null when the previous
 *   record did not store its answers: law and answers then share the cause "unknown");
 * - `c` = the new answers, the current corpus, the previous as-of date;
 * - `d` = the new result (new answers, current corpus, new as-of date).
 * A→B is the law, B→C the answers, C→D time — except when the later date selects another
 * version of a framework (SB 24-205 → SB 26-189), which is the law changing.
 */
export function explainChanges(a: AssessmentResult, b: AssessmentResult | null, c: AssessmentResult, d: AssessmentResult, assessedAt?: string): AssessmentChanges {
  const steps: ReplayStep[] = [];
  if (b) {
    steps.push({ result: b, causeOf: (f) => ({ cause: "law-changed", detail: lawDetail(a, b, f) }) });
    steps.push({ result: c, causeOf: () => ({ cause: "answers-changed", detail: null }) });
  } else {
    steps.push({
      result: c,
      causeOf: () => ({ cause: "unknown", detail: "the earlier assessment did not record its answers, so a change in the law cannot be told apart from a change in the answers" }),
    });
  }
  steps.push({
    result: d,
    causeOf: (f) =>
      versionOf(c, f)?.version !== versionOf(d, f)?.version
        ? { cause: "law-changed", detail: `${lawDetail(c, d, f)} on the new as-of date` }
        : { cause: "time-passed", detail: null },
  });
  const { changes, classes } = attributeChanges(a, steps);
  const distinct = (kind: ObligationChange["kind"]) => new Set(changes.filter((ch) => ch.kind === kind).map((ch) => ch.id)).size;
  const frameworks = [...new Set([...a.versionsUsed, ...d.versionsUsed].map((v) => v.framework))];
  const ref = (v: AssessmentResult["versionsUsed"][number] | null) => (v ? { version: v.version, label: v.label } : null);
  return {
    since: { asOf: a.asOf, corpusVersion: a.corpusVersion, ...(assessedAt ? { assessedAt } : {}) },
    changes,
    classes,
    versions: frameworks
      .map((framework) => ({ framework, before: ref(versionOf(a, framework)), after: ref(versionOf(d, framework)) }))
      .filter((v) => v.before?.version !== v.after?.version),
    summary: { added: distinct("added"), removed: distinct("removed"), changed: distinct("changed"), classes: classes.length },
  };
}

/** The previous assessment as stored: its result, the answers it used (null for older records) and when it was made. */
export type PreviousAssessment = { result: AssessmentResult; profile: SystemProfile | null; assessedAt?: string };

/** Replays the previous assessment against the current corpus and the new answers, and explains the difference. */
export function changesSincePrevious(previous: PreviousAssessment, profile: SystemProfile, result: AssessmentResult, corpus: EngineCorpus): AssessmentChanges {
  const asOf = previous.result.asOf;
  const b = previous.profile ? assess(previous.profile, corpus, asOf) : null;
  const c = assess(profile, corpus, asOf);
  return explainChanges(previous.result, b, c, result, previous.assessedAt);
}

/** What a stored assessment would look like with the current corpus: the changes a re-assessment would show under "the law changed". */
export type AssessmentDrift = {
  changes: ObligationChange[];
  classes: ClassChange[];
  /** The frameworks (and their current version) whose duties or classes moved. */
  frameworks: { framework: string; name: string; version: string; label: string }[];
  corpusVersion: { stored: string; current: string };
};

/**
 * Re-runs a stored assessment (same answers, same as-of date) on `corpus`; null when nothing
 * that the system page shows would change (obligations, dates, statuses, classes).
 */
export function detectDrift(stored: AssessmentResult, profile: SystemProfile, corpus: EngineCorpus): AssessmentDrift | null {
  const now = assess(profile, corpus, stored.asOf);
  const changes = diffObligations(stored, now);
  const classes = diffClasses(stored, now);
  if (!changes.length && !classes.length) return null;
  const touched = [...new Set([...changes, ...classes].map((c) => c.framework))];
  return {
    changes,
    classes,
    frameworks: touched.map((framework) => {
      const v = versionOf(now, framework) ?? versionOf(stored, framework);
      const name = corpus.frameworks.find((f) => f.id === framework)?.shortName ?? framework;
      return { framework, name, version: v?.version ?? "", label: v?.label ?? "" };
    }),
    corpusVersion: { stored: stored.corpusVersion, current: corpus.corpusVersion },
  };
}
