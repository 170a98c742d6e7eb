import type { Prisma } from "@/generated/prisma/client";
import { changesSincePrevious, detectDrift, type AssessmentDrift } from "@/lib/engine/assessment-diff";
import { readStoredAssessment } from "@/lib/engine/stored-result";
import type { AssessmentResult } from "@/lib/engine/types";
import type { ChecklistStatus } from "@/lib/schemas/checklist";
import { profileSchema, type SystemProfile } from "@/lib/schemas/profile";
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
 * never loses work. The stored result records the answers it was made from (`profileUsed`) and
 * what changed since the previous assessment, with causes (`changesSincePrevious`), found by
 * replaying the previous answers and date on `corpus` (the corpus `result` was computed with).
 */
export async function saveAssessment(systemId: string, profile: SystemProfile, result: AssessmentResult, corpus?: EngineCorpus) {
  const db = await prisma();
  const current = corpus ?? (await getEngineCorpus());
  return db.$transaction(async (tx) => {
    const previous = await tx.assessment.findFirst({
      where: { systemId },
      orderBy: { createdAt: "desc" },
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
    return tx.assessment.create({
      data: {
        systemId,
        asOf: new Date(`${result.asOf}T00:00:00Z`),
        corpusVersion: result.corpusVersion,
        result: { ...result, changesSincePrevious: changes, profileUsed: profile } as unknown as Prisma.InputJsonValue,
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
