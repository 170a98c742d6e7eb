import type { Prisma } from "@/generated/prisma/client";
import type { AssessmentResult } from "@/lib/engine/types";
import type { ChecklistStatus } from "@/lib/schemas/checklist";
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

export async function listSystems() {
  const db = await prisma();
  return db.systemProfile.findMany({
    orderBy: { updatedAt: "desc" },
    include: { assessments: { orderBy: { createdAt: "desc" }, take: 1, include: { checklistItems: { select: { status: true } } } } },
  });
}

export async function getSystem(id: string) {
  const db = await prisma();
  return db.systemProfile.findUnique({ where: { id } });
}

export async function createSystemDraft(draft: Record<string, unknown>, step: number) {
  const db = await prisma();
  return db.systemProfile.create({
    data: { name: String(draft.name ?? "Untitled system"), profile: draft as Prisma.InputJsonValue, draftStep: step },
  });
}

export async function saveSystemDraft(id: string, draft: Record<string, unknown>, step: number) {
  const db = await prisma();
  return db.systemProfile.update({
    where: { id },
    data: { name: String(draft.name ?? "Untitled system"), profile: draft as Prisma.InputJsonValue, draftStep: step },
  });
}

/**
 * Stores a completed assessment. Checklist progress (status, owner, notes, evidence) carries
 * over from the system's previous assessment for every item that still exists, so re-assessing
 * never loses work.
 */
export async function saveAssessment(systemId: string, profile: unknown, result: AssessmentResult) {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const previous = await tx.assessment.findFirst({
      where: { systemId },
      orderBy: { createdAt: "desc" },
      include: { checklistItems: true },
    });
    const carried = new Map(previous?.checklistItems.map((i) => [i.itemKey, i]) ?? []);
    await tx.systemProfile.update({
      where: { id: systemId },
      data: { profile: profile as Prisma.InputJsonValue, complete: true, name: String((profile as { name: string }).name) },
    });
    return tx.assessment.create({
      data: {
        systemId,
        asOf: new Date(`${result.asOf}T00:00:00Z`),
        corpusVersion: result.corpusVersion,
        result: result as unknown as Prisma.InputJsonValue,
        checklistItems: {
          create: result.checklist.map((item) => {
            const old = carried.get(item.id);
            return { itemKey: item.id, status: old?.status ?? "not-started", owner: old?.owner ?? "", notes: old?.notes ?? "", evidence: old?.evidence ?? [] };
          }),
        },
      },
    });
  });
}

export async function getLatestAssessment(systemId: string) {
  const db = await prisma();
  return db.assessment.findFirst({
    where: { systemId },
    orderBy: { createdAt: "desc" },
    include: { checklistItems: true, system: true },
  });
}

export async function updateChecklistItem(
  assessmentId: string,
  itemKey: string,
  patch: { status?: ChecklistStatus; owner?: string; notes?: string; evidence?: string[] },
) {
  const db = await prisma();
  return db.checklistItem.update({ where: { assessmentId_itemKey: { assessmentId, itemKey } }, data: patch });
}

export async function deleteSystem(id: string) {
  const db = await prisma();
  await db.systemProfile.delete({ where: { id } });
}
