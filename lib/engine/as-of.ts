import { selectVersion } from "./versions";

type DatedVersion = { id: string; status: string; enactedOn: string | null; validFrom: string; validTo: string | null };

/** The version that governs at `asOf` (same rule as the assessment engine), for any version list. */
export function versionAsOf<V extends DatedVersion>(versions: V[], asOf: string): V | null {
  const chosen = selectVersion(
    {
      id: "",
      name: "",
      shortName: "",
      jurisdiction: "",
      binding: true,
      versions: versions.map((v) => ({ ...v, label: v.id, status: v.status as "in-force", provisions: [] })),
    },
    asOf,
  );
  return chosen ? (versions.find((v) => v.id === chosen.id) ?? null) : null;
}

/** Whether a provision applies by `asOf`: no date of its own means "when its version does". */
export function appliesBy(appliesFrom: string | null, asOf: string): boolean {
  return !appliesFrom || appliesFrom <= asOf;
}
