import { provisionRules } from "@/lib/schemas/framework";
import type { EngineCorpus } from "@/lib/engine/types";
import type { CorpusFiles } from "./load";

/** The validated data files in the engine's shape (no database needed). */
export function corpusFilesToEngine(files: CorpusFiles): EngineCorpus {
  return {
    corpusVersion: files.corpusVersion,
    concepts: files.concepts.map((c) => ({ id: c.id, name: c.name })),
    frameworks: files.frameworks.map((f) => ({
      id: f.framework.slug,
      name: f.framework.name,
      shortName: f.framework.shortName,
      jurisdiction: f.framework.jurisdiction,
      binding: f.framework.binding,
      versions: f.versions.map((v) => ({
        id: v.id,
        label: v.label,
        status: v.status,
        enactedOn: v.enactedOn ?? null,
        validFrom: v.validFrom,
        validTo: v.validTo,
        provisions: v.provisions.map((p) => ({
          id: `${f.framework.slug}/${p.key}`,
          frameworkId: f.framework.slug,
          versionId: v.id,
          key: p.key,
          citation: p.citation,
          title: p.title,
          summary: p.summary,
          kind: p.kind,
          binds: p.binds,
          applies: p.applies,
          conditions: p.conditions,
          ...provisionRules(p),
          concepts: p.concepts,
          sourceUrl: p.sourceUrl,
          verified: p.verified,
        })),
      })),
    })),
    mappings: files.mappings.map((m) => ({
      source: m.source,
      target: m.target,
      relationship: m.relationship,
      confidence: m.confidence,
      explanation: m.explanation,
      gapSummary: m.gapSummary ?? null,
      rationale: m.rationale,
      provenance: m.provenance,
      comparisons: m.comparisons ?? [],
    })),
  };
}
