import { FACT_LABELS } from "@/lib/engine/conditions";
import { PROFILE_FACTS } from "@/lib/schemas/condition";
import { ANNEX_I_PRODUCTS } from "@/lib/schemas/profile";

/** The profile's answers in plain words, for `assess --help` (the JSON Schema is at /api/v1/schema/profile). */
export function profileHelp(): string {
  const facts = PROFILE_FACTS.filter((f) => f.includes(".") && !f.startsWith("gpaiModel.present"))
    .map((f) => `  ${f.padEnd(52)} ${FACT_LABELS[f]}`)
    .join("\n");
  const products = Object.entries(ANNEX_I_PRODUCTS)
    .map(([code, p]) => `  ${code.padEnd(26)} Section ${p.section}, point ${p.point}: ${p.label}`)
    .join("\n");
  return `Profile answers (JSON; examples/*.json are valid profiles):
${facts}

Not sure? Every yes/no answer (and syntheticContent, remoteBiometricIdentification) may be null.
The engine then takes the protective reading: a class that an answer could still raise is
reported as the more severe one with "confirmed": false and the open questions; obligations that
depend on the answer stay listed with "status": "may-apply" and the question to settle. An
optional answer that is omitted keeps its default (false), except a follow-up that your other
answers make relevant (e.g. thirdPartyConformityAssessmentRequired once a product is named),
which counts as not sure. Unknown answers never produce the lighter regime.

system.annexIProduct (null = none named):
${products}
`;
}
