import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/env";

/**
 * A throw-away database for one test file: a fresh database on the server named by
 * DATABASE_URL when it is set (real Postgres), otherwise a fresh PGlite directory.
 */
export async function createTestDatabase(): Promise<{ target: DatabaseTarget; env: Record<string, string>; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `crosswalk_it_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    return {
      target: { kind: "postgres", url: u.toString() },
      env: { DATABASE_URL: u.toString() },
      async drop() {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), "crosswalk-pglite-"));
  return {
    target: { kind: "pglite", dir: path.join(dir, "db") },
    env: { PGLITE_DIR: path.join(dir, "db"), DATABASE_URL: "" },
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}
