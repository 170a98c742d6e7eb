import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { hostProblem, proxy } from "@/proxy";

const req = (url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new NextRequest(url, { method: init.method ?? "GET", headers: init.headers, body: init.body });

afterEach(() => {
  delete process.env.ALLOWED_HOSTS;
});

describe("host and origin checks (DNS rebinding)", () => {
  it("answers localhost and refuses another host even when Origin matches it", async () => {
    expect(hostProblem(req("http://localhost:3000/systems", { headers: { host: "localhost:3000" } }))).toBeNull();
    const rebound = req("http://evil.example:3000/systems", { method: "POST", headers: { host: "evil.example:3000", origin: "http://evil.example:3000" } });
    expect(hostProblem(rebound)).toMatch(/does not answer for the host "evil.example:3000"/);
    expect((await proxy(rebound)).status).toBe(403);
    expect((await proxy(req("http://evil.example/api/v1/frameworks", { headers: { host: "evil.example" } }))).status).toBe(400);
  });

  it("answers a server action with an empty, malformed or oversized body with 400/413 before Next fails on it", async () => {
    const action = (body: string | undefined, extra: Record<string, string> = {}) =>
      req("http://localhost:3000/systems/abc", { method: "POST", body, headers: { host: "localhost:3000", origin: "http://localhost:3000", "next-action": "a1b2", "content-type": "text/plain;charset=UTF-8", ...extra } });
    expect((await proxy(action(""))).status).toBe(400);
    expect((await proxy(action("{not json"))).status).toBe(400);
    expect((await proxy(action("x", { "content-length": String(2 * 1024 * 1024) }))).status).toBe(413);
    // a well-formed action passes through to Next
    expect((await proxy(action(JSON.stringify([{ id: "abc" }])))).headers.get("x-middleware-next")).toBe("1");
  });

  it("refuses writes from a foreign origin and page writes without an Origin", () => {
    expect(hostProblem(req("http://localhost:3000/systems/x", { method: "POST", headers: { host: "localhost:3000", origin: "http://evil.example" } }))).toMatch(/origin/);
    expect(hostProblem(req("http://localhost:3000/systems/x", { method: "POST", headers: { host: "localhost:3000" } }))).toMatch(/Origin header/);
    // API clients (curl, SDKs) send no Origin.
    expect(hostProblem(req("http://localhost:3000/api/v1/assessments", { method: "POST", headers: { host: "localhost:3000" } }))).toBeNull();
  });

  it("answers the hosts named in ALLOWED_HOSTS", () => {
    process.env.ALLOWED_HOSTS = "crosswalk.example.org";
    expect(hostProblem(req("https://crosswalk.example.org/", { headers: { host: "crosswalk.example.org" } }))).toBeNull();
  });
});
