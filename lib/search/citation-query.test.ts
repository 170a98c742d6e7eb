import { describe, expect, it } from "vitest";
import { citationQuery, normaliseCitation } from "./citation-query";

describe("citation queries", () => {
  it.each([
    ["Art. 26", "art 26"],
    ["Art. 26(1)", "art 26 1"],
    ["article 26(1)", "art 26 1"],
    ["Art26", "art 26"],
    ["6-1-1703", "6 1 1703"],
    ["C.R.S. 6-1-1703(3)(a)", "6 1 1703 3 a"],
    ["§ 6-1-1703", "6 1 1703"],
    ["GOVERN 1.1", "govern 1 1"],
    ["A.6.2.7", "a 6 2 7"],
    ["Annex III, point 5(b)", "annex iii point 5 b"],
  ])("reads %j as the citation %j", (query, expected) => expect(citationQuery(query)).toBe(expected));

  it.each(["impact assessment", "human oversight", "", "   "])("does not treat %j as a citation", (q) => expect(citationQuery(q)).toBeNull());

  it("normalises stored citations like the SQL index expression", () => {
    expect(normaliseCitation("6-1-1701 (\"covered ADMT\")")).toBe("6 1 1701 covered admt");
    expect(normaliseCitation("Art. 5(1)(ba)")).toBe("art 5 1 ba");
  });
});
