import { describe, expect, it } from "vitest";
import { closestWords, editDistance, suggestQueries } from "./did-you-mean";

const vocabulary = new Map([
  ["impact", 120],
  ["impacts", 30],
  ["assessment", 90],
  ["assessments", 40],
  ["human", 80],
  ["oversight", 60],
  ["transparency", 50],
  ["deployer", 70],
  ["developer", 65],
]);

describe("edit distance", () => {
  it.each([
    ["impact", "impact", 0],
    ["imapct", "impact", 1], // a transposition counts once
    ["assesment", "assessment", 1],
    ["oversigth", "oversight", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
  ])("%j → %j is %i", (a, b, d) => expect(editDistance(a, b)).toBe(d));

  it("stops early past the cap", () => expect(editDistance("transparency", "deployer", 2)).toBe(3));
});

describe("did you mean", () => {
  it("corrects each misspelt word with the closest, most frequent corpus word", () => {
    expect(suggestQueries("imapct assesment", vocabulary)[0]).toBe("impact assessment");
    expect(suggestQueries("human oversigth", vocabulary)).toEqual(["human oversight"]);
  });

  it("offers runner-up spellings after the best one", () => {
    expect(suggestQueries("imapct", vocabulary)).toEqual(["impact", "impacts"]);
  });

  it("says nothing when every word is known, or when nothing is close", () => {
    expect(suggestQueries("human oversight", vocabulary)).toEqual([]);
    expect(suggestQueries("qqqqzzzz", vocabulary)).toEqual([]);
    expect(suggestQueries("", vocabulary)).toEqual([]);
  });

  it("drops a word nothing resembles but keeps the corrected rest", () => {
    expect(suggestQueries("transparancy qqqqzzzz", vocabulary)).toEqual(["transparency"]);
  });

  it("lets short words differ by one letter only", () => {
    expect(closestWords("hman", vocabulary)).toEqual(["human"]);
    expect(closestWords("hmn", vocabulary)).toEqual([]);
  });
});
