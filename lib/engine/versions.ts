import type { EngineFramework, EngineVersion } from "./types";

/**
 * The version of a framework that governs at `asOf`: the newest version already enacted
 * (or in force) and not yet ended. An enacted law that applies later is used ahead of the
 * version it replaces, so obligations show up before their dates; a proposal never is.
 */
export function selectVersion(framework: EngineFramework, asOf: string): EngineVersion | null {
  const candidates = framework.versions.filter(
    (v) => v.status !== "proposed" && (v.enactedOn ?? v.validFrom) <= asOf && (!v.validTo || v.validTo >= asOf),
  );
  candidates.sort((a, b) => (b.enactedOn ?? b.validFrom).localeCompare(a.enactedOn ?? a.validFrom));
  return candidates[0] ?? null;
}
