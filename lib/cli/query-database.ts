import { loadCorpusFiles } from "@/lib/corpus/load";
import { openDatabase, type Database } from "@/lib/db/connection";
import { openCorpusMemoryDatabase } from "@/lib/db/memory-database";
import { databaseTarget } from "@/lib/env";

/**
 * A database the command-line tools can run the query layer (lib/db/queries) on. With
 * DATABASE_URL: that Postgres. Without it: a private in-memory PGlite seeded from the validated
 * data files (the same content and corpus version the embedded database is seeded from), so a
 * CLI never opens the PGlite directory a running server holds.
 */
export async function openQueryDatabase(): Promise<Database> {
  const target = databaseTarget();
  if (target.kind === "postgres") return openDatabase(target);
  return openCorpusMemoryDatabase(await loadCorpusFiles());
}
