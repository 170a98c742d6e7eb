// Researchers' corpus tool:
//   npm run --silent corpus -- stats
//   npm run --silent corpus -- list [--framework slug] [--as-of YYYY-MM-DD] --json
// and the API's read queries, through the same query layer, schemas and JSON as /api/v1:
//   npm run --silent corpus -- provisions [--framework slug] [--version id] [--role r] [--concept id] [--as-of date] [--applying] [--json]
//   npm run --silent corpus -- mappings [--from slug] [--to slug] [--relationship r] [--concept id] [--json]
//   npm run --silent corpus -- search "Art. 26" [--framework slug] [--limit n] [--json]
//   npm run --silent corpus -- gaps --from slug --to slug [--scope duties|all] [--json]
import { z } from "zod";
import { asOfSchema, formatIssues, parseArgv, today } from "@/lib/cli/args";
import { loadCorpusForCli } from "@/lib/cli/corpus-source";
import { QUERY_COMMANDS, runQueryCommand } from "@/lib/cli/query-commands";
import { corpusStats, listProvisionsAsOf } from "@/lib/engine/corpus-queries";

const USAGE = `usage: npm run --silent corpus -- stats | list [--framework slug] [--as-of YYYY-MM-DD] [--json] | ${Object.keys(QUERY_COMMANDS).join(" | ")} [filters as in /api/v1] [--json]`;
const { positionals, flags } = parseArgv(process.argv.slice(2));
const command = positionals[0];
const fail = (lines: string[]): never => {
  for (const l of lines) process.stderr.write(`${l}\n`);
  process.exit(2);
};

if (command && command in QUERY_COMMANDS) {
  const result = await runQueryCommand(command as keyof typeof QUERY_COMMANDS, positionals.slice(1), flags);
  if (!result.ok) fail([...result.problems, USAGE]);
  else {
    process.stdout.write(result.output);
    process.exit(0);
  }
}
if (command !== "stats" && command !== "list") fail([USAGE]);
const optionsSchema = z.object({ framework: z.string().min(1).optional(), "as-of": asOfSchema.optional(), json: z.literal(true).optional() });
const parsed = optionsSchema.safeParse(flags);
if (!parsed.success) fail([...formatIssues(parsed.error, "--"), USAGE]);

const corpus = await loadCorpusForCli();
if (command === "stats") {
  const stats = corpusStats(corpus);
  if (parsed.data!.json) process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
  else {
    console.log(`Corpus ${stats.corpusVersion}: ${stats.concepts} concepts, ${stats.mappings} mappings`);
    console.log("\nProvisions per framework version:");
    for (const v of stats.versions) console.log(`  ${v.version.padEnd(28)} ${v.status.padEnd(10)} ${String(v.provisions).padStart(4)} provisions (${v.duties} duty-bearing, ${v.unverified} unverified)`);
    console.log("\nMappings per framework pair:");
    for (const p of stats.pairs) console.log(`  ${p.pair.padEnd(40)} ${String(p.count).padStart(4)}  ${Object.entries(p.byRelationship).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  }
} else {
  const { framework, json } = parsed.data!;
  if (framework && !corpus.frameworks.some((f) => f.id === framework))
    fail([`--framework: unknown framework "${framework}" (known: ${corpus.frameworks.map((f) => f.id).join(", ")})`]);
  const rows = listProvisionsAsOf(corpus, parsed.data!["as-of"] ?? today(), framework);
  if (json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else for (const r of rows) console.log(`${r.framework}\t${r.citation}\t${r.title}\t${r.appliesFrom ?? ""}`);
}
