import { loadCorpusFiles, type CorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import type { Database } from "@/lib/db/connection";
import { openCorpusMemoryDatabase } from "@/lib/db/memory-database";
import { databaseTarget } from "@/lib/env";
import { appDatabaseSource, type CrosswalkSource } from "./source";

// Sources for a process of its own (the stdio server), which must not open the PGlite
// directory of a running app.

/**
 * The validated data files, as the CLIs read them without DATABASE_URL: the engine reads the
 * files directly, and the SQL queries run on a private in-memory copy seeded from the same
 * files (same content, same corpus version), so this never opens the PGlite directory that a
 * running server holds. Pass already loaded `files` to fail early on invalid data.
 */
export function dataFilesSource(files: CorpusFiles, options: { migrationsDir?: string } = {}): CrosswalkSource {
  const corpus = corpusFilesToEngine(files);
  let database: Promise<Database> | undefined;
  const open = () => (database ??= openCorpusMemoryDatabase(files, options.migrationsDir));
  return {
    prisma: async () => (await open()).prisma,
    corpus: async () => corpus,
    description: `the data files (corpus ${files.corpusVersion}; queries on an in-memory copy)`,
    async close() {
      if (database) await (await database.catch(() => null))?.close();
    },
  };
}

/** With DATABASE_URL: that database; without it: the data files (never the server's PGlite directory). */
export async function sourceForStandaloneProcess(options: { dataDir?: string; migrationsDir?: string } = {}): Promise<CrosswalkSource> {
  if (databaseTarget().kind === "postgres") return appDatabaseSource();
  return dataFilesSource(await loadCorpusFiles(options.dataDir), options);
}
