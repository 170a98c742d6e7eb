// Creates, migrates and seeds the database the app will use (PGlite by default,
// DATABASE_URL when set). Safe to run on every start: both steps are idempotent.
import { CorpusError, loadCorpusFiles } from "@/lib/corpus/load";
import { openDatabase } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrate";
import { seedCorpus } from "@/lib/db/seed";
import { describeTarget } from "@/lib/env";

const force = process.argv.includes("--force");
let corpus;
try {
  corpus = await loadCorpusFiles();
} catch (e) {
  if (!(e instanceof CorpusError)) throw e;
  console.error("Seed aborted: the framework data is invalid. Nothing was written.");
  for (const p of e.problems) console.error(`  ${p}`);
  process.exit(1);
}
const db = await openDatabase().catch((e: Error) => {
  console.error(`Cannot open the database: ${e.message}`);
  process.exit(1);
});
try {
  const started = Date.now();
  const migrations = await applyMigrations(db);
  const seed = await seedCorpus(db, corpus, { force });
  console.log(
    `Database ready: ${describeTarget(db.target)} — ${migrations.applied.length} migration(s) applied, ` +
      (seed.skipped
        ? `corpus ${seed.corpusVersion} already loaded`
        : `seeded corpus ${seed.corpusVersion} (${seed.provisions} provisions, ${seed.mappings} mappings, ${seed.concepts} concepts)`) +
      ` in ${Date.now() - started} ms`,
  );
} catch (e) {
  console.error(`Database preparation failed on ${describeTarget(db.target)}: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
