import { z } from "zod";
import {
  apiComponents,
  apiRequestComponents,
  assessmentComponent,
  assessmentQuerySchema,
  complyQuerySchema,
  complyReportSchema,
  conceptDetailSchema,
  conceptIdParamsSchema,
  conceptPageSchema,
  componentDescriptions,
  crosswalkApiQuerySchema,
  crosswalkSchema,
  frameworkDetailSchema,
  frameworkPageSchema,
  frameworkSlugParamsSchema,
  frameworkVersionPageSchema,
  gapReportSchema,
  gapsApiQuerySchema,
  jsonSchemaDocument,
  mappingPageSchema,
  mappingsQuerySchema,
  MAX_PAGE_LIMIT,
  openApiDocument,
  oscalCatalogDocument,
  oscalMappingDocument,
  pageQuerySchema,
  profileRequestComponent,
  provisionDetailSchema,
  provisionIdParamsSchema,
  provisionPageSchema,
  provisionsQuerySchema,
  searchApiQuerySchema,
  searchResultSchema,
} from "@/lib/schemas/api";
import { crosswalkPairQuerySchema, oscalCatalogParamsSchema, oscalCatalogQuerySchema } from "@/lib/schemas/interop";
import { provisionViewSchema } from "@/lib/schemas/explorer";
import { MAX_BODY_BYTES } from "./http";
import { MAX_PROBLEMS } from "./problem";

// The OpenAPI 3.1 document of the REST API v1, generated from the zod schemas the routes
// validate with (lib/schemas/api.ts, lib/schemas/explorer.ts) by zod's own z.toJSONSchema:
// OpenAPI 3.1 schemas are JSON Schema 2020-12, which is what it writes. Nothing here restates a
// schema; the table below only says which schema each route reads and returns.

type JsonSchema = Record<string, unknown>;
type Operation = {
  method: "get" | "post";
  /** OpenAPI path template under /api/v1. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  pathParams?: z.ZodObject;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The 200 body; a schema registered in apiComponents. */
  ok: z.ZodType;
  /** Corpus and static reads: ETag, 304, CORS. */
  cached?: boolean;
  paged?: boolean;
  notFound?: string;
};

export const API_BASE = "/api/v1";

const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/frameworks",
    operationId: "listFrameworks",
    summary: "List frameworks",
    description: "Every framework with its versions (newest first), provision and mapping counts.",
    tag: "Frameworks",
    query: pageQuerySchema,
    ok: frameworkPageSchema,
    cached: true,
    paged: true,
  },
  {
    method: "get",
    path: "/frameworks/{slug}",
    operationId: "getFramework",
    summary: "Get a framework",
    description: "A framework with every version and its recognition links.",
    tag: "Frameworks",
    pathParams: frameworkSlugParamsSchema,
    ok: frameworkDetailSchema,
    cached: true,
    notFound: "No framework has this id.",
  },
  {
    method: "get",
    path: "/frameworks/{slug}/versions",
    operationId: "listFrameworkVersions",
    summary: "List a framework's versions",
    description: "Newest first, with the enacting or amending act, status and dates.",
    tag: "Frameworks",
    pathParams: frameworkSlugParamsSchema,
    query: pageQuerySchema,
    ok: frameworkVersionPageSchema,
    cached: true,
    paged: true,
    notFound: "No framework has this id.",
  },
  {
    method: "get",
    path: "/provisions",
    operationId: "listProvisions",
    summary: "List provisions",
    description:
      "In the law's order (framework, newest version first, then the law's own order). Without `version` or `asOf` every version is listed. " +
      "With `role`, `concept` or `applying` the list is flat: headings (structure) are left out. An unknown framework, version or concept is a 400.",
    tag: "Provisions",
    query: provisionsQuerySchema,
    ok: provisionPageSchema,
    cached: true,
    paged: true,
  },
  {
    method: "get",
    path: "/provisions/{framework}/{key}",
    operationId: "getProvision",
    summary: "Get a provision",
    description:
      'The provision id "<framework>/<key>" is the path: `/provisions/eu-ai-act/art-26-1` (the id with its slash percent-encoded, `/provisions/eu-ai-act%2Fart-26-1`, works too). ' +
      "With dates, conditions, concepts, breadcrumbs, children and every mapping read from this provision's side.",
    tag: "Provisions",
    pathParams: provisionIdParamsSchema,
    query: provisionViewSchema,
    ok: provisionDetailSchema,
    cached: true,
    notFound: "No provision has this id.",
  },
  {
    method: "get",
    path: "/mappings",
    operationId: "listMappings",
    summary: "List mappings",
    description: "Typed mappings between provisions of two frameworks, as recorded (source → target), ordered by id.",
    tag: "Mappings",
    query: mappingsQuerySchema,
    ok: mappingPageSchema,
    cached: true,
    paged: true,
  },
  {
    method: "get",
    path: "/crosswalk",
    operationId: "getCrosswalk",
    summary: "Crosswalk matrix",
    description: "Provisions of `from` against provisions of `to` (or `to=concepts`), each cell read from the row's side. Returned whole, not paged.",
    tag: "Mappings",
    query: crosswalkApiQuerySchema,
    ok: crosswalkSchema,
    cached: true,
    notFound: "No framework has the id in `from` or `to`.",
  },
  {
    method: "get",
    path: "/gaps",
    operationId: "getGapReport",
    summary: "Gap report",
    description: "How well `to` covers each provision of `from` (duty-bearing provisions by default). Returned whole, not paged.",
    tag: "Mappings",
    query: gapsApiQuerySchema,
    ok: gapReportSchema,
    cached: true,
    notFound: "No framework has the id in `from` or `to`.",
  },
  {
    method: "get",
    path: "/comply",
    operationId: "getComplyReport",
    summary: "Comply once: the strictest common requirement",
    description:
      "Per concept, across the chosen frameworks' versions governing on `asOf`: the duties whose primary concept it is, grouped where mappings link them; for each group the strictest value of each parameter (deadline, frequency, retention…) with the provision that sets it, what one member asks beyond another, duties only one framework asks, and conflicts. " +
      "An unknown framework or concept, or a selection with no framework, is a 400. Returned whole, not paged.",
    tag: "Mappings",
    query: complyQuerySchema,
    ok: complyReportSchema,
    cached: true,
  },
  {
    method: "get",
    path: "/concepts",
    operationId: "listConcepts",
    summary: "List concepts",
    description: "The harmonised concept taxonomy, with how many provisions carry each concept and in which frameworks.",
    tag: "Concepts",
    query: pageQuerySchema,
    ok: conceptPageSchema,
    cached: true,
    paged: true,
  },
  {
    method: "get",
    path: "/concepts/{id}",
    operationId: "getConcept",
    summary: "Get a concept",
    description: "A concept, every provision tagged with it, and which frameworks say nothing on it.",
    tag: "Concepts",
    pathParams: conceptIdParamsSchema,
    ok: conceptDetailSchema,
    cached: true,
    notFound: "No concept has this id.",
  },
  {
    method: "get",
    path: "/search",
    operationId: "search",
    summary: "Search provisions",
    description: "Ranked Postgres full-text search over citations, titles and summaries; a citation finds the provision itself first, then its subdivisions.",
    tag: "Search",
    query: searchApiQuerySchema,
    ok: searchResultSchema,
    cached: true,
    paged: true,
  },
  {
    method: "post",
    path: "/assessments",
    operationId: "assess",
    summary: "Assess an AI system",
    description:
      "Post a system profile (`null` = not sure) and get the assessment contract: classes, scope, obligations with dates and status, open questions and the de-duplicated checklist. Nothing is stored.",
    tag: "Assessments",
    query: assessmentQuerySchema,
    body: profileRequestComponent,
    ok: assessmentComponent,
  },
  {
    method: "get",
    path: "/schema/profile",
    operationId: "getProfileSchema",
    summary: "System profile JSON Schema",
    tag: "Schemas",
    ok: jsonSchemaDocument,
    cached: true,
  },
  {
    method: "get",
    path: "/schema/assessment-record",
    operationId: "getAssessmentRecordSchema",
    summary: "Assessment record JSON Schema",
    tag: "Schemas",
    ok: jsonSchemaDocument,
    cached: true,
  },
  {
    method: "get",
    path: "/frameworks/{slug}/oscal-catalog.json",
    operationId: "getOscalCatalog",
    summary: "A framework version as an OSCAL catalog",
    description: "The version in force today unless `version` names another. Validated against the official OSCAL 1.0.6 catalog JSON Schema.",
    tag: "OSCAL",
    pathParams: oscalCatalogParamsSchema,
    query: oscalCatalogQuerySchema,
    ok: oscalCatalogDocument,
    cached: true,
    notFound: "No framework has this id.",
  },
  {
    method: "get",
    path: "/crosswalk/oscal-mapping.json",
    operationId: "getOscalMappingCollection",
    summary: "The crosswalk between two frameworks as an OSCAL mapping-collection",
    description: "One mapping per pair of versions. The same crosswalk as SSSOM/TSV: `/api/v1/crosswalk/sssom.tsv?from=&to=` (text/tab-separated-values).",
    tag: "OSCAL",
    query: crosswalkPairQuerySchema,
    ok: oscalMappingDocument,
    cached: true,
    notFound: "No mapping links the two frameworks.",
  },
  {
    method: "get",
    path: "/openapi.json",
    operationId: "getOpenApi",
    summary: "This OpenAPI document",
    tag: "Schemas",
    ok: openApiDocument,
    cached: true,
  },
];

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
function componentId(schema: z.ZodType): string {
  const meta = apiComponents.get(schema) ?? apiRequestComponents.get(schema);
  if (!meta) throw new Error("every request and response body must be a registered component (lib/schemas/api.ts)");
  return meta.id;
}

/** Registered schemas → components (no $schema/$id inside; refs point at #/components/schemas). */
function components(registry: typeof apiComponents, io: "input" | "output"): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, { target: "draft-2020-12", io, uri: (id) => `#/components/schemas/${id}`, unrepresentable: "any" });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as JsonSchema;
      const description = componentDescriptions.get(id);
      return [id, { ...rest, ...(description && !rest.description ? { description } : {}) }];
    }),
  );
}

/** An object schema's properties → OpenAPI parameters (the description moves to the parameter). */
function parameters(schema: z.ZodType | undefined, where: "query" | "path") {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return {
      name,
      in: where,
      required: where === "path" || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: propertySchema,
    };
  });
}

const header = (description: string, schema: JsonSchema = { type: "string" }) => ({ description, schema });
const problemContent = { "application/problem+json": { schema: ref("Problem") } };

function responses(op: Operation) {
  const cors = op.cached ? { "Access-Control-Allow-Origin": header("`*`: public data, readable from any origin.") } : {};
  const out: Record<string, unknown> = {
    200: {
      description: "OK",
      headers: {
        ...cors,
        ...(op.cached ? { ETag: header("A weak validator; send it back in If-None-Match to get 304 while the data is unchanged.") } : {}),
        ...(op.paged ? { Link: header('`<next page>; rel="next"` when there is a next page.') } : {}),
      },
      content: { "application/json": { schema: ref(componentId(op.ok)) } },
    },
  };
  if (op.cached) out[304] = { description: "Not Modified: the If-None-Match validator is current.", headers: { ...cors, ETag: header("The current validator.") } };
  if (op.query || op.pathParams || op.body)
    out[400] = { description: `Invalid input: every problem's path and message (at most ${MAX_PROBLEMS}).`, headers: cors, content: problemContent };
  if (op.notFound) out[404] = { description: op.notFound, headers: cors, content: problemContent };
  out[405] = { description: "Method not allowed; the Allow header lists the methods.", headers: { ...cors, Allow: header("The allowed methods.") }, content: problemContent };
  if (op.body) out[413] = { description: `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`, content: problemContent };
  out[500] = { description: "An error on our side (never caused by input).", headers: cors, content: problemContent };
  return out;
}

function operation(op: Operation) {
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.tag],
    parameters: [
      ...parameters(op.pathParams, "path"),
      ...parameters(op.query, "query"),
      ...(op.cached ? [{ name: "If-None-Match", in: "header", required: false, description: "An ETag from an earlier response.", schema: { type: "string" } }] : []),
    ],
    ...(op.body
      ? { requestBody: { required: true, content: { "application/json": { schema: ref(componentId(op.body)) } } } }
      : {}),
    responses: responses(op),
  };
}

let built: ReturnType<typeof build> | undefined;
/** The whole document (built once per process: it depends on the code only). */
export function buildOpenApiDocument() {
  return (built ??= build());
}

function build() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op);
  return {
    openapi: "3.1.1",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "AI Regulatory Crosswalk API",
      version: "1.0.0",
      description: [
        "Read the obligation graph of the EU AI Act, Colorado's AI law, the G7 Hiroshima Code, NIST AI RMF and ISO/IEC 42001, with typed mappings between them (OSCAL 1.2 / NIST IR 8477 relationships), and assess an AI system against it.",
        "",
        "**Ids** are stable: frameworks by slug (`eu-ai-act`), versions as `<framework>@<version>`, provisions as `<framework>/<key>`, mappings as `<source>~<target>`, concepts by slug.",
        `**Pagination**: list routes return \`{ data, total, next }\`; follow \`next\` (also in the \`Link\` header) until it is null. \`limit\` is 1–${MAX_PAGE_LIMIT} (default 50); the cursor is opaque and only valid for the query that issued it.`,
        "**Caching**: corpus reads carry an `ETag` derived from the loaded data version and the URL; send it in `If-None-Match` to get `304 Not Modified`.",
        "**CORS**: reads are open to any origin (`Access-Control-Allow-Origin: *`).",
        `**Errors** are RFC 9457 problem details (\`application/problem+json\`): 400 lists every problem as \`{ path, message }\`, 404 for unknown ids, 405 with \`Allow\` for other methods, 413 for request bodies over ${MAX_BODY_BYTES / 1024} KB.`,
        "",
        "Summaries and mappings are our own words, not legal advice; each provision links its primary source.",
      ]
        .filter(Boolean)
        .join("\n\n"),
      license: { name: "Summaries and mappings: see the data release licence note; the laws are public." },
    },
    servers: [{ url: API_BASE }],
    tags: [
      { name: "Frameworks", description: "Frameworks and their versions." },
      { name: "Provisions", description: "Articles, paragraphs, subcategories, controls." },
      { name: "Mappings", description: "Typed mappings, the crosswalk matrix and gap reports." },
      { name: "Concepts", description: "The harmonised concept taxonomy." },
      { name: "Search", description: "Full-text and citation search." },
      { name: "Assessments", description: "Assess a system profile." },
      { name: "Schemas", description: "Machine-readable formats." },
      { name: "OSCAL", description: "NIST OSCAL documents: catalogs and control mapping-collections." },
    ],
    paths,
    components: { schemas: { ...components(apiComponents, "output"), ...components(apiRequestComponents, "input") } },
  };
}
export type OpenApiDocument = ReturnType<typeof build>;
export const OPENAPI_OPERATIONS = OPERATIONS.map(({ method, path, operationId }) => ({ method, path, operationId }));
