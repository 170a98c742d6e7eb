"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createSystemDraft, deleteSystem, getEngineCorpus, getSystem, saveAssessment, saveSystemDraft, updateChecklistItem } from "@/lib/db/systems";
import { assess } from "@/lib/engine/assess";
import { checklistItemUpdateSchema } from "@/lib/schemas/checklist";
import { isoDateSchema } from "@/lib/schemas/common";
import { toProblems, type Problem } from "@/lib/schemas/issues";
import { profileSchema } from "@/lib/schemas/profile";
import { NEW_SYSTEM_DRAFT, QUESTIONNAIRE_STEPS, mergeDraft, stepIdSchema } from "@/lib/schemas/questionnaire";

export type ActionResult = { ok: true; systemId?: string } | { ok: false; problems: Problem[] };

const saveStepInput = z.object({
  systemId: z.string().min(1).nullable(),
  step: stepIdSchema,
  answers: z.record(z.string(), z.unknown()),
});

/** Validates one questionnaire step with its slice of the profile schema and stores the draft. */
export async function saveStepAction(input: unknown): Promise<ActionResult> {
  const parsed = saveStepInput.safeParse(input);
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error) };
  const { systemId, step, answers } = parsed.data;
  const index = QUESTIONNAIRE_STEPS.findIndex((s) => s.id === step);
  const stepResult = QUESTIONNAIRE_STEPS[index]!.schema.safeParse(answers);
  if (!stepResult.success) return { ok: false, problems: toProblems(stepResult.error) };

  if (!systemId) {
    const created = await createSystemDraft(mergeDraft(NEW_SYSTEM_DRAFT, stepResult.data as Record<string, unknown>), index + 1);
    return { ok: true, systemId: created.id };
  }
  const existing = await getSystem(systemId);
  if (!existing) return { ok: false, problems: [{ path: "(root)", message: "this system no longer exists" }] };
  const draft = mergeDraft(existing.profile as Record<string, unknown>, stepResult.data as Record<string, unknown>);
  await saveSystemDraft(systemId, draft, Math.max(existing.draftStep, index + 1));
  return { ok: true, systemId };
}

const assessInput = z.object({ systemId: z.string().min(1), asOf: isoDateSchema.optional() });

/** Validates the whole profile, runs the assessment and stores it (checklist progress carries over). */
export async function assessSystemAction(input: unknown): Promise<ActionResult> {
  const parsed = assessInput.safeParse(input);
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error) };
  const system = await getSystem(parsed.data.systemId);
  if (!system) return { ok: false, problems: [{ path: "(root)", message: "this system no longer exists" }] };
  const profile = profileSchema.safeParse(system.profile);
  if (!profile.success) return { ok: false, problems: toProblems(profile.error) };
  const asOf = parsed.data.asOf ?? new Date().toISOString().slice(0, 10);
  const result = assess(profile.data, await getEngineCorpus(), asOf);
  await saveAssessment(system.id, profile.data, result);
  revalidatePath(`/systems/${system.id}`);
  return { ok: true, systemId: system.id };
}

export async function updateChecklistItemAction(input: unknown): Promise<ActionResult> {
  const parsed = checklistItemUpdateSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error) };
  const { assessmentId, itemKey, ...patch } = parsed.data;
  try {
    await updateChecklistItem(assessmentId, itemKey, patch);
  } catch {
    return { ok: false, problems: [{ path: "(root)", message: "this checklist item no longer exists; reload the page" }] };
  }
  return { ok: true };
}

/** Deletes only after the explicit confirmation the delete form sends (a one-click delete is refused). */
export async function deleteSystemAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) redirect("/systems");
  const id = z.string().min(1).max(100).safeParse(formData.get("systemId"));
  const confirmed = formData.get("confirm") === "yes";
  if (id.success && confirmed) await deleteSystem(id.data).catch(() => undefined);
  redirect("/systems");
}
