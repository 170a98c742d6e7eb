import type { z } from "zod";

/** ["versions", 0, "from"] → "versions[0].from" */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, seg) => (typeof seg === "number" ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)),
    "",
  );
}

/** One `path: message` line per problem — the format of the CLI, the API and the seed loader. */
export function formatIssues(error: z.ZodError, prefix = ""): string[] {
  return error.issues.map((i) => `${prefix}${formatIssuePath(i.path) || "(root)"}: ${i.message}`);
}

export type Problem = { path: string; message: string };
export function toProblems(error: z.ZodError): Problem[] {
  return error.issues.map((i) => ({ path: formatIssuePath(i.path) || "(root)", message: i.message }));
}
