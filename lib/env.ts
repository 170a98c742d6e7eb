import path from "node:path";
import { z } from "zod";

// Environment variables are read here and nowhere else.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).optional(),
  CORPUS_DIR: z.string().min(1).optional(),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/, message: "PUBLIC_BASE_URL must be an http(s) URL" }).optional(),
});

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export function databaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  if (parsed.data.DATABASE_URL) return { kind: "postgres", url: parsed.data.DATABASE_URL };
  return { kind: "pglite", dir: path.resolve(/*turbopackIgnore: true*/ parsed.data.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite")) };
}

export function describeTarget(t: DatabaseTarget): string {
  if (t.kind === "pglite") return `embedded Postgres (PGlite) at ${path.relative(process.cwd(), t.dir) || t.dir}`;
  const u = new URL(t.url);
  return `Postgres at ${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/** Where the reviewable framework data lives (tests point it at fixtures). */
export function corpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.CORPUS_DIR || path.join(process.cwd(), "data"));
}

/**
 * The address citations should use: PUBLIC_BASE_URL when set, else the request's host unless
 * it is a loopback or private address nobody else can open (then the path alone is cited).
 */
export function citationUrl(path: string, requestHost: string | null, requestProto: string | null, env: Record<string, string | undefined> = process.env): string {
  const configured = envSchema.shape.PUBLIC_BASE_URL.safeParse(env.PUBLIC_BASE_URL);
  if (configured.success && configured.data) return `${configured.data.replace(/\/$/, "")}${path}`;
  const host = requestHost ?? "";
  const local = !host || /^(localhost|127\.|0\.0\.0\.0|\[::1\]|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(host);
  return local ? path : `${requestProto === "https" ? "https" : "http"}://${host}${path}`;
}
