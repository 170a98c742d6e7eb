import { PrismaClient } from "@/generated/prisma/client";
import type { CorpusFiles } from "@/lib/corpus/load";
import type { Database } from "./connection";
import { applyMigrations } from "./migrate";
import { seedCorpus } from "./seed";

/**
 * A private in-memory PGlite holding the corpus only, migrated and seeded from the validated
 * data files. For a process that needs the SQL read queries but must not open the PGlite
 * directory a running server holds (PGlite allows one process per directory): the stdio MCP
 * server without DATABASE_URL. Nothing is written to disk; it is gone when the process ends.
 */
export async function openCorpusMemoryDatabase(corpus: CorpusFiles, migrationsDir?: string): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = new PGlite(); // no data directory: in memory
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const db: Database = {
    target: { kind: "pglite", dir: "memory://" },
    prisma,
    async execScript(sql) {
      await pglite.exec(sql);
    },
    async query(sql, params) {
      return (await pglite.query(sql, params as unknown[])).rows as never;
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
  try {
    await applyMigrations(db, migrationsDir);
    await seedCorpus(db, corpus, { force: true });
    return db;
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
}
