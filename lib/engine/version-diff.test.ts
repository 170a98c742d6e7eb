import { describe, expect, it } from "vitest";
import { amendmentChanges, diffVersions, type ComparableProvision } from "./version-diff";

const p = (citation: string, title: string, extra: Partial<ComparableProvision> = {}): ComparableProvision => ({
  key: citation.replace(/\W+/g, "-").toLowerCase(),
  citation,
  title,
  summary: `${title} summary`,
  kind: "obligation",
  applies: [{ from: "2027-01-01", setBy: "Act" }],
  history: [],
  ...extra,
});

describe("diffVersions", () => {
  it("matches provisions by citation across versions and lists what was dropped and added", () => {
    const d = diffVersions(
      [p("6-1-1702(1)", "Reasonable care"), p("6-1-1703(3)", "Impact assessment"), p("Part 17", "Heading", { kind: "heading" })],
      [p("C.R.S. 6-1-1702(1)", "Documentation to deployers"), p("6-1-1704(3)", "Adverse-outcome explanation")],
    );
    expect(d.sameCitation).toHaveLength(1);
    expect(d.sameCitation[0]).toMatchObject({ sameTitle: false, from: { title: "Reasonable care" }, to: { title: "Documentation to deployers" } });
    expect(d.onlyInFrom.map((x) => x.citation)).toEqual(["6-1-1703(3)"]);
    expect(d.onlyInTo.map((x) => x.citation)).toEqual(["6-1-1704(3)"]);
  });
});

describe("amendmentChanges", () => {
  it("reports moved dates with the act that moved them, and added provisions", () => {
    const changes = amendmentChanges([
      p("Art. 26(1)", "Use per instructions", {
        applies: [{ from: "2027-12-02", setBy: "Reg. 2026/1744" }],
        history: [{ from: "2026-08-02", setBy: "Reg. 2024/1689", replacedBy: "Reg. 2026/1744" }],
      }),
      p("Art. 5(1)(ba)", "Intimate imagery", { amendedBy: { act: "Reg. 2026/1744", change: "added" } }),
    ]);
    expect(changes).toEqual([
      expect.objectContaining({ type: "date-moved", from: "2026-08-02", to: "2027-12-02", replacedBy: "Reg. 2026/1744" }),
      expect.objectContaining({ type: "added", act: "Reg. 2026/1744" }),
    ]);
  });
});
