import { z } from "zod";
import { safeText } from "./safe-input";

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

/** The most evidence entries one checklist item keeps. */
export const MAX_EVIDENCE_PER_ITEM = 50;

const ID = z.string().min(1, "is required").max(64, "is too long").regex(/^[A-Za-z0-9_-]+$/, "must be an id (letters, digits, - and _)");
const ITEM_KEY = z.string().min(1, "is required").max(300, "is too long").regex(/^[\w./:-]+$/, "must be a checklist item key");

/**
 * One evidence entry: an http(s) link (parsed as a URL, 2,000 characters at most) or a document
 * reference without spaces (DOC-123, 200 characters at most), as the board has always offered.
 */
export const evidenceLinkSchema = z
  .string()
  .trim()
  .min(1, "is empty")
  .max(2000, "keep a link under 2,000 characters")
  .refine((s) => (/^https?:/i.test(s) ? z.url({ protocol: /^https?$/ }).safeParse(s).success && !/\s/.test(s) : /^[\w./-]{1,200}$/.test(s)), {
    message: "must be an http(s) link (https://…) or a document reference without spaces (at most 200 characters)",
  });

const progressFields = {
  status: checklistStatusSchema.optional(),
  owner: safeText(z.string().trim().max(200, "keep the owner under 200 characters"), { singleLine: true }).optional(),
  notes: safeText(z.string().max(10_000, "keep notes under 10,000 characters")).optional(),
  evidence: z.array(evidenceLinkSchema).max(MAX_EVIDENCE_PER_ITEM, `at most ${MAX_EVIDENCE_PER_ITEM} evidence links`).optional(),
};

/**
 * One edit of a checklist item, from the form or the API. `version` is the version the editor
 * read: a write made from an older version is refused with the current values (a conflict).
 */
export const checklistItemUpdateSchema = z
  .object({
    assessmentId: ID,
    itemKey: ITEM_KEY,
    version: z.number().int().min(1).max(2_147_483_647),
    ...progressFields,
  })
  .strict();
export type ChecklistItemUpdate = z.infer<typeof checklistItemUpdateSchema>;

/** Adds or removes one evidence entry; applied atomically to the stored list, so concurrent adds all stay. */
export const evidenceChangeSchema = z.object({ assessmentId: ID, itemKey: ITEM_KEY, link: evidenceLinkSchema }).strict();
export type EvidenceChange = z.infer<typeof evidenceChangeSchema>;

/** A checklist item's stored progress with the version a later write must carry. */
export type VersionedProgress = ItemProgress & { version: number };
