// Writes the versioned data release from the data files (no server, no database):
//   npm run export:dataset [-- --out dist/dataset]
// into <out>/<corpusVersion>/: JSON and CSV tables, OSCAL catalogs and mapping-collections,
// SSSOM sets, LICENCE, NOTICE, README.md, CHANGELOG.md (against the newest earlier release in
// <out>), manifest.json and SHA256SUMS. The release time is SOURCE_DATE_EPOCH when set (for a
// reproducible release), else now.
import path from "node:path";
import { parseArgv } from "@/lib/cli/args";
import { CorpusError, loadCorpusFiles } from "@/lib/corpus/load";
import { writeDataset } from "@/lib/export/dataset";
import { publicBaseUrl } from "@/lib/export/oscal/links";

const { flags } = parseArgv(process.argv.slice(2));
if (flags.help) {
  console.log("Usage: npm run export:dataset [-- --out <dir>]\nWrites <dir>/<corpusVersion>/ (default dir: dist/dataset). Reads CORPUS_DIR or data/.");
  process.exit(0);
}
const outDir = path.resolve(typeof flags.out === "string" ? flags.out : path.join("dist", "dataset"));
const epoch = process.env.SOURCE_DATE_EPOCH;
const generatedAt = (epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");

try {
  const files = await loadCorpusFiles();
  const result = await writeDataset(files, { outDir, generatedAt, baseUrl: publicBaseUrl() });
  console.log(`wrote ${path.relative(process.cwd(), result.dir) || result.dir}: ${result.files.length} files`);
  console.log(`  ${Object.entries(result.counts).map(([t, n]) => `${n} ${t}`).join(", ")}`);
  console.log(`  changelog: ${result.previous ? `against ${result.previous}` : "first release"}`);
} catch (e) {
  if (!(e instanceof CorpusError)) throw e;
  for (const p of e.problems) console.error(p);
  process.exit(1);
}
