import { describe, expect, it } from "vitest";
import { diffFields } from "./audit";

describe("diffFields (what an audit event records)", () => {
  it("lists changed fields by dotted path with before and after", () => {
    expect(diffFields({ name: "A", organization: { name: "Acme", country: "IE" } }, { name: "B", organization: { name: "Acme", country: "DE" } })).toEqual({
      name: { before: "A", after: "B" },
      "organization.country": { before: "IE", after: "DE" },
    });
  });

  it("records a creation as every field from null", () => {
    expect(diffFields(null, { name: "A", roles: ["deployer"] })).toEqual({ name: { before: null, after: "A" }, roles: { before: null, after: ["deployer"] } });
  });

  it("compares lists whole and ignores unset versus null", () => {
    expect(diffFields({ roles: ["a", "b"], gpai: null }, { roles: ["b", "a"] })).toEqual({ roles: { before: ["a", "b"], after: ["b", "a"] } });
    expect(diffFields({ x: { y: undefined } }, { x: { y: null } })).toEqual({});
  });

  it("stops descending at the depth asked for", () => {
    expect(diffFields({ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } }, 2)).toEqual({ "a.b": { before: { c: 1 }, after: { c: 2 } } });
  });
});
