import { z } from "zod";

export const CHECKLIST_STATUSES = ["not-started", "in-progress", "done", "not-applicable"] as const;
export const checklistStatusSchema = z.enum(CHECKLIST_STATUSES);
export type ChecklistStatus = z.infer<typeof checklistStatusSchema>;

/** The work recorded on one checklist item. */
export type ItemProgress = { status: ChecklistStatus; owner: string; notes: string; evidence: string[] };
export const CHECKLIST_STATUS_LABELS: Record<ChecklistStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  done: "Done",
  "not-applicable": "Not applicable",
};

const evidenceLinkSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => /^https?:\/\/\S+$/.test(s) || /^[\w./-]+$/.test(s), "must be a link (https://…) or a document reference without spaces");

/** One edit of a checklist item, from the form or the API. */
export const checklistItemUpdateSchema = z.object({
  assessmentId: z.string().min(1),
  itemKey: z.string().min(1),
  status: checklistStatusSchema.optional(),
  owner: z.string().trim().max(200, "keep the owner under 200 characters").optional(),
  notes: z.string().max(10_000, "keep notes under 10,000 characters").optional(),
  evidence: z.array(evidenceLinkSchema).max(50, "at most 50 evidence links").optional(),
});
export type ChecklistItemUpdate = z.infer<typeof checklistItemUpdateSchema>;
