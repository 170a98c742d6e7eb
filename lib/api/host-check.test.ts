import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { hostProblem, proxy } from "@/proxy";

const req = (url: string, init: { method?: string; headers?: Record<string, string> } = {}) => new NextRequest(url, { method: init.method ?? "GET", headers: init.headers });

afterEach(() => {
  delete process.env.ALLOWED_HOSTS;
});

describe("host and origin checks (DNS rebinding)", () => {
  it("answers localhost and refuses another host even when Origin matches it", async () => {
    expect(hostProblem(req("http://localhost:3000/systems", { headers: { host: "localhost:3000" } }))).toBeNull();
    const rebound = req("http://evil.example:3000/systems", { method: "POST", headers: { host: "evil.example:3000", origin: "http://evil.example:3000" } });
    expect(hostProblem(rebound)).toMatch(/does not answer for the host "evil.example:3000"/);
    expect(proxy(rebound).status).toBe(403);
    expect(proxy(req("http://evil.example/api/v1/frameworks", { headers: { host: "evil.example" } })).status).toBe(400);
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
