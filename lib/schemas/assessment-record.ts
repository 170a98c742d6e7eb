import { z } from "zod";
import type { AssessmentResult } from "@/lib/engine/types";
import { assessmentChangesSchema } from "./assessment-changes";
import { checklistStatusSchema } from "./checklist";

// The assessment record as exported (JSON; the CSV and PDF carry the same content). Mirrors the
// engine's result contract (lib/engine/types.ts); a type check below keeps the two in step, and
// /api/v1/schema/assessment-record publishes it as JSON Schema.

const openQuestion = z.object({ fact: z.string(), question: z.string() });
const contested = z.object({
  question: z.string(),
  readings: z.array(z.object({ from: z.string(), reading: z.string(), source: z.string() })),
});
const obligation = z.object({
  id: z.string(),
  framework: z.string(),
  binding: z.boolean(),
  version: z.string(),
  citation: z.string(),
  title: z.string(),
  summary: z.string(),
  kind: z.string(),
  role: z.string(),
  status: z.enum(["applies", "may-apply"]),
  openQuestions: z.array(openQuestion),
  appliesFrom: z.string().nullable(),
  appliesFromSetBy: z.string().nullable(),
  appliesFromNote: z.string().nullable(),
  appliesFromContested: contested.nullable(),
  alreadyApplies: z.boolean(),
  why: z.array(z.string()),
  concepts: z.array(z.string()),
  penalties: z.array(z.object({ citation: z.string(), summary: z.string(), source: z.string() })),
  verified: z.boolean(),
  source: z.string(),
});

export const assessmentResultSchema = z.object({
  asOf: z.string(),
  classifications: z.array(
    z.object({
      framework: z.string(),
      subject: z.enum(["system", "model"]),
      class: z.string(),
      confirmed: z.boolean(),
      reasons: z.array(z.string()),
      openQuestions: z.array(openQuestion),
      version: z.string(),
    }),
  ),
  scope: z.array(z.object({ framework: z.string(), citation: z.string(), applies: z.union([z.literal(false), z.literal("unless")]), reason: z.string(), source: z.string() })),
  obligations: z.array(obligation),
  ifNotProhibited: z.array(obligation),
  notApplicable: z.array(
    z.object({
      id: z.string(),
      framework: z.string(),
      citation: z.string(),
      title: z.string(),
      because: z.enum(["role", "scope", "exemption", "condition"]),
      reason: z.string(),
      source: z.string(),
    }),
  ),
  exemptions: z.array(z.object({ framework: z.string(), citation: z.string(), removes: z.array(z.string()), reason: z.string(), source: z.string() })),
  explanations: z.array(
    z.object({ framework: z.string(), citation: z.string(), title: z.string(), summary: z.string(), confirmed: z.boolean(), openQuestions: z.array(openQuestion), source: z.string() }),
  ),
  openQuestions: z.array(openQuestion.extend({ affects: z.array(z.string()) })),
  checklist: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      concepts: z.array(z.string()),
      satisfies: z.array(z.string()),
      members: z.array(z.object({ id: z.string(), citation: z.string(), framework: z.string(), beyondSharedCore: z.string().nullable() })),
      dueDate: z.string().nullable(),
      blocking: z.boolean(),
      binding: z.boolean(),
      status: z.enum(["applies", "may-apply"]),
      openQuestions: z.array(openQuestion),
      strictest: z
        .array(z.object({ parameter: z.string(), value: z.string(), setBy: z.string(), over: z.array(z.object({ citation: z.string(), value: z.string() })) }))
        .optional()
        .describe("The strictest value of each parameter on which the members differ; meeting it satisfies every member."),
    }),
  ),
  warnings: z.array(z.object({ framework: z.string(), citation: z.string(), message: z.string() })),
  versionsUsed: z.array(z.object({ framework: z.string(), version: z.string(), label: z.string(), status: z.string() })),
  stats: z.object({ obligations: z.number(), mayApply: z.number(), checklistItems: z.number(), collapsed: z.number() }),
  corpusVersion: z.string(),
  changesSincePrevious: assessmentChangesSchema.nullable().optional(),
});

// The schema and the engine's type must describe the same object.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const resultMatchesEngine: Same<z.infer<typeof assessmentResultSchema>, AssessmentResult> = true;
void resultMatchesEngine;

export const assessmentRecordSchema = z
  .object({
    system: z.string(),
    organization: z.string(),
    /** The answers the assessment was made from, in plain words, step by step. */
    answers: z.array(z.object({ step: z.string(), question: z.string(), answer: z.string() })),
    progress: z.record(z.string(), z.object({ status: checklistStatusSchema, owner: z.string(), notes: z.string(), evidence: z.array(z.string()) })),
    signOff: z.object({ preparedBy: z.string().nullable(), reviewedBy: z.string().nullable(), date: z.string().nullable() }),
  })
  .extend(assessmentResultSchema.shape);
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;
