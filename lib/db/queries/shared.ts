import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "../client";

// Shared by every read query: the optional client argument (tests pass their own), dates as
// YYYY-MM-DD, and the page address of a provision.

export type Client = PrismaClient;
export const client = async (db?: Client) => db ?? (await prisma());
export const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

/** "eu-ai-act/art-26-1" → "/frameworks/eu-ai-act/art-26-1" (the citable page). */
export const provisionHref = (id: string) => {
  const [framework, key] = id.split("/", 2);
  return `/frameworks/${framework}/${key}`;
};

/** A window of a list: rows [offset, offset + limit). Lists return their total alongside. */
export type PageWindow = { offset: number; limit: number };
export type Paged<T> = { items: T[]; total: number };

/** One window of an in-memory list (small lists: frameworks, versions, concepts). */
export function windowOf<T>(all: T[], page?: PageWindow): Paged<T> {
  if (!page) return { items: all, total: all.length };
  return { items: all.slice(page.offset, page.offset + page.limit), total: all.length };
}
