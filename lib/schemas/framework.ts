import { z } from "zod";
import { conditionSchema, factSchema } from "./condition";
import {
  FRAMEWORK_JURISDICTIONS,
  httpsUrlSchema,
  isoDateSchema,
  rationaleSchema,
  relationshipSchema,
  roleSchema,
  slugSchema,
} from "./common";

/** Kinds of provision. Only duty-bearing kinds can become checklist obligations. */
export const PROVISION_KINDS = [
  "heading", // structure only (chapter, NIST category, ISO clause group)
  "obligation",
  "prohibition",
  "classification", // a rule that puts a system or model in a class (Annex III point, Art. 51)
  "exemption", // a rule that removes obligations or a class, or puts a system outside a law's scope
  "status", // a rule that changes someone's role or explains a result; no duty of its own (Art. 25(1))
  "penalty", // a fine tier: information attached to the duties it sanctions (Art. 99)
  "definition",
  "right", // a right of affected persons that someone must honour
  "enforcement",
  "transitional",
  "commitment", // voluntary commitment (Hiroshima Code)
  "outcome", // voluntary outcome (NIST AI RMF subcategory)
  "requirement", // certifiable management-system requirement (ISO/IEC 42001 clauses 4–10)
  "control", // ISO/IEC 42001 Annex A control
] as const;
export const provisionKindSchema = z.enum(PROVISION_KINDS);
export const DUTY_KINDS = new Set<string>(["obligation", "prohibition", "right", "commitment", "outcome", "requirement", "control"]);

export const FRAMEWORK_KINDS = ["law", "code-of-conduct", "framework", "standard", "treaty"] as const;

export const VERSION_STATUSES = ["in-force", "enacted", "repealed", "proposed"] as const;

export const provisionKeySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "must be lower-case letters, digits, '-' or '.' (e.g. art-26-1)");

/** A date the law leaves genuinely disputed: every reading with its source, shown to the user. */
export const contestedDateSchema = z.strictObject({
  question: z.string().min(10, "say what is disputed"),
  readings: z
    .array(z.strictObject({ from: isoDateSchema, reading: z.string().min(10), source: z.string().min(3) }))
    .min(2, "a contested date needs at least two readings"),
});

/** One application date, with the act (and article) that set it. */
export const applicationDateSchema = z.strictObject({
  from: isoDateSchema,
  setBy: z.string().min(3, "name the act that set this date"),
  /** Only when this holds (e.g. Annex I route); the entry without `when` is the default. */
  when: conditionSchema.optional(),
  note: z.string().optional(),
  contested: contestedDateSchema.optional(),
});

/** A provision key, or a key prefix ending in "*" (e.g. "art-16-*"). */
const keyPatternSchema = z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*(?:-?\*)?$/, "must be a provision key or a key prefix ending in *");

/**
 * The machine rules of a provision, stored as one JSON column: which class it assigns,
 * which duties it removes (by key, or by selector), whether it puts the system outside the
 * law, the date it defers duties to, and which duties a fine tier sanctions.
 */
export const provisionRulesFields = {
  /** Classification rules: the class this provision assigns when its conditions hold. */
  classifies: z
    .strictObject({
      subject: z.enum(["system", "model"]),
      class: z.string().min(1),
      reason: z.string().min(3, "say in plain words why the class applies"),
    })
    .optional(),
  /** Exemption rules: provision keys (same framework) removed when the conditions hold. */
  exempts: z.array(provisionKeySchema).optional(),
  /** Exemption rules that remove a class instead (Art. 6(3) removes "high-risk"). */
  removesClass: z.string().optional(),
  /**
   * Exemption rules that select the duties they remove: those held in one of `roles`, or
   * whose conditions read one of `dependsOn`, except the keys matched by `exceptKeys`.
   */
  exemptsWhere: z
    .strictObject({
      roles: z.array(roleSchema).optional(),
      dependsOn: z.array(factSchema).optional(),
      exceptKeys: z.array(keyPatternSchema).default([]),
    })
    .optional(),
  /** With `exemptsWhere`/`exempts`: the duties are not removed but due from this date (Art. 111(2) second sentence). */
  defersTo: z.strictObject({ from: isoDateSchema, setBy: z.string().min(3) }).optional(),
  /** The framework does not apply to the system at all when this exemption holds (Art. 2(3), (6), (8), (12)). */
  outOfScope: z.boolean().optional(),
  /** Penalty tiers: the duties (keys or prefixes ending in "*") whose breach this tier fines. */
  sanctions: z.array(keyPatternSchema).optional(),
};
export const provisionRulesSchema = z.object({
  classifies: provisionRulesFields.classifies.unwrap().nullable().default(null),
  exempts: z.array(z.string()).default([]),
  removesClass: z.string().nullable().default(null),
  exemptsWhere: provisionRulesFields.exemptsWhere.unwrap().nullable().default(null),
  defersTo: provisionRulesFields.defersTo.unwrap().nullable().default(null),
  outOfScope: z.boolean().default(false),
  sanctions: z.array(z.string()).default([]),
});
export type ProvisionRules = z.infer<typeof provisionRulesSchema>;

/** A provision's machine rules with every field filled, as the database stores them and the engine reads them. */
export function provisionRules(p: Partial<Pick<ProvisionData, keyof typeof provisionRulesFields>>): ProvisionRules {
  return {
    classifies: p.classifies ?? null,
    exempts: p.exempts ?? [],
    removesClass: p.removesClass ?? null,
    exemptsWhere: p.exemptsWhere ?? null,
    defersTo: p.defersTo ?? null,
    outOfScope: p.outOfScope ?? false,
    sanctions: p.sanctions ?? [],
  };
}

/** A date that applied before an amendment moved it. */
export const superseededDateSchema = z.strictObject({
  from: isoDateSchema,
  setBy: z.string().min(3),
  replacedBy: z.string().min(3, "name the amending act"),
  note: z.string().optional(),
});



export const provisionSchema = z
  .strictObject({
    key: provisionKeySchema,
    citation: z.string().min(1, "every provision needs its canonical citation"),
    title: z.string().min(3, "every provision needs a title"),
    summary: z.string().min(20, "write a summary in our own words (at least 20 characters)"),
    kind: provisionKindSchema,
    parent: provisionKeySchema.optional(),
    binds: z.array(roleSchema).default([]),
    /** Who the provision binds in the instrument's own words ("large frontier developer", "business", "employer"). */
    bindsAs: z.string().min(3).max(200).optional(),
    applies: z.array(applicationDateSchema).default([]),
    history: z.array(superseededDateSchema).default([]),
    conditions: conditionSchema.optional(),
    ...provisionRulesFields,
    concepts: z.array(slugSchema).default([]),
    sourceUrl: httpsUrlSchema,
    verified: z.boolean(),
    verificationNote: z.string().optional(),
    amendedBy: z
      .strictObject({ act: z.string().min(3), change: z.enum(["added", "amended"]), note: z.string().optional() })
      .optional(),
  })
  .superRefine((p, ctx) => {
    if (!p.verified && !p.verificationNote)
      ctx.addIssue({ code: "custom", path: ["verificationNote"], message: "an unverified provision must say what could not be verified" });
    if (DUTY_KINDS.has(p.kind) && p.binds.length === 0)
      ctx.addIssue({ code: "custom", path: ["binds"], message: `a ${p.kind} must name who it binds` });
    if (DUTY_KINDS.has(p.kind) && p.applies.length === 0)
      ctx.addIssue({ code: "custom", path: ["applies"], message: `a ${p.kind} must say when it applies` });
    if (p.applies.length > 0 && !p.applies.some((d) => !d.when))
      ctx.addIssue({ code: "custom", path: ["applies"], message: "one application date must have no `when` (the default)" });
    if (p.sanctions && p.kind !== "penalty")
      ctx.addIssue({ code: "custom", path: ["sanctions"], message: "only a penalty provision can sanction duties" });
    if ((p.exemptsWhere || p.outOfScope || p.defersTo) && p.kind !== "exemption")
      ctx.addIssue({ code: "custom", path: ["kind"], message: "exemptsWhere, outOfScope and defersTo belong to exemptions" });
    if (p.kind !== "heading" && p.concepts.length === 0)
      ctx.addIssue({ code: "custom", path: ["concepts"], message: "tag the provision with at least one concept" });
  });
export type ProvisionData = z.infer<typeof provisionSchema>;

export const frameworkVersionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+@[a-z0-9.-]+$/, "must be '<framework>@<version>', e.g. eu-ai-act@2026-1744"),
    label: z.string().min(3),
    act: z.string().min(3, "name the enacting or amending act"),
    status: z.enum(VERSION_STATUSES),
    /** When the act was adopted or signed; an enacted version is used before it applies. */
    enactedOn: isoDateSchema.optional(),
    validFrom: isoDateSchema,
    validTo: isoDateSchema.nullable().default(null),
    consolidatedTextDate: isoDateSchema.nullable().default(null),
    sourceUrl: httpsUrlSchema,
    notes: z.string().default(""),
    provisions: z.array(provisionSchema).min(1, "a version needs at least one provision"),
  })
  .superRefine((v, ctx) => {
    if (v.enactedOn && v.enactedOn > v.validFrom)
      ctx.addIssue({ code: "custom", path: ["enactedOn"], message: "enactedOn is after validFrom" });
    if (v.validTo && v.validTo < v.validFrom)
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "validTo is before validFrom" });
    if (v.status === "repealed" && !v.validTo)
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "a repealed version needs the date it stopped applying" });
    const seenCitation = new Map<string, number>();
    v.provisions.forEach((p, i) => {
      const prev = seenCitation.get(p.citation);
      if (prev !== undefined)
        ctx.addIssue({ code: "custom", path: ["provisions", i, "citation"], message: `duplicate citation "${p.citation}" (also provisions.${prev})` });
      seenCitation.set(p.citation, i);
    });
  });
export type FrameworkVersionData = z.infer<typeof frameworkVersionSchema>;

/** Where an imported framework came from: the OSCAL catalog's title, uuid and dates. */
export const importedMarkerSchema = z.strictObject({
  from: z.literal("oscal-catalog"),
  title: z.string().min(1),
  uuid: z.string().min(1),
  oscalVersion: z.string().min(1),
  lastModified: z.string().min(1),
  importedOn: isoDateSchema,
});
export type ImportedMarker = z.infer<typeof importedMarkerSchema>;

export const frameworkFileSchema = z
  .strictObject({
    framework: z.strictObject({
      slug: slugSchema,
      name: z.string().min(3),
      shortName: z.string().min(2),
      jurisdiction: z.enum(FRAMEWORK_JURISDICTIONS),
      binding: z.boolean(),
      /** "treaty": binds states, not organizations (CETS No. 225): shown on framework pages and gap reports, never in a checklist. */
      kind: z.enum(FRAMEWORK_KINDS),
      publisher: z.string().min(2),
      description: z.string().min(20),
      sourceUrl: httpsUrlSchema,
      /**
       * Set by `npm run import:oscal`: the framework was converted from an OSCAL catalog and
       * nothing in it was checked against the primary text. Kept in the file only (the
       * database has no column for it; the description says so in words).
       */
      imported: importedMarkerSchema.optional(),
    }),
    versions: z.array(frameworkVersionSchema).min(1),
  })
  .superRefine((f, ctx) => {
    const keys = new Map<string, string>();
    f.versions.forEach((v, vi) => {
      if (!v.id.startsWith(`${f.framework.slug}@`))
        ctx.addIssue({ code: "custom", path: ["versions", vi, "id"], message: `must start with "${f.framework.slug}@"` });
      const inVersion = new Set(v.provisions.map((p) => p.key));
      v.provisions.forEach((p, pi) => {
        const where = keys.get(p.key);
        if (where)
          ctx.addIssue({ code: "custom", path: ["versions", vi, "provisions", pi, "key"], message: `duplicate key "${p.key}" (also in ${where})` });
        keys.set(p.key, v.id);
        if (p.parent && !inVersion.has(p.parent))
          ctx.addIssue({ code: "custom", path: ["versions", vi, "provisions", pi, "parent"], message: `unknown parent "${p.parent}" in this version` });
        for (const [ei, e] of (p.exempts ?? []).entries())
          if (!inVersion.has(e))
            ctx.addIssue({ code: "custom", path: ["versions", vi, "provisions", pi, "exempts", ei], message: `unknown provision key "${e}" in this version` });
      });
    });
  });
export type FrameworkFile = z.infer<typeof frameworkFileSchema>;

export const conceptsFileSchema = z.strictObject({
  concepts: z
    .array(
      z.strictObject({
        id: slugSchema,
        name: z.string().min(3),
        description: z.string().min(10),
        /** Set when no provision covers the theme yet: the absence is itself a finding. */
        uncoveredNote: z.string().min(10).optional(),
      }),
    )
    .min(1),
});
export type ConceptsFile = z.infer<typeof conceptsFileSchema>;

/** A provision reference across frameworks: "<framework-slug>/<provision-key>". */
export const provisionRefSchema = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "must be '<framework>/<provision-key>', e.g. eu-ai-act/art-26-1");

/** Parameters on which two overlapping duties can differ in strength. */
export const COMPARISON_PARAMETERS = ["deadline", "frequency", "threshold", "audience", "retention", "independence", "scope", "content", "other"] as const;

/**
 * Where two mapped duties differ in strength, one entry per parameter: the value each side
 * sets and which is stricter, so a merged checklist item can state the strictest requirement.
 */
export const comparisonSchema = z.strictObject({
  parameter: z.enum(COMPARISON_PARAMETERS),
  source: z.string().min(1).max(300),
  target: z.string().min(1).max(300),
  stricter: z.enum(["source", "target", "same", "not-comparable"]),
  note: z.string().max(500).optional(),
});
export type Comparison = z.infer<typeof comparisonSchema>;

/** Who or what made a mapping's pairing: our analysis, a published crosswalk we typed, or an import taken as-is. */
export const MAPPING_ORIGIN_KINDS = ["analysis", "published-crosswalk", "imported"] as const;
/** A published crosswalk cited as evidence for one of our edges (it is never the edge itself). */
export const crosswalkEvidenceSchema = z.strictObject({
  source: z.string().min(3).max(300),
  version: z.string().min(1).max(100).optional(),
  /** Page, table row or pairing in the source (e.g. "AI RMF GOVERN 1.1 row"). */
  locator: z.string().min(1).max(200).optional(),
  /** What the source's licence lets us do: SCF is CC BY-ND, AIUC-1 all rights reserved (cite only). */
  licence: z.string().min(3).max(200),
  url: httpsUrlSchema.optional(),
});
export const mappingOriginSchema = z
  .strictObject({
    kind: z.enum(MAPPING_ORIGIN_KINDS),
    /** When the mapping was made; absent when the files never recorded it. */
    createdOn: isoDateSchema.optional(),
    evidence: z.array(crosswalkEvidenceSchema).max(10).default([]),
  })
  .superRefine((o, ctx) => {
    if (o.kind !== "analysis" && o.evidence.length === 0)
      ctx.addIssue({ code: "custom", path: ["evidence"], message: `a ${o.kind} mapping must cite its source (source, version, locator, licence)` });
  });
export type MappingOrigin = z.infer<typeof mappingOriginSchema>;

export const REVIEW_STATUSES = ["unreviewed", "confirmed", "disputed"] as const;
export const mappingReviewSchema = z
  .strictObject({
    status: z.enum(REVIEW_STATUSES),
    by: z.string().min(2).max(120).optional(),
    on: isoDateSchema.optional(),
    note: z.string().min(3).max(500).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.status !== "unreviewed" && (!r.by || !r.on))
      ctx.addIssue({ code: "custom", path: ["by"], message: `a ${r.status} review must say who reviewed it and when (by, on)` });
  });
export type MappingReview = z.infer<typeof mappingReviewSchema>;

/** Two provisions that conflict rather than nest: meeting one can breach the other (e.g. a disclosure one law requires and another forbids). */
export const mappingConflictSchema = z.strictObject({ description: z.string().min(20, "say what conflicts and why").max(600) });
export type MappingConflict = z.infer<typeof mappingConflictSchema>;

export const mappingSchema = z
  .strictObject({
    source: provisionRefSchema,
    target: provisionRefSchema,
    relationship: relationshipSchema,
    rationale: rationaleSchema,
    confidence: z.number().min(0).max(1),
    explanation: z.string().min(10, "explain the mapping in one sentence"),
    /** What the target does NOT cover (OSCAL gap summary); required for partial overlaps. */
    gapSummary: z.string().optional(),
    provenance: z.string().min(3, "say whose analysis this is (ours, or a cited published crosswalk)"),
    comparisons: z.array(comparisonSchema).max(20).optional(),
    /** Structured provenance; derived from `provenance` when absent (lib/engine/mapping-origin.ts). */
    origin: mappingOriginSchema.optional(),
    /** Whether a reviewer confirmed the mapping; unreviewed when absent. */
    review: mappingReviewSchema.optional(),
    conflict: mappingConflictSchema.optional(),
  })
  .superRefine((m, ctx) => {
    if (m.source === m.target) ctx.addIssue({ code: "custom", path: ["target"], message: "a provision cannot map to itself" });
    if (["intersects-with", "superset-of"].includes(m.relationship) && !m.gapSummary)
      ctx.addIssue({ code: "custom", path: ["gapSummary"], message: `a ${m.relationship} mapping must say what the target does not cover` });
  });
export type MappingData = z.infer<typeof mappingSchema>;

export const recognitionSchema = z.strictObject({
  from: slugSchema,
  to: slugSchema,
  citation: z.string().min(1),
  effect: z.string().min(3),
  explanation: z.string().min(10),
});

export const mappingsFileSchema = z.strictObject({
  description: z.string().min(3),
  mappings: z.array(mappingSchema).default([]),
  recognitions: z.array(recognitionSchema).default([]),
});
export type MappingsFile = z.infer<typeof mappingsFileSchema>;
