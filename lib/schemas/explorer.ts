import { z } from "zod";
import { isoDateSchema, slugSchema } from "./common";
import { provisionKeySchema, provisionRefSchema } from "./framework";

// Query strings of the explorer pages and downloads. Next hands us string | string[] | undefined;
// a repeated parameter counts once (its first value), an empty one as absent.
const single = (v: unknown) => {
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === "string" && first.trim() === "" ? undefined : typeof first === "string" ? first.trim() : first;
};
export const param = <T extends z.ZodType>(schema: T) => z.preprocess(single, schema);

export const EXPORT_FORMATS = ["csv", "json"] as const;
export const exportFormatSchema = param(z.enum(EXPORT_FORMATS).default("csv"));

/** `/frameworks/[slug]?version=&role=&concept=&asOf=&applying=1` */
export const frameworkFiltersSchema = z.object({
  version: param(z.string().max(80).optional()),
  role: param(z.string().max(40).optional()),
  concept: param(slugSchema.optional()),
  asOf: param(isoDateSchema.optional()),
  applying: param(z.enum(["1"]).optional()),
});

export const provisionParamsSchema = z.object({ slug: slugSchema, provision: provisionKeySchema });

/**
 * Which versions of each framework a read covers. `current` (the default): the version in force
 * or enacted at today's date (lib/engine/as-of.ts), so a repealed law does not mix with the one
 * that replaced it; `all`: every version, repealed ones too.
 */
export const VERSION_SCOPES = ["current", "all"] as const;
export type VersionScope = (typeof VERSION_SCOPES)[number];
export const versionScopeSchema = param(z.enum(VERSION_SCOPES).default("current")).describe(
  "`current` (default): each framework's version in force or enacted today; `all`: repealed versions too.",
);

/** The other side of a matrix: a framework slug, or "concepts". */
export const CONCEPTS_AXIS = "concepts";

const withAxisRules = <T extends z.ZodType<{ from: string; to: string }>>(schema: T) =>
  schema
    .refine((q) => q.from !== q.to, { path: ["to"], message: "choose two different frameworks" })
    .refine((q) => q.from !== CONCEPTS_AXIS, { path: ["from"], message: "rows must be a framework; put concepts in the columns" });

const axes = { from: param(slugSchema), to: param(slugSchema), versions: versionScopeSchema };

/** A matrix's two axes: rows from a framework, columns from another framework or "concepts" (the API's /crosswalk). */
export const crosswalkAxesSchema = withAxisRules(z.object(axes));

/** The crosswalk page and its export: the axes plus the selected cell. */
export const crosswalkQuerySchema = withAxisRules(z.object({ ...axes, cell: param(z.string().max(300).optional()) }));

export const GAP_SCOPES = ["duties", "all"] as const;
export const gapQuerySchema = z
  .object({
    from: param(slugSchema),
    to: param(slugSchema),
    scope: param(z.enum(GAP_SCOPES).default("duties")),
    version: param(z.string().max(80).optional()),
    versions: versionScopeSchema,
  })
  .refine((q) => q.from !== q.to, { path: ["to"], message: "choose two different frameworks" });

export const searchQuerySchema = z.object({
  // Control characters (a NUL byte would make Postgres reject the text) become spaces.
  q: param(z.string().max(200, "keep the search under 200 characters").default("").transform((q) => q.replace(/[\u0000-\u001f\u007f]+/g, " ").trim())),
  framework: param(slugSchema.optional()),
  versions: versionScopeSchema,
});

/** `/frameworks/[slug]/[provision]?versions=all`: which versions the mappings' other ends may be in. */
export const provisionViewSchema = z.object({ versions: versionScopeSchema });

export const MAX_GRAPH_DEPTH = 3;
export const GRAPH_VIEWS = ["clusters", "provisions"] as const;
export const graphQuerySchema = z
  .object({
    provision: param(provisionRefSchema.optional()),
    concept: param(slugSchema.optional()),
    depth: param(z.coerce.number().int("depth must be a whole number").min(1, "depth must be at least 1").max(MAX_GRAPH_DEPTH, `depth is at most ${MAX_GRAPH_DEPTH}`).default(1)),
    framework: param(slugSchema.optional()),
    /** `clusters`: one node per framework (the full graph's default); `provisions`: every provision. */
    view: param(z.enum(GRAPH_VIEWS).optional()),
  })
  .refine((q) => !(q.provision && q.concept), { path: ["concept"], message: "give a provision or a concept, not both" });

export type CrosswalkQuery = z.infer<typeof crosswalkQuerySchema>;
export type GapQuery = z.infer<typeof gapQuerySchema>;
export type SearchQuery = z.infer<typeof searchQuerySchema>;
export type GraphQuery = z.infer<typeof graphQuerySchema>;

/** Raw Next search params → a plain object zod can read. */
export function fromSearchParams(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  if (params instanceof URLSearchParams) return Object.fromEntries([...params.keys()].map((k) => [k, params.getAll(k)]));
  return params;
}
