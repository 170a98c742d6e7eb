import { DUTY_KINDS } from "@/lib/schemas/framework";
import type { EngineCorpus } from "./types";
import { selectVersion } from "./versions";

export type ProvisionListing = { framework: string; version: string; citation: string; title: string; appliesFrom: string | null; source: string };

/** Provisions of the version of each framework that is in force or enacted at `asOf`. */
export function listProvisionsAsOf(corpus: EngineCorpus, asOf: string, frameworkId?: string): ProvisionListing[] {
  return corpus.frameworks
    .filter((f) => !frameworkId || f.id === frameworkId)
    .flatMap((f) => {
      const version = selectVersion(f, asOf);
      if (!version) return [];
      return version.provisions
        .filter((p) => p.kind !== "heading")
        .map((p) => ({
          framework: f.id,
          version: version.id,
          citation: p.citation,
          title: p.title,
          appliesFrom: p.applies.find((d) => !d.when)?.from ?? null,
          source: p.sourceUrl,
        }));
    });
}

export function corpusStats(corpus: EngineCorpus) {
  const frameworkOf = new Map(corpus.frameworks.flatMap((f) => f.versions.flatMap((v) => v.provisions.map((p) => [p.id, f.id] as const))));
  const pairs = new Map<string, { count: number; byRelationship: Record<string, number> }>();
  for (const m of corpus.mappings) {
    const pair = [frameworkOf.get(m.source), frameworkOf.get(m.target)].sort().join(" ↔ ");
    const entry = pairs.get(pair) ?? { count: 0, byRelationship: {} };
    entry.count++;
    entry.byRelationship[m.relationship] = (entry.byRelationship[m.relationship] ?? 0) + 1;
    pairs.set(pair, entry);
  }
  return {
    corpusVersion: corpus.corpusVersion,
    concepts: corpus.concepts.length,
    mappings: corpus.mappings.length,
    versions: corpus.frameworks.flatMap((f) =>
      f.versions.map((v) => {
        // Headings are structure, not provisions: they are left out of every count.
        const provisions = v.provisions.filter((p) => p.kind !== "heading");
        return {
          framework: f.id,
          version: v.id,
          status: v.status,
          provisions: provisions.length,
          duties: provisions.filter((p) => DUTY_KINDS.has(p.kind)).length,
          unverified: provisions.filter((p) => !p.verified).length,
        };
      }),
    ),
    pairs: [...pairs.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([pair, e]) => ({ pair, ...e })),
  };
}
