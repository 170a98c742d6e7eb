import { z } from "zod";
import { assessmentResultSchema } from "./assessment-record";
import { isoDateSchema, RATIONALES, relationshipSchema, roleSchema, ROLES, slugSchema } from "./common";
import { conditionSchema } from "./condition";
import { CONCEPTS_AXIS, crosswalkAxesSchema, frameworkFiltersSchema, GAP_SCOPES, gapQuerySchema, param, searchQuerySchema } from "./explorer";
import { applicationDateSchema, comparisonSchema, PROVISION_KINDS, provisionRefSchema, superseededDateSchema, VERSION_STATUSES } from "./framework";
import { profileSchema } from "./profile";
import { FRAMEWORK_JURISDICTIONS } from "./common";
import { COMPARISON_PARAMETERS, mappingOriginSchema, mappingReviewSchema } from "./framework";

// The REST API v1 contract. Query schemas are the explorer's (lib/schemas/explorer.ts) plus
// pagination; response schemas describe exactly what the routes return. The OpenAPI document
// (lib/api/openapi.ts) is generated from these with z.toJSONSchema; every schema registered in
// `apiComponents` becomes a component under #/components/schemas/<id>.

export type ComponentMeta = { id: string; description?: string };
/** Schemas of what the API returns (published as they are output). */
export const apiComponents = z.registry<ComponentMeta>();
/** Schemas of what the API accepts (published as they are input: defaults may be omitted). */
export const apiRequestComponents = z.registry<ComponentMeta>();
/** Component id → its description (z.toJSONSchema writes a registry's ids, not its other metadata). */
export const componentDescriptions = new Map<string, string>();
const register =
  (registry: z.core.$ZodRegistry<ComponentMeta>) =>
  <T extends z.ZodType>(schema: T, id: string, description?: string): T => {
    registry.add(schema, { id, ...(description ? { description } : {}) });
    if (description) componentDescriptions.set(id, description);
    return schema;
  };
const component = register(apiComponents);
const requestComponent = register(apiRequestComponents);

// ───────────────────────────── query parameters ─────────────────────────────

export const MAX_PAGE_LIMIT = 200;
export const DEFAULT_PAGE_LIMIT = 50;

export const pageQueryShape = {
  cursor: param(
    z
      .string()
      .max(400, "is not a cursor this API issued")
      .regex(/^[A-Za-z0-9_-]+$/, "is not a cursor this API issued")
      .optional()
      .describe("Opaque cursor from the `next` link of the previous page. Omit it for the first page."),
  ),
  limit: param(
    z.coerce
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(MAX_PAGE_LIMIT, `must be at most ${MAX_PAGE_LIMIT}`)
      .default(DEFAULT_PAGE_LIMIT)
      .describe(`Items per page, 1–${MAX_PAGE_LIMIT}.`),
  ),
};
export const pageQuerySchema = z.object(pageQueryShape);

export const frameworkSlugParamsSchema = z.object({ slug: slugSchema.describe("Framework id, e.g. `eu-ai-act`.") });
export const conceptIdParamsSchema = z.object({ id: slugSchema.describe("Concept id, e.g. `human-oversight`.") });
/** `/provisions/{framework}/{key}`: the provision id "<framework>/<key>" as two path segments. */
export const provisionIdParamsSchema = z.object({
  framework: slugSchema.describe("Framework id, the part of the provision id before the slash."),
  key: z
    .string()
    .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "must be lower-case letters, digits, '-' or '.' (e.g. art-26-1)")
    .describe("Provision key, the part of the provision id after the slash, e.g. `art-26-1`."),
});
export const provisionIdSchema = provisionRefSchema;

export const provisionsQuerySchema = frameworkFiltersSchema
  .extend({
    framework: param(slugSchema.optional()).describe("Only this framework, e.g. `eu-ai-act`."),
    version: frameworkFiltersSchema.shape.version.describe("Only this version, e.g. `colorado-ai-act@sb24-205` (see /frameworks/{slug}/versions)."),
    role: param(roleSchema.optional()).describe("Only provisions that bind this role."),
    concept: frameworkFiltersSchema.shape.concept.describe("Only provisions tagged with this concept id."),
    asOf: frameworkFiltersSchema.shape.asOf.describe("YYYY-MM-DD. Without `version`, each framework's version in force or enacted on that day; adds `pending` to every provision."),
    applying: frameworkFiltersSchema.shape.applying.describe("`1`: only provisions that apply by `asOf` (needs `asOf`)."),
    ...pageQueryShape,
  })
  .refine((q) => !q.applying || q.asOf, { path: ["applying"], message: "needs asOf: only provisions applying by which date?" });

export const mappingsQuerySchema = z
  .object({
    from: param(slugSchema.optional()).describe("One end of the mapping in this framework."),
    to: param(slugSchema.optional()).describe("The other end in this framework (with `from`: mappings between the two, either direction)."),
    relationship: param(relationshipSchema.optional()).describe("Only this relationship, as recorded from the mapping's source to its target."),
    concept: param(slugSchema.optional()).describe("Only mappings with either end tagged with this concept."),
    ...pageQueryShape,
  })
  .refine((q) => !q.from || q.from !== q.to, { path: ["to"], message: "choose two different frameworks" });

export const searchApiQuerySchema = searchQuerySchema
  .extend({
    q: searchQuerySchema.shape.q.describe("A citation (`Art. 26(1)`, `6-1-1703`, `GOVERN 1.1`) or words (`impact assessment`)."),
    framework: searchQuerySchema.shape.framework.describe("Only this framework."),
    ...pageQueryShape,
  })
  .refine((q) => q.q.length > 0, { path: ["q"], message: "give a search query in q" });

export const gapsApiQuerySchema = gapQuerySchema;
export const crosswalkApiQuerySchema = crosswalkAxesSchema;
export const assessmentQuerySchema = z.object({
  asOf: param(isoDateSchema.optional()).describe("YYYY-MM-DD; today when omitted."),
});

// ───────────────────────────── shared pieces ─────────────────────────────

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("A date, YYYY-MM-DD.");
const links = z.object({
  self: z.string().describe("This resource in the API."),
  html: z.string().describe("The citable page in the app."),
});
const versionStatus = z.enum(VERSION_STATUSES);
const provisionKind = z.enum(PROVISION_KINDS);
const role = z.enum(ROLES);

export const problemSchema = component(
  z.object({
    type: z.string().describe('"about:blank": the title is the HTTP status phrase.'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().describe("What went wrong, in one sentence."),
    problems: z
      .array(z.object({ path: z.string().describe('Where, e.g. "system.useCases[0]" or "(root)".'), message: z.string() }))
      .max(100)
      .optional()
      .describe("400 only: every problem in the input (at most 100; `detail` gives the count)."),
    lines: z.array(z.string()).max(100).optional().describe('400 only: the problems as "path: message" lines (the CLI\'s format).'),
  }),
  "Problem",
  "An error as RFC 9457 problem details (application/problem+json).",
);

/** `{ data, total, next }`: one page of a list. */
const page = <T extends z.ZodType>(item: T, id: string, what: string) =>
  component(
    z.object({
      data: z.array(item),
      total: z.number().int().describe("How many items the whole list has."),
      next: z.string().nullable().describe("Path of the next page (also in the Link header), null on the last page."),
    }),
    id,
    `One page of ${what}.`,
  );

// ───────────────────────────── frameworks ─────────────────────────────

export const frameworkVersionSchema = component(
  z.object({
    id: z.string().describe('Stable version id, e.g. "eu-ai-act@2026-1744".'),
    frameworkId: z.string(),
    label: z.string(),
    act: z.string().describe("The enacting or amending act."),
    status: versionStatus,
    enactedOn: day.nullable(),
    validFrom: day,
    validTo: day.nullable(),
    consolidatedTextDate: day.nullable(),
    sourceUrl: z.string(),
    notes: z.string(),
    provisionCount: z.number().int().describe("Provisions in this version (headings excluded)."),
  }),
  "FrameworkVersion",
);

const frameworkFields = {
  id: z.string().describe('Stable framework id (slug), e.g. "eu-ai-act".'),
  name: z.string(),
  shortName: z.string(),
  jurisdiction: z.string().describe('"EU", "US-CO", "US" or "INTL".'),
  binding: z.boolean().describe("Binding law (true) or a voluntary framework (false)."),
  kind: z.string().describe("law | code-of-conduct | framework | standard"),
  publisher: z.string(),
  description: z.string(),
  sourceUrl: z.string(),
  mappingCount: z.number().int().describe("Mappings with one end in this framework."),
};

export const frameworkSchema = component(
  z.object({
    ...frameworkFields,
    versions: z
      .array(z.object({ id: z.string(), label: z.string(), status: versionStatus, validFrom: day, validTo: day.nullable(), provisionCount: z.number().int() }))
      .describe("Newest first."),
    links,
  }),
  "Framework",
);

export const frameworkDetailSchema = component(
  z.object({
    ...frameworkFields,
    versions: z.array(frameworkVersionSchema).describe("Newest first."),
    recognitions: z
      .array(z.object({ id: z.string(), from: z.string(), to: z.string(), citation: z.string(), effect: z.string(), explanation: z.string() }))
      .describe("Where one framework gives effect to another (e.g. a law counting a certification)."),
    links: links.extend({ versions: z.string(), provisions: z.string() }),
  }),
  "FrameworkDetail",
);

export const frameworkPageSchema = page(frameworkSchema, "FrameworkPage", "frameworks");
export const frameworkVersionPageSchema = page(frameworkVersionSchema, "FrameworkVersionPage", "a framework's versions");

// ───────────────────────────── provisions ─────────────────────────────

export const provisionSchema = component(
  z.object({
    id: z.string().describe('Stable provision id "<framework>/<key>", e.g. "eu-ai-act/art-26-1".'),
    frameworkId: z.string(),
    versionId: z.string(),
    key: z.string(),
    citation: z.string(),
    title: z.string(),
    summary: z.string().describe("Our own words; read the primary source."),
    kind: provisionKind,
    parentKey: z.string().nullable().describe("Key of the enclosing provision in the same version (the law's tree)."),
    binds: z.array(role),
    bindsAs: z.string().nullable().describe("Who it binds in the instrument's own words (e.g. \"large frontier developer\")."),
    appliesFrom: day.nullable(),
    appliesFromSetBy: z.string().nullable(),
    verified: z.boolean().describe("Checked against the primary text."),
    sourceUrl: z.string(),
    concepts: z.array(z.string()).describe("Concept ids."),
    mappingCount: z.number().int(),
    pending: z.boolean().nullable().describe("With `asOf`: true when the provision does not apply yet on that day; otherwise null."),
    links,
  }),
  "Provision",
);
export const provisionPageSchema = page(provisionSchema, "ProvisionPage", "provisions");

export const relatedProvisionSchema = component(
  z.object({
    mappingId: z.string(),
    relationship: relationshipSchema.describe("Read from this provision towards the other one."),
    outgoing: z.boolean().describe("True when this provision is the mapping's recorded source."),
    rationale: z.enum(RATIONALES),
    confidence: z.number().min(0).max(1),
    explanation: z.string(),
    gapSummary: z.string().nullable(),
    gapNotCoveredBy: z.string().describe("Citation of the mapping's target: the gap summary says what it does not cover."),
    provenance: z.string(),
    origin: mappingOriginSchema.describe("Who or what made the mapping and when; published crosswalks appear as evidence, never as the edge."),
    review: mappingReviewSchema.describe("Whether a reviewer confirmed the mapping, who and when."),
    provenanceLine: z.string().describe("Origin and review in one line."),
    comparisons: z
      .array(z.object({ parameter: z.string(), here: z.string(), there: z.string(), stricter: z.enum(["here", "there", "same", "not-comparable"]), note: z.string().nullable() }))
      .describe("Where the two duties differ in strength, read from this provision's side."),
    other: z.object({
      id: z.string(),
      citation: z.string(),
      title: z.string(),
      frameworkId: z.string(),
      frameworkName: z.string(),
      versionLabel: z.string(),
      versionStatus: versionStatus,
    }),
  }),
  "RelatedProvision",
);

export const conditionComponent = component(conditionSchema, "Condition", "A machine-readable condition over the system profile.");

export const provisionDetailSchema = component(
  z.object({
    id: z.string(),
    frameworkId: z.string(),
    versionId: z.string(),
    key: z.string(),
    citation: z.string(),
    title: z.string(),
    summary: z.string(),
    kind: provisionKind,
    parentKey: z.string().nullable(),
    binds: z.array(role),
    bindsAs: z.string().nullable().describe("Who it binds in the instrument's own words."),
    appliesFrom: day.nullable(),
    appliesFromSetBy: z.string().nullable(),
    dates: z.object({
      applies: z.array(applicationDateSchema).describe("When the provision binds, with the act that set each date."),
      history: z.array(superseededDateSchema).describe("Dates an amendment replaced."),
      amendedBy: z.object({ act: z.string(), change: z.string(), note: z.string().optional() }).nullable(),
    }),
    conditions: conditionComponent.nullable(),
    sourceUrl: z.string(),
    verified: z.boolean(),
    verificationNote: z.string().nullable(),
    framework: z.object({ id: z.string(), name: z.string(), shortName: z.string(), binding: z.boolean() }),
    version: z.object({ id: z.string(), label: z.string(), act: z.string(), status: versionStatus, validFrom: day, validTo: day.nullable(), sourceUrl: z.string() }),
    concepts: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })),
    ancestors: z.array(z.object({ id: z.string(), key: z.string(), citation: z.string(), title: z.string() })).describe("Outermost first."),
    children: z.array(z.object({ id: z.string(), key: z.string(), citation: z.string(), title: z.string(), kind: provisionKind })),
    mappings: z.array(relatedProvisionSchema),
    links,
  }),
  "ProvisionDetail",
);

// ───────────────────────────── mappings and crosswalk ─────────────────────────────

const mappingEnd = z.object({ id: z.string(), frameworkId: z.string(), versionId: z.string(), citation: z.string(), title: z.string() });
export const mappingSchema = component(
  z.object({
    id: z.string().describe('Stable mapping id "<source>~<target>".'),
    source: mappingEnd,
    target: mappingEnd,
    relationship: relationshipSchema.describe("OSCAL 1.2 / NIST IR 8477, from source to target."),
    rationale: z.enum(RATIONALES),
    confidence: z.number().min(0).max(1),
    explanation: z.string(),
    gapSummary: z.string().nullable().describe("What the target does not cover."),
    provenance: z.string(),
    origin: mappingOriginSchema.describe("Who or what made the mapping and when; published crosswalks appear as evidence, never as the edge."),
    review: mappingReviewSchema.describe("Whether a reviewer confirmed the mapping, who and when."),
    provenanceLine: z.string().describe("Origin and review in one line."),
    comparisons: z
      .array(comparisonSchema)
      .describe("Where the two duties differ in strength, per parameter (deadline, frequency, threshold…), and which side is stricter."),
  }),
  "Mapping",
);
export const mappingPageSchema = page(mappingSchema, "MappingPage", "mappings");

const axisItem = z.object({
  id: z.string(),
  citation: z.string(),
  title: z.string(),
  versionId: z.string(),
  versionLabel: z.string(),
  versionStatus: z.string(),
  description: z.string().optional().describe("Concept columns only."),
});
const matrixMapping = z.object({
  id: z.string(),
  sourceCitation: z.string(),
  targetCitation: z.string(),
  relationship: relationshipSchema.describe("As recorded, from the mapping's source to its target."),
  rationale: z.enum(RATIONALES),
  confidence: z.number().min(0).max(1),
  explanation: z.string(),
  gapSummary: z.string().nullable(),
  provenance: z.string(),
  origin: mappingOriginSchema.describe("Who or what made the mapping and when; published crosswalks appear as evidence, never as the edge."),
  review: mappingReviewSchema.describe("Whether a reviewer confirmed the mapping, who and when."),
  provenanceLine: z.string().describe("Origin and review in one line."),
});
export const crosswalkSchema = component(
  z.object({
    from: z.object({ id: z.string(), shortName: z.string(), binding: z.boolean() }),
    to: z.object({ id: z.string(), shortName: z.string(), binding: z.boolean().nullable().describe(`Null for "${CONCEPTS_AXIS}".`) }),
    rows: z.array(axisItem).describe("Provisions of `from` that carry a mapping (current version first, then the law's order)."),
    columns: z.array(axisItem).describe("Provisions of `to`, or concepts."),
    cells: z.array(
      z.discriminatedUnion("kind", [
        z.object({
          kind: z.literal("mapping"),
          row: z.string(),
          col: z.string(),
          relationship: relationshipSchema.describe("The strongest, read from the row's side."),
          mappings: z.array(matrixMapping),
        }),
        z.object({ kind: z.literal("concept"), row: z.string(), col: z.string() }),
      ]),
    ),
    counts: z.record(z.string(), z.number().int()).describe("Cells per relationship (read from the rows), or `tagged` for concepts."),
  }),
  "Crosswalk",
  "The matrix of mapped provisions between two frameworks, or of a framework against the concepts.",
);

// ───────────────────────────── concepts and gaps ─────────────────────────────

export const conceptSchema = component(
  z.object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    uncoveredNote: z.string().nullable(),
    provisionCount: z.number().int().describe("Provisions tagged with it (headings excluded)."),
    frameworks: z.array(z.string()).describe("Frameworks with at least one such provision."),
    links,
  }),
  "Concept",
);
export const conceptPageSchema = page(conceptSchema, "ConceptPage", "concepts");

export const conceptDetailSchema = component(
  z.object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    uncoveredNote: z.string().nullable(),
    frameworks: z
      .array(z.object({ id: z.string(), shortName: z.string(), binding: z.boolean(), provisionCount: z.number().int() }))
      .describe("Every framework with how many of the provisions below are its own; 0 means it says nothing on this concept."),
    provisions: z.array(
      z.object({
        id: z.string(),
        frameworkId: z.string(),
        versionId: z.string(),
        versionLabel: z.string(),
        versionStatus: versionStatus,
        citation: z.string(),
        title: z.string(),
        kind: provisionKind,
        verified: z.boolean(),
        appliesFrom: day.nullable(),
        mappingCount: z.number().int(),
      }),
    ),
    links,
  }),
  "ConceptDetail",
);

const coverage = z.enum(["covered", "partial", "checked-none", "unmapped"]);
export const gapReportSchema = component(
  z.object({
    from: z.object({ id: z.string(), shortName: z.string(), name: z.string(), binding: z.boolean() }),
    to: z.object({ id: z.string(), shortName: z.string(), name: z.string(), binding: z.boolean() }),
    scope: z.enum(GAP_SCOPES),
    version: z.string().nullable().describe("The `from` version reported on, or null for every version."),
    summary: z.object({ total: z.number().int(), covered: z.number().int(), partial: z.number().int(), checkedNone: z.number().int(), unmapped: z.number().int() }),
    rows: z.array(
      z.object({
        id: z.string(),
        citation: z.string(),
        title: z.string(),
        kind: provisionKind,
        versionId: z.string(),
        versionLabel: z.string(),
        versionStatus: versionStatus,
        coverage: coverage.describe("covered: an equal, equivalent or subset mapping; partial: intersects or superset; checked-none: mapped as no-relationship; unmapped: nobody checked."),
        mappings: z.array(
          z.object({
            mappingId: z.string(),
            relationship: relationshipSchema.describe("Read from the `from` side."),
            otherId: z.string(),
            otherCitation: z.string(),
            otherTitle: z.string(),
            explanation: z.string(),
            gapSummary: z.string().nullable(),
            gapNotCoveredBy: z.string(),
            provenance: z.string(),
            confidence: z.number().min(0).max(1),
          }),
        ),
      }),
    ),
  }),
  "GapReport",
  "How well `to` covers each provision of `from`.",
);

// ───────────────────────────── search ─────────────────────────────

export const searchHitSchema = component(
  z.object({
    id: z.string(),
    frameworkId: z.string(),
    frameworkName: z.string(),
    versionLabel: z.string(),
    versionStatus: versionStatus,
    citation: z.string(),
    kind: provisionKind,
    summary: z.string(),
    titleHighlighted: z.string().describe("The title with ⟦ ⟧ around matched words."),
    summaryHighlighted: z.string().describe("The summary (or its fragments around the matches) with ⟦ ⟧ around matched words."),
    citationMatch: z.number().int().describe("3 the exact citation, 2 one of its subdivisions, 0 a text match."),
    rank: z.number(),
    links,
  }),
  "SearchHit",
);
export const searchResultSchema = component(
  z.object({
    query: z.string(),
    citationQuery: z.string().nullable().describe("The query read as a normalised citation, when it is one."),
    facets: z.record(z.string(), z.number().int()).describe("Matches per framework (before the framework filter)."),
    concepts: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })).describe("Concepts whose name or description matches."),
    data: z.array(searchHitSchema).describe("Citations first (the exact one, then its subdivisions in the law's order), then by relevance."),
    total: z.number().int(),
    next: z.string().nullable(),
  }),
  "SearchResult",
);

// ───────────────────────────── assessments and schemas ─────────────────────────────

export const profileRequestComponent = requestComponent(profileSchema, "SystemProfile", "An AI system profile; every yes/no answer may be null (not sure).");
export const assessmentComponent = component(assessmentResultSchema, "Assessment", "The assessment contract (the same as the CLI's JSON).");
export const jsonSchemaDocument = component(z.record(z.string(), z.unknown()), "JsonSchemaDocument", "A JSON Schema (draft 2020-12) document.");
export const openApiDocument = component(z.record(z.string(), z.unknown()), "OpenApiDocument", "An OpenAPI 3.1 document.");

// ───────────────────────────── OSCAL ─────────────────────────────
// The documents themselves are defined by NIST's OSCAL models; our tests validate them against the
// official v1.0.6 catalog schema and a schema written from the v1.2.2 mapping metaschema.
export const oscalCatalogDocument = component(
  z.object({ catalog: z.record(z.string(), z.unknown()) }),
  "OscalCatalog",
  "An OSCAL 1.0.6 catalog (https://pages.nist.gov/OSCAL/): one framework version, groups following the law's structure, one control per provision.",
);
export const oscalMappingDocument = component(
  z.object({ "mapping-collection": z.record(z.string(), z.unknown()) }),
  "OscalMappingCollection",
  "An OSCAL 1.2 control mapping-collection between two frameworks (relationship, matching-rationale, confidence-score, gap summaries, provenance).",
);

// ───────────────────────────── comply once ─────────────────────────────

/** "EU,US-CO" or repeated `jurisdictions=EU&jurisdictions=US-CO`: one list, each value trimmed. */
const listParam = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(
    (v) => {
      const values = (Array.isArray(v) ? v : v === undefined ? [] : [v]).flatMap((x) => (typeof x === "string" ? x.split(",") : [x]));
      const items = values.map((x) => (typeof x === "string" ? x.trim() : x)).filter((x) => x !== "");
      return items.length ? [...new Set(items)] : undefined;
    },
    z.array(item).max(max, `at most ${max} values`).optional(),
  );

export const complyQuerySchema = z
  .object({
    jurisdictions: listParam(z.enum(FRAMEWORK_JURISDICTIONS, { error: `must be one of ${FRAMEWORK_JURISDICTIONS.join(", ")}` }), FRAMEWORK_JURISDICTIONS.length).describe(
      "Comma-separated jurisdiction codes, e.g. `EU,US-CO,US-CA,KR`: their binding laws (codes of practice and standards too with `voluntary=1`).",
    ),
    frameworks: listParam(slugSchema, 40).describe("Comma-separated framework ids to add, whatever their kind, e.g. `iso-42001`."),
    concept: param(slugSchema.optional()).describe("One concept id, e.g. `incident-reporting`; every concept with a duty when omitted."),
    asOf: param(isoDateSchema.optional()).describe("YYYY-MM-DD: each framework's version in force or enacted that day (never a repealed one); today when omitted."),
    voluntary: param(z.enum(["1"]).optional()).describe("`1`: with `jurisdictions`, also their codes of practice, frameworks and standards."),
  })
  .refine((q) => q.jurisdictions?.length || q.frameworks?.length, { path: ["jurisdictions"], message: "choose at least one jurisdiction or framework" });
export type ComplyQuery = z.output<typeof complyQuerySchema>;

const complySide = z.object({ id: z.string(), citation: z.string(), framework: z.string(), value: z.string() });
const complyWinner = z.object({
  value: z.string(),
  setBy: z.array(complySide).describe("The provisions that set this value (several only when recorded as the same)."),
  over: z.array(complySide).describe("Values this one meets: doing it satisfies them too."),
});
const complyParameter = z.discriminatedUnion("status", [
  complyWinner.extend({ parameter: z.string(), status: z.literal("strictest"), separately: z.array(complySide).describe("Values judged not comparable: meet them separately."), line: z.string() }),
  z.object({ parameter: z.string(), status: z.literal("several"), winners: z.array(complyWinner), separately: z.array(complySide), line: z.string() }).describe("Several values each win but were never compared with each other: meet each."),
  z.object({ parameter: z.string(), status: z.literal("same"), value: z.string(), setBy: z.array(complySide), line: z.string() }),
  z.object({ parameter: z.string(), status: z.enum(["separate", "undetermined"]), values: z.array(complySide), line: z.string() }),
]);
const complyMember = z.object({
  id: z.string(),
  citation: z.string(),
  framework: z.string(),
  frameworkName: z.string(),
  title: z.string(),
  summary: z.string(),
  binding: z.boolean(),
  sourceUrl: z.string(),
  href: z.string().describe("The provision's page in the app."),
});
export const complyReportSchema = component(
  z.object({
    asOf: day,
    versions: z
      .array(z.object({ frameworkId: z.string(), name: z.string(), shortName: z.string(), jurisdiction: z.string(), binding: z.boolean(), versionId: z.string(), label: z.string(), status: versionStatus }))
      .describe("The chosen frameworks and the version of each that governs on `asOf`."),
    concepts: z.array(
      z.object({
        concept: z.object({ id: z.string(), name: z.string() }),
        frameworks: z.array(z.object({ id: z.string(), name: z.string(), duties: z.number().int() })).describe("Chosen frameworks with duties whose primary concept this is."),
        silent: z.array(z.object({ id: z.string(), name: z.string() })).describe("Chosen frameworks with no such duty."),
        requirements: z
          .array(
            z.object({
              id: z.string(),
              title: z.string(),
              members: z.array(complyMember),
              frameworks: z.array(z.string()),
              parameters: z.array(complyParameter).describe(`Per parameter (${COMPARISON_PARAMETERS.join(", ")}), the strictest value and the provision that sets it.`),
              leftOver: z.array(z.object({ id: z.string(), citation: z.string(), framework: z.string(), beyond: z.string(), text: z.string() })).describe("What one member asks beyond another."),
            }),
          )
          .describe("Duties of two or more frameworks linked by mappings: one practice meets them all."),
        onlyOne: z.array(complyMember).describe("Duties no other chosen framework's duty is linked to: only that framework asks them."),
        conflicts: z.array(z.object({ a: complyMember, b: complyMember, description: z.string() })).describe("Provisions that conflict rather than nest."),
      }),
    ),
  }),
  "ComplyReport",
  "The harmonised requirement per concept across the chosen frameworks: comply once, evidence many.",
);

/** A mapping's structured provenance and review, as the API and exports give them. */
export const mappingProvenanceSchema = z.object({ origin: mappingOriginSchema, review: mappingReviewSchema });

/** `/review?framework=&below=&status=&page=`: the mapping review queue. */
export const reviewQuerySchema = z.object({
  framework: param(slugSchema.optional()),
  below: param(z.coerce.number("must be a number").int("must be a whole percentage").min(1, "must be at least 1").max(100, "must be at most 100").optional()),
  status: param(z.enum(["unreviewed", "disputed", "confirmed", "all"]).default("unreviewed")),
  page: param(z.coerce.number("must be a number").int("must be a whole number").min(1, "must be at least 1").max(10_000, "is too large").default(1)),
});
