import { z } from "zod";

// Plain-language messages for the most common problems, everywhere zod validates input.
z.config({
  customError: (issue) => {
    if (issue.code === "invalid_type") {
      if (issue.input === undefined) return "is required";
      return `must be ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}`;
    }
    if (issue.code === "invalid_value" && "values" in issue && Array.isArray(issue.values))
      return `must be one of: ${issue.values.map(String).join(", ")}`;
    if (issue.code === "unrecognized_keys") return `unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`;
    return undefined;
  },
});

/** A calendar date as written in law and in our data: YYYY-MM-DD, and a real date. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: "is not a real calendar date",
  });

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens (a-z, 0-9)");

// Non-ASCII characters (Korean law.go.kr paths) are percent-encoded so every export carries a valid URI.
export const httpsUrlSchema = z
  .url({ protocol: /^https?$/, message: "must be an http(s) URL" })
  .transform((u) => u.replace(/[^\x00-\x7F]+/g, (chars) => encodeURIComponent(chars)));

/** Who a provision binds. EU roles, Colorado roles, and the generic adopter of a voluntary framework. */
export const ROLES = [
  "provider",
  "deployer",
  "importer",
  "distributor",
  "product-manufacturer",
  "authorised-representative",
  "gpai-provider",
  "developer",
  "organization",
  "authority",
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  provider: "Provider",
  deployer: "Deployer",
  importer: "Importer",
  distributor: "Distributor",
  "product-manufacturer": "Product manufacturer",
  "authorised-representative": "Authorised representative",
  "gpai-provider": "GPAI model provider",
  developer: "Developer",
  organization: "Any adopting organization",
  authority: "Public authority",
};

/** Jurisdictions a system can be placed on the market, used in or affect. */
export const JURISDICTIONS = ["EU", "US-CO", "US-CA", "US-NY", "US-NYC", "US-IL", "US-TX", "US-UT", "KR", "CN", "JP", "VN"] as const;
export const jurisdictionSchema = z.enum(JURISDICTIONS);
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;
export const FRAMEWORK_JURISDICTIONS = [...JURISDICTIONS, "US", "INTL"] as const;

/** Plain names of the jurisdictions (questionnaire, framework pages, exports). */
export const JURISDICTION_LABELS: Record<(typeof FRAMEWORK_JURISDICTIONS)[number], string> = {
  EU: "European Union",
  "US-CO": "Colorado, USA",
  "US-CA": "California, USA",
  "US-NY": "New York State, USA",
  "US-NYC": "New York City, USA",
  "US-IL": "Illinois, USA",
  "US-TX": "Texas, USA",
  "US-UT": "Utah, USA",
  KR: "Republic of Korea",
  CN: "China (PRC)",
  JP: "Japan",
  VN: "Viet Nam",
  US: "United States (federal, voluntary)",
  INTL: "International",
};

/**
 * A jurisdiction that lies inside another: a system used in New York City is used in New York
 * State, so the State's laws (the RAISE Act) apply as well as the City's (Local Law 144).
 */
export const IMPLIED_JURISDICTIONS: Partial<Record<Jurisdiction, Jurisdiction[]>> = { "US-NYC": ["US-NY"] };

/** The chosen jurisdictions with the ones they imply. */
export function withImpliedJurisdictions(chosen: readonly string[]): string[] {
  const out = new Set(chosen);
  for (const j of chosen) for (const implied of IMPLIED_JURISDICTIONS[j as Jurisdiction] ?? []) out.add(implied);
  return [...out];
}

/** OSCAL 1.2 mapping relationships (NIST IR 8477 set theory). */
export const RELATIONSHIPS = [
  "equivalent-to",
  "equal-to",
  "subset-of",
  "superset-of",
  "intersects-with",
  "no-relationship",
] as const;
export const relationshipSchema = z.enum(RELATIONSHIPS);
export type Relationship = z.infer<typeof relationshipSchema>;

export const RATIONALES = ["syntactic", "semantic", "functional"] as const;
export const rationaleSchema = z.enum(RATIONALES);
