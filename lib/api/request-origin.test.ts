import { describe, expect, it } from "vitest";
import { requestOrigin } from "./request-origin";

describe("requestOrigin", () => {
  it.each([
    ["the Host header", { host: "localhost:3200" }, "http://localhost:3200"],
    ["a proxy's forwarded host and protocol", { host: "127.0.0.1:3000", "x-forwarded-host": "crosswalk.example.org", "x-forwarded-proto": "https" }, "https://crosswalk.example.org"],
    ["the first of a list of forwarded values", { host: "a.example", "x-forwarded-proto": "https, http" }, "https://a.example"],
    ["an IPv6 host", { host: "[::1]:3000" }, "http://[::1]:3000"],
    ["http for an unknown protocol", { host: "a.example", "x-forwarded-proto": "javascript" }, "http://a.example"],
  ])("uses %s", (_, headers, expected) => expect(requestOrigin(new Headers(headers))).toBe(expected));

  it.each([
    ["no host", {}],
    ["a host with a path", { host: "evil.example/x?y" }],
    ["a host with user info", { host: "user@evil.example" }],
  ])("gives nothing for %s", (_, headers) => expect(requestOrigin(new Headers(headers))).toBeUndefined());
});
