import type { z } from "zod";
import { invalidInput } from "./problem";

/**
 * 400 with every problem as { path, message } — the same list the CLI prints — as
 * application/problem+json (see lib/api/problem.ts, shared with the API v1 routes).
 */
export function badRequest(error: z.ZodError | string) {
  return invalidInput(error);
}

/** Reads a JSON body; a body that is not JSON becomes a clear 400 instead of an exception. */
export async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, value: await request.json() };
  } catch {
    return { ok: false, response: badRequest("the request body must be JSON (Content-Type: application/json)") };
  }
}
