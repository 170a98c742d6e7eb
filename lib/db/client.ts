import { openDatabase, type Database } from "./connection";

// One connection per server process (cached on globalThis so dev reloads reuse it).
const cache = globalThis as unknown as { crosswalkDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  cache.crosswalkDb ??= openDatabase();
  return cache.crosswalkDb;
}

export async function prisma() {
  return (await getDatabase()).prisma;
}
