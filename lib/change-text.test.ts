import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { assess } from "@/lib/engine/assess";
import { changesSincePrevious } from "@/lib/engine/assessment-diff";
import type { AssessmentResult, EngineCorpus } from "@/lib/engine/types";
import { assessmentToMarkdown } from "@/lib/export/markdown";
import { profile } from "@/tests/helpers/profiles";
import { causeHeading, describeObligationChange, summariseChanges } from "./change-text";

let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

/** A deployer of a recruitment tool who adds credit scoring and re-assesses later. */
function reassessed(): AssessmentResult {
  const before = profile({ roles: ["deployer"], system: { useCases: ["employment-recruitment"], consequentialDecision: true } });
  const after = profile({ roles: ["deployer"], system: { useCases: ["employment-recruitment", "credit"], consequentialDecision: true } });
  const previous = assess(before, corpus, "2026-11-29");
  const result = assess(after, corpus, "2028-01-15");
  return { ...result, changesSincePrevious: changesSincePrevious({ result: previous, profile: before, assessedAt: "2026-11-29T09:00:00.000Z" }, after, result, corpus) };
}

describe("What changed, in words", () => {
  it("says what happened to each obligation: added, removed, date, status, began to apply", () => {
    const state = { status: "applies" as const, appliesFrom: "2027-12-02", alreadyApplies: true, version: "v" };
    const base = { id: "eu-ai-act/art-26-1", framework: "eu-ai-act", binding: true, citation: "Art. 26(1)", title: "Use as instructed" };
    expect(describeObligationChange({ ...base, kind: "added", before: null, after: state, fields: [] })).toBe("added: applies since 2 Dec 2027");
    expect(describeObligationChange({ ...base, kind: "added", before: null, after: { ...state, status: "may-apply", alreadyApplies: false }, fields: [] })).toBe("added: may apply (from 2 Dec 2027)");
    expect(describeObligationChange({ ...base, kind: "removed", before: state, after: null, fields: [] })).toBe("no longer on the list");
    expect(
      describeObligationChange({
        ...base,
        kind: "changed",
        before: state,
        after: state,
        fields: [
          { field: "appliesFrom", before: "2026-08-02", after: "2027-12-02" },
          { field: "status", before: "may-apply", after: "applies" },
          { field: "alreadyApplies", before: false, after: true },
        ],
      }),
    ).toBe("date 2 Aug 2026 → 2 Dec 2027; may apply → applies; now applies (since 2 Dec 2027)");
  });

  it("names a backwards move of the as-of date as such, not as time passing", () => {
    const since = { asOf: "2028-01-15", corpusVersion: "x" };
    expect(causeHeading("time-passed", since, "2026-11-29")).toBe("The as-of date moved back (29 Nov 2026 instead of 15 Jan 2028)");
    expect(causeHeading("time-passed", { ...since, asOf: "2026-11-29" }, "2028-01-15")).toBe("Time passed (as of 15 Jan 2028 instead of 29 Nov 2026)");
  });

  it("summarises counts, and says nothing when nothing changed", () => {
    expect(summariseChanges({ added: 3, removed: 1, changed: 0, classes: 1 })).toBe("3 obligations added, 1 removed; 1 class changed");
    expect(summariseChanges({ added: 0, removed: 0, changed: 0, classes: 0 })).toBeNull();
  });

  it('the Markdown export has a "What changed since" section grouped by cause', () => {
    const md = assessmentToMarkdown("Screener", reassessed());
    expect(md).toContain("## What changed since 2026-11-29");
    expect(md).toContain("### The answers changed");
    expect(md).toMatch(/- \*\*Art\. 27\(1\)\*\* \(eu-ai-act\) .* — added: /);
    expect(md).toContain("### Time passed (as of 15 Jan 2028 instead of 29 Nov 2026)");
    expect(md).toMatch(/- \*\*Art\. 26\(1\)\*\* \(eu-ai-act\) .* — now applies \(since 2 Dec 2027\)/);
    expect(md.indexOf("## What changed")).toBeLessThan(md.indexOf("## Checklist"));
  });

  it("a first assessment has no such section", () => {
    const r = assess(profile({ roles: ["deployer"] }), corpus, "2026-11-29");
    expect(assessmentToMarkdown("First", r)).not.toContain("What changed");
  });
});
