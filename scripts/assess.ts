// Compliance as code: `npm run --silent assess -- profile.json [--as-of YYYY-MM-DD] [--format json|md|pdf] [--out file]`.
// Prints the assessment JSON contract to stdout; an invalid profile prints `path: message`
// lines on stderr and exits 2. Works without a server (see lib/cli/corpus-source.ts).
import { readFile, writeFile } from "node:fs/promises";
import { z } from "zod";
import { asOfSchema, formatIssues, parseArgv, today } from "@/lib/cli/args";
import { loadCorpusForCli } from "@/lib/cli/corpus-source";
import { assess } from "@/lib/engine/assess";
import { assessmentToMarkdown } from "@/lib/export/markdown";
import { profileSchema } from "@/lib/schemas/profile";
import { profileHelp } from "@/lib/cli/profile-help";
import { answersAsGiven } from "@/lib/questionnaire/questions";
import { QUESTIONNAIRE_STEPS } from "@/lib/schemas/questionnaire";

const USAGE = "usage: npm run --silent assess -- <profile.json> [--as-of YYYY-MM-DD] [--format json|md|pdf] [--out file] | --help";
const optionsSchema = z.object({
  "as-of": asOfSchema.optional(),
  format: z.enum(["json", "md", "pdf"], { message: "must be json, md or pdf" }).default("json"),
  out: z.string().min(1, "needs a file name").optional(),
});

function fail(lines: string[], code: number): never {
  for (const l of lines) process.stderr.write(`${l}\n`);
  process.exit(code);
}

const { positionals, flags } = parseArgv(process.argv.slice(2));
if (flags.help) {
  process.stdout.write(`${USAGE}\n\n${profileHelp()}`);
  process.exit(0);
}
if (positionals.length !== 1) fail([USAGE], 2);
const options = optionsSchema.safeParse(flags);
if (!options.success) fail([...formatIssues(options.error, "--"), USAGE], 2);
const { format, out } = options.data;
const asOf = options.data["as-of"] ?? today();
if (format === "pdf" && !out) fail(["--out: a PDF needs an output file, e.g. --out checklist.pdf"], 2);

const file = positionals[0]!;
let raw: unknown;
try {
  raw = JSON.parse(await readFile(file, "utf8"));
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  fail([`${file}: ${err.code === "ENOENT" ? "file not found" : `not valid JSON (${err.message})`}`], 2);
}
const profile = profileSchema.safeParse(raw);
if (!profile.success) fail(formatIssues(profile.error), 2);

const corpus = await loadCorpusForCli();
const result = assess(profile.data, corpus, asOf);

if (format === "pdf") {
  const { renderChecklistPdf } = await import("@/lib/export/pdf");
  const pdf = await renderChecklistPdf({
    systemName: profile.data.name,
    organization: profile.data.organization.name,
    result,
    answers: answersAsGiven(profile.data, Object.fromEntries(QUESTIONNAIRE_STEPS.map((s) => [s.id, s.title]))),
    frameworkNames: Object.fromEntries(corpus.frameworks.map((f) => [f.id, f.shortName])),
  });
  await writeFile(out!, pdf);
  process.stderr.write(`wrote ${out} (${pdf.length} bytes)\n`);
} else {
  const text = format === "md" ? assessmentToMarkdown(profile.data.name, result) : `${JSON.stringify(result, null, 2)}\n`;
  if (out) await writeFile(out, text);
  else process.stdout.write(text);
}
