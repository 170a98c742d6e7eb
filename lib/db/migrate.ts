import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Database } from "./connection";

// Applies prisma/migrations in order and records them in Prisma's own _prisma_migrations
// table, so `prisma migrate deploy/status` agree with us. We run them ourselves because the
// Prisma CLI idles ~10 s per command (STACK.md) and start-up time matters.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationResult = { applied: string[]; alreadyApplied: number };

export async function applyMigrations(
  db: Database,
  migrationsDir = path.join(process.cwd(), "prisma", "migrations"),
): Promise<MigrationResult> {
  const names = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  if (db.target.kind === "postgres") await db.query("SELECT pg_advisory_lock(72707369)");
  try {
    await db.execScript(MIGRATIONS_TABLE);
    const done = new Map(
      (await db.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      )).map((r) => [r.migration_name, r.checksum]),
    );
    const applied: string[] = [];
    for (const name of names) {
      const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const previous = done.get(name);
      if (previous) {
        if (previous !== checksum)
          throw new Error(`migration ${name} was changed after it was applied; add a new migration instead`);
        continue;
      }
      await db.execScript(`BEGIN;\n${sql}\n;COMMIT;`);
      await db.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
        [randomUUID(), checksum, name],
      );
      applied.push(name);
    }
    return { applied, alreadyApplied: names.length - applied.length };
  } finally {
    if (db.target.kind === "postgres") await db.query("SELECT pg_advisory_unlock(72707369)");
  }
}
