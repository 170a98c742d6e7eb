import { describe, expect, it } from "vitest";
import { coverageOf, hasNoCounterpart, relationshipFrom } from "./crosswalk";

describe("crosswalk relationships", () => {
  it("reads a subset mapping as a superset from its target", () => {
    expect(relationshipFrom("a", { sourceId: "a", relationship: "subset-of" })).toBe("subset-of");
    expect(relationshipFrom("b", { sourceId: "a", relationship: "subset-of" })).toBe("superset-of");
    expect(relationshipFrom("b", { sourceId: "a", relationship: "intersects-with" })).toBe("intersects-with");
  });

  it.each([
    [["equal-to"], "covered"],
    [["subset-of", "no-relationship"], "covered"],
    [["intersects-with"], "partial"],
    [["superset-of", "no-relationship"], "partial"],
    [["no-relationship"], "checked-none"],
    [[], "unmapped"],
  ] as const)("%j → %s", (relationships, expected) => expect(coverageOf([...relationships])).toBe(expected));

  it("counts a provision as having no counterpart only when nothing but no-relationship links it", () => {
    expect(hasNoCounterpart("checked-none")).toBe(true);
    expect(hasNoCounterpart("unmapped")).toBe(true);
    expect(hasNoCounterpart("partial")).toBe(false);
  });
});
