import type { PrismaClient } from "@/generated/prisma/client";
import { getDatabase, prisma } from "@/lib/db/client";
import { getEngineCorpus } from "@/lib/db/systems";
import { databaseTarget, describeTarget } from "@/lib/env";
import type { EngineCorpus } from "@/lib/engine/types";

// Kept apart from the file-backed source (standalone-source.ts): the route must not import the
// migration and seed code, or Next traces the whole project for it.

/**
 * Where the MCP server reads from. Both transports build the same server over one of these:
 * the explorer queries run on `prisma()`, the engine and the resources on `corpus()`.
 */
export type CrosswalkSource = {
  /** The client the read queries of lib/db/explorer.ts run on. */
  prisma(): Promise<PrismaClient>;
  /** The corpus in the engine's shape (assessments, framework-version resources). */
  corpus(): Promise<EngineCorpus>;
  /** For logs: where the data comes from. */
  description: string;
  close(): Promise<void>;
};

/**
 * The app's own database: the running server's connection (HTTP), or DATABASE_URL for the
 * stdio server. The corpus is cached per process until the seeded version changes.
 */
export function appDatabaseSource(): CrosswalkSource {
  let opened = false;
  return {
    prisma: () => {
      opened = true;
      return prisma();
    },
    corpus: () => {
      opened = true;
      return getEngineCorpus();
    },
    get description() {
      return describeTarget(databaseTarget());
    },
    async close() {
      if (opened) await (await getDatabase()).close();
    },
  };
}
