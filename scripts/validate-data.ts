// Validates data/ without touching any database: `npx tsx scripts/validate-data.ts`.
import { CorpusError, loadCorpusFiles } from "@/lib/corpus/load";

try {
  const corpus = await loadCorpusFiles();
  for (const f of corpus.frameworks)
    for (const v of f.versions) console.log(`${v.id}: ${v.provisions.length} provisions`);
  console.log(`${corpus.concepts.length} concepts, ${corpus.mappings.length} mappings; corpus ${corpus.corpusVersion}`);
} catch (e) {
  if (!(e instanceof CorpusError)) throw e;
  for (const p of e.problems) console.error(p);
  process.exit(1);
}
