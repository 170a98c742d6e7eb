import type { z } from "zod";
import { toProblems } from "@/lib/schemas/issues";

/** 400 with every problem as { path, message } — the same list the CLI prints. */
export function badRequest(error: z.ZodError | string, extra: Record<string, unknown> = {}) {
  const problems = typeof error === "string" ? [{ path: "(root)", message: error }] : toProblems(error);
  return Response.json(
    { error: "invalid input", problems, lines: problems.map((p) => `${p.path}: ${p.message}`), ...extra },
    { status: 400 },
  );
}

/** Reads a JSON body; a body that is not JSON becomes a clear 400 instead of an exception. */
export async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, value: await request.json() };
  } catch {
    return { ok: false, response: badRequest("the request body must be JSON (Content-Type: application/json)") };
  }
}
