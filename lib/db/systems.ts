import type { Prisma } from "@/generated/prisma/client";
import { changesSincePrevious, detectDrift, type AssessmentDrift } from "@/lib/engine/assessment-diff";
import { readStoredAssessment } from "@/lib/engine/stored-result";
import type { AssessmentResult } from "@/lib/engine/types";
import { checklistStatusSchema, MAX_EVIDENCE_PER_ITEM, type ChecklistStatus, type VersionedProgress } from "@/lib/schemas/checklist";
import { profileSchema, type SystemProfile } from "@/lib/schemas/profile";
import { diffFields, recordAudit, type AuditChanges } from "./audit";
import { prisma } from "./client";
import { loadEngineCorpus } from "./corpus";
import type { EngineCorpus } from "@/lib/engine/types";

const corpusCache = globalThis as unknown as { engineCorpus?: EngineCorpus };

/** The corpus for assessments, cached per process until the seeded corpus version changes. */
export async function getEngineCorpus(): Promise<EngineCorpus> {
  const db = await prisma();
  const run = await db.seedRun.findFirst({ orderBy: { id: "desc" }, select: { corpusVersion: true } });
  if (!corpusCache.engineCorpus || corpusCache.engineCorpus.corpusVersion !== run?.corpusVersion)
    corpusCache.engineCorpus = await loadEngineCorpus(db);
  return corpusCache.engineCorpus;
}

/** How long a deleted system stays restorable. */
export const RESTORE_DAYS = 30;
const RESTORE_MS = RESTORE_DAYS * 24 * 60 * 60 * 1000;

// Writes queue for a connection and for the system's row lock under load (a re-assessment holds
// it while it copies progress); wait for both rather than fail the write.
const TX = { maxWait: 15_000, timeout: 30_000 };

/** A write aimed at a system that is gone (deleted, purged or never there). */
export class SystemGoneError extends Error {
  constructor(message = "this system no longer exists (it may have been deleted)") {
    super(message);
  }
}

/** The systems in use (deleted ones are left out; those past the restore window are purged first). */
export async function listSystems() {
  const db = await prisma();
  await purgeDeletedSystems();
  return db.systemProfile.findMany({
    where: { deletedAt: null },
    orderBy: { updatedAt: "desc" },
    include: { assessments: { orderBy: { createdAt: "desc" }, take: 1, include: { checklistItems: { select: { status: true } } } } },
  });
}

/**
 * Every system, each with `drift`: what its latest stored assessment would change if it were
 * re-run today on the current corpus with the same answers and as-of date (null when nothing
 * would, or when it was never assessed). Records stored before the answers were kept beside
 * the result are re-run with the system's current answers.
 */
export async function listSystemsWithDrift() {
  const [systems, corpus] = await Promise.all([listSystems(), getEngineCorpus()]);
  const rows = systems.map((system) => {
    const latest = system.assessments[0];
    let drift: AssessmentDrift | null = null;
    if (latest) {
      const { result, profileUsed } = readStoredAssessment(latest.result);
      const current = profileSchema.safeParse(system.profile);
      const answers = profileUsed ?? (current.success ? current.data : null);
      if (answers) drift = detectDrift(result, answers, corpus);
    }
    return { ...system, drift };
  });
  const affected = rows.filter((r) => r.drift);
  const frameworks = new Map(affected.flatMap((r) => r.drift!.frameworks).map((f) => [`${f.framework}@${f.version}`, f]));
  return { systems: rows, affected: affected.length, frameworks: [...frameworks.values()], corpusVersion: corpus.corpusVersion };
}

/** A system in use; null when it does not exist or was deleted. */
export async function getSystem(id: string) {
  const db = await prisma();
  return db.systemProfile.findFirst({ where: { id, deletedAt: null } });
}

/**
 * Locks a system's row for the rest of the transaction and returns it: `update` for writes that
 * replace its assessment (re-assess, delete), `share` for checklist writes, which may run side
 * by side but never while the assessment they write to is being replaced.
 */
async function lockSystem(tx: Prisma.TransactionClient, id: string, mode: "update" | "share") {
  const rows =
    mode === "update"
      ? await tx.$queryRaw<{ id: string; deletedAt: Date | null }[]>`SELECT id, "deletedAt" FROM "SystemProfile" WHERE id = ${id} FOR UPDATE`
      : await tx.$queryRaw<{ id: string; deletedAt: Date | null }[]>`SELECT id, "deletedAt" FROM "SystemProfile" WHERE id = ${id} FOR SHARE`;
  return rows[0] ?? null;
}

export async function createSystemDraft(draft: Record<string, unknown>, step: number) {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const created = await tx.systemProfile.create({
      data: { name: String(draft.name ?? "Untitled system"), profile: draft as Prisma.InputJsonValue, draftStep: step },
    });
    await recordAudit(tx, { systemId: created.id, entity: "system", entityId: created.id, action: "create", changes: diffFields(null, draft) });
    return created;
  }, TX);
}

/** Stores a questionnaire draft; throws SystemGoneError when the system was deleted meanwhile. */
export async function saveSystemDraft(id: string, draft: Record<string, unknown>, step: number) {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const locked = await lockSystem(tx, id, "update");
    if (!locked || locked.deletedAt) throw new SystemGoneError();
    const before = await tx.systemProfile.findUniqueOrThrow({ where: { id } });
    const updated = await tx.systemProfile.update({
      where: { id },
      data: { name: String(draft.name ?? "Untitled system"), profile: draft as Prisma.InputJsonValue, draftStep: step },
    });
    const changes = diffFields(before.profile as Record<string, unknown>, draft);
    if (Object.keys(changes).length > 0) await recordAudit(tx, { systemId: id, entity: "system", entityId: id, action: "update", changes });
    return updated;
  }, TX);
}

/**
 * Stores a completed assessment. Checklist progress (status, owner, notes, evidence) carries
 * over from the system's previous assessment for every item that still exists, so re-assessing
 * never loses work. The stored result records the answers it was made from (`profileUsed`) and
 * what changed since the previous assessment, with causes (`changesSincePrevious`), found by
 * replaying the previous answers and date on `corpus` (the corpus `result` was computed with).
 */
export async function saveAssessment(systemId: string, profile: SystemProfile, result: AssessmentResult, corpus?: EngineCorpus) {
  const db = await prisma();
  const current = corpus ?? (await getEngineCorpus());
  return db.$transaction(async (tx) => {
    // Checklist writes hold this lock in share mode: progress is copied only once none is in
    // flight, and a write that comes later finds the new assessment (see updateChecklistItem).
    const locked = await lockSystem(tx, systemId, "update");
    if (!locked || locked.deletedAt) throw new SystemGoneError();
    const system = await tx.systemProfile.findUniqueOrThrow({ where: { id: systemId } });
    const previous = await tx.assessment.findFirst({
      where: { systemId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      include: { checklistItems: true },
    });
    const carried = new Map(previous?.checklistItems.map((i) => [i.itemKey, i]) ?? []);
    const stored = previous ? readStoredAssessment(previous.result) : null;
    const changes = stored
      ? changesSincePrevious({ result: stored.result, profile: stored.profileUsed, assessedAt: previous!.createdAt.toISOString() }, profile, result, current)
      : null;
    await tx.systemProfile.update({
      where: { id: systemId },
      data: { profile: profile as Prisma.InputJsonValue, complete: true, name: profile.name },
    });
    const profileChanges = diffFields(system.profile as Record<string, unknown>, profile as unknown as Record<string, unknown>);
    if (Object.keys(profileChanges).length > 0) await recordAudit(tx, { systemId, entity: "system", entityId: systemId, action: "update", changes: profileChanges });
    // Strictly after the previous one, so "the latest assessment" is never ambiguous.
    const createdAt = new Date(Math.max(Date.now(), (previous?.createdAt.getTime() ?? 0) + 1));
    const created = await tx.assessment.create({
      data: {
        systemId,
        createdAt,
        asOf: new Date(`${result.asOf}T00:00:00Z`),
        corpusVersion: result.corpusVersion,
        result: { ...result, changesSincePrevious: changes, profileUsed: profile } as unknown as Prisma.InputJsonValue,
        checklistItems: {
          create: result.checklist.map((item) => {
            const old = carried.get(item.id);
            // The version travels with the progress: an editor who read it before the re-assessment still holds a valid version.
            return { itemKey: item.id, status: old?.status ?? "not-started", owner: old?.owner ?? "", notes: old?.notes ?? "", evidence: old?.evidence ?? [], version: old?.version ?? 1 };
          }),
        },
      },
    });
    await recordAudit(tx, {
      systemId,
      entity: "assessment",
      entityId: created.id,
      action: "create",
      changes: {
        asOf: { before: previous ? previous.asOf.toISOString().slice(0, 10) : null, after: result.asOf },
        corpusVersion: { before: previous?.corpusVersion ?? null, after: result.corpusVersion },
        checklistItems: { before: previous?.checklistItems.length ?? null, after: result.checklist.length },
      },
    });
    return created;
  }, TX);
}

export async function getLatestAssessment(systemId: string) {
  const db = await prisma();
  return db.assessment.findFirst({
    where: { systemId, system: { deletedAt: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { checklistItems: true, system: true },
  });
}

export type ChecklistPatch = { status?: ChecklistStatus; owner?: string; notes?: string; evidence?: string[] };

/**
 * What became of a checklist write. `assessmentId` is the assessment written to: the current
 * one, which differs from the one asked for (`moved`) when a re-assessment replaced it.
 */
export type ChecklistWriteOutcome =
  | { kind: "saved"; assessmentId: string; moved: boolean; item: VersionedProgress }
  | { kind: "conflict"; assessmentId: string; moved: boolean; current: VersionedProgress }
  | { kind: "gone"; message: string }
  | { kind: "refused"; message: string };

type ItemRow = { id: string; status: string; owner: string; notes: string; evidence: string[]; version: number };
const progressOf = (row: ItemRow): VersionedProgress => ({
  status: checklistStatusSchema.catch("not-started").parse(row.status),
  owner: row.owner,
  notes: row.notes,
  evidence: row.evidence,
  version: row.version,
});

/**
 * Runs `write` on the current version of a checklist item, locked for update. A write aimed at
 * an assessment a re-assessment replaced goes to the current assessment's item with the same
 * key (its progress and version were carried over), or is refused when that item is gone.
 */
async function withCurrentItem(
  assessmentId: string,
  itemKey: string,
  write: (tx: Prisma.TransactionClient, item: ItemRow, ctx: { systemId: string; assessmentId: string; moved: boolean }) => Promise<ChecklistWriteOutcome>,
): Promise<ChecklistWriteOutcome> {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const asked = await tx.assessment.findUnique({ where: { id: assessmentId }, select: { systemId: true } });
    if (!asked) return { kind: "gone", message: "this assessment no longer exists; reload the page" };
    const system = await lockSystem(tx, asked.systemId, "share");
    if (!system || system.deletedAt) return { kind: "gone", message: "this system was deleted; restore it from the systems list to edit its checklist" };
    const current = await tx.assessment.findFirstOrThrow({ where: { systemId: asked.systemId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    const moved = current.id !== assessmentId;
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ChecklistItem" WHERE "assessmentId" = ${current.id} AND "itemKey" = ${itemKey} FOR UPDATE`;
    if (!locked[0])
      return moved
        ? { kind: "gone", message: "a re-assessment removed this item from the checklist; reload the page to see the current checklist" }
        : { kind: "gone", message: "this checklist item does not exist; reload the page" };
    const item = await tx.checklistItem.findUniqueOrThrow({ where: { id: locked[0].id } });
    return write(tx, item, { systemId: asked.systemId, assessmentId: current.id, moved });
  }, TX);
}

/**
 * Edits a checklist item. With `version` (every form and API write sends the version it read)
 * a stale write is refused with the current values instead of overwriting them. Every change
 * bumps the version and is audited in the same transaction.
 */
export async function updateChecklistItem(assessmentId: string, itemKey: string, patch: ChecklistPatch & { version?: number }): Promise<ChecklistWriteOutcome> {
  const { version, ...fields } = patch;
  return withCurrentItem(assessmentId, itemKey, async (tx, item, ctx) => {
    if (version !== undefined && version !== item.version) return { kind: "conflict", assessmentId: ctx.assessmentId, moved: ctx.moved, current: progressOf(item) };
    const changes: AuditChanges = {};
    for (const [field, after] of Object.entries(fields) as [keyof ChecklistPatch, unknown][]) {
      if (after !== undefined && JSON.stringify(item[field]) !== JSON.stringify(after)) changes[field] = { before: item[field], after };
    }
    if (Object.keys(changes).length === 0) return { kind: "saved", assessmentId: ctx.assessmentId, moved: ctx.moved, item: progressOf(item) };
    // The item key, not the row id: it names the same item across re-assessments.
    await recordAudit(tx, { systemId: ctx.systemId, entity: "checklist-item", entityId: itemKey, action: "update", changes });
    const updated = await tx.checklistItem.update({ where: { id: item.id }, data: { ...fields, version: { increment: 1 } } });
    return { kind: "saved", assessmentId: ctx.assessmentId, moved: ctx.moved, item: progressOf(updated) };
  });
}

/**
 * Adds or removes one evidence entry. The item is locked while the list is changed, so
 * concurrent adds all stay; no version is needed (adding a link commutes with other edits),
 * but the version still moves on so a stale whole-list edit cannot drop the new link.
 */
export async function changeEvidence(assessmentId: string, itemKey: string, link: string, op: "add" | "remove"): Promise<ChecklistWriteOutcome> {
  return withCurrentItem(assessmentId, itemKey, async (tx, item, ctx) => {
    const has = item.evidence.includes(link);
    if ((op === "add" && has) || (op === "remove" && !has)) return { kind: "saved", assessmentId: ctx.assessmentId, moved: ctx.moved, item: progressOf(item) };
    if (op === "add" && item.evidence.length >= MAX_EVIDENCE_PER_ITEM)
      return { kind: "refused", message: `this item already has ${MAX_EVIDENCE_PER_ITEM} evidence links, the most it keeps; remove one first` };
    const evidence = op === "add" ? [...item.evidence, link] : item.evidence.filter((e) => e !== link);
    await recordAudit(tx, {
      systemId: ctx.systemId,
      entity: "evidence",
      entityId: itemKey,
      action: op,
      changes: { evidence: { before: op === "add" ? null : link, after: op === "add" ? link : null } },
    });
    const updated = await tx.checklistItem.update({ where: { id: item.id }, data: { evidence, version: { increment: 1 } } });
    return { kind: "saved", assessmentId: ctx.assessmentId, moved: ctx.moved, item: progressOf(updated) };
  });
}

/** Soft delete: the system disappears from every list and page but can be restored for RESTORE_DAYS. */
export async function deleteSystem(id: string): Promise<boolean> {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const locked = await lockSystem(tx, id, "update");
    if (!locked || locked.deletedAt) return false;
    const deletedAt = new Date();
    await tx.systemProfile.update({ where: { id }, data: { deletedAt } });
    await recordAudit(tx, { systemId: id, entity: "system", entityId: id, action: "delete", changes: { deletedAt: { before: null, after: deletedAt.toISOString() } } });
    return true;
  }, TX);
}

/** Brings back a system deleted less than RESTORE_DAYS ago; false when there is nothing to restore. */
export async function restoreSystem(id: string, now = new Date()): Promise<boolean> {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const locked = await lockSystem(tx, id, "update");
    if (!locked?.deletedAt || now.getTime() - locked.deletedAt.getTime() > RESTORE_MS) return false;
    await tx.systemProfile.update({ where: { id }, data: { deletedAt: null } });
    await recordAudit(tx, { systemId: id, entity: "system", entityId: id, action: "restore", changes: { deletedAt: { before: locked.deletedAt.toISOString(), after: null } } });
    return true;
  }, TX);
}

/** Deleted systems still restorable, most recently deleted first. */
export async function listDeletedSystems(now = new Date()) {
  const db = await prisma();
  const rows = await db.systemProfile.findMany({
    where: { deletedAt: { not: null, gte: new Date(now.getTime() - RESTORE_MS) } },
    orderBy: { deletedAt: "desc" },
    select: { id: true, name: true, deletedAt: true },
  });
  return rows.map((r) => ({ ...r, deletedAt: r.deletedAt!, purgeOn: new Date(r.deletedAt!.getTime() + RESTORE_MS) }));
}

/** Removes for good (with assessments, checklists and history) systems deleted more than RESTORE_DAYS ago. */
export async function purgeDeletedSystems(now = new Date()): Promise<number> {
  const db = await prisma();
  const { count } = await db.systemProfile.deleteMany({ where: { deletedAt: { lt: new Date(now.getTime() - RESTORE_MS) } } });
  return count;
}

/** The stored version of every item of an assessment, by item key (the board sends them back with each write). */
export async function getChecklistVersions(assessmentId: string): Promise<Record<string, number>> {
  const db = await prisma();
  const rows = await db.checklistItem.findMany({ where: { assessmentId }, select: { itemKey: true, version: true } });
  return Object.fromEntries(rows.map((r) => [r.itemKey, r.version]));
}
