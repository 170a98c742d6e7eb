import type { CorpusFiles } from "@/lib/corpus/load";
import { openPGlite, type Database } from "./connection";
import { applyMigrations } from "./migrate";
import { seedCorpus } from "./seed";

/**
 * A private in-memory PGlite holding the corpus only, migrated and seeded from the validated
 * data files. For a process that needs the SQL read queries but must not open the PGlite
 * directory a running server holds (PGlite allows one process per directory): the stdio MCP
 * server without DATABASE_URL. Nothing is written to disk; it is gone when the process ends.
 */
export async function openCorpusMemoryDatabase(corpus: CorpusFiles, migrationsDir?: string): Promise<Database> {
  const db = await openPGlite({ kind: "pglite", dir: "memory://" }, undefined); // no data directory: in memory
  try {
    await applyMigrations(db, migrationsDir);
    await seedCorpus(db, corpus, { force: true });
    return db;
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
}
