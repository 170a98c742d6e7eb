import type { z } from "zod";
import { crosswalkResource, gapReportResource, mappingResource, provisionResource, searchHitResource } from "@/lib/api/resources";
import { getCrosswalkMatrix, getGapReport, listMappings, listProvisions, searchProvisions, type Client } from "@/lib/db/queries";
import { crosswalkApiQuerySchema, gapsApiQuerySchema, mappingsQuerySchema, provisionsQuerySchema, searchApiQuerySchema } from "@/lib/schemas/api";
import { formatIssuePath } from "@/lib/schemas/issues";
import { openQueryDatabase } from "./query-database";

// The CLI door to the query layer: `corpus provisions|mappings|search|gaps|crosswalk` read
// their flags with the API's zod schemas (--as-of is asOf), call the same query functions as
// the pages, the REST API and the MCP server, and print the API's resources (whole lists, no
// pages).

type Row = { id?: string; citation?: string; title?: string };
type Command<S extends z.ZodType> = {
  schema: S;
  /** The positional argument, if the command takes one (search: the query). */
  positional?: string;
  run(query: z.output<S>, db: Client): Promise<{ json: unknown; rows: Row[] } | { unknown: string; value: unknown } | null>;
};
const command = <S extends z.ZodType>(c: Command<S>) => c;

export const QUERY_COMMANDS = {
  provisions: command({
    schema: provisionsQuerySchema,
    async run({ cursor: _c, limit: _l, applying, ...filters }, db) {
      const list = await listProvisions({ ...filters, applying: applying === "1" }, undefined, db);
      if (list.unknown) return { unknown: list.unknown, value: filters[list.unknown] };
      const data = list.items.map(provisionResource);
      return { json: data, rows: data };
    },
  }),
  mappings: command({
    schema: mappingsQuerySchema,
    async run({ cursor: _c, limit: _l, ...filters }, db) {
      const list = await listMappings(filters, undefined, db);
      if (list.unknown) return { unknown: list.unknown, value: filters[list.unknown] };
      const data = list.items.map(mappingResource);
      return { json: data, rows: data.map((m) => ({ id: m.id, citation: `${m.source.citation} ${m.relationship} ${m.target.citation}`, title: m.explanation })) };
    },
  }),
  search: command({
    schema: searchApiQuerySchema,
    positional: "q",
    async run({ q, framework, limit }, db) {
      const result = await searchProvisions({ q, framework, limit }, db);
      const data = result.hits.map(searchHitResource);
      return { json: { query: result.query, total: result.total, facets: result.facets, data }, rows: data.map((h) => ({ id: h.id, citation: h.citation, title: h.titleHighlighted })) };
    },
  }),
  gaps: command({
    schema: gapsApiQuerySchema,
    async run(query, db) {
      const report = await getGapReport(query, db);
      if (!report) return null;
      const json = gapReportResource(report);
      return { json, rows: json.rows.map((r) => ({ id: r.id, citation: `${r.citation} [${r.coverage}]`, title: r.title })) };
    },
  }),
  crosswalk: command({
    schema: crosswalkApiQuerySchema,
    async run(query, db) {
      const matrix = await getCrosswalkMatrix(query.from, query.to, db);
      if (!matrix) return null;
      const json = crosswalkResource(matrix);
      return { json, rows: json.cells.map((c) => ({ id: `${c.row} → ${c.col}`, citation: c.kind === "mapping" ? c.relationship : "tagged" })) };
    },
  }),
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Runs one query command; problems are "--flag: message" lines, as everywhere in the CLIs. */
export async function runQueryCommand(
  name: keyof typeof QUERY_COMMANDS,
  positionals: string[],
  flags: Record<string, string | true>,
): Promise<{ ok: true; output: string } | { ok: false; problems: string[] }> {
  const cmd = QUERY_COMMANDS[name] as Command<z.ZodType>;
  const json = flags.json === true;
  const input: Record<string, string> = {};
  for (const [flag, value] of Object.entries(flags)) if (flag !== "json") input[camel(flag)] = value === true ? "1" : value;
  if (cmd.positional && positionals[0] !== undefined) input[cmd.positional] = positionals[0];
  const parsed = cmd.schema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => {
        const path = formatIssuePath(i.path);
        return `${path === cmd.positional ? path : `--${kebab(path) || "(root)"}`}: ${i.message}`;
      }),
    };
  const db = await openQueryDatabase();
  try {
    const result = await cmd.run(parsed.data, db.prisma);
    if (!result) return { ok: false, problems: [`no framework has the id "${input.from}" or "${input.to}"`] };
    if ("unknown" in result) return { ok: false, problems: [`--${result.unknown}: unknown ${result.unknown === "from" || result.unknown === "to" ? "framework" : result.unknown} "${String(result.value)}"`] };
    const output = json
      ? `${JSON.stringify(result.json, null, 2)}\n`
      : result.rows.map((r) => `${[r.id, r.citation, r.title].filter(Boolean).join("\t")}\n`).join("");
    return { ok: true, output };
  } finally {
    await db.close();
  }
}
