import { upgradeStoredResult } from "@/lib/engine/stored-result";
import { checklistStatusSchema, type ItemProgress } from "@/lib/schemas/checklist";
import { prisma } from "./client";
import { listFrameworks } from "./queries";

/**
 * Every assessed system with its latest assessment and checklist progress, by name: what the
 * cross-system deadline timeline and its calendar need. Drafts (never assessed) are left out.
 */
export async function listAssessedSystems() {
  const db = await prisma();
  const [systems, frameworks] = await Promise.all([
    db.systemProfile.findMany({
      where: { assessments: { some: {} }, deletedAt: null },
      orderBy: { name: "asc" },
      include: { assessments: { orderBy: { createdAt: "desc" }, take: 1, include: { checklistItems: true } } },
    }),
    listFrameworks(),
  ]);
  const frameworkNames = Object.fromEntries(frameworks.map((f) => [f.id, f.shortName]));
  return systems.flatMap((system) => {
    const assessment = system.assessments[0];
    if (!assessment) return [];
    const progress: Record<string, ItemProgress> = Object.fromEntries(
      assessment.checklistItems.map((i) => [
        i.itemKey,
        { status: checklistStatusSchema.catch("not-started").parse(i.status), owner: i.owner, notes: i.notes, evidence: i.evidence },
      ]),
    );
    return [{ systemId: system.id, systemName: system.name, result: upgradeStoredResult(assessment.result), progress, frameworkNames }];
  });
}
