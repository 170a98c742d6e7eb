import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { mkdirSync } from "node:fs";
import path from "node:path";

// Prisma CLI configuration. Recipe and reasons: ../shared/STACK.md.
const databaseUrl = process.env.DATABASE_URL;
// A placeholder lets the CLI read engineType from the schema, so it never downloads engines.
process.env.DATABASE_URL ??= "postgresql://pglite@localhost/pglite";

// adapter-pg 6.19.3 rejects the "char" and name column types the schema engine reads
// from pg_catalog (prisma/orm#27403): present them as text.
const AS_TEXT: Record<number, number> = { 18: 25, 19: 25, 1002: 1009, 1003: 1009 };
let patched = false;
function patchNameType(adapter: object) {
  if (patched) return;
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(adapter));
  const performIO = proto.performIO;
  proto.performIO = async function (this: unknown, query: unknown) {
    const res = await performIO.call(this, query);
    for (const field of res.fields) field.dataTypeID = AS_TEXT[field.dataTypeID] ?? field.dataTypeID;
    return res;
  };
  patched = true;
}

// The stock shadow-database handling reuses the main database when given a connection
// string and drops the shadow database before closing its pool; this does both right.
class PrismaPgForMigrate extends PrismaPg {
  constructor(private readonly url: string) {
    super({ connectionString: url });
  }
  override async connect() {
    const adapter = await super.connect();
    patchNameType(adapter);
    return adapter;
  }
  override async connectToShadowDb() {
    const admin = await this.connect();
    const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const url = new URL(this.url);
    url.pathname = `/${name}`;
    const shadow = await new PrismaPgForMigrate(url.toString()).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.dispose();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    if (databaseUrl) return new PrismaPgForMigrate(databaseUrl);
    const dir = process.env.PGLITE_DIR ?? "./.data/pglite";
    mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
    return new PrismaPGlite(new PGlite(dir));
  },
});
