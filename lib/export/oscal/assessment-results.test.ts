import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { assess } from "@/lib/engine/assess";
import type { EngineCorpus } from "@/lib/engine/types";
import { validateOscalDocument } from "@/lib/import/oscal-schema";
import { CHECKLIST_STATUSES, type ChecklistStatus } from "@/lib/schemas/checklist";
import { profileSchema } from "@/lib/schemas/profile";
import { buildOscalAssessmentResults, FINDING_STATUS } from "./assessment-results";

const ROOT = path.resolve(import.meta.dirname, "../../..");
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

function document(example: string, statusOf: (i: number) => ChecklistStatus, asOf = "2027-06-01") {
  const profile = profileSchema.parse(JSON.parse(readFileSync(path.join(ROOT, "examples", `${example}.json`), "utf8")));
  const result = assess(profile, corpus, asOf);
  const progress = Object.fromEntries(
    result.checklist.map((item, i) => [
      item.id,
      { status: statusOf(i), owner: i === 0 ? "Compliance lead" : "", notes: i === 0 ? "Policy adopted by the board." : "", evidence: i === 0 ? ["https://intranet.example/policy.pdf", "docs/register.xlsx"] : [], updatedAt: "2026-11-20T09:30:00.000Z" },
    ]),
  );
  const doc = buildOscalAssessmentResults({
    system: { id: "cm0system", name: profile.name, organization: profile.organization?.name ?? "" },
    assessment: { id: "cm0assessment", createdAt: "2026-11-01T08:00:00.000Z" },
    result,
    progress,
    frameworkNames: Object.fromEntries(corpus.frameworks.map((f) => [f.id, f.shortName])),
    catalogHref: (f, v) => `/api/v1/frameworks/${f}/oscal-catalog.json?version=${encodeURIComponent(v)}`,
    recordHref: "/systems/cm0system/checklist.json",
  });
  return { result, doc };
}

describe("OSCAL assessment-results export", () => {
  it("is valid against the official OSCAL 1.0.6 assessment-results schema, for every example profile", () => {
    for (const example of ["resume-screener", "machinery-safety-component", "legacy-credit-scorer", "emotion-at-work", "police-missing-child-finder", "kitchen-sink"]) {
      const { doc } = document(example, (i) => CHECKLIST_STATUSES[i % 4]!);
      expect(validateOscalDocument("assessment-results", doc), example).toEqual([]);
    }
  });

  it.each([
    ["done", "satisfied", "implemented"],
    ["not-applicable", "satisfied", "not-applicable"],
    ["in-progress", "not-satisfied", "partial"],
    ["not-started", "not-satisfied", "planned"],
  ] as const)("a checklist item %s is a finding %s (implementation %s)", (status, state, implementation) => {
    expect(FINDING_STATUS[status]).toEqual(expect.objectContaining({ state, implementation }));
    const { doc, result } = document("resume-screener", () => status);
    const findings = doc["assessment-results"].results[0]!.findings!;
    expect(findings).toHaveLength(result.checklist.length);
    expect(new Set(findings.map((f) => f.target.status.state))).toEqual(new Set([state]));
  });

  it("one finding and one observation per checklist item; the observation cites every provision the item satisfies", () => {
    const { doc, result } = document("resume-screener", (i) => (i === 0 ? "done" : "not-started"));
    const r = doc["assessment-results"].results[0]!;
    const item = result.checklist[0]!;
    const finding = r.findings![0]!;
    const observation = r.observations!.find((o) => o.uuid === finding["related-observations"][0]!["observation-uuid"])!;
    expect(finding.title).toBe(item.title);
    expect(finding.target).toEqual(expect.objectContaining({ type: "statement-id", "target-id": `${item.id.split("/")[1]}_smt`, status: expect.objectContaining({ state: "satisfied", reason: "pass" }) }));
    expect(finding.props).toContainEqual(expect.objectContaining({ name: "owner", value: "Compliance lead" }));
    expect(observation.links!.map((l) => l.text)).toEqual(item.members.map((m) => m.citation));
    expect(observation.props!.map((p) => p.value)).toEqual(item.satisfies);
    expect(observation["relevant-evidence"]!.map((e) => e.href)).toEqual(["https://intranet.example/policy.pdf", "docs/register.xlsx"]);
    expect(observation.remarks).toBe("Policy adopted by the board.");
    expect(observation.collected).toBe("2026-11-20T09:30:00Z");
    // Reviewed controls: every obligation, per framework version, as a control id of our catalogs.
    const selected = r["reviewed-controls"]["control-selections"].flatMap((s) => ("include-controls" in s ? s["include-controls"] : []).map((c) => c["control-id"]));
    expect(new Set(selected)).toEqual(new Set(result.obligations.map((o) => o.id.split("/")[1]!.replace(/^(\d)/, "_$1"))));
    expect(doc["assessment-results"].metadata["last-modified"]).toBe("2026-11-20T09:30:00Z");
  });

  it("a system that nothing binds still gives a valid document (no findings, one empty selection)", () => {
    const { doc, result } = document("machinery-safety-component", () => "not-started", "2028-09-01");
    expect(result.checklist.filter((c) => c.id.startsWith("eu-ai-act/"))).toEqual([]);
    expect(validateOscalDocument("assessment-results", doc)).toEqual([]);
  });
});
