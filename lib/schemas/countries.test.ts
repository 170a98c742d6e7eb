import { describe, expect, it } from "vitest";
import { citationUrl } from "@/lib/env";
import { COUNTRIES, countrySchema } from "./countries";

describe("country answers", () => {
  it("accept an assigned ISO 3166-1 alpha-2 code and refuse the rest ('XX', 'Germany', 'ge')", () => {
    expect(countrySchema.safeParse("DE").success).toBe(true);
    for (const bad of ["XX", "Germany", "ge", "EU", "UK"]) expect(countrySchema.safeParse(bad).success, bad).toBe(false);
  });
  it("are chosen by name: Germany is DE, never GE (Georgia)", () => {
    expect(COUNTRIES.find((c) => c.name === "Germany")?.code).toBe("DE");
    expect(COUNTRIES.find((c) => c.code === "GE")?.name).toBe("Georgia");
    expect(COUNTRIES).toHaveLength(249);
  });
});

describe("citation addresses", () => {
  it("never cite a loopback or private address; use PUBLIC_BASE_URL when set", () => {
    expect(citationUrl("/frameworks/eu-ai-act/art-26-1", "127.0.0.1:3000", "http", {})).toBe("/frameworks/eu-ai-act/art-26-1");
    expect(citationUrl("/x", "localhost:3000", null, {})).toBe("/x");
    expect(citationUrl("/x", "crosswalk.example.org", "https", {})).toBe("https://crosswalk.example.org/x");
    expect(citationUrl("/x", "127.0.0.1", "http", { PUBLIC_BASE_URL: "https://ai.example.org/" })).toBe("https://ai.example.org/x");
  });
});
