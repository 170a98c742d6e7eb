import type { Condition } from "@/lib/schemas/condition";
import type { Relationship } from "@/lib/schemas/common";
import type { AssessmentChanges } from "@/lib/schemas/assessment-changes";

/** The corpus as the engine sees it: plain data, loaded from files or from Postgres. */
export type ContestedDate = { question: string; readings: { from: string; reading: string; source: string }[] };
export type EngineApplicationDate = { from: string; setBy: string; when?: Condition; note?: string; contested?: ContestedDate };

export type EngineProvision = {
  id: string; // "<framework>/<key>"
  frameworkId: string;
  versionId: string;
  key: string;
  citation: string;
  title: string;
  summary: string;
  kind: string;
  binds: string[];
  applies: EngineApplicationDate[];
  conditions?: Condition;
  classifies?: { subject: "system" | "model"; class: string; reason: string } | null;
  exempts?: string[];
  removesClass?: string | null;
  exemptsWhere?: { roles?: string[]; dependsOn?: string[]; exceptKeys: string[] } | null;
  defersTo?: { from: string; setBy: string } | null;
  outOfScope?: boolean;
  sanctions?: string[];
  concepts: string[];
  sourceUrl: string;
  verified: boolean;
};

export type EngineVersion = {
  id: string;
  label: string;
  status: "in-force" | "enacted" | "repealed" | "proposed";
  enactedOn?: string | null;
  validFrom: string;
  validTo?: string | null;
  provisions: EngineProvision[];
};

export type EngineFramework = {
  id: string;
  name: string;
  shortName: string;
  jurisdiction: string;
  binding: boolean;
  versions: EngineVersion[];
};

export type EngineMapping = {
  source: string;
  target: string;
  relationship: Relationship;
  confidence: number;
  explanation: string;
  gapSummary?: string | null;
  /** OSCAL matching-rationale: how the relationship was judged (syntactic, semantic, functional). */
  rationale?: "syntactic" | "semantic" | "functional";
  /** Whose analysis this is (ours, or a cited published crosswalk). */
  provenance?: string;
  /** Where the two duties differ in strength, per parameter (deadline, frequency…). */
  comparisons?: { parameter: string; source: string; target: string; stricter: "source" | "target" | "same" | "not-comparable"; note?: string }[];
};

export type EngineCorpus = {
  corpusVersion: string;
  concepts: { id: string; name: string }[];
  frameworks: EngineFramework[];
  mappings: EngineMapping[];
};

/** The assessment result: the public JSON contract (see README). */
/** A fact the profile left open ("not sure") and the question that would settle it. */
export type OpenQuestion = { fact: string; question: string };

/**
 * The class is the most severe one still possible; `confirmed: false` means an open answer
 * could still lower it, and `openQuestions` says which.
 */
export type Classification = {
  framework: string;
  subject: "system" | "model";
  class: string;
  confirmed: boolean;
  reasons: string[];
  openQuestions: OpenQuestion[];
  version: string;
};

/** Whether a law applies to the system at all (Art. 2 exclusions): `false` = it does not; "unless" = it may not, if an open answer settles so. */
export type ScopeFinding = { framework: string; citation: string; applies: false | "unless"; reason: string; source: string };

/** A duty that was considered and found not to apply, and why (role, scope, class, condition or exemption). */
export type NotApplicable = {
  id: string;
  framework: string;
  citation: string;
  title: string;
  because: "role" | "scope" | "exemption" | "condition";
  reason: string;
  source: string;
};

/** A rule that creates no duty but explains the result (a status rule such as Art. 25(1), or a deferral). */
export type Explanation = {
  framework: string;
  citation: string;
  title: string;
  summary: string;
  confirmed: boolean;
  openQuestions: OpenQuestion[];
  source: string;
};

export type Obligation = {
  id: string;
  framework: string;
  /** false for voluntary frameworks (NIST AI RMF, ISO/IEC 42001, Hiroshima Code) */
  binding: boolean;
  version: string;
  citation: string;
  title: string;
  summary: string;
  kind: string;
  role: string;
  /** "may-apply" when it depends on an answer the profile left open (see openQuestions). */
  status: "applies" | "may-apply";
  openQuestions: OpenQuestion[];
  /** The date from which it binds this system (one duty, one date) and the act that set it. */
  appliesFrom: string | null;
  appliesFromSetBy: string | null;
  /** E.g. the article's literal date when the duty binds later for this system. */
  appliesFromNote: string | null;
  /** Set when the law's date is genuinely disputed: every reading with its source. */
  appliesFromContested: ContestedDate | null;
  alreadyApplies: boolean;
  why: string[];
  concepts: string[];
  /** Fine tiers for breaching it (Art. 99, Art. 101): what happens if you do not comply. */
  penalties: { citation: string; summary: string; source: string }[];
  verified: boolean;
  source: string;
};

export type Exemption = { framework: string; citation: string; removes: string[]; reason: string; source: string };

export type ChecklistMember = { id: string; citation: string; framework: string; beyondSharedCore: string | null };

export type ChecklistItem = {
  id: string;
  title: string;
  description: string;
  concepts: string[];
  satisfies: string[];
  members: ChecklistMember[];
  dueDate: string | null;
  blocking: boolean;
  /** true when a binding law requires it; false when only voluntary frameworks do */
  binding: boolean;
  /** "may-apply" when every member depends on an answer left open; the questions that would settle it. */
  status: "applies" | "may-apply";
  openQuestions: OpenQuestion[];
  /**
   * The strictest value of each parameter on which members differ (from the mappings'
   * comparisons): doing this satisfies every member ("comply once"). Absent in results stored
   * before comparisons existed.
   */
  strictest?: StrictestParameter[];
};

/** One parameter of a merged item: the strictest value, the member that sets it, and the members it outdoes. */
export type StrictestParameter = { parameter: string; value: string; setBy: string; over: { citation: string; value: string }[] };

export type AssessmentResult = {
  asOf: string;
  classifications: Classification[];
  /** Laws that do not apply (or may not) to the system at all, and why (EU AI Act Art. 2). */
  scope: ScopeFinding[];
  /** What binds now, including duties that may apply pending an open answer. */
  obligations: Obligation[];
  /** When a practice is certainly prohibited: what would apply if the practice were changed. Not a compliance route. */
  ifNotProhibited: Obligation[];
  /** Considered and not applicable: every duty of an in-scope binding law that does not bind this system, with the reason in one line. */
  notApplicable: NotApplicable[];
  exemptions: Exemption[];
  explanations: Explanation[];
  /** Every open answer once, with what depends on it. */
  openQuestions: (OpenQuestion & { affects: string[] })[];
  checklist: ChecklistItem[];
  warnings: { framework: string; citation: string; message: string }[];
  versionsUsed: { framework: string; version: string; label: string; status: string }[];
  stats: { obligations: number; mayApply: number; checklistItems: number; collapsed: number };
  corpusVersion: string;
  /**
   * Set when a re-assessment is stored: what changed since the system's previous assessment,
   * each change with its cause (null for a first assessment; absent from `assess()` itself).
   */
  changesSincePrevious?: AssessmentChanges | null;
};
