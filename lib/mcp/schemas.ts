import { z } from "zod";
import { SEARCH_LIMIT } from "@/lib/db/explorer";
import type { Coverage } from "@/lib/engine/crosswalk";
import { assessmentResultSchema } from "@/lib/schemas/assessment-record";
import { isoDateSchema, relationshipSchema, slugSchema } from "@/lib/schemas/common";
import { GAP_SCOPES, VERSION_SCOPES } from "@/lib/schemas/explorer";
import { provisionRefSchema } from "@/lib/schemas/framework";
import { profileSchema } from "@/lib/schemas/profile";

// Input and output schemas of the MCP tools. Inputs are built from the shared zod schemas
// (slugs, provision ids, dates, the profile), so the MCP door validates exactly as the pages,
// the REST API and the CLIs do; outputs are what `structuredContent` carries (the SDK checks
// every result against them, and publishes them as each tool's outputSchema).


/** The profile format as JSON Schema, generated from profileSchema (as /api/v1/schema/profile is). */
export function profileJsonSchema(target: "draft-7" | "draft-2020-12" = "draft-2020-12") {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(profileSchema, { io: "input", target }) as Record<string, unknown>;
  return schema;
}

/**
 * The profile argument. It is advertised with the profile's JSON Schema but accepted as any
 * value and validated in the tool itself with profileSchema, so that an invalid profile comes
 * back as a tool error listing every problem as `path: message` (the format of the CLI and
 * the API) instead of the SDK's generic "Invalid arguments" message.
 */
const profileArgument = z.unknown().meta({
  ...profileJsonSchema("draft-7"),
  description:
    "The AI system profile (the format of examples/*.json and GET /api/v1/schema/profile). Every yes/no answer may be null, meaning not sure.",
});

const asOfArgument = isoDateSchema.optional().describe("The date the answer is given for, YYYY-MM-DD (default: today). Law moves: every answer is as of a date.");
const provisionIdArgument = provisionRefSchema.describe('A provision id "<framework>/<key>", e.g. "eu-ai-act/art-27-1" (search_provisions finds ids).');
const versionsArgument = z
  .enum(VERSION_SCOPES)
  .default("current")
  .describe('"current" (default): each framework\'s version in force or enacted today; "all": repealed versions (e.g. Colorado SB 24-205) too.');
const frameworkArgument = (what: string) => slugSchema.describe(`${what}: a framework id from list_frameworks, e.g. "eu-ai-act" or "colorado-ai-act".`);

export const searchProvisionsInput = {
  query: z
    .string()
    .max(200, "keep the search under 200 characters")
    // Control characters (a NUL byte would make Postgres reject the text) become spaces, as in searchQuerySchema.
    .transform((q) => q.replace(/[\u0000-\u001f\u007f]+/g, " ").trim())
    .pipe(z.string().min(1, "give words or a citation to search for"))
    .describe('Words or a citation: "Art. 26", "article 26(1)", "6-1-1703", "GOVERN 1.1", "impact assessment".'),
  framework: frameworkArgument("Only provisions of this framework").optional(),
  limit: z.number().int("must be a whole number").min(1).max(SEARCH_LIMIT).default(10).describe(`How many hits to return (1-${SEARCH_LIMIT}, default 10).`),
  versions: versionsArgument,
};

export const getProvisionInput = { id: provisionIdArgument, versions: versionsArgument };

export const crosswalkInput = z
  .object({
    from: frameworkArgument("Rows: provisions of this framework").optional(),
    to: frameworkArgument("Columns: provisions of this framework (with `provision`: only mappings to it)").optional(),
    provision: provisionIdArgument.optional().describe('One provision\'s mappings instead of a framework pair, e.g. "eu-ai-act/art-27-1".'),
    versions: versionsArgument,
  })
  .refine((q) => q.provision || (q.from && q.to), { message: "give `from` and `to` (two frameworks) or `provision` (one provision id)" })
  .refine((q) => !q.from || !q.to || q.from !== q.to, { path: ["to"], message: "choose two different frameworks" });

export const COVERAGES = ["covered", "partial", "checked-none", "unmapped"] as const satisfies readonly Coverage[];

export const gapReportInput = z
  .object({
    from: frameworkArgument("The framework whose provisions are checked"),
    to: frameworkArgument("The framework that should cover them"),
    scope: z.enum(GAP_SCOPES).default("duties").describe('"duties" (obligations, prohibitions, rights, commitments, outcomes, requirements, controls; default) or "all" provisions except headings.'),
    version: z.string().max(80).optional().describe('Only this version of `from`, e.g. "colorado-ai-act@sb26-189" (default: see `versions`).'),
    versions: versionsArgument,
    coverage: z
      .array(z.enum(COVERAGES))
      .optional()
      .describe("Only rows with these coverages (the summary still counts every row): covered, partial, checked-none (analysed, no counterpart), unmapped."),
  })
  .refine((q) => q.from !== q.to, { path: ["to"], message: "choose two different frameworks" });

export const assessSystemInput = { profile: profileArgument, asOf: asOfArgument };

export const explainApplicabilityInput = {
  profile: profileArgument,
  provision: provisionIdArgument,
  asOf: asOfArgument,
};

// ───────────────────────────── outputs ─────────────────────────────

const openQuestion = z.object({ fact: z.string(), question: z.string() });

/** One end of a mapping, or a search hit's provision. */
const provisionEnd = z.object({
  id: z.string(),
  citation: z.string(),
  title: z.string(),
  framework: z.string(),
  versionLabel: z.string(),
  versionStatus: z.string(),
});

export const searchProvisionsOutput = z.object({
  query: z.string(),
  /** The query read as a citation ("art 26"), when it is one. */
  citationQuery: z.string().nullable(),
  total: z.number().int(),
  hits: z.array(
    provisionEnd.extend({
      frameworkName: z.string(),
      kind: z.string(),
      summary: z.string(),
      match: z.enum(["exact-citation", "citation-subdivision", "text"]),
      rank: z.number(),
    }),
  ),
  /** Matches per framework, whatever the framework filter. */
  facets: z.record(z.string(), z.number()),
});

const mappingDetail = {
  mappingId: z.string(),
  /** Read from the first provision towards the other (OSCAL 1.2 / NIST IR 8477). */
  relationship: relationshipSchema,
  rationale: z.string(),
  confidence: z.number(),
  explanation: z.string(),
  /** What the mapping's target leaves out (`gapNotCoveredBy` names it). */
  gapSummary: z.string().nullable(),
  gapNotCoveredBy: z.string(),
  provenance: z.string(),
};

export const getProvisionOutput = z.object({
  provision: z.object({
    id: z.string(),
    key: z.string(),
    citation: z.string(),
    title: z.string(),
    summary: z.string(),
    kind: z.string(),
    binds: z.array(z.string()),
    framework: z.object({ id: z.string(), name: z.string(), shortName: z.string(), jurisdiction: z.string(), binding: z.boolean() }),
    version: z.object({ id: z.string(), label: z.string(), act: z.string(), status: z.string(), validFrom: z.string().nullable(), validTo: z.string().nullable() }),
    /** When it applies, each date with the act that set it and, for a conditional date, its condition in words. */
    applies: z.array(z.object({ from: z.string(), setBy: z.string(), when: z.string().nullable(), note: z.string().nullable() })),
    /** Its conditions over the system profile, in plain words (null: none). */
    conditions: z.string().nullable(),
    concepts: z.array(z.object({ id: z.string(), name: z.string() })),
    parents: z.array(z.object({ id: z.string(), citation: z.string(), title: z.string() })),
    children: z.array(z.object({ id: z.string(), citation: z.string(), title: z.string(), kind: z.string() })),
    sourceUrl: z.string(),
    verified: z.boolean(),
    verificationNote: z.string().nullable(),
  }),
  mappings: z.array(z.object({ other: provisionEnd.extend({ frameworkName: z.string() }), ...mappingDetail })),
});

export const listFrameworksOutput = z.object({
  corpusVersion: z.string(),
  frameworks: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      shortName: z.string(),
      jurisdiction: z.string(),
      binding: z.boolean(),
      /** Mappings with at least one end in this framework. */
      mappings: z.number().int(),
      versions: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          status: z.string(),
          validFrom: z.string(),
          validTo: z.string().nullable(),
          /** Provisions, headings excluded. */
          provisions: z.number().int(),
          /** The MCP resource with this version's provisions. */
          resourceUri: z.string(),
        }),
      ),
    }),
  ),
});

const frameworkHead = z.object({ id: z.string(), shortName: z.string() });

export const crosswalkOutput = z.object({
  from: frameworkHead.nullable(),
  to: frameworkHead.nullable(),
  provision: provisionEnd.nullable(),
  total: z.number().int(),
  /** Mappings per relationship, read from the `from` (or the provision's) side. */
  counts: z.record(z.string(), z.number()),
  links: z.array(z.object({ from: provisionEnd, to: provisionEnd, ...mappingDetail })),
});

export const gapReportOutput = z.object({
  from: frameworkHead.extend({ name: z.string(), binding: z.boolean() }),
  to: frameworkHead.extend({ name: z.string(), binding: z.boolean() }),
  scope: z.enum(GAP_SCOPES),
  version: z.string().nullable(),
  summary: z.object({ total: z.number(), covered: z.number(), partial: z.number(), checkedNone: z.number(), unmapped: z.number() }),
  rows: z.array(
    z.object({
      id: z.string(),
      citation: z.string(),
      title: z.string(),
      kind: z.string(),
      versionLabel: z.string(),
      versionStatus: z.string(),
      coverage: z.enum(COVERAGES),
      mappings: z.array(
        z.object({
          mappingId: z.string(),
          relationship: relationshipSchema,
          otherId: z.string(),
          otherCitation: z.string(),
          otherTitle: z.string(),
          explanation: z.string(),
          gapSummary: z.string().nullable(),
          gapNotCoveredBy: z.string(),
          confidence: z.number(),
          provenance: z.string(),
        }),
      ),
    }),
  ),
});

const result = assessmentResultSchema.shape;

export const assessSystemOutput = z.object({
  asOf: result.asOf,
  corpusVersion: result.corpusVersion,
  classifications: result.classifications,
  scope: result.scope,
  warnings: result.warnings,
  openQuestions: result.openQuestions,
  checklist: result.checklist,
  /** Every obligation in short; explain_applicability gives the reasons for one. */
  obligations: z.array(
    z.object({
      id: z.string(),
      framework: z.string(),
      binding: z.boolean(),
      citation: z.string(),
      title: z.string(),
      role: z.string(),
      status: z.enum(["applies", "may-apply"]),
      appliesFrom: z.string().nullable(),
      alreadyApplies: z.boolean(),
    }),
  ),
  versionsUsed: result.versionsUsed,
  stats: result.stats,
});

export const NOT_APPLICABLE_BECAUSE = [
  "jurisdiction",
  "framework-not-followed",
  "version",
  "role",
  "scope",
  "exemption",
  "condition",
  "prohibited-practice",
  "not-a-duty",
] as const;

export const explainApplicabilityOutput = z.object({
  asOf: z.string(),
  corpusVersion: z.string(),
  provision: provisionEnd.extend({ kind: z.string(), versionId: z.string() }),
  /** True when the provision binds or holds for this system, certainly or pending the open questions. */
  applies: z.boolean(),
  status: z.enum(["applies", "may-apply", "not-applicable"]),
  /** The engine's reasons: why it applies, or the one-line reason it does not. */
  why: z.array(z.string()),
  /** When it does not apply: the kind of reason (role, scope, exemption, condition, …). */
  because: z.enum(NOT_APPLICABLE_BECAUSE).nullable(),
  openQuestions: z.array(openQuestion),
  /** For a duty that applies: the role it binds you in, and the date from which it binds this system. */
  role: z.string().nullable(),
  appliesFrom: z.string().nullable(),
  alreadyApplies: z.boolean().nullable(),
  /** The class the system has under the provision's framework, for context. */
  classification: z.object({ class: z.string(), confirmed: z.boolean() }).nullable(),
});

export type ExplainApplicabilityOutput = z.infer<typeof explainApplicabilityOutput>;
