import { describe, expect, it } from "vitest";
import { buildChecklist, strictestLine } from "./checklist";
import type { EngineMapping, Obligation } from "./types";

function duty(id: string, citation: string, framework: string): Obligation {
  return {
    id,
    framework,
    binding: true,
    version: `${framework}@1`,
    citation,
    title: "Report safety incidents",
    summary: "Report incidents to the authority.",
    kind: "obligation",
    role: "gpai-provider",
    status: "applies",
    openQuestions: [],
    appliesFrom: "2027-01-01",
    appliesFromSetBy: "test",
    appliesFromNote: null,
    appliesFromContested: null,
    alreadyApplies: false,
    why: [],
    concepts: ["incident-reporting"],
    penalties: [],
    verified: true,
    source: "https://example.org",
  };
}

// Incident deadlines as the statutes set them: SB 53 "within 15 days" (Bus. & Prof. Code § 22757.13),
// the RAISE Act "within 72 hours" (GBL § 1422), the EU AI Act "not later than 15 days" (Art. 73(2)).
const sb53 = duty("california-sb-53/s-22757-13-b", "§ 22757.13(b)", "california-sb-53");
const raise = duty("ny-raise-act/s-1422", "GBL § 1422", "ny-raise-act");
const eu = duty("eu-ai-act/art-73-2", "Art. 73(2)", "eu-ai-act");
const link = (source: Obligation, target: Obligation, comparisons: EngineMapping["comparisons"]): EngineMapping => ({
  source: source.id,
  target: target.id,
  relationship: "equivalent-to",
  confidence: 0.8,
  explanation: "Both require incident reports to an authority.",
  comparisons,
});

describe("strictest common requirement of a merged item", () => {
  it("names the member whose value wins every comparison (72 hours beats 15 days twice)", () => {
    const [item] = buildChecklist(
      [sb53, raise, eu],
      [
        link(sb53, raise, [{ parameter: "deadline", source: "15 days", target: "72 hours", stricter: "target" }]),
        link(raise, eu, [{ parameter: "deadline", source: "72 hours", target: "15 days", stricter: "source" }]),
      ],
    );
    expect(item!.satisfies).toHaveLength(3);
    expect(item!.strictest).toEqual([
      { parameter: "deadline", value: "72 hours", setBy: "GBL § 1422", over: [{ citation: "§ 22757.13(b)", value: "15 days" }, { citation: "Art. 73(2)", value: "15 days" }] },
    ]);
    expect(strictestLine(item!.strictest![0]!)).toBe("Deadline: 72 hours (GBL § 1422) — also meets 15 days (§ 22757.13(b)), 15 days (Art. 73(2))");
  });

  it("states nothing when the comparisons conflict or are not comparable", () => {
    const [cycle] = buildChecklist(
      [sb53, raise],
      [
        link(sb53, raise, [{ parameter: "audience", source: "Cal OES", target: "DFS", stricter: "source" }]),
        link(raise, sb53, [{ parameter: "audience", source: "DFS", target: "Cal OES", stricter: "source" }]),
      ],
    );
    expect(cycle!.strictest).toEqual([]);
    const [incomparable] = buildChecklist([sb53, raise], [link(sb53, raise, [{ parameter: "audience", source: "Cal OES", target: "DFS", stricter: "not-comparable" }])]);
    expect(incomparable!.strictest).toEqual([]);
  });

  it("ignores comparisons between duties that did not merge into the item", () => {
    const items = buildChecklist([sb53, { ...raise, concepts: ["transparency-to-users"] }], [
      { ...link(sb53, raise, [{ parameter: "deadline", source: "15 days", target: "72 hours", stricter: "target" }]), relationship: "no-relationship" },
    ]);
    expect(items).toHaveLength(2);
    for (const item of items) expect(item.strictest).toEqual([]);
  });
});
