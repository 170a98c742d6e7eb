import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { openDatabase } from "@/lib/db/connection";
import { loadEngineCorpus } from "@/lib/db/corpus";
import { databaseTarget } from "@/lib/env";
import type { EngineCorpus } from "@/lib/engine/types";

/**
 * The corpus for command-line tools. With DATABASE_URL: read from that Postgres. Without
 * it: read the validated data files the embedded database is seeded from (same content,
 * same corpus version), so a CLI run never opens the PGlite directory a running server
 * holds — PGlite allows one process per directory.
 */
export async function loadCorpusForCli(): Promise<EngineCorpus> {
  const target = databaseTarget();
  if (target.kind === "pglite") return corpusFilesToEngine(await loadCorpusFiles());
  const db = await openDatabase(target);
  try {
    return await loadEngineCorpus(db.prisma);
  } finally {
    await db.close();
  }
}
