import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseTarget, type DatabaseTarget } from "@/lib/env";
import { lockDirectory } from "./directory-lock";

/**
 * One database connection: a Prisma client plus a raw script runner (migrations need
 * multi-statement SQL, which Prisma's prepared statements cannot run).
 */
export type Database = {
  target: DatabaseTarget;
  prisma: PrismaClient;
  /** Runs a multi-statement SQL script. */
  execScript(sql: string): Promise<void>;
  /** Runs one parameterised query and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

export async function openDatabase(target: DatabaseTarget = databaseTarget()): Promise<Database> {
  if (target.kind === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const pg = await import("pg");
    const pool = new pg.default.Pool({ connectionString: target.url, max: 5 });
    // An idle client the server terminates (restart, DROP DATABASE … WITH (FORCE)) emits 'error';
    // unhandled, that would crash the process. The pool replaces the client on the next query.
    pool.on("error", (e) => console.error(`database connection lost: ${e.message}`));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    // Raw work (migrations, advisory locks) runs on one dedicated session.
    let raw: import("pg").Client | undefined;
    const session = async () => {
      if (!raw) {
        raw = new pg.default.Client({ connectionString: target.url });
        raw.on("error", (e) => {
          console.error(`database session lost: ${e.message}`);
          raw = undefined;
        });
        await raw.connect();
      }
      return raw;
    };
    return {
      target,
      prisma,
      async execScript(sql) {
        await (await session()).query(sql);
      },
      async query(sql, params) {
        return (await (await session()).query(sql, params as unknown[])).rows;
      },
      async close() {
        await prisma.$disconnect();
        await raw?.end().catch(() => undefined);
        await pool.end().catch(() => undefined);
      },
    };
  }
  mkdirSync(path.dirname(target.dir), { recursive: true });
  const unlock = lockDirectory(target.dir);
  return openPGlite(target, target.dir, unlock);
}

/** An embedded database: in a data directory, or in memory when `dir` is undefined. */
export async function openPGlite(target: DatabaseTarget, dir: string | undefined, onClose: () => void = () => undefined): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = dir ? new PGlite(dir) : new PGlite();
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    target,
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
      onClose();
    },
  };
}
