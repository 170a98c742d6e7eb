import type { z } from "zod";
import { toProblems, type Problem } from "@/lib/schemas/issues";

// Errors as RFC 9457 problem details (application/problem+json). `type` is "about:blank", so
// `title` is the HTTP status phrase and `detail` says what went wrong; a 400 lists every
// problem as { path, message } (the CLI's format) and the same as "path: message" lines.

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
/** A 400 lists at most this many problems; `detail` gives the full count. */
export const MAX_PROBLEMS = 100;

const TITLES: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  413: "Content Too Large",
  500: "Internal Server Error",
};

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  problems?: Problem[];
  lines?: string[];
};

export function problem(status: number, detail: string, extra: Pick<ProblemBody, "problems" | "lines"> = {}, headers: HeadersInit = {}): Response {
  const body: ProblemBody = { type: "about:blank", title: TITLES[status] ?? "Error", status, detail, ...extra };
  const h = new Headers(headers);
  h.set("Content-Type", PROBLEM_CONTENT_TYPE);
  return new Response(JSON.stringify(body), { status, headers: h });
}

/** 400 with every problem (capped at MAX_PROBLEMS) from a zod error, or one problem at the root. */
export function invalidInput(error: z.ZodError | string | Problem[], headers: HeadersInit = {}): Response {
  const all = typeof error === "string" ? [{ path: "(root)", message: error }] : Array.isArray(error) ? error : toProblems(error);
  const problems = all.slice(0, MAX_PROBLEMS);
  const detail =
    all.length === 1
      ? `${problems[0]!.path}: ${problems[0]!.message}`
      : `${all.length} problems in the request${all.length > MAX_PROBLEMS ? ` (the first ${MAX_PROBLEMS} are listed)` : ""}`;
  return problem(400, detail, { problems, lines: problems.map((p) => `${p.path}: ${p.message}`) }, headers);
}

export const notFound = (detail: string, headers: HeadersInit = {}) => problem(404, detail, {}, headers);

export function methodNotAllowed(allow: readonly string[], method: string, headers: HeadersInit = {}): Response {
  const h = new Headers(headers);
  h.set("Allow", allow.join(", "));
  return problem(405, `${method} is not allowed here; use ${allow.join(", ")}`, {}, h);
}

export const contentTooLarge = (limitBytes: number, headers: HeadersInit = {}) =>
  problem(413, `the request body is larger than ${Math.round(limitBytes / 1024)} KB`, {}, headers);
