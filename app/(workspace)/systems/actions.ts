"use server";

import { redirect, unstable_rethrow } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  changeEvidence,
  createSystemDraft,
  deleteSystem,
  getEngineCorpus,
  getSystem,
  restoreSystem,
  saveAssessment,
  saveSystemDraft,
  SystemGoneError,
  updateChecklistItem,
  type ChecklistWriteOutcome,
} from "@/lib/db/systems";
import { assess } from "@/lib/engine/assess";
import { checklistItemUpdateSchema, evidenceChangeSchema, type VersionedProgress } from "@/lib/schemas/checklist";
import { isoDateSchema } from "@/lib/schemas/common";
import type { Problem } from "@/lib/schemas/issues";
import { profileSchema } from "@/lib/schemas/profile";
import { NEW_SYSTEM_DRAFT, QUESTIONNAIRE_STEPS, mergeDraft, stepIdSchema } from "@/lib/schemas/questionnaire";
import { parseSafeInput, problemsFrom } from "@/lib/schemas/safe-input";
import { systemIdSchema } from "@/lib/schemas/system";

// Every action takes `unknown` and runs parseSafeInput first (size, text safety, schema, a
// capped problem list): anyone can post to an action, not only our forms. Failures are values,
// never exceptions, so a bad request gets a clear answer instead of a 500.

type Refusal = { ok: false; status: 400 | 404 | 409 | 413 | 500; problems: Problem[] };
export type ActionResult = { ok: true; systemId?: string } | Refusal;

/** A checklist write: the stored values after it, or on a conflict the values someone else stored. */
export type ChecklistActionResult =
  | { ok: true; assessmentId: string; moved: boolean; item: VersionedProgress }
  | (Refusal & { conflict?: { assessmentId: string; moved: boolean; current: VersionedProgress } });

const problem = (message: string): Problem[] => [{ path: "(root)", message }];
const GONE = "this system no longer exists (it may have been deleted)";

/** Runs an action body; an unexpected failure becomes a plain answer (redirects pass through). */
async function answer<T>(body: () => Promise<T | Refusal>): Promise<T | Refusal> {
  try {
    return await body();
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof SystemGoneError) return { ok: false, status: 404, problems: problem(error.message) };
    console.error("server action failed:", error instanceof Error ? error.message : error);
    return { ok: false, status: 500, problems: problem("the change could not be saved because of a server error; nothing was changed, try again") };
  }
}

const saveStepInput = z
  .object({
    systemId: systemIdSchema.nullable(),
    step: stepIdSchema,
    answers: z.record(z.string().max(100), z.unknown()),
  })
  .strict();

/** Validates one questionnaire step with its slice of the profile schema and stores the draft. */
export async function saveStepAction(input: unknown): Promise<ActionResult> {
  return answer(async () => {
    const parsed = parseSafeInput(saveStepInput, input);
    if (!parsed.ok) return { ok: false, status: parsed.status, problems: parsed.problems };
    const { systemId, step, answers } = parsed.data;
    const index = QUESTIONNAIRE_STEPS.findIndex((s) => s.id === step);
    const stepResult = QUESTIONNAIRE_STEPS[index]!.schema.safeParse(answers);
    if (!stepResult.success) return { ok: false, status: 400, problems: problemsFrom(stepResult.error) };

    if (!systemId) {
      const created = await createSystemDraft(mergeDraft(NEW_SYSTEM_DRAFT, stepResult.data as Record<string, unknown>), index + 1);
      return { ok: true, systemId: created.id };
    }
    const existing = await getSystem(systemId);
    if (!existing) return { ok: false, status: 404, problems: problem(GONE) };
    const draft = mergeDraft(existing.profile as Record<string, unknown>, stepResult.data as Record<string, unknown>);
    await saveSystemDraft(systemId, draft, Math.max(existing.draftStep, index + 1));
    return { ok: true, systemId };
  });
}

const assessInput = z.object({ systemId: systemIdSchema, asOf: isoDateSchema.optional() }).strict();

/** Validates the whole profile, runs the assessment and stores it (checklist progress carries over). */
export async function assessSystemAction(input: unknown): Promise<ActionResult> {
  return answer(async () => {
    const parsed = parseSafeInput(assessInput, input, { maxBytes: 1024 });
    if (!parsed.ok) return { ok: false, status: parsed.status, problems: parsed.problems };
    const system = await getSystem(parsed.data.systemId);
    if (!system) return { ok: false, status: 404, problems: problem(GONE) };
    const profile = profileSchema.safeParse(system.profile);
    if (!profile.success) return { ok: false, status: 400, problems: problemsFrom(profile.error) };
    const asOf = parsed.data.asOf ?? new Date().toISOString().slice(0, 10);
    const result = assess(profile.data, await getEngineCorpus(), asOf);
    await saveAssessment(system.id, profile.data, result);
    revalidatePath(`/systems/${system.id}`);
    return { ok: true, systemId: system.id };
  });
}

function checklistAnswer(outcome: ChecklistWriteOutcome): ChecklistActionResult {
  switch (outcome.kind) {
    case "saved":
      return { ok: true, assessmentId: outcome.assessmentId, moved: outcome.moved, item: outcome.item };
    case "conflict":
      return {
        ok: false,
        status: 409,
        conflict: { assessmentId: outcome.assessmentId, moved: outcome.moved, current: outcome.current },
        problems: problem("someone else changed this item after you opened it; nothing was overwritten"),
      };
    case "gone":
      return { ok: false, status: 404, problems: problem(outcome.message) };
    case "refused":
      return { ok: false, status: 400, problems: problem(outcome.message) };
  }
}

/** Edits status, owner, notes (or the whole evidence list) of one item, if nobody changed it since `version`. */
export async function updateChecklistItemAction(input: unknown): Promise<ChecklistActionResult> {
  return answer(async () => {
    const parsed = parseSafeInput(checklistItemUpdateSchema, input);
    if (!parsed.ok) return { ok: false, status: parsed.status, problems: parsed.problems };
    const { assessmentId, itemKey, ...patch } = parsed.data;
    return checklistAnswer(await updateChecklistItem(assessmentId, itemKey, patch));
  });
}

/** Adds one evidence link to an item (kept even when others add links at the same moment). */
export async function addEvidenceAction(input: unknown): Promise<ChecklistActionResult> {
  return answer(async () => {
    const parsed = parseSafeInput(evidenceChangeSchema, input, { maxBytes: 8 * 1024 });
    if (!parsed.ok) return { ok: false, status: parsed.status, problems: parsed.problems };
    return checklistAnswer(await changeEvidence(parsed.data.assessmentId, parsed.data.itemKey, parsed.data.link, "add"));
  });
}

/** Removes one evidence link from an item. */
export async function removeEvidenceAction(input: unknown): Promise<ChecklistActionResult> {
  return answer(async () => {
    const parsed = parseSafeInput(evidenceChangeSchema, input, { maxBytes: 8 * 1024 });
    if (!parsed.ok) return { ok: false, status: parsed.status, problems: parsed.problems };
    return checklistAnswer(await changeEvidence(parsed.data.assessmentId, parsed.data.itemKey, parsed.data.link, "remove"));
  });
}

// The delete and restore forms work without JavaScript, so these answer with a redirect to
// /systems and a notice the page explains; anything but a well-formed form changes nothing.
const systemFormInput = z.object({ systemId: systemIdSchema, confirm: z.literal("yes", { message: "confirm first" }).optional() });

/** The fields of a posted form (React's own $ACTION fields left out); null for anything that is not a form. */
function formFields(formData: unknown): Record<string, FormDataEntryValue> | null {
  if (!(formData instanceof FormData)) return null;
  const fields: Record<string, FormDataEntryValue> = {};
  for (const [key, value] of formData.entries()) if (!key.startsWith("$ACTION")) fields[key] = value;
  return fields;
}

/** Deletes (softly: restorable for 30 days) only after the explicit confirmation the delete form sends. */
export async function deleteSystemAction(formData: FormData): Promise<void> {
  const fields = formFields(formData);
  const parsed = fields ? parseSafeInput(systemFormInput, fields, { maxBytes: 2048 }) : null;
  if (!parsed?.ok || parsed.data.confirm !== "yes") redirect("/systems?notice=delete-refused");
  let deleted = false;
  try {
    deleted = await deleteSystem(parsed.data.systemId);
  } catch (error) {
    console.error("delete failed:", error instanceof Error ? error.message : error);
    redirect("/systems?notice=delete-failed");
  }
  redirect(deleted ? `/systems?notice=deleted&system=${encodeURIComponent(parsed.data.systemId)}` : "/systems?notice=delete-missing");
}

/** Restores a system deleted less than 30 days ago. */
export async function restoreSystemAction(formData: FormData): Promise<void> {
  const fields = formFields(formData);
  const parsed = fields ? parseSafeInput(systemFormInput, fields, { maxBytes: 2048 }) : null;
  if (!parsed?.ok) redirect("/systems?notice=restore-refused");
  let restored = false;
  try {
    restored = await restoreSystem(parsed.data.systemId);
  } catch (error) {
    console.error("restore failed:", error instanceof Error ? error.message : error);
    redirect("/systems?notice=restore-failed");
  }
  redirect(restored ? `/systems?notice=restored&system=${encodeURIComponent(parsed.data.systemId)}` : "/systems?notice=restore-missing");
}
