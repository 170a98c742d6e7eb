import { z } from "zod";

// The OSCAL 1.2 control mapping model as a zod schema. No JSON Schema of this model exists in
// the repository at a release tag, so this is written by hand from the metaschema in
// ../shared/oscal (tag v1.2.2): "mapping" = v1.2.2-oscal_mapping_metaschema.xml, "common" =
// v1.2.2-oscal_mapping-common_metaschema.xml, "metadata" = v1.2.2-oscal_metadata_metaschema.xml.
// Names, cardinalities (min-occurs / max-occurs), required flags and allowed values follow the
// lines cited. Objects are strict: a key the metaschema does not define is an error.
//
// JSON rules applied (Metaschema JSON binding): a flag or field becomes a property of its
// parent; `group-as … in-json="ARRAY"` gives an array with at least one item; a field with
// flags is an object whose value sits under its `json-value-key` (coverage → "target-coverage");
// a field without flags is a plain value. `relationship` (common l.99–167) declares
// `json-value-key` "type" but no flag — its `ns` is a flag of `map` (common l.81) — so it is
// written as a plain token ("relationship": "subset-of"). Earlier drafts of the model carried
// `ns` on the relationship and wrote { "type": … }; we follow the v1.2.2 metaschema.

// ---- datatypes (the OSCAL datatype patterns, as in the official JSON Schemas) ----
const uuid = z.string().regex(/^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/, "must be a version 4 or 5 UUID");
const token = z.string().regex(/^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u, "must be a token (a letter or _ first, then letters, digits, ., - or _)");
const string = z.string().regex(/^\S(.*\S)?$/, "must be a non-empty string without leading or trailing whitespace or line breaks");
const uri = z.string().regex(/^[a-zA-Z][a-zA-Z0-9+\-.]+:.+$/, "must be an absolute URI");
const uriReference = z.string().min(1, "must be a URI reference");
const dateTimeWithTimezone = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, "must be a date-time with a time zone")
  .refine((s) => !Number.isNaN(Date.parse(s)), "is not a real date-time");
const markupLine = z.string().min(1);
const markupMultiline = z.string().min(1);
/** Metaschema `decimal` in 0–1 (common l.574–577 "percentage", l.551–553 "coverage"). */
const fraction = z.number().min(0).max(1);
const array = <T extends z.ZodType>(item: T) => z.array(item).min(1);

// ---- metadata model (metadata l.660–713 property, l.715–795 link) ----
/** metadata l.660–713: name (token, required), uuid, ns (uri), value (string, required), class, group (token), remarks. */
export const propertySchema = z.strictObject({
  name: token,
  uuid: uuid.optional(),
  ns: uri.optional(),
  value: string,
  class: token.optional(),
  group: token.optional(),
  remarks: markupMultiline.optional(),
});
/** metadata l.715–795: href (uri-reference, required), rel (token), media-type, resource-fragment, text (markup-line). */
export const linkSchema = z.strictObject({
  href: uriReference,
  rel: token.optional(),
  "media-type": string.optional(),
  "resource-fragment": string.optional(),
  text: markupLine.optional(),
});
const props = array(propertySchema).optional();
const links = array(linkSchema).optional();
const remarks = markupMultiline.optional(); // metadata l.965 (remarks: markup-multiline)

/** metadata l.75–158: role with id (token, required), title (required), short-name, description, props, links, remarks. */
const roleSchema = z.strictObject({
  id: token,
  title: markupLine,
  "short-name": string.optional(),
  description: markupMultiline.optional(),
  props,
  links,
  remarks,
});
/** metadata l.227–338: party with uuid and type (person | organization, l.241–248), name, short-name… */
const partySchema = z.strictObject({
  uuid,
  type: z.enum(["person", "organization"]),
  name: string.optional(),
  "short-name": string.optional(),
  "external-ids": array(z.strictObject({ scheme: uri, id: string })).optional(),
  props,
  links,
  "email-addresses": array(string).optional(),
  "telephone-numbers": array(z.strictObject({ type: string.optional(), number: string })).optional(),
  "location-uuids": array(uuid).optional(),
  "member-of-organizations": array(uuid).optional(),
  remarks,
});
/** metadata l.797–830: role-id (token, required), party-uuids (1..n), props, links, remarks. */
const responsiblePartySchema = z.strictObject({ "role-id": token, "party-uuids": array(uuid), props, links, remarks });

/** metadata l.17–345: title, last-modified, version, oscal-version required (l.21, 26–28). */
export const metadataSchema = z.strictObject({
  title: markupLine,
  published: dateTimeWithTimezone.optional(), // l.976
  "last-modified": dateTimeWithTimezone, // l.986
  version: string, // l.995
  "oscal-version": string, // l.1004
  revisions: array(
    z.strictObject({
      title: markupLine.optional(),
      published: dateTimeWithTimezone.optional(),
      "last-modified": dateTimeWithTimezone.optional(),
      version: string,
      "oscal-version": string.optional(),
      props,
      links,
      remarks,
    }),
  ).optional(), // l.29–65
  "document-ids": array(z.strictObject({ scheme: uri.optional(), identifier: string })).optional(), // l.66, l.1094
  props,
  links,
  roles: array(roleSchema).optional(),
  parties: array(partySchema).optional(),
  "responsible-parties": array(responsiblePartySchema).optional(), // l.339–341
  remarks,
});

/** metadata l.481–655: back-matter resources (uuid required, title, description, props, citation, rlinks, remarks). */
export const backMatterSchema = z.strictObject({
  resources: array(
    z.strictObject({
      uuid,
      title: markupLine.optional(),
      description: markupMultiline.optional(),
      props,
      "document-ids": array(z.strictObject({ scheme: uri.optional(), identifier: string })).optional(),
      citation: z.strictObject({ text: markupLine, props, links }).optional(), // l.509–524
      rlinks: array(
        z.strictObject({
          href: uriReference,
          "media-type": string.optional(),
          hashes: array(z.strictObject({ algorithm: string, value: string })).optional(),
        }),
      ).optional(), // l.525–555
      remarks,
    }),
  ).optional(),
});

// ---- mapping-common model ----
/** common l.590–610: matching-rationale allowed values (NIST IR 8477 §4.3). */
export const matchingRationaleSchema = z.enum(["syntactic", "semantic", "functional"]);
/** common l.612–627: status allowed values. */
export const mappingStatusSchema = z.enum(["complete", "not-complete", "draft", "deprecated", "superseded"]);
/** common l.629–642: method allowed values. */
export const mappingMethodSchema = z.enum(["human", "automation", "hybrid"]);
/** common l.109–150: relationship allowed values in the OSCAL namespace. */
export const mappingRelationshipSchema = z.enum(["equivalent-to", "equal-to", "subset-of", "superset-of", "intersects-with", "no-relationship"]);

/** common l.478–497: confidence-score is a choice of `category` (string; high, medium, low, unspecified, others allowed) or `percentage` (decimal 0–1, l.574–577). */
export const confidenceScoreSchema = z.union([
  z.strictObject({ category: string }),
  z.strictObject({ percentage: fraction }),
]);

/** common l.551–572: coverage, decimal 0–1 under json-value-key "target-coverage", flag generation-method (default "arbitrary", others allowed). */
export const coverageSchema = z.strictObject({
  "generation-method": string.optional(),
  "target-coverage": fraction,
});

/** common l.193–223: mapping-item (source or target): type (control | statement, required), id-ref (string, required), props, links, remarks. */
export const mappingItemSchema = z.strictObject({
  type: z.enum(["control", "statement"]),
  "id-ref": string,
  props,
  links,
  remarks,
});

/** common l.293–347: qualifier: subject (source | target | both), predicate (has-requirement | has-incompatibility), category (restricted | addressable | blocked), description (required), remarks. */
export const qualifierSchema = z.strictObject({
  subject: z.enum(["source", "target", "both"]),
  predicate: z.enum(["has-requirement", "has-incompatibility"]),
  category: z.enum(["restricted", "addressable", "blocked"]),
  description: markupMultiline,
  remarks,
});

/**
 * common l.73–191: map: uuid (required), ns (uri, default the OSCAL namespace, l.81–96),
 * matching-rationale; relationship (1), sources (1..n), targets (1..n), qualifiers (0..n),
 * confidence-score (0..1), coverage (0..1), props, links, remarks.
 */
export const mapSchema = z
  .strictObject({
    uuid,
    ns: uri.optional(),
    "matching-rationale": matchingRationaleSchema.optional(),
    relationship: token,
    sources: array(mappingItemSchema),
    targets: array(mappingItemSchema),
    qualifiers: array(qualifierSchema).optional(),
    "confidence-score": confidenceScoreSchema.optional(),
    coverage: coverageSchema.optional(),
    props,
    links,
    remarks,
  })
  .superRefine((m, ctx) => {
    // l.110: the allowed values bind relationships in the OSCAL namespace (no ns, or the OSCAL ns).
    const oscalNs = !m.ns || m.ns === "http://csrc.nist.gov/ns/oscal";
    if (oscalNs && !mappingRelationshipSchema.safeParse(m.relationship).success)
      ctx.addIssue({ code: "custom", path: ["relationship"], message: `must be one of: ${mappingRelationshipSchema.options.join(", ")}` });
  });

/** common l.225–282: mapping-resource-reference: ns, type (token, required; catalog | profile, others allowed), href (uri-reference, required), props, links, remarks. */
export const mappingResourceReferenceSchema = z.strictObject({
  ns: uri.optional(),
  type: token,
  href: uriReference,
  props,
  links,
  remarks,
});

/**
 * common l.401–438: gap-summary: uuid (required), unmapped-controls (1..n) of select-control-by-id.
 * select-control-by-id lives in control-common (not in ../shared); its shape here follows the
 * commented-out definition at common l.444–465 (the profile model's): with-child-controls
 * (yes | no), with-ids (tokens), matching (pattern).
 */
export const gapSummarySchema = z.strictObject({
  uuid,
  "unmapped-controls": array(
    z.strictObject({
      "with-child-controls": z.enum(["yes", "no"]).optional(),
      "with-ids": array(token).optional(),
      matching: array(z.strictObject({ pattern: string.optional(), remarks })).optional(),
    }),
  ),
});

/**
 * common l.22–71: mapping: uuid (required), method, matching-rationale, status; source-resource (1),
 * target-resource (1), maps (1..n), props, links, remarks, mapping-description,
 * source-gap-summary, target-gap-summary, confidence-score (0..1), coverage (0..1).
 */
export const mappingSchema = z.strictObject({
  uuid,
  method: mappingMethodSchema.optional(),
  "matching-rationale": matchingRationaleSchema.optional(),
  status: mappingStatusSchema.optional(),
  "source-resource": mappingResourceReferenceSchema,
  "target-resource": mappingResourceReferenceSchema,
  maps: array(mapSchema),
  props,
  links,
  remarks,
  "mapping-description": markupMultiline.optional(),
  "source-gap-summary": gapSummarySchema.optional(),
  "target-gap-summary": gapSummarySchema.optional(),
  "confidence-score": confidenceScoreSchema.optional(),
  coverage: coverageSchema.optional(),
});

/**
 * common l.360–390: mapping-provenance: method, matching-rationale and status required (l.364–366);
 * confidence-score, coverage, mapping-description (required, l.377), responsible-parties, props, links, remarks.
 */
export const mappingProvenanceSchema = z.strictObject({
  method: mappingMethodSchema,
  "matching-rationale": matchingRationaleSchema,
  status: mappingStatusSchema,
  "confidence-score": confidenceScoreSchema.optional(),
  coverage: coverageSchema.optional(),
  "mapping-description": markupMultiline,
  "responsible-parties": array(responsiblePartySchema).optional(),
  props,
  links,
  remarks,
});

/** mapping l.23–48: mapping-collection: uuid (required), metadata (1), provenance (1), mappings (1..n), back-matter (0..1). */
export const mappingCollectionSchema = z.strictObject({
  uuid,
  metadata: metadataSchema,
  provenance: mappingProvenanceSchema,
  mappings: array(mappingSchema),
  "back-matter": backMatterSchema.optional(),
});

/** The document root: { "mapping-collection": … } (mapping l.26, root-name). */
export const mappingCollectionDocumentSchema = z.strictObject({ "mapping-collection": mappingCollectionSchema });

export type OscalMappingCollectionDocument = z.infer<typeof mappingCollectionDocumentSchema>;
export type OscalMappingCollection = z.infer<typeof mappingCollectionSchema>;
export type OscalMapping = z.infer<typeof mappingSchema>;
export type OscalMap = z.infer<typeof mapSchema>;
