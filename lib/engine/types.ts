import type { Condition } from "@/lib/schemas/condition";
import type { Relationship } from "@/lib/schemas/common";

/** The corpus as the engine sees it: plain data, loaded from files or from Postgres. */
export type EngineApplicationDate = { from: string; setBy: string; when?: Condition; note?: string };

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
};

export type EngineCorpus = {
  corpusVersion: string;
  concepts: { id: string; name: string }[];
  frameworks: EngineFramework[];
  mappings: EngineMapping[];
};

/** The assessment result: the public JSON contract (see README). */
export type Classification = { framework: string; subject: "system" | "model"; class: string; reasons: string[]; version: string };

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
  appliesFrom: string | null;
  appliesFromSetBy: string | null;
  alreadyApplies: boolean;
  why: string[];
  concepts: string[];
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
};

export type AssessmentResult = {
  asOf: string;
  classifications: Classification[];
  obligations: Obligation[];
  exemptions: Exemption[];
  checklist: ChecklistItem[];
  warnings: { framework: string; citation: string; message: string }[];
  versionsUsed: { framework: string; version: string; label: string; status: string }[];
  stats: { obligations: number; checklistItems: number; collapsed: number };
  corpusVersion: string;
};
