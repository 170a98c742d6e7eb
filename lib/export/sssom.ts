import { stringify } from "yaml";
import type { Relationship } from "@/lib/schemas/common";
import { CONTENT_LICENCE, CROSSWALK_NS, CROSSWALK_PARTY_NAME } from "./oscal/common";
import type { CrosswalkPair, PairMapping, ProvisionInfo } from "./oscal/pair";

/**
 * How our OSCAL relationships (NIST IR 8477) become SSSOM predicates. SSSOM's table of common
 * predicates (spec, "Allowed and common mapping predicates") reads `A skos:broadMatch B` as
 * "the object is a broader concept than the subject" and `A skos:narrowMatch B` as "the object
 * is a narrower concept than the subject".
 *
 * - equal-to, equivalent-to → skos:exactMatch: "the same requirements" / "the same effective
 *   meaning" (OSCAL mapping-common l.111–122) is what exactMatch asserts, "can be used
 *   interchangeably across a wide range of applications".
 * - subset-of → skos:broadMatch: "A subset-of B" means B contains all of A's requirements and
 *   others (l.123–127), so B, the object, is the broader concept.
 * - superset-of → skos:narrowMatch: the inverse; the object holds only part of the subject.
 * - intersects-with → skos:relatedMatch: each side has content the other lacks (l.133–138), so
 *   neither can stand in for the other; closeMatch ("interchangeable in some applications")
 *   would claim more than a partial overlap supports.
 * - no-relationship → skos:relatedMatch with predicate_modifier Not: the pair was checked and
 *   the contents do not overlap (l.139–148). SSSOM's `Not` makes the row read "subject is not a
 *   relatedMatch of object" (sssom_schema predicate_modifier_enum). We keep these rows rather
 *   than drop them because SSSOM, like OSCAL, warns that an absent mapping is ambiguous
 *   (spec, "Documenting unmapped elements"): the row records a checked absence. relatedMatch is
 *   the weakest positive statement this set makes, so its negation is the strongest claim.
 */
export const SSSOM_PREDICATES: Record<Relationship, { predicate: string; modifier?: "Not" }> = {
  "equal-to": { predicate: "skos:exactMatch" },
  "equivalent-to": { predicate: "skos:exactMatch" },
  "subset-of": { predicate: "skos:broadMatch" },
  "superset-of": { predicate: "skos:narrowMatch" },
  "intersects-with": { predicate: "skos:relatedMatch" },
  "no-relationship": { predicate: "skos:relatedMatch", modifier: "Not" },
};

export type SssomOptions = {
  corpusVersion: string;
  /** PUBLIC_BASE_URL: provision IRIs become the app's permalinks. Without it, URNs in our namespace. */
  baseUrl?: string;
  /** The release or export date (YYYY-MM-DD), as publication_date. */
  publicationDate?: string;
};

// Extension slots (SSSOM "Non-standard slots"), declared in extension_definitions.
const VOCAB_PREFIX = "crosswalk";
const EXTENSIONS = [
  { slot_name: "gap_summary", property: `${VOCAB_PREFIX}:gap_summary` },
  { slot_name: "matching_rationale", property: `${VOCAB_PREFIX}:matching_rationale` },
  { slot_name: "oscal_relationship", property: `${VOCAB_PREFIX}:oscal_relationship` },
  { slot_name: "provenance", property: `${VOCAB_PREFIX}:provenance` },
] as const;

// Columns in the order of the Mapping class's slots (canonical SSSOM/TSV), extensions last.
const COLUMNS = [
  "subject_id",
  "subject_label",
  "predicate_id",
  "predicate_modifier",
  "object_id",
  "object_label",
  "mapping_justification",
  "author_label",
  "subject_source_version",
  "object_source_version",
  "confidence",
  "see_also",
  "comment",
  ...EXTENSIONS.map((e) => e.slot_name),
] as const;
type Column = (typeof COLUMNS)[number];
export type SssomRow = Partial<Record<Column, string>>;

export type SssomSet = { metadata: Record<string, unknown>; rows: SssomRow[]; tsv: string };

/** Our IRIs: the app's permalinks when the public address is known, else URNs in our namespace. */
export function crosswalkIriRoot(baseUrl?: string): string {
  return baseUrl ? `${baseUrl.replace(/\/$/, "")}/` : "urn:ai-regulatory-crosswalk:";
}

/**
 * The crosswalk between two frameworks as an SSSOM mapping set (SSSOM/TSV, embedded metadata,
 * canonical layout: curie_map first and sorted, built-in prefixes left out, columns in slot
 * order, rows sorted, values quoted only when needed, set-wide values condensed into the
 * metadata block).
 */
export function buildSssom(pair: CrosswalkPair, options: SssomOptions): SssomSet {
  const root = crosswalkIriRoot(options.baseUrl);
  const curie = (p: ProvisionInfo) => `${p.framework.id}:${p.key}`;
  const label = (p: ProvisionInfo) => `${p.citation} ${p.title}`;
  const rows = pair.mappings.map((m) => row(m, pair.provisions.get(m.source)!, pair.provisions.get(m.target)!, curie, label)).sort(compareRows);

  // Condensation: a propagatable slot with one value for every row moves to the metadata block.
  const condensed: Record<string, string> = {};
  for (const slot of ["subject_source_version", "object_source_version"] as const) {
    const values = new Set(rows.map((r) => r[slot]));
    if (values.size === 1) {
      condensed[slot] = [...values][0]!;
      for (const r of rows) delete r[slot];
    }
  }
  const used = COLUMNS.filter((c) => rows.some((r) => r[c] !== undefined && r[c] !== ""));
  const setId = options.baseUrl
    ? `${root}api/v1/crosswalk/sssom.tsv?from=${pair.from.id}&to=${pair.to.id}`
    : `${root}sssom:${pair.from.id}--${pair.to.id}`;

  const metadata: Record<string, unknown> = {
    curie_map: Object.fromEntries(
      Object.entries({
        [pair.from.id]: `${root}frameworks/${pair.from.id}/`,
        [pair.to.id]: `${root}frameworks/${pair.to.id}/`,
        framework: `${root}frameworks/`,
        [VOCAB_PREFIX]: `${CROSSWALK_NS}:`,
      }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
    mapping_set_id: setId,
    mapping_set_version: options.corpusVersion,
    mapping_set_title: `${pair.from.shortName} to ${pair.to.shortName}: AI regulatory crosswalk`,
    mapping_set_description: `Provision-level mappings from ${pair.from.name} to ${pair.to.name}, with OSCAL 1.2 (NIST IR 8477) relationships translated to SKOS mapping predicates. no-relationship rows (predicate_modifier Not) record provisions checked and found without a counterpart; an absent row means the pair was not analysed.`,
    creator_label: [CROSSWALK_PARTY_NAME],
    license: CONTENT_LICENCE.url,
    subject_type: "skos concept",
    subject_source: `framework:${pair.from.id}`,
    ...(condensed.subject_source_version ? { subject_source_version: condensed.subject_source_version } : {}),
    object_type: "skos concept",
    object_source: `framework:${pair.to.id}`,
    ...(condensed.object_source_version ? { object_source_version: condensed.object_source_version } : {}),
    ...(options.baseUrl ? { mapping_provider: options.baseUrl.replace(/\/$/, "") } : {}),
    ...(options.publicationDate ? { publication_date: options.publicationDate } : {}),
    comment: "Summaries and mappings are our own analysis; the laws are public. The extension slots carry the original OSCAL relationship, its matching rationale, the gap summary (what one side requires that the other does not) and the provenance of each mapping.",
    extension_definitions: EXTENSIONS.filter((e) => used.includes(e.slot_name)).map((e) => ({ ...e })),
  };
  const header = stringify(metadata, { lineWidth: 0, indent: 2 })
    .trimEnd()
    .split("\n")
    .map((line) => `#${line}`)
    .join("\n");
  const tsv = [header, used.join("\t"), ...rows.map((r) => used.map((c) => tsvValue(r[c] ?? "")).join("\t"))].join("\n") + "\n";
  return { metadata, rows, tsv };
}

function row(m: PairMapping, source: ProvisionInfo, target: ProvisionInfo, curie: (p: ProvisionInfo) => string, label: (p: ProvisionInfo) => string): SssomRow {
  const { predicate, modifier } = SSSOM_PREDICATES[m.relationship];
  const urls = [...new Set((m.provenance ?? "").match(/https?:\/\/[^\s,;)]+/g) ?? [])].map((u) => u.replace(/[.]$/, ""));
  const gap = m.gapSummary ? `${m.gapOf === "source" ? `Beyond ${target.citation}` : `Beyond ${source.citation}`}: ${m.gapSummary}` : undefined;
  return {
    subject_id: curie(source),
    subject_label: label(source),
    predicate_id: predicate,
    predicate_modifier: modifier,
    object_id: curie(target),
    object_label: label(target),
    mapping_justification: "semapv:ManualMappingCuration",
    author_label: CROSSWALK_PARTY_NAME,
    subject_source_version: source.version.id,
    object_source_version: target.version.id,
    confidence: formatConfidence(m.confidence),
    see_also: urls.length ? urls.join("|") : undefined,
    comment: m.explanation,
    gap_summary: gap,
    matching_rationale: m.rationale,
    oscal_relationship: m.relationship,
    provenance: m.inverted ? `${m.provenance ?? ""} (recorded from the other side and inverted)`.trim() : m.provenance,
  };
}

// Canonical SSSOM/TSV: "up to three digits as needed after the decimal point".
function formatConfidence(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

// Canonical order: lexicographic on all slots, in column order.
function compareRows(a: SssomRow, b: SssomRow): number {
  for (const c of COLUMNS) {
    const x = a[c] ?? "";
    const y = b[c] ?? "";
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

// SSSOM/TSV quoting: values with a tab, line break or double quote are quoted, quotes doubled.
function tsvValue(value: string): string {
  return /[\t\n\r"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Reads the metadata block and rows back (for tests and round trips): `#`-prefixed YAML, then a TSV table. */
export function parseSssom(text: string): { yaml: string; header: string[]; rows: Record<string, string>[] } {
  const lines = text.replace(/\n$/, "").split("\n");
  const meta = lines.filter((l) => l.startsWith("#")).map((l) => l.slice(1));
  const body = lines.filter((l) => !l.startsWith("#"));
  const split = (line: string) => {
    const out: string[] = [];
    let cur = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
        else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"' && cur === "") quoted = true;
      else if (ch === "\t") out.push(cur), (cur = "");
      else cur += ch;
    }
    out.push(cur);
    return out;
  };
  const header = split(body[0] ?? "");
  return { yaml: meta.join("\n"), header, rows: body.slice(1).map((l) => Object.fromEntries(split(l).map((v, i) => [header[i]!, v]))) };
}
