import { createHash } from "node:crypto";
import { z } from "zod";
import { getCorpusVersion } from "@/lib/db/queries";
import { fromSearchParams } from "@/lib/schemas/explorer";
import { contentTooLarge, invalidInput, methodNotAllowed, notFound, problem } from "./problem";

// The toolkit of the REST API v1 route handlers: read-only corpus routes (ETag/304, open CORS,
// 405 for other verbs), a POST route with a bounded body, and query parsing with zod.

/** Bump when the shape of a response changes without the corpus changing, so ETags change too. */
export const API_REVISION = "1";
/** The largest request body a POST route reads. */
export const MAX_BODY_BYTES = 256 * 1024;

const READ_METHODS = ["GET", "HEAD", "OPTIONS"] as const;

/** Public data: anyone may read it from a browser on another origin. */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Link",
} as const;
const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  "Access-Control-Allow-Methods": READ_METHODS.join(", "),
  "Access-Control-Allow-Headers": "If-None-Match, Accept",
  "Access-Control-Max-Age": "86400",
} as const;

const hash = (text: string, length = 32) => createHash("sha256").update(text).digest("base64url").slice(0, length);

/** A weak validator over the corpus version and the request path and query: the corpus is immutable between seeds. */
export function corpusETag(corpusVersion: string | null, url: URL): string {
  return `W/"${hash(`${API_REVISION}\n${corpusVersion ?? "no-corpus"}\n${url.pathname}${url.search}`)}"`;
}
/** A validator over a body that depends on the code only (schemas, the OpenAPI document). */
export const contentETag = (body: string) => `W/"${hash(`${API_REVISION}\n${body}`)}"`;

/** If-None-Match: "*" or a list of (weak or strong) validators, compared weakly (RFC 9110 §13.1.2). */
export function matchesETag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/** Query string → zod; the first value of a repeated parameter counts (as on the pages). */
export function parseQuery<S extends z.ZodType>(
  url: URL,
  schema: S,
  headers: HeadersInit = CORS_HEADERS,
): { ok: true; data: z.output<S> } | { ok: false; response: Response } {
  const parsed = schema.safeParse(fromSearchParams(url.searchParams));
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: invalidInput(parsed.error, headers) };
}

export type JsonResult = { json: unknown; headers?: HeadersInit };
type RouteContext<P> = { params: Promise<P> };
export type ReadContext<P> = { request: Request; url: URL; params: P; corpusVersion: string | null };

function json(body: unknown, headers: HeadersInit): Response {
  const h = new Headers(headers);
  h.set("Content-Type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(body), { status: 200, headers: h });
}

function internalError(error: unknown, headers: HeadersInit): Response {
  console.error("API error:", error);
  return problem(500, "something went wrong on our side; the error has been logged", {}, headers);
}

const notAllowed = (allow: readonly string[], headers: HeadersInit) => (request: Request) =>
  Promise.resolve(methodNotAllowed(allow, request.method, headers));

/**
 * A read-only route over the corpus. Answers GET and HEAD with JSON (or a problem), `ETag` from
 * the seeded corpus version and the URL, and 304 for a matching `If-None-Match` before any
 * query runs; OPTIONS is the CORS preflight; POST, PUT, PATCH and DELETE get 405 with `Allow`.
 * Every response carries `Access-Control-Allow-Origin: *`.
 */
export function corpusRoute<P = Record<string, never>>(handler: (ctx: ReadContext<P>) => Promise<JsonResult | Response>) {
  async function GET(request: Request, context: RouteContext<P>): Promise<Response> {
    try {
      const url = new URL(request.url);
      const corpusVersion = (await getCorpusVersion())?.version ?? null;
      const etag = corpusETag(corpusVersion, url);
      const cache = { ...CORS_HEADERS, ETag: etag, "Cache-Control": "public, no-cache" };
      if (matchesETag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: cache });
      const result = await handler({ request, url, params: await context.params, corpusVersion });
      if (result instanceof Response) {
        for (const [k, v] of Object.entries(CORS_HEADERS)) result.headers.set(k, v);
        return result;
      }
      return json(result.json, { ...cache, ...Object.fromEntries(new Headers(result.headers)) });
    } catch (error) {
      return internalError(error, CORS_HEADERS);
    }
  }
  return readMethods(GET);
}

/** A read-only route whose body depends on the code only (JSON Schemas, the OpenAPI document). */
export function staticJsonRoute(build: () => unknown) {
  let cached: { body: string; etag: string } | undefined;
  async function GET(request: Request): Promise<Response> {
    try {
      if (!cached) {
        const body = JSON.stringify(build());
        cached = { body, etag: contentETag(body) };
      }
      const headers = { ...CORS_HEADERS, ETag: cached.etag, "Cache-Control": "public, no-cache" };
      if (matchesETag(request.headers.get("if-none-match"), cached.etag)) return new Response(null, { status: 304, headers });
      return new Response(cached.body, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
    } catch (error) {
      return internalError(error, CORS_HEADERS);
    }
  }
  return readMethods(GET);
}

function readMethods<C>(GET: (request: Request, context: C) => Promise<Response>) {
  const HEAD = async (request: Request, context: C) => {
    const response = await GET(request, context);
    return new Response(null, { status: response.status, headers: response.headers });
  };
  const OPTIONS = async () => new Response(null, { status: 204, headers: { ...PREFLIGHT_HEADERS, Allow: READ_METHODS.join(", ") } });
  const rejected = notAllowed(READ_METHODS, CORS_HEADERS);
  return { GET, HEAD, OPTIONS, POST: rejected, PUT: rejected, PATCH: rejected, DELETE: rejected };
}

/** Reads a request body of at most `limit` bytes as UTF-8: 413 when larger, 400 when not UTF-8. */
export async function readBody(request: Request, limit = MAX_BODY_BYTES): Promise<{ ok: true; text: string } | { ok: false; response: Response }> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) return { ok: false, response: contentTooLarge(limit) };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, response: contentTooLarge(limit) };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, response: invalidInput("the request body is not valid UTF-8") };
  }
}

/** A bounded JSON body: 413 when too large, 400 when not UTF-8 or not JSON. */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const body = await readBody(request, limit);
  if (!body.ok) return body;
  try {
    return { ok: true, value: JSON.parse(body.text) };
  } catch {
    return { ok: false, response: invalidInput("the request body must be JSON (Content-Type: application/json)") };
  }
}

/**
 * A route that computes from a posted body and reads nothing private (POST /assessments): no
 * CORS, OPTIONS lists the method, GET, PUT, PATCH and DELETE get 405 with `Allow`.
 */
export function postRoute(handler: (request: Request) => Promise<Response>) {
  const allow = ["POST", "OPTIONS"] as const;
  async function POST(request: Request): Promise<Response> {
    try {
      return await handler(request);
    } catch (error) {
      return internalError(error, {});
    }
  }
  const OPTIONS = async () => new Response(null, { status: 204, headers: { Allow: allow.join(", ") } });
  const rejected = notAllowed(allow, {});
  return { POST, OPTIONS, GET: rejected, HEAD: rejected, PUT: rejected, PATCH: rejected, DELETE: rejected };
}

export { notFound, invalidInput };
