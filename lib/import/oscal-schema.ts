import { readFileSync } from "node:fs";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

/**
 * The official OSCAL v1.0.6 JSON Schemas (NIST, public domain), copied unchanged from
 * usnistgov/OSCAL tag v1.0.6 json/schema/ into lib/import/oscal-schemas/ so that a clean clone
 * can validate without ../shared. They are draft-07 schemas that identify their definitions
 * with plain-name `$id`s ("#assembly_oscal-catalog_control") and use Unicode property classes
 * (\p{L}, \p{N}) in the token pattern.
 *
 * Ajv 8.20 options, measured: both schemas compile in Ajv's default strict mode with no warning,
 * so `strict: false` is not needed (we keep `strict: true` to notice if that changes).
 * `allErrors: true` reports every problem, not the first. `unicodeRegExp` must stay at its
 * default (true): with `false` the token pattern's \p{L} stops being a Unicode class and every
 * id fails. `allowUnionTypes` is not needed. ajv-formats is required: without it strict mode
 * rejects the unknown format "uri-reference" (it also checks date-time, uri and email).
 */
export type OscalModel = "catalog" | "assessment-results";

const FILES: Record<OscalModel, string> = {
  catalog: "v1.0.6-oscal_catalog_schema.json",
  "assessment-results": "v1.0.6-oscal_assessment-results_schema.json",
};

export const OSCAL_AJV_OPTIONS = { strict: true, allErrors: true } as const;

const compiled = new Map<OscalModel, ValidateFunction>();

export function oscalSchema(model: OscalModel): object {
  return JSON.parse(readFileSync(new URL(`./oscal-schemas/${FILES[model]}`, import.meta.url), "utf8")) as object;
}

function validator(model: OscalModel): ValidateFunction {
  let v = compiled.get(model);
  if (!v) {
    const ajv = new Ajv(OSCAL_AJV_OPTIONS);
    addFormats(ajv);
    v = ajv.compile(oscalSchema(model));
    compiled.set(model, v);
  }
  return v;
}

export type SchemaProblem = { path: string; message: string };

/** Validates a whole OSCAL document ({ "catalog": … }) against the official schema; every problem with its JSON path. */
export function validateOscalDocument(model: OscalModel, document: unknown): SchemaProblem[] {
  const validate = validator(model);
  if (validate(document)) return [];
  return dedupe((validate.errors ?? []).map(describe));
}

function describe(e: ErrorObject): SchemaProblem {
  const path = jsonPath(e.instancePath);
  if (e.keyword === "additionalProperties") return { path, message: `unknown property "${String(e.params.additionalProperty)}"` };
  if (e.keyword === "required") return { path, message: `missing required property "${String(e.params.missingProperty)}"` };
  if (e.keyword === "enum") return { path, message: `must be one of: ${(e.params.allowedValues as unknown[]).map(String).join(", ")}` };
  return { path, message: e.message ?? e.keyword };
}

/** "/catalog/groups/0/controls/3/id" → "$.catalog.groups[0].controls[3].id" */
export function jsonPath(pointer: string): string {
  if (!pointer) return "$";
  return (
    "$" +
    pointer
      .split("/")
      .slice(1)
      .map((seg) => seg.replace(/~1/g, "/").replace(/~0/g, "~"))
      .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : /^[A-Za-z_$][\w$-]*$/.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`))
      .join("")
  );
}

// anyOf branches report the same path several times; one line per path and message is enough.
function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.path}\u0000${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
