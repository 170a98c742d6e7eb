import { z } from "zod";

// "What changed": the diff a re-assessment stores against the previous one (issue 12). It lives
// in the stored result's JSON, so it is validated on every read.

/**
 * Why a change happened, found by replaying the assessment one difference at a time:
 * the law (a new framework version or a corpus update), the answers, or the as-of date.
 * "unknown": the earlier record did not store its answers, so law and answers cannot be told apart.
 */
export const CHANGE_CAUSES = ["law-changed", "answers-changed", "time-passed", "unknown"] as const;
export const changeCauseSchema = z.enum(CHANGE_CAUSES);
export type ChangeCause = z.infer<typeof changeCauseSchema>;

const obligationStatusSchema = z.enum(["applies", "may-apply"]);

/** The parts of an obligation a re-assessment compares. */
export const obligationStateSchema = z.object({
  status: obligationStatusSchema,
  appliesFrom: z.string().nullable(),
  alreadyApplies: z.boolean(),
  version: z.string(),
});
export type ObligationState = z.infer<typeof obligationStateSchema>;

export const obligationFieldChangeSchema = z.discriminatedUnion("field", [
  z.object({ field: z.literal("appliesFrom"), before: z.string().nullable(), after: z.string().nullable() }),
  z.object({ field: z.literal("status"), before: obligationStatusSchema, after: obligationStatusSchema }),
  z.object({ field: z.literal("alreadyApplies"), before: z.boolean(), after: z.boolean() }),
]);
export type ObligationFieldChange = z.infer<typeof obligationFieldChangeSchema>;

/** One obligation added, removed or changed; `fields` lists what changed (empty when added or removed). */
export const obligationChangeSchema = z.object({
  kind: z.enum(["added", "removed", "changed"]),
  id: z.string(),
  framework: z.string(),
  binding: z.boolean(),
  citation: z.string(),
  title: z.string(),
  before: obligationStateSchema.nullable(),
  after: obligationStateSchema.nullable(),
  fields: z.array(obligationFieldChangeSchema),
});
export type ObligationChange = z.infer<typeof obligationChangeSchema>;

const classStateSchema = z.object({ class: z.string(), confirmed: z.boolean() });

/** A class that changed, appeared or disappeared for one framework and subject. */
export const classChangeSchema = z.object({
  framework: z.string(),
  subject: z.enum(["system", "model"]),
  before: classStateSchema.nullable(),
  after: classStateSchema.nullable(),
});
export type ClassChange = z.infer<typeof classChangeSchema>;

const caused = { cause: changeCauseSchema, detail: z.string().nullable() };
export const causedObligationChangeSchema = obligationChangeSchema.extend(caused);
export type CausedObligationChange = z.infer<typeof causedObligationChangeSchema>;
export const causedClassChangeSchema = classChangeSchema.extend(caused);
export type CausedClassChange = z.infer<typeof causedClassChangeSchema>;

const versionRefSchema = z.object({ version: z.string(), label: z.string() });

export const assessmentChangesSchema = z.object({
  /** The previous assessment this one is compared with. */
  since: z.object({ asOf: z.string(), corpusVersion: z.string(), assessedAt: z.string().optional() }),
  changes: z.array(causedObligationChangeSchema),
  classes: z.array(causedClassChangeSchema),
  /** Frameworks whose version differs between the two assessments. */
  versions: z.array(z.object({ framework: z.string(), before: versionRefSchema.nullable(), after: versionRefSchema.nullable() })),
  /** Distinct obligations added, removed and changed, and classes changed. */
  summary: z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int(), classes: z.number().int() }),
});
export type AssessmentChanges = z.infer<typeof assessmentChangesSchema>;
