import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as route from "@/app/mcp/route";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { getDatabase } from "@/lib/db/client";
import { openDatabase } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrate";
import { seedCorpus } from "@/lib/db/seed";
import { createTestDatabase } from "../helpers/test-database";

// The MCP server through the SDK's own client, over both doors: stdio (`npx tsx scripts/mcp.ts`,
// as `npm run mcp` starts it) and Streamable HTTP (the app's route module app/mcp/route.ts,
// served by a small Node http server). With DATABASE_URL both read a fresh Postgres database
// made for this file; without it the route reads a fresh PGlite directory and the stdio server
// reads the data files, as it does beside a running app.

const ROOT = path.resolve(import.meta.dirname, "../..");
const mode = process.env.DATABASE_URL ? "real Postgres" : "embedded PGlite (stdio: the data files)";
const example = (name: string) => JSON.parse(readFileSync(path.join(ROOT, "examples", name), "utf8"));
const TOOLS = ["search_provisions", "get_provision", "list_frameworks", "crosswalk", "gap_report", "assess_system", "explain_applicability"];

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let httpServer: http.Server | undefined;
let baseUrl = "";
const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: process.env.PGLITE_DIR };

/** The route module behind a real socket: Node's request in, the handler's Web Response out. */
function serveRoute(): Promise<string> {
  const handlers: Record<string, ((request: Request) => Promise<Response> | Response) | undefined> = { POST: route.POST, GET: route.GET, DELETE: route.DELETE };
  httpServer = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) for (const v of [value ?? []].flat()) headers.append(name, v);
    const handler = new URL(req.url ?? "/", "http://x").pathname === "/mcp" ? handlers[req.method ?? ""] : undefined;
    const request = new Request(`http://${req.headers.host}${req.url}`, {
      method: req.method,
      headers,
      body: req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks),
    });
    const response = handler ? await handler(request) : new Response("not found", { status: 404 });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    const reader = response.body?.getReader();
    for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) res.write(part.value);
    res.end();
  });
  return new Promise((resolve) => httpServer!.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(httpServer!.address() as AddressInfo).port}`)));
}

let corpusSlugs: string[] = [];
let corpusVersionCount = 0;
beforeAll(async () => {
  testDb = await createTestDatabase();
  const db = await openDatabase(testDb.target);
  await applyMigrations(db);
  const files = await loadCorpusFiles();
  corpusSlugs = files.frameworks.map((f) => f.framework.slug);
  corpusVersionCount = files.frameworks.reduce((n, f) => n + f.versions.length, 0);
  await seedCorpus(db, files);
  await db.close();
  // The route reads the app's database (lib/db/client.ts): point this process at the test one.
  Object.assign(process.env, testDb.env);
  baseUrl = await serveRoute();
});

afterAll(async () => {
  await new Promise((resolve) => (httpServer ? httpServer.close(resolve) : resolve(undefined)));
  await (await getDatabase()).close();
  for (const [name, value] of Object.entries(savedEnv)) value === undefined ? delete process.env[name] : (process.env[name] = value);
  await testDb?.drop();
});

type Connect = () => Promise<{ client: Client; stderr: () => string }>;

const connectStdio: Connect = async () => {
  const transport = new StdioClientTransport({
    command: "npx",
    args: ["tsx", "scripts/mcp.ts"],
    cwd: ROOT,
    env: { ...(process.env as Record<string, string>), ...testDb.env },
    stderr: "pipe",
  });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: "crosswalk-test", version: "1.0.0" });
  await client.connect(transport);
  return { client, stderr: () => stderr };
};

const connectHttp: Connect = async () => {
  const client = new Client({ name: "crosswalk-test", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${baseUrl}/mcp`)));
  return { client, stderr: () => "" };
};

const text = (r: CallToolResult) => r.content.map((c) => (c.type === "text" ? c.text : "")).join("\n");

describe.each([
  ["stdio", connectStdio],
  ["Streamable HTTP", connectHttp],
] as const)(`MCP over %s on ${mode}`, (_transport, connect) => {
  let client: Client;
  let stderr: () => string = () => "";
  const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as CallToolResult;
  const structured = async <T = Record<string, any>>(name: string, args: Record<string, unknown>): Promise<T> => {
    const r = await call(name, args);
    expect(r.isError, text(r)).toBeFalsy();
    expect(text(r).length).toBeGreaterThan(0); // the short summary beside the structured content
    return r.structuredContent as T;
  };

  beforeAll(async () => {
    ({ client, stderr } = await connect());
  });
  afterAll(async () => {
    await client?.close();
  });

  it("lists the seven tools, each with an input and an output schema", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...TOOLS].sort());
    for (const tool of tools) {
      expect(tool.inputSchema.type, tool.name).toBe("object");
      expect(tool.outputSchema?.type, tool.name).toBe("object");
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
    }
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    expect(byName.search_provisions!.inputSchema.required).toEqual(["query"]);
    expect(byName.get_provision!.inputSchema.properties).toMatchObject({ id: { type: "string", pattern: expect.any(String) } });
    // the profile argument carries the profile's own JSON Schema (from profileSchema)
    const profile = byName.assess_system!.inputSchema.properties!.profile as { properties: Record<string, unknown>; required: string[] };
    expect(profile.required).toEqual(expect.arrayContaining(["name", "organization", "roles", "jurisdictions", "system"]));
    expect(profile.properties.jurisdictions).toMatchObject({ type: "array", items: { enum: ["EU", "US-CO", "US-CA", "US-NY", "US-NYC", "US-IL", "US-TX", "US-UT", "KR", "CN", "JP", "VN"] } });
    expect(byName.explain_applicability!.inputSchema.required).toEqual(expect.arrayContaining(["profile", "provision"]));
  });

  it("search_provisions ranks the exact article first for 'Art. 26'", async () => {
    const result = await structured("search_provisions", { query: "Art. 26", limit: 5 });
    expect(result.hits[0]).toMatchObject({ id: "eu-ai-act/art-26", citation: "Art. 26", match: "exact-citation", framework: "eu-ai-act" });
    expect(result.hits).toHaveLength(5);
    // other laws' own "Art. 26" are exact matches too; within the EU AI Act the paragraphs follow in order
    const within = await structured("search_provisions", { query: "Art. 26", framework: "eu-ai-act", limit: 3 });
    expect(within.hits.map((h: { id: string }) => h.id)).toEqual(["eu-ai-act/art-26", "eu-ai-act/art-26-1", "eu-ai-act/art-26-2"]);
    const filtered = await structured("search_provisions", { query: "impact assessment", framework: "colorado-ai-act", versions: "all" });
    expect(filtered.hits[0].id).toBe("colorado-ai-act/sb24-205-6-1-1703-3-a");
    expect(filtered.hits.every((h: { framework: string }) => h.framework === "colorado-ai-act")).toBe(true);
  });

  it("get_provision returns Art. 27(1) with its mapping to 6-1-1703(3)(a) under SB 24-205", async () => {
    const result = await structured("get_provision", { id: "eu-ai-act/art-27-1", versions: "all" });
    expect(result.provision).toMatchObject({ id: "eu-ai-act/art-27-1", citation: "Art. 27(1)", framework: { id: "eu-ai-act" }, binds: ["deployer"] });
    expect(result.provision.sourceUrl).toMatch(/^https:/);
    const mapping = result.mappings.find((m: { other: { id: string } }) => m.other.id === "colorado-ai-act/sb24-205-6-1-1703-3-a");
    expect(mapping).toMatchObject({ relationship: "intersects-with", other: { citation: "6-1-1703(3)(a)", versionStatus: "repealed" } });
    expect(mapping.explanation.length).toBeGreaterThan(20);
  });

  it("get_provision and crosswalk answer an unknown provision with a tool error", async () => {
    const missing = await call("get_provision", { id: "eu-ai-act/art-999" });
    expect(missing.isError).toBe(true);
    expect(text(missing)).toContain('No provision "eu-ai-act/art-999"');
    const malformed = await call("get_provision", { id: "Art. 27(1)" });
    expect(malformed.isError).toBe(true);
    expect(text(malformed)).toContain("must be '<framework>/<provision-key>'");
  });

  it("list_frameworks lists every framework, binding law first, with versions and their resources", async () => {
    const result = await structured("list_frameworks", {});
    const ids: string[] = result.frameworks.map((f: { id: string }) => f.id);
    expect(ids.slice(0, 2)).toEqual(["eu-ai-act", "colorado-ai-act"]);
    expect(new Set(ids)).toEqual(new Set(corpusSlugs));
    // binding law first, then the treaty that binds states, then voluntary frameworks
    const groups = result.frameworks.map((f: { binding: boolean; id: string }) => (f.id === "coe-ai-convention" ? 1 : f.binding ? 0 : 2));
    expect(groups).toEqual([...groups].sort());
    const colorado = result.frameworks[1];
    expect(colorado).toMatchObject({ jurisdiction: "US-CO", binding: true });
    expect(colorado.versions.map((v: { id: string; status: string }) => `${v.id} ${v.status}`)).toEqual(["colorado-ai-act@sb26-189 enacted", "colorado-ai-act@sb24-205 repealed"]);
    expect(result.frameworks[0].versions[0].resourceUri).toBe("crosswalk://frameworks/eu-ai-act/versions/eu-ai-act@2026-1744");
  });

  it("crosswalk maps two frameworks, or one provision, read from the asking side", async () => {
    const pair = await structured("crosswalk", { from: "eu-ai-act", to: "colorado-ai-act", versions: "all" });
    expect(pair.total).toBeGreaterThan(50);
    expect(pair.links.every((l: { from: { framework: string }; to: { framework: string } }) => l.from.framework === "eu-ai-act" && l.to.framework === "colorado-ai-act")).toBe(true);
    // recorded from Colorado (6-1-1703(3)(a) → Art. 27(1)) and from the EU side: both read from Art. 27(1)
    const art27 = pair.links.filter((l: { from: { id: string }; to: { id: string } }) => l.from.id === "eu-ai-act/art-27-1" && l.to.id === "colorado-ai-act/sb24-205-6-1-1703-3-a");
    expect(art27.map((l: { relationship: string }) => l.relationship)).toEqual(["intersects-with", "intersects-with"]);

    const one = await structured("crosswalk", { provision: "eu-ai-act/art-27-1", to: "colorado-ai-act", versions: "all" });
    expect(one.provision.id).toBe("eu-ai-act/art-27-1");
    expect(one.links.map((l: { to: { id: string } }) => l.to.id)).toContain("colorado-ai-act/sb24-205-6-1-1703-3-a");
    expect(one.links.every((l: { to: { framework: string } }) => l.to.framework === "colorado-ai-act")).toBe(true);

    const neither = await call("crosswalk", { from: "eu-ai-act" });
    expect(neither.isError).toBe(true);
    expect(text(neither)).toContain("give `from` and `to` (two frameworks) or `provision`");
    const unknown = await call("crosswalk", { from: "eu-ai-act", to: "gdpr" });
    expect(unknown.isError).toBe(true);
    expect(text(unknown)).toContain("Unknown framework: gdpr");
  });

  it("gap_report says how the EU AI Act covers Colorado's duties", async () => {
    const report = await structured("gap_report", { from: "colorado-ai-act", to: "eu-ai-act", versions: "all" });
    const s = report.summary;
    expect(s.total).toBe(s.covered + s.partial + s.checkedNone + s.unmapped);
    expect(report.rows).toHaveLength(s.total);
    // SB 24-205's three-year retention of impact assessments has no EU counterpart (Art. 27 sets none)
    expect(report.rows.find((r: { id: string }) => r.id === "colorado-ai-act/sb24-205-6-1-1703-3-f")).toMatchObject({ coverage: "checked-none" });
    const gaps = await structured("gap_report", { from: "colorado-ai-act", to: "eu-ai-act", coverage: ["checked-none", "unmapped"], version: "colorado-ai-act@sb24-205" });
    expect(gaps.rows.length).toBeGreaterThan(0);
    expect(gaps.rows.every((r: { coverage: string; versionLabel: string }) => r.coverage !== "covered" && r.coverage !== "partial" && r.versionLabel.startsWith("SB 24-205"))).toBe(true);
    const badVersion = await call("gap_report", { from: "colorado-ai-act", to: "eu-ai-act", version: "colorado-ai-act@2099" });
    expect(badVersion.isError).toBe(true);
    expect(text(badVersion)).toContain("colorado-ai-act@sb26-189");
  });

  it("assess_system classes the resume screener high-risk under the EU AI Act, with a checklist", async () => {
    const result = await structured("assess_system", { profile: example("resume-screener.json"), asOf: "2027-06-01" });
    expect(result.asOf).toBe("2027-06-01");
    expect(result.classifications.find((c: { framework: string }) => c.framework === "eu-ai-act")).toMatchObject({ class: "high-risk", confirmed: true });
    expect(result.checklist.length).toBeGreaterThan(10);
    expect(result.obligations.find((o: { id: string }) => o.id === "eu-ai-act/art-26-1")).toMatchObject({ status: "applies", role: "deployer", appliesFrom: "2027-12-02", alreadyApplies: false });
    expect(result.openQuestions).toEqual([]);

    // an open answer: the class and the duties stay, as "may apply", with the question to settle
    const legacy = await structured("assess_system", { profile: example("legacy-credit-scorer.json"), asOf: "2028-01-15" });
    expect(legacy.openQuestions.map((q: { fact: string }) => q.fact)).toEqual(["system.significantDesignChangeSince"]);
    expect(legacy.obligations.find((o: { id: string }) => o.id === "eu-ai-act/art-9-1").status).toBe("may-apply");
  });

  it("assess_system rejects an invalid profile with every problem as `path: message`", async () => {
    const { organization: _organization, ...withoutOrganization } = example("resume-screener.json");
    const bad = { ...withoutOrganization, jurisdictions: ["EU", "US-XX"], system: { ...withoutOrganization.system, deepFake: "yes" } };
    const result = await call("assess_system", { profile: bad });
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toBeUndefined();
    expect(text(result).split("\n")).toEqual([
      "The profile is invalid (3 problems):",
      "organization: is required",
      "jurisdictions[1]: must be one of: EU, US-CO, US-CA, US-NY, US-NYC, US-IL, US-TX, US-UT, KR, CN, JP, VN",
      "system.deepFake: must be a boolean",
    ]);
    // arguments other than the profile are checked by the SDK against the advertised schema
    const missing = await call("assess_system", {});
    expect(missing.isError).toBe(true);
    expect(text(missing)).toContain("is required at profile");
    const badDate = await call("assess_system", { profile: example("resume-screener.json"), asOf: "2027-02-30" });
    expect(badDate.isError).toBe(true);
    expect(text(badDate)).toContain("is not a real calendar date");
  });

  it("explain_applicability says why a provision applies, may apply or does not", async () => {
    const profile = example("resume-screener.json");
    const applies = await structured("explain_applicability", { profile, provision: "eu-ai-act/art-26-1", asOf: "2027-06-01" });
    expect(applies).toMatchObject({ applies: true, status: "applies", because: null, role: "deployer", appliesFrom: "2027-12-02", alreadyApplies: false });
    expect(applies.why).toContain("you act as deployer");
    expect(applies.why.join(" ")).toContain("the system is high-risk (Annex III point 4(a)");

    const notApplicable = await structured("explain_applicability", { profile, provision: "eu-ai-act/art-27-1", asOf: "2027-06-01" });
    expect(notApplicable).toMatchObject({ applies: false, status: "not-applicable", because: "condition" });
    expect(notApplicable.why[0]).toContain("not: the organization is a public authority");

    const otherVersion = await structured("explain_applicability", { profile, provision: "colorado-ai-act/sb24-205-6-1-1703-3-a", asOf: "2027-06-01" });
    expect(otherVersion).toMatchObject({ applies: false, because: "version" });
    expect(otherVersion.why[0]).toContain("SB 26-189");

    const maybe = await structured("explain_applicability", { profile: example("legacy-credit-scorer.json"), provision: "eu-ai-act/art-9-1", asOf: "2028-01-15" });
    expect(maybe).toMatchObject({ applies: true, status: "may-apply" });
    expect(maybe.openQuestions.map((q: { fact: string }) => q.fact)).toEqual(["system.significantDesignChangeSince"]);

    const outside = await structured("explain_applicability", { profile: { ...profile, jurisdictions: ["EU"] }, provision: "colorado-ai-act/6-1-1703" });
    expect(outside).toMatchObject({ applies: false, because: "jurisdiction" });

    const invalid = await call("explain_applicability", { profile: { ...profile, roles: [] }, provision: "eu-ai-act/art-26-1" });
    expect(invalid.isError).toBe(true);
    expect(text(invalid)).toContain("roles: choose at least one role");
  });

  it("lists a resource per framework version and the profile schema, and reads them", async () => {
    const { resources } = await client.listResources();
    const uris = resources.map((r) => r.uri);
    expect(uris).toEqual(
      expect.arrayContaining([
        "crosswalk://schema/profile",
        "crosswalk://frameworks/eu-ai-act/versions/eu-ai-act@2026-1744",
        "crosswalk://frameworks/colorado-ai-act/versions/colorado-ai-act@sb24-205",
      ]),
    );
    expect(uris.filter((u) => u.startsWith("crosswalk://frameworks/"))).toHaveLength(corpusVersionCount);

    const read = await client.readResource({ uri: "crosswalk://frameworks/colorado-ai-act/versions/colorado-ai-act@sb24-205" });
    const body = JSON.parse((read.contents[0] as { text: string }).text);
    expect(body.version).toMatchObject({ id: "colorado-ai-act@sb24-205", status: "repealed" });
    expect(body.provisions.find((p: { id: string }) => p.id === "colorado-ai-act/sb24-205-6-1-1703-3-a")).toMatchObject({ citation: "6-1-1703(3)(a)", binds: ["deployer"] });

    const schema = JSON.parse(((await client.readResource({ uri: "crosswalk://schema/profile" })).contents[0] as { text: string }).text);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(expect.arrayContaining(["organization", "system"]));

    await expect(client.readResource({ uri: "crosswalk://frameworks/eu-ai-act/versions/eu-ai-act@1999" })).rejects.toThrow(/Resource not found/);
  });

  it("keeps stdout for the protocol: logs go to stderr", () => {
    if (_transport === "stdio") expect(stderr()).toContain("[crosswalk-mcp] ready on stdio");
  });
});

describe("the /mcp route outside the protocol's happy path", () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}/mcp`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json, text/event-stream", ...headers }, body });

  it("answers malformed JSON and non-JSON-RPC bodies with a JSON-RPC parse error, not an HTML page", async () => {
    for (const body of ["{not json", JSON.stringify({ hello: "world" })]) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({ jsonrpc: "2.0", id: null, error: { code: -32700 } });
    }
  });

  it("answers an unknown method with a JSON-RPC error for that request", async () => {
    const init = await post(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "curl", version: "0" } } }));
    expect(init.status).toBe(200);
    expect(await init.json()).toMatchObject({ id: 1, result: { serverInfo: { name: "ai-regulatory-crosswalk" } } });
    const response = await post(JSON.stringify({ jsonrpc: "2.0", id: 7, method: "no/such/method" }));
    expect(await response.json()).toMatchObject({ jsonrpc: "2.0", id: 7, error: { code: -32601 } });
  });

  it("refuses GET and DELETE (stateless: no stream, no session), a wrong Accept and a foreign Origin", async () => {
    for (const method of ["GET", "DELETE"]) {
      const response = await fetch(`${baseUrl}/mcp`, { method, headers: { accept: "text/event-stream" } });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("POST");
      expect(await response.json()).toMatchObject({ jsonrpc: "2.0", error: { code: -32000 } });
    }
    const ping = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" });
    expect((await post(ping, { accept: "text/html" })).status).toBe(406);
    expect((await post(ping, { origin: "https://evil.example" })).status).toBe(403);
    expect((await post(ping, { origin: baseUrl })).status).toBe(200);
  });
});
