import { isoDateSchema } from "@/lib/schemas/common";

/** Splits argv into positionals and --flag value / --flag pairs. */
export function parseArgv(argv: string[]): { positionals: string[]; flags: Record<string, string | true> } {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) flags[name] = inline;
    else if (next !== undefined && !next.startsWith("--")) {
      flags[name] = next;
      i++;
    } else flags[name] = true;
  }
  return { positionals, flags };
}

export const asOfSchema = isoDateSchema.describe("--as-of");

/** Today as YYYY-MM-DD (UTC): the default as-of date. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export { formatIssues } from "@/lib/schemas/issues";
