import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import type { EngineCorpus } from "@/lib/engine/types";
import { applicationDateSchema, comparisonSchema, provisionRulesSchema } from "@/lib/schemas/framework";
import { conditionSchema } from "@/lib/schemas/condition";
import { rationaleSchema, relationshipSchema } from "@/lib/schemas/common";

const datesSchema = z.object({ applies: z.array(applicationDateSchema) });

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Loads the whole corpus from Postgres in the engine's shape (JSON columns re-validated). */
export async function loadEngineCorpus(prisma: PrismaClient): Promise<EngineCorpus> {
  const [run, concepts, frameworks, mappings] = await Promise.all([
    prisma.seedRun.findFirst({ orderBy: { id: "desc" } }),
    prisma.concept.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
    prisma.framework.findMany({
      orderBy: { sortOrder: "asc" },
      include: {
        versions: {
          include: { provisions: { orderBy: { sortOrder: "asc" }, include: { concepts: { select: { conceptId: true } } } } },
        },
      },
    }),
    prisma.mapping.findMany(),
  ]);
  if (!run) throw new Error("The database holds no corpus yet: run `npm run seed`.");
  return {
    corpusVersion: run.corpusVersion,
    concepts,
    frameworks: frameworks.map((f) => ({
      id: f.id,
      name: f.name,
      shortName: f.shortName,
      jurisdiction: f.jurisdiction,
      binding: f.binding,
      versions: f.versions.map((v) => ({
        id: v.id,
        label: v.label,
        status: v.status as EngineCorpus["frameworks"][number]["versions"][number]["status"],
        enactedOn: day(v.enactedOn),
        validFrom: day(v.validFrom)!,
        validTo: day(v.validTo),
        provisions: v.provisions.map((p) => {
          const rules = provisionRulesSchema.parse(p.rules);
          return {
            id: p.id,
            frameworkId: p.frameworkId,
            versionId: p.versionId,
            key: p.key,
            citation: p.citation,
            title: p.title,
            summary: p.summary,
            kind: p.kind,
            binds: p.binds,
            applies: datesSchema.parse(p.dates).applies,
            conditions: p.conditions === null ? undefined : conditionSchema.parse(p.conditions),
            ...rules,
            concepts: p.concepts.map((c) => c.conceptId),
            sourceUrl: p.sourceUrl,
            verified: p.verified,
          };
        }),
      })),
    })),
    mappings: mappings.map((m) => ({
      source: m.sourceId,
      target: m.targetId,
      relationship: relationshipSchema.parse(m.relationship),
      confidence: m.confidence,
      explanation: m.explanation,
      gapSummary: m.gapSummary,
      rationale: rationaleSchema.parse(m.rationale),
      provenance: m.provenance,
      comparisons: m.comparisons === null ? [] : z.array(comparisonSchema).parse(m.comparisons),
    })),
  };
}
