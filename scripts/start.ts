// `npm start`: prepare the database, build if the sources changed since the last build,
// then serve on PORT (default 3000). Building only when needed keeps restarts fast.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const SOURCES = ["app", "components", "lib", "prisma", "next.config.ts", "proxy.ts", "package.json", "postcss.config.mjs"];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, name) => Math.max(m, newestMtime(path.join(p, name))), s.mtimeMs);
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run("npx", ["tsx", "scripts/prepare-db.ts"]);
const buildId = path.join(root, ".next", "BUILD_ID");
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
if (SOURCES.some((s) => newestMtime(path.join(root, s)) > builtAt)) run("npx", ["next", "build"]);
else console.log("Build is up to date.");
// Listen on the loopback interface only, unless HOST says otherwise: compliance data is private.
run("npx", ["next", "start", "-p", process.env.PORT ?? "3000", "-H", process.env.HOST ?? "127.0.0.1"]);
