import { z } from "zod";
import { versionAsOf } from "@/lib/engine/as-of";
import { applicationDateSchema, superseededDateSchema, type FrameworkFile } from "@/lib/schemas/framework";
import type { CatalogInput, CatalogProvision, CatalogVersion } from "./catalog";

// The catalog builder takes the framework as the data files hold it. These adapters give it
// that shape from a data file (the release) or from the database rows of getFramework (the API).

const day = (d: Date | string | null | undefined) => (d ? (typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10)) : null);

/** The `dates` JSON column: { applies, history, amendedBy } as in the data file (lib/db/seed.ts). */
const datesColumnSchema = z.object({
  applies: z.array(applicationDateSchema).default([]),
  history: z.array(superseededDateSchema).default([]),
  amendedBy: z.object({ act: z.string(), change: z.string(), note: z.string().optional() }).nullable().default(null),
});

type DbProvision = {
  key: string;
  citation: string;
  title: string;
  summary: string;
  kind: string;
  parentKey: string | null;
  binds: string[];
  dates: unknown;
  sourceUrl: string;
  verified: boolean;
  verificationNote: string | null;
  concepts: { conceptId: string }[];
};
type DbVersion = {
  id: string;
  label: string;
  act: string;
  status: string;
  enactedOn: Date | null;
  validFrom: Date;
  validTo: Date | null;
  consolidatedTextDate: Date | null;
  sourceUrl: string;
  notes: string;
  provisions: DbProvision[];
};
export type DbFramework = {
  id: string;
  name: string;
  shortName: string;
  jurisdiction: string;
  binding: boolean;
  kind: string;
  publisher: string;
  description: string;
  sourceUrl: string;
  versions: DbVersion[];
};

export type VersionChoice<V> = { ok: true; version: V } | { ok: false; message: string };

/** The requested version, else the one that governs today (the engine's rule), else the newest. */
export function chooseVersion<V extends { id: string; status: string; enactedOn: string | null; validFrom: string; validTo: string | null }>(
  versions: V[],
  requested: string | undefined,
  today: string,
): VersionChoice<V> {
  if (requested) {
    const found = versions.find((v) => v.id === requested);
    return found ? { ok: true, version: found } : { ok: false, message: `unknown version "${requested}" (one of: ${versions.map((v) => v.id).join(", ")})` };
  }
  const current = versionAsOf(versions, today) ?? [...versions].sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  return current ? { ok: true, version: current } : { ok: false, message: "the framework has no version" };
}

export function catalogInputFromFile(file: FrameworkFile, version: FrameworkFile["versions"][number], corpusVersion: string): CatalogInput {
  return { framework: file.framework, version, corpusVersion };
}

export function catalogVersionFromDb(v: DbVersion): CatalogVersion {
  return {
    id: v.id,
    label: v.label,
    act: v.act,
    status: v.status,
    enactedOn: day(v.enactedOn),
    validFrom: day(v.validFrom)!,
    validTo: day(v.validTo),
    consolidatedTextDate: day(v.consolidatedTextDate),
    sourceUrl: v.sourceUrl,
    notes: v.notes,
    provisions: v.provisions.map((p): CatalogProvision => {
      const dates = datesColumnSchema.parse(p.dates ?? {});
      return {
        key: p.key,
        citation: p.citation,
        title: p.title,
        summary: p.summary,
        kind: p.kind,
        parent: p.parentKey,
        binds: p.binds,
        applies: dates.applies,
        history: dates.history,
        amendedBy: dates.amendedBy,
        concepts: p.concepts.map((c) => c.conceptId),
        sourceUrl: p.sourceUrl,
        verified: p.verified,
        verificationNote: p.verificationNote,
      };
    }),
  };
}

/** getFramework's row → the catalog input for one version (requested, or the one in force today). */
export function catalogInputFromDb(row: DbFramework, requested: string | undefined, today: string, corpusVersion: string): { ok: true; input: CatalogInput } | { ok: false; message: string } {
  const dated = row.versions.map((v) => ({ ...v, id: v.id, status: v.status, enactedOn: day(v.enactedOn), validFrom: day(v.validFrom)!, validTo: day(v.validTo), row: v }));
  const choice = chooseVersion(dated, requested, today);
  if (!choice.ok) return choice;
  return {
    ok: true,
    input: {
      framework: {
        slug: row.id,
        name: row.name,
        shortName: row.shortName,
        publisher: row.publisher,
        description: row.description,
        sourceUrl: row.sourceUrl,
        kind: row.kind,
        jurisdiction: row.jurisdiction,
        binding: row.binding,
      },
      version: catalogVersionFromDb(choice.version.row),
      corpusVersion,
    },
  };
}
