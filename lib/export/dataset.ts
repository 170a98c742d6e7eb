import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { buildOscalCatalog } from "./oscal/catalog";
import { CONTENT_LICENCE, CROSSWALK_PARTY_NAME } from "./oscal/common";
import { buildOscalMappingCollection } from "./oscal/mapping";
import { selectCrosswalkPair } from "./oscal/pair";
import { buildSssom } from "./sssom";

// The versioned data release: the whole corpus as JSON and CSV, every framework version as an
// OSCAL catalog, every mapped framework pair as an OSCAL mapping-collection and an SSSOM set, a
// licence and notice, a changelog against the previous release and SHA-256 checksums.

export const TABLES = ["frameworks", "versions", "provisions", "concepts", "mappings", "recognitions"] as const;
export type Table = (typeof TABLES)[number];
type Row = Record<string, unknown>;

export type DatasetOptions = {
  /** The releases directory (dist/dataset): the release goes to <outDir>/<corpusVersion>/. */
  outDir: string;
  /** When the release was made (ISO date-time); SOURCE_DATE_EPOCH or now in the script. */
  generatedAt: string;
  /** PUBLIC_BASE_URL, for the SSSOM identifiers. */
  baseUrl?: string;
};

export type DatasetResult = { dir: string; corpusVersion: string; files: string[]; previous: string | null; counts: Record<Table, number> };

/** The corpus as flat tables, keyed by stable id (the same ids the API and the database use). */
export function datasetTables(files: CorpusFiles): Record<Table, Row[]> {
  const frameworks = files.frameworks.map((f) => ({ id: f.framework.slug, ...withoutSlug(f.framework), versions: f.versions.map((v) => v.id) }));
  const versions = files.frameworks.flatMap((f) =>
    f.versions.map(({ provisions, ...v }) => ({ ...v, framework: f.framework.slug, provisionCount: provisions.filter((p) => p.kind !== "heading").length })),
  );
  const provisions = files.frameworks.flatMap((f) =>
    f.versions.flatMap((v) =>
      v.provisions.map((p) => {
        const defaultDate = p.applies.find((d) => !d.when);
        return { id: `${f.framework.slug}/${p.key}`, framework: f.framework.slug, version: v.id, ...p, appliesFrom: defaultDate?.from ?? null, appliesFromSetBy: defaultDate?.setBy ?? null };
      }),
    ),
  );
  const mappings = files.mappings.map((m) => ({
    id: `${m.source}~${m.target}`,
    sourceFramework: m.source.split("/")[0],
    targetFramework: m.target.split("/")[0],
    ...m,
  }));
  const recognitions = files.recognitions.map((r, i) => ({ id: `${r.from}->${r.to}#${i}`, ...r }));
  return { frameworks, versions, provisions, concepts: files.concepts, mappings, recognitions };
}

function withoutSlug<T extends { slug: string }>(f: T): Omit<T, "slug"> {
  const { slug: _slug, ...rest } = f;
  return rest;
}

/** RFC 4180 CSV, UTF-8, CRLF. Values are written as they are (no spreadsheet-formula escaping: this is data). */
export function tableToCsv(rows: Row[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? "" : Array.isArray(v) && v.every((x) => typeof x !== "object") ? v.join("|") : typeof v === "object" ? JSON.stringify(v) : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))].join("\r\n") + "\r\n";
}

/** The framework pairs of data/mappings/<a>--<b>.json, oriented as the files name them. */
export function releasePairs(files: CorpusFiles): [string, string][] {
  return Object.keys(files.fileHashes)
    .map((f) => /^mappings\/([a-z0-9-]+)--([a-z0-9-]+)\.json$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, m[2]!] as [string, string]);
}

/** Writes the release; returns what it wrote. Replaces an earlier export of the same corpus version. */
export async function writeDataset(files: CorpusFiles, options: DatasetOptions): Promise<DatasetResult> {
  const dir = path.join(options.outDir, files.corpusVersion);
  const previous = await findPreviousRelease(options.outDir, files.corpusVersion);
  await rm(dir, { recursive: true, force: true });
  const written = new Map<string, string>();
  const put = (rel: string, content: string) => written.set(rel, content);

  const tables = datasetTables(files);
  for (const t of TABLES) {
    put(`json/${t}.json`, `${JSON.stringify(tables[t], null, 2)}\n`);
    put(`csv/${t}.csv`, tableToCsv(tables[t]));
  }

  for (const f of files.frameworks)
    for (const v of f.versions)
      put(`oscal/catalogs/${v.id}.json`, `${JSON.stringify(buildOscalCatalog({ framework: f.framework, version: v, corpusVersion: files.corpusVersion }, { lastModified: options.generatedAt }), null, 2)}\n`);

  const corpus = corpusFilesToEngine(files);
  const frameworkSources = Object.fromEntries(files.frameworks.map((f) => [f.framework.slug, { sourceUrl: f.framework.sourceUrl, publisher: f.framework.publisher }]));
  const pairs: string[] = [];
  for (const [a, b] of releasePairs(files)) {
    const pair = selectCrosswalkPair(corpus, a, b);
    if (!pair.ok || pair.pair.mappings.length === 0) continue;
    const collection = buildOscalMappingCollection(pair.pair, {
      lastModified: options.generatedAt,
      corpusVersion: files.corpusVersion,
      catalogHref: (_framework, version) => `../catalogs/${version}.json`,
      frameworkSources,
    });
    put(`oscal/mappings/${a}--${b}.json`, `${JSON.stringify(collection, null, 2)}\n`);
    put(`sssom/${a}--${b}.sssom.tsv`, buildSssom(pair.pair, { corpusVersion: files.corpusVersion, baseUrl: options.baseUrl, publicationDate: options.generatedAt.slice(0, 10) }).tsv);
    pairs.push(`${a}--${b}`);
  }

  const counts = Object.fromEntries(TABLES.map((t) => [t, tables[t].length])) as Record<Table, number>;
  const changelog = previous ? diffReleases(previous.tables, tables) : null;
  put("CHANGELOG.md", changelogMarkdown(files.corpusVersion, options.generatedAt, previous, changelog));
  put("LICENCE", licenceText(files.corpusVersion));
  put("NOTICE", noticeText(files));
  put("README.md", readmeText(files.corpusVersion, options.generatedAt, counts, pairs));
  put(
    "manifest.json",
    `${JSON.stringify(
      {
        name: `${CROSSWALK_PARTY_NAME} data release`,
        corpusVersion: files.corpusVersion,
        generatedAt: options.generatedAt,
        previous: previous?.corpusVersion ?? null,
        licence: CONTENT_LICENCE,
        counts,
        sourceFiles: files.fileHashes,
        files: [...written.keys(), "manifest.json"].sort(),
      },
      null,
      2,
    )}\n`,
  );
  const sums = [...written.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([rel, content]) => `${createHash("sha256").update(content).digest("hex")}  ${rel}`);
  put("SHA256SUMS", `${sums.join("\n")}\n`);

  for (const [rel, content] of written) {
    const target = path.join(dir, rel);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return { dir, corpusVersion: files.corpusVersion, files: [...written.keys()].sort(), previous: previous?.corpusVersion ?? null, counts };
}

// ---- the previous release and the changelog ----

type Release = { corpusVersion: string; generatedAt: string; tables: Record<Table, Row[]> };

/** The newest other release in the releases directory (by its manifest's generatedAt), with its JSON tables. */
export async function findPreviousRelease(outDir: string, current: string): Promise<Release | null> {
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch {
    return null;
  }
  const releases: { corpusVersion: string; generatedAt: string; dir: string }[] = [];
  for (const name of names) {
    if (name === current) continue;
    try {
      const manifest = JSON.parse(await readFile(path.join(outDir, name, "manifest.json"), "utf8")) as { corpusVersion: string; generatedAt: string };
      releases.push({ corpusVersion: manifest.corpusVersion, generatedAt: manifest.generatedAt, dir: path.join(outDir, name) });
    } catch {
      // not a release directory
    }
  }
  const latest = releases.sort((a, b) => b.generatedAt.localeCompare(a.generatedAt))[0];
  if (!latest) return null;
  const tables = {} as Record<Table, Row[]>;
  for (const t of TABLES) {
    try {
      tables[t] = JSON.parse(await readFile(path.join(latest.dir, "json", `${t}.json`), "utf8")) as Row[];
    } catch {
      tables[t] = [];
    }
  }
  return { corpusVersion: latest.corpusVersion, generatedAt: latest.generatedAt, tables };
}

export type TableDiff = { added: Row[]; removed: Row[]; changed: { id: string; fields: string[]; row: Row }[] };

/** Added, removed and changed records per table, by id; a change names the fields that differ. */
export function diffReleases(before: Record<Table, Row[]>, after: Record<Table, Row[]>): Record<Table, TableDiff> {
  const out = {} as Record<Table, TableDiff>;
  for (const t of TABLES) {
    const old = new Map((before[t] ?? []).map((r) => [String(r.id), r]));
    const now = new Map((after[t] ?? []).map((r) => [String(r.id), r]));
    const changed: TableDiff["changed"] = [];
    for (const [id, row] of now) {
      const prev = old.get(id);
      if (!prev) continue;
      const fields = [...new Set([...Object.keys(prev), ...Object.keys(row)])].filter((k) => JSON.stringify(prev[k] ?? null) !== JSON.stringify(row[k] ?? null));
      if (fields.length) changed.push({ id, fields, row });
    }
    out[t] = {
      added: [...now.entries()].filter(([id]) => !old.has(id)).map(([, r]) => r),
      removed: [...old.entries()].filter(([id]) => !now.has(id)).map(([, r]) => r),
      changed,
    };
  }
  return out;
}

function describe(table: Table, r: Row): string {
  if (table === "provisions") return `\`${String(r.id)}\` ${String(r.citation ?? "")} ${String(r.title ?? "")}`.trim();
  if (table === "mappings") return `\`${String(r.source)}\` ${String(r.relationship)} \`${String(r.target)}\``;
  if (table === "versions") return `\`${String(r.id)}\` ${String(r.label ?? "")}`;
  return `\`${String(r.id)}\` ${String(r.name ?? r.citation ?? "")}`.trim();
}

function changelogMarkdown(corpusVersion: string, generatedAt: string, previous: Release | null, diff: Record<Table, TableDiff> | null): string {
  const lines = [`# Changelog: data release ${corpusVersion}`, "", `Generated ${generatedAt}.`, ""];
  if (!previous || !diff) return [...lines, "First release: there is no earlier release in this directory to compare with.", ""].join("\n");
  lines.push(`Compared with the previous release \`${previous.corpusVersion}\` (generated ${previous.generatedAt}).`, "");
  lines.push("| table | added | removed | changed |", "|---|---:|---:|---:|");
  for (const t of TABLES) lines.push(`| ${t} | ${diff[t].added.length} | ${diff[t].removed.length} | ${diff[t].changed.length} |`);
  lines.push("");
  const total = TABLES.reduce((n, t) => n + diff[t].added.length + diff[t].removed.length + diff[t].changed.length, 0);
  if (total === 0) return [...lines, "No record changed (the source files differ only in form).", ""].join("\n");
  for (const t of TABLES) {
    const d = diff[t];
    if (!d.added.length && !d.removed.length && !d.changed.length) continue;
    lines.push(`## ${t[0]!.toUpperCase()}${t.slice(1)}`, "");
    if (d.added.length) lines.push("### Added", "", ...d.added.map((r) => `- ${describe(t, r)}`), "");
    if (d.removed.length) lines.push("### Removed", "", ...d.removed.map((r) => `- ${describe(t, r)}`), "");
    if (d.changed.length) lines.push("### Changed", "", ...d.changed.map((c) => `- ${describe(t, c.row)}: ${c.fields.join(", ")}`), "");
  }
  return lines.join("\n");
}

// ---- licence, notice, readme ----

function licenceText(corpusVersion: string): string {
  return `${CROSSWALK_PARTY_NAME} data release ${corpusVersion}

Our content in this release is licensed under the ${CONTENT_LICENCE.name} licence
(${CONTENT_LICENCE.id}): ${CONTENT_LICENCE.url} (legal code: ${CONTENT_LICENCE.url}legalcode).

"Our content" means what we wrote or decided: provision titles and summaries, application dates
with the act that set them and our notes on them, roles, conditions and other machine-readable
rules, concept tags and the concept taxonomy, verification notes, and every mapping with its
relationship, rationale, confidence, explanation and gap summary, and these files' structure.

You may share and adapt it for any purpose, including commercially, if you give appropriate
credit, for example: "${CROSSWALK_PARTY_NAME}, data release ${corpusVersion}, CC BY 4.0", link
to the licence and say whether you changed anything.

The laws and other texts the data describes are not ours and are not licensed by us: see NOTICE.
The summaries are ours and are not the legal text; they are no substitute for it or for legal advice.
`;
}

function noticeText(files: CorpusFiles): string {
  const frameworks = files.frameworks.map((f) => `- ${f.framework.name}, published by ${f.framework.publisher}: ${f.framework.sourceUrl}${f.framework.imported ? ` (imported from the OSCAL catalog "${f.framework.imported.title}": its summaries are that catalog's text and carry that catalog's terms, not ours)` : ""}`);
  return `NOTICE

This release describes the following laws, codes, frameworks and standards. It does not reproduce
their text (except citations, article and clause identifiers and short quotations in notes); each
provision links to its source.

${frameworks.join("\n")}

- EU legislation is public; EUR-Lex content may be reused under Commission Decision 2011/833/EU.
  Only the Official Journal texts are authentic.
- Colorado statutes and session laws are public law.
- NIST AI 100-1 (AI RMF 1.0) is a work of the US Government and not subject to copyright in the US.
- The G7 Hiroshima Process International Code of Conduct is a public G7 document.
- ISO/IEC 42001:2023 is copyrighted by ISO and IEC. This release contains only its clause and
  control identifiers with our own short titles and summaries, not the text of the standard.

The OSCAL files follow NIST's OSCAL models (catalog and assessment-results 1.0.6, control mapping
1.2.2); the SSSOM files follow the SSSOM specification. Neither NIST nor the SSSOM project endorses them.
`;
}

function readmeText(corpusVersion: string, generatedAt: string, counts: Record<Table, number>, pairs: string[]): string {
  return `# ${CROSSWALK_PARTY_NAME}: data release ${corpusVersion}

Generated ${generatedAt} from the reviewed data files (data/). The release name is the corpus
version: a hash of every data file, the same "data version" the app shows.

| path | what |
|---|---|
| json/<table>.json, csv/<table>.csv | the corpus as tables: ${TABLES.map((t) => `${t} (${counts[t]})`).join(", ")}. Ids are stable: a provision is "<framework>/<key>", a mapping "<source>~<target>". In CSV, lists are joined with "\\|" and nested values are JSON. |
| oscal/catalogs/<version>.json | each framework version as an OSCAL 1.0.6 catalog (valid against NIST's JSON Schema) |
| oscal/mappings/<a>--<b>.json | each mapped framework pair as an OSCAL 1.2 mapping-collection |
| sssom/<a>--<b>.sssom.tsv | the same pairs as SSSOM mapping sets (TSV with the YAML metadata block) |
| CHANGELOG.md | what changed since the previous release |
| LICENCE, NOTICE | our content is CC BY 4.0; the laws are not ours |
| manifest.json, SHA256SUMS | what is here; check with \`sha256sum -c SHA256SUMS\` |

Pairs: ${pairs.join(", ") || "none"}.
`;
}
