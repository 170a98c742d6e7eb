import { inDisplayOrder } from "@/lib/corpus/load";
import { mappingProvenance } from "@/lib/engine/mapping-origin";
import { provisionRules } from "@/lib/schemas/framework";
import type { CorpusFiles } from "@/lib/corpus/load";
import type { Database } from "./connection";

export type SeedResult = { skipped: boolean; corpusVersion: string; provisions: number; mappings: number; concepts: number };

/**
 * Writes the validated corpus in one transaction: framework data is replaced by stable id,
 * user data (organizations, systems, assessments, checklist items) is never touched.
 * Skips the work when the same corpus version is already loaded.
 */
export async function seedCorpus(db: Database, corpus: CorpusFiles, options: { force?: boolean } = {}): Promise<SeedResult> {
  const provisions = corpus.frameworks.flatMap((f) =>
    f.versions.flatMap((v) =>
      v.provisions.map((p, i) => {
        const defaultDate = p.applies.find((d) => !d.when);
        return {
          id: `${f.framework.slug}/${p.key}`,
          versionId: v.id,
          frameworkId: f.framework.slug,
          key: p.key,
          citation: p.citation,
          title: p.title,
          summary: p.summary,
          kind: p.kind,
          parentKey: p.parent ?? null,
          sortOrder: i,
          binds: p.binds,
          bindsAs: p.bindsAs ?? null,
          appliesFrom: defaultDate ? new Date(`${defaultDate.from}T00:00:00Z`) : null,
          appliesFromSetBy: defaultDate?.setBy ?? null,
          dates: { applies: p.applies, history: p.history, amendedBy: p.amendedBy ?? null },
          conditions: p.conditions ?? undefined,
          rules: provisionRules(p),
          sourceUrl: p.sourceUrl,
          verified: p.verified,
          verificationNote: p.verificationNote ?? null,
          concepts: p.concepts,
        };
      }),
    ),
  );
  const result = {
    corpusVersion: corpus.corpusVersion,
    provisions: provisions.length,
    mappings: corpus.mappings.length,
    concepts: corpus.concepts.length,
  };
  if (!options.force) {
    const last = await db.prisma.seedRun.findFirst({ orderBy: { id: "desc" } });
    if (last?.corpusVersion === corpus.corpusVersion) return { skipped: true, ...result };
  }

  await db.prisma.$transaction(
    async (tx) => {
      await tx.mapping.deleteMany();
      await tx.recognition.deleteMany();
      await tx.provisionConcept.deleteMany();
      await tx.provision.deleteMany();
      await tx.frameworkVersion.deleteMany();
      await tx.concept.deleteMany();
      await tx.framework.deleteMany({ where: { id: { notIn: corpus.frameworks.map((f) => f.framework.slug) } } });
      // Display order as loaded (lib/corpus/load.ts inDisplayOrder): EU, US states, Asia, treaties, voluntary.
      const ordered = inDisplayOrder(corpus.frameworks);
      for (const [i, f] of ordered.entries()) {
        // `imported` (an OSCAL import's origin) lives in the data file only; its description says so.
        const { slug, imported: _imported, ...rest } = { ...f.framework, sortOrder: i };
        await tx.framework.upsert({ where: { id: slug }, create: { id: slug, ...rest }, update: rest });
      }
      await tx.frameworkVersion.createMany({
        data: corpus.frameworks.flatMap((f) =>
          f.versions.map((v) => ({
            id: v.id,
            frameworkId: f.framework.slug,
            label: v.label,
            act: v.act,
            status: v.status,
            enactedOn: v.enactedOn ? new Date(`${v.enactedOn}T00:00:00Z`) : null,
            validFrom: new Date(`${v.validFrom}T00:00:00Z`),
            validTo: v.validTo ? new Date(`${v.validTo}T00:00:00Z`) : null,
            consolidatedTextDate: v.consolidatedTextDate ? new Date(`${v.consolidatedTextDate}T00:00:00Z`) : null,
            sourceUrl: v.sourceUrl,
            notes: v.notes,
          })),
        ),
      });
      await tx.concept.createMany({
        data: corpus.concepts.map((c, i) => ({ id: c.id, name: c.name, description: c.description, uncoveredNote: c.uncoveredNote ?? null, sortOrder: i })),
      });
      await tx.provision.createMany({ data: provisions.map(({ concepts: _c, ...p }) => p) });
      await tx.provisionConcept.createMany({
        data: provisions.flatMap((p) => p.concepts.map((conceptId) => ({ provisionId: p.id, conceptId }))),
      });
      await tx.mapping.createMany({
        data: corpus.mappings.map((m) => ({
          id: `${m.source}~${m.target}`,
          sourceId: m.source,
          targetId: m.target,
          relationship: m.relationship,
          rationale: m.rationale,
          confidence: m.confidence,
          explanation: m.explanation,
          gapSummary: m.gapSummary ?? null,
          provenance: m.provenance,
          comparisons: m.comparisons ?? undefined,
          // Structured provenance: as the file says it, or derived from the free-text `provenance`.
          ...withReviewStatus(mappingProvenance(m)),
          conflict: m.conflict ?? undefined,
        })),
      });
      await tx.recognition.createMany({
        data: corpus.recognitions.map((r, i) => ({
          id: `${r.from}->${r.to}#${i}`,
          fromFrameworkId: r.from,
          toFrameworkId: r.to,
          citation: r.citation,
          effect: r.effect,
          explanation: r.explanation,
        })),
      });
      await tx.seedRun.create({ data: { corpusVersion: corpus.corpusVersion, fileHashes: corpus.fileHashes } });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { skipped: false, ...result };
}

const withReviewStatus = <T extends { review: { status: string } }>(p: T) => ({ ...p, reviewStatus: p.review.status });
