// Imports an OSCAL catalog as a new framework, marked imported and unverified:
//   npm run --silent import:oscal -- <catalog.json> [--slug x] [--concept <id>] [--source-url <url>] [--write [--force]]
// The document is validated against the official OSCAL 1.0.6 catalog schema first; an invalid
// document prints every problem as `path: message` on stderr and exits 2. Without --write the
// framework file is printed on stdout; with --write it is written to data/frameworks/<slug>.json.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgv, today } from "@/lib/cli/args";
import { corpusDir } from "@/lib/env";
import { catalogToFrameworkFile } from "@/lib/import/oscal-catalog";
import { validateOscalDocument } from "@/lib/import/oscal-schema";
import { slugSchema } from "@/lib/schemas/common";
import { conceptsFileSchema } from "@/lib/schemas/framework";

const USAGE = `Usage: npm run --silent import:oscal -- <catalog.json> [options]

Converts an OSCAL catalog (JSON) into a framework file: groups become headings, controls
become provisions, every provision verified: false.

Options:
  --slug <slug>         framework slug and file name (default: from the catalog)
  --concept <id>        concept for controls the catalog does not tag (see data/concepts.json)
  --source-url <url>    source link when the catalog has none
  --write               write data/frameworks/<slug>.json instead of printing it
  --force               with --write: replace an existing file`;

function fail(lines: string[], code = 2): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

const { positionals, flags } = parseArgv(process.argv.slice(2));
if (flags.help || positionals.length !== 1) fail([USAGE], flags.help ? 0 : 2);
const file = positionals[0]!;
const str = (name: string) => (typeof flags[name] === "string" ? (flags[name] as string) : undefined);

if (str("slug") !== undefined) {
  const slug = slugSchema.safeParse(str("slug"));
  if (!slug.success) fail([`--slug: ${slug.error.issues[0]!.message}`]);
}

let document: unknown;
try {
  document = JSON.parse(await readFile(file, "utf8"));
} catch (e) {
  fail([`${file}: $: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : `not valid JSON: ${(e as Error).message}`}`]);
}

const schemaProblems = validateOscalDocument("catalog", document);
if (schemaProblems.length)
  fail([`${file} is not a valid OSCAL 1.0.6 catalog (${schemaProblems.length} problem${schemaProblems.length > 1 ? "s" : ""}):`, ...schemaProblems.map((p) => `${p.path}: ${p.message}`)]);

const dataDir = corpusDir();
const concepts = conceptsFileSchema.parse(JSON.parse(await readFile(path.join(dataDir, "concepts.json"), "utf8")));
const result = catalogToFrameworkFile(document as Parameters<typeof catalogToFrameworkFile>[0], {
  slug: str("slug"),
  concept: str("concept"),
  sourceUrl: str("source-url"),
  importedOn: today(),
  knownConcepts: new Set(concepts.concepts.map((c) => c.id)),
});
if (!result.ok) fail([`${file} cannot be imported:`, ...result.problems]);

const json = `${JSON.stringify(result.file, null, 2)}\n`;
if (!flags.write) {
  process.stdout.write(json);
} else {
  const target = path.join(dataDir, "frameworks", `${result.file.framework.slug}.json`);
  if (existsSync(target) && !flags.force) fail([`${target} exists: choose another --slug, or pass --force to replace it`]);
  await writeFile(target, json);
  const count = result.file.versions[0]!.provisions.length;
  console.error(`wrote ${path.relative(process.cwd(), target)}: ${count} provisions, all unverified${result.skipped.length ? `; skipped ${result.skipped.length} withdrawn` : ""}`);
  console.error("Run `npx tsx scripts/validate-data.ts` to check it with the rest of the corpus, then `npm run seed`.");
}
