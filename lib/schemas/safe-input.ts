import type { z } from "zod";
import "./common"; // plain-language zod messages wherever the guards run
import { formatIssuePath, type Problem } from "./issues";

// Guards every server action runs before its schema: a size cap (so a huge body cannot make a
// huge error list), no NUL / control characters or lone surrogates (Postgres rejects NUL in
// text, and a lone surrogate is not Unicode), and a cap on how many problems are returned.

/** The most problems one answer lists; the rest are counted in one last line. */
export const MAX_PROBLEMS = 20;
/** Default cap on one action's arguments (UTF-8 bytes of its strings, roughly its body size). */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024;
const MAX_DEPTH = 32;

// Tab, line feed and carriage return are text; every other C0 control and DEL is not.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LINE_BREAK = /[\r\n]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored as text, or null when it can. */
export function unsafeTextReason(s: string, { singleLine = false } = {}): string | null {
  if (s.includes("\u0000")) return "must not contain a NUL character (\\u0000)";
  if (CONTROL.test(s)) return "must not contain control characters";
  if (LONE_SURROGATE.test(s)) return "must not contain a lone UTF-16 surrogate (it is not valid Unicode)";
  if (singleLine && LINE_BREAK.test(s)) return "must be a single line";
  return null;
}

/** A zod refinement for one text field (forms and the API use it; actions also run `checkText` over everything). */
export function safeText<S extends z.ZodString>(schema: S, options: { singleLine?: boolean } = {}) {
  return schema.superRefine((s, ctx) => {
    const reason = unsafeTextReason(s, options);
    if (reason) ctx.addIssue({ code: "custom", message: reason });
  });
}

/** First `max` problems, then one line saying how many more there were. */
export function capProblems(problems: Problem[], max = MAX_PROBLEMS): Problem[] {
  if (problems.length <= max) return problems;
  return [...problems.slice(0, max), { path: "(root)", message: `and ${problems.length - max} more problem${problems.length - max === 1 ? "" : "s"}` }];
}

/** Zod issues as capped problems; stops reading issues once it has enough to count them. */
export function problemsFrom(error: z.ZodError, max = MAX_PROBLEMS): Problem[] {
  const problems = error.issues.slice(0, max).map((i) => ({ path: formatIssuePath(i.path) || "(root)", message: i.message }));
  if (error.issues.length > max) problems.push({ path: "(root)", message: `and ${error.issues.length - max} more problem${error.issues.length - max === 1 ? "" : "s"}` });
  return problems;
}

// UTF-8 length without Buffer, so this module also runs in the browser (forms share the schemas).
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/**
 * The size of an action's arguments in bytes (strings as UTF-8, keys included), counting stops
 * soon after `limit` so a huge input costs no more than the limit to measure.
 */
export function inputSize(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let total = 0;
  // A stack of iterators, not of values: a million-element list is not copied before counting stops.
  const stack: Iterator<unknown>[] = [[value][Symbol.iterator]()];
  while (stack.length > 0 && total <= limit) {
    const next = stack[stack.length - 1]!.next();
    if (next.done) {
      stack.pop();
      continue;
    }
    const v = next.value;
    if (typeof v === "string") total += utf8Length(v) + 2;
    else if (typeof Blob !== "undefined" && v instanceof Blob) total += v.size;
    else if (typeof FormData !== "undefined" && v instanceof FormData) stack.push(flatEntries(v.entries()));
    else if (Array.isArray(v)) {
      total += 2;
      stack.push(v[Symbol.iterator]());
    } else if (v !== null && typeof v === "object" && !(v instanceof Date)) {
      total += 2;
      stack.push(flatEntries(Object.entries(v as Record<string, unknown>)[Symbol.iterator]()));
    } else total += 8;
  }
  return total;
}

/** [[k, v], …] → k, v, … */
function* flatEntries(entries: Iterator<[string, unknown]>): Generator<unknown> {
  for (let e = entries.next(); !e.done; e = entries.next()) yield* e.value;
}

/** Every string (and key) that cannot be stored as text, with its path; at most `max` + a count. */
export function checkText(value: unknown, max = MAX_PROBLEMS): Problem[] {
  const problems: Problem[] = [];
  const walk = (v: unknown, path: PropertyKey[], depth: number) => {
    if (problems.length > max) return;
    if (depth > MAX_DEPTH) {
      problems.push({ path: formatIssuePath(path) || "(root)", message: `is nested more than ${MAX_DEPTH} levels deep` });
      return;
    }
    if (typeof v === "string") {
      const reason = unsafeTextReason(v);
      if (reason) problems.push({ path: formatIssuePath(path) || "(root)", message: reason });
    } else if (typeof FormData !== "undefined" && v instanceof FormData) {
      for (const [k, x] of v.entries()) {
        const keyReason = unsafeTextReason(k);
        if (keyReason) problems.push({ path: "(field name)", message: keyReason });
        walk(x, [...path, k], depth + 1);
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i], depth + 1));
    else if (v && typeof v === "object" && !(v instanceof Date) && !(typeof Blob !== "undefined" && v instanceof Blob)) {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        const keyReason = unsafeTextReason(k);
        if (keyReason) problems.push({ path: formatIssuePath(path) || "(root)", message: `has a field name that ${keyReason}` });
        walk(x, [...path, k], depth + 1);
      }
    }
  };
  walk(value, [], 0);
  return capProblems(problems, max);
}

export type Guarded<T> = { ok: true; data: T } | { ok: false; status: 400 | 413; problems: Problem[] };

/**
 * The one gate for untrusted action input: size (413), text safety (400), then the schema
 * (400), each answer listing at most MAX_PROBLEMS problems.
 */
export function parseSafeInput<S extends z.ZodType>(schema: S, input: unknown, { maxBytes = DEFAULT_MAX_INPUT_BYTES } = {}): Guarded<z.output<S>> {
  const size = inputSize(input, maxBytes);
  if (size > maxBytes)
    return { ok: false, status: 413, problems: [{ path: "(root)", message: `the request is too large (over ${Math.round(maxBytes / 1024)} KB); send less at once` }] };
  const unsafe = checkText(input);
  if (unsafe.length > 0) return { ok: false, status: 400, problems: unsafe };
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, problems: problemsFrom(parsed.error) };
  return { ok: true, data: parsed.data };
}

/** Next's own cap on a server action body (serverActions.bodySizeLimit, 1 MB by default). */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

/**
 * A server-action request Next would fail on with a 500 before any action runs: a body over
 * the 1 MB cap, an empty body, or a text body that is not JSON (React encodes simple
 * arguments as JSON text, the rest as multipart). Meant for proxy.ts, which sees the request
 * first: it returns the status and message to answer with, or null to let the request through.
 */
export function actionRequestProblem(request: { method: string; headers: { get(name: string): string | null } }, body: string | null): { status: 400 | 413; message: string } | null {
  if (request.method !== "POST" || !request.headers.get("next-action")) return null;
  const length = Number(request.headers.get("content-length") ?? Number.NaN);
  const size = Number.isFinite(length) ? length : body === null ? 0 : utf8Length(body);
  if (size > MAX_ACTION_BODY_BYTES) return { status: 413, message: `the request body is larger than ${MAX_ACTION_BODY_BYTES / 1024 / 1024} MB` };
  if ((request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) return null;
  if (!body || body.trim() === "") return { status: 400, message: "the request has no body (a server action needs its arguments)" };
  try {
    JSON.parse(body);
  } catch {
    return { status: 400, message: "the request body is not valid JSON" };
  }
  return null;
}
