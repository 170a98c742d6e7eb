import { versionAsOf } from "@/lib/engine/as-of";
import type { VersionScope } from "@/lib/schemas/explorer";
import { client, day, type Client } from "./shared";

// Which framework versions an explorer read covers (search, matrix, gap report, provision page).
// By default only the version that governs today — the one the assessment engine would use — so
// a repealed law (Colorado SB 24-205) does not mix with the law that replaced it (SB 26-189).

export type { VersionScope };
export type VersionOptions = {
  /** `current` (default) or `all`. */
  versions?: VersionScope;
  /** YYYY-MM-DD; today (UTC) when omitted. */
  asOf?: string;
};
export type ScopedVersion = { id: string; label: string; status: string; frameworkId: string };

export const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * Every version split into those governing at `asOf` (one per framework, see versionAsOf) and
 * the others. A framework with no governing version (only a proposal, or not yet enacted) keeps
 * all of its versions, so nothing it says disappears from the explorer.
 */
export async function governingVersions(asOf: string, db?: Client) {
  const frameworks = await (await client(db)).framework.findMany({
    select: { id: true, versions: { select: { id: true, label: true, status: true, enactedOn: true, validFrom: true, validTo: true } } },
  });
  const current: ScopedVersion[] = [];
  const other: ScopedVersion[] = [];
  for (const f of frameworks) {
    const chosen = versionAsOf(
      f.versions.map((v) => ({ id: v.id, status: v.status, enactedOn: day(v.enactedOn), validFrom: day(v.validFrom)!, validTo: day(v.validTo) })),
      asOf,
    );
    for (const v of f.versions) {
      const entry = { id: v.id, label: v.label, status: v.status, frameworkId: f.id };
      (!chosen || chosen.id === v.id ? current : other).push(entry);
    }
  }
  return { current, other };
}

/** The scope of a read: the version ids it may touch (null: every version) and the versions it leaves out. */
export async function versionScope(options: VersionOptions = {}, db?: Client) {
  const scope: VersionScope = options.versions ?? "current";
  const asOf = options.asOf ?? todayIso();
  const { current, other } = await governingVersions(asOf, db);
  return {
    scope,
    asOf,
    /** Null when every version is in scope. */
    ids: scope === "all" ? null : current.map((v) => v.id),
    currentIds: current.map((v) => v.id),
    /** Versions outside the default scope (shown only with `versions=all`). */
    other,
  };
}
export type VersionScopeInfo = Awaited<ReturnType<typeof versionScope>>;
