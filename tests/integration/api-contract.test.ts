import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as assessmentsRoute from "@/app/api/v1/assessments/route";
import * as complyRoute from "@/app/api/v1/comply/route";
import * as conceptRoute from "@/app/api/v1/concepts/[id]/route";
import * as conceptsRoute from "@/app/api/v1/concepts/route";
import * as crosswalkRoute from "@/app/api/v1/crosswalk/route";
import * as frameworkRoute from "@/app/api/v1/frameworks/[slug]/route";
import * as versionsRoute from "@/app/api/v1/frameworks/[slug]/versions/route";
import * as frameworksRoute from "@/app/api/v1/frameworks/route";
import * as gapsRoute from "@/app/api/v1/gaps/route";
import * as mappingsRoute from "@/app/api/v1/mappings/route";
import * as oscalMappingRoute from "@/app/api/v1/crosswalk/oscal-mapping.json/route";
import * as oscalCatalogRoute from "@/app/api/v1/frameworks/[slug]/oscal-catalog.json/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import * as provisionRoute from "@/app/api/v1/provisions/[...id]/route";
import * as provisionsRoute from "@/app/api/v1/provisions/route";
import * as assessmentRecordSchemaRoute from "@/app/api/v1/schema/assessment-record/route";
import * as profileSchemaRoute from "@/app/api/v1/schema/profile/route";
import * as searchRoute from "@/app/api/v1/search/route";
import { MAX_BODY_BYTES } from "@/lib/api/http";
import { OPENAPI_OPERATIONS } from "@/lib/api/openapi";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { getDatabase } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { listProvisions } from "@/lib/db/queries";
import { seedCorpus } from "@/lib/db/seed";
import { createTestDatabase } from "../helpers/test-database";

// The REST API v1 contract: every route handler is called with a Web Request (as Next calls it)
// against the real corpus, on real Postgres when DATABASE_URL is set and on PGlite otherwise, and
// every response body is validated against the schema the OpenAPI document (served by the API
// itself) gives for that path, method and status.

const ROOT = path.resolve(import.meta.dirname, "../..");
const mode = process.env.DATABASE_URL ? "real Postgres" : "embedded PGlite";
const example = (name: string) => readFileSync(path.join(ROOT, "examples", name), "utf8");

type Handler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "HEAD" | "OPTIONS" | "POST" | "PUT" | "PATCH" | "DELETE", unknown>>;

/** OpenAPI path → the route module that serves it and how Next would hand it the path parameters. */
const ROUTES: Record<string, { module: RouteModule; params?: (p: Record<string, string>) => Record<string, unknown> }> = {
  "/frameworks": { module: frameworksRoute },
  "/frameworks/{slug}": { module: frameworkRoute, params: (p) => ({ slug: p.slug }) },
  "/frameworks/{slug}/versions": { module: versionsRoute, params: (p) => ({ slug: p.slug }) },
  "/provisions": { module: provisionsRoute },
  "/provisions/{framework}/{key}": { module: provisionRoute, params: (p) => ({ id: [p.framework, p.key] }) },
  "/mappings": { module: mappingsRoute },
  "/crosswalk": { module: crosswalkRoute },
  "/gaps": { module: gapsRoute },
  "/concepts": { module: conceptsRoute },
  "/concepts/{id}": { module: conceptRoute, params: (p) => ({ id: p.id }) },
  "/search": { module: searchRoute },
  "/assessments": { module: assessmentsRoute },
  "/schema/profile": { module: profileSchemaRoute },
  "/schema/assessment-record": { module: assessmentRecordSchemaRoute },
  "/openapi.json": { module: openapiRoute },
  "/frameworks/{slug}/oscal-catalog.json": { module: oscalCatalogRoute, params: (p) => ({ slug: p.slug }) },
  "/crosswalk/oscal-mapping.json": { module: oscalMappingRoute },
  "/comply": { module: complyRoute },
};

/** One good request per route (405 and 304 checks reuse them). */
const SAMPLE_READS: Record<string, Call> = {
  "/frameworks": {},
  "/frameworks/{slug}": { path: { slug: "eu-ai-act" } },
  "/frameworks/{slug}/versions": { path: { slug: "colorado-ai-act" } },
  "/provisions": { query: "framework=iso-42001" },
  "/provisions/{framework}/{key}": { path: { framework: "eu-ai-act", key: "art-26-1" } },
  "/mappings": { query: "from=nist-ai-rmf" },
  "/crosswalk": { query: "from=colorado-ai-act&to=eu-ai-act" },
  "/gaps": { query: "from=eu-ai-act&to=iso-42001" },
  "/concepts": {},
  "/concepts/{id}": { path: { id: "risk-management" } },
  "/search": { query: "q=transparency" },
  "/schema/profile": {},
  "/schema/assessment-record": {},
  "/openapi.json": {},
  "/frameworks/{slug}/oscal-catalog.json": { path: { slug: "nist-ai-rmf" } },
  "/crosswalk/oscal-mapping.json": { query: "from=iso-42001&to=nist-ai-rmf" },
  "/comply": { query: "jurisdictions=EU,US-CO&concept=record-keeping" },
};

type Call = {
  method?: string;
  /** Path parameters of the OpenAPI template (e.g. { slug: "eu-ai-act" }). */
  path?: Record<string, string>;
  /** Query string, without "?". */
  query?: string;
  headers?: Record<string, string>;
  body?: BodyInit;
  /** Raw Next params, when a test needs a shape the template cannot express. */
  rawParams?: Record<string, unknown>;
};
type Result = { status: number; headers: Headers; body: unknown; contentType: string | null };

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: process.env.PGLITE_DIR };
let openapi: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const checked = new Set<string>();

beforeAll(async () => {
  testDb = await createTestDatabase();
  // The routes read the app's database (lib/db/client.ts): point this process at the test one.
  Object.assign(process.env, testDb.env);
  const db = await getDatabase();
  await applyMigrations(db);
  await seedCorpus(db, await loadCorpusFiles());
  const res = await call("/openapi.json");
  expect(res.status).toBe(200);
  openapi = res.body as typeof openapi;
  ajv.addSchema(openapi as object, "openapi.json");
});

afterAll(async () => {
  await (await getDatabase()).close();
  delete (globalThis as { crosswalkDb?: unknown }).crosswalkDb;
  for (const [name, value] of Object.entries(savedEnv)) value === undefined ? delete process.env[name] : (process.env[name] = value);
  await testDb?.drop();
});

async function call(template: string, c: Call = {}): Promise<Result> {
  const route = ROUTES[template];
  if (!route) throw new Error(`no route module for ${template}`);
  const method = c.method ?? "GET";
  const handler = route.module[method as keyof RouteModule] as Handler | undefined;
  if (!handler) throw new Error(`${template} exports no ${method}`);
  const concrete = template.replace(/\{(\w+)\}/g, (_, name: string) => c.path?.[name] ?? "");
  const url = `http://localhost/api/v1${concrete}${c.query ? `?${c.query}` : ""}`;
  const request = new Request(url, { method, headers: c.headers, body: c.body, ...(c.body ? { duplex: "half" } : {}) } as RequestInit);
  const params = c.rawParams ?? route.params?.(c.path ?? {}) ?? {};
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  const contentType = response.headers.get("content-type");
  return { status: response.status, headers: response.headers, contentType, body: text ? JSON.parse(text) : null };
}

const pointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** The response must be documented for this path, method and status, and its body must validate. */
function expectContract(template: string, method: string, res: Result) {
  const operation = openapi.paths[template]?.[method.toLowerCase()];
  expect(operation, `${method} ${template} is in the OpenAPI document`).toBeTruthy();
  const documented = operation!.responses[String(res.status)];
  expect(documented, `${method} ${template} documents ${res.status}`).toBeTruthy();
  checked.add(`${method} ${template} ${res.status}`);
  if (res.status === 304 || res.status === 204) {
    expect(res.body).toBeNull();
    return;
  }
  const mediaType = res.contentType?.split(";")[0]?.trim() ?? "";
  expect(Object.keys(documented!.content ?? {}), `${method} ${template} ${res.status} content type`).toContain(mediaType);
  const ref = `openapi.json#/paths/${pointer(template)}/${method.toLowerCase()}/responses/${res.status}/content/${pointer(mediaType)}/schema`;
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  const valid = validate(res.body);
  expect(valid ? [] : validate.errors?.slice(0, 5), `${method} ${template} ${res.status} matches its schema`).toEqual([]);
}

/** Calls a route and checks the response against the document; returns it for more assertions. */
async function contract(template: string, c: Call = {}): Promise<Result & { json: any }> {
  const res = await call(template, c);
  expectContract(template, c.method ?? "GET", res);
  return { ...res, json: res.body as any };
}

const ids = (page: { data: { id: string }[] }) => page.data.map((d) => d.id);

describe(`REST API v1 contract on ${mode}`, () => {
  it("serves an OpenAPI 3.1 document that covers every route and whose schemas compile", async () => {
    const doc = openapi as unknown as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(ROUTES).sort());
    expect(OPENAPI_OPERATIONS.length).toBe(Object.values(doc.paths).reduce((n, p) => n + Object.keys(p).length, 0));
    // every schema is self-contained JSON Schema 2020-12 with refs into components only
    expect(JSON.stringify(doc)).not.toContain("$defs");
    for (const [id, schema] of Object.entries(doc.components.schemas)) {
      expect(() => ajv.compile({ $ref: `openapi.json#/components/schemas/${pointer(id)}` }), id).not.toThrow();
      expect(schema).not.toHaveProperty("$id");
    }
    // the schemas are strict: a missing field or an extra one fails
    const provision = ajv.compile({ $ref: "openapi.json#/components/schemas/Provision" });
    const sample = (await contract("/provisions", { query: "limit=1" })).json.data[0];
    expect(provision(sample)).toBe(true);
    expect(provision({ ...sample, extra: 1 })).toBe(false);
    const { citation: _citation, ...missing } = sample;
    expect(provision(missing)).toBe(false);
    // parameters come from the zod schemas: limit is bounded, role is the closed list
    const list = (doc.paths["/provisions"]!.get as { parameters: { name: string; schema: Record<string, unknown> }[] }).parameters;
    expect(list.find((p) => p.name === "limit")?.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 200 });
    expect(list.find((p) => p.name === "role")?.schema.enum).toContain("deployer");
    expect(list.map((p) => p.name)).toEqual(expect.arrayContaining(["framework", "version", "role", "concept", "asOf", "applying", "cursor", "limit"]));
  });

  it("lists frameworks and gets one with its versions", async () => {
    const list = await contract("/frameworks", { query: "limit=200" });
    expect(ids(list.json)).toEqual(expect.arrayContaining(["eu-ai-act", "colorado-ai-act", "nist-ai-rmf", "iso-42001"]));
    expect(list.json.next).toBeNull();
    const eu = await contract("/frameworks/{slug}", { path: { slug: "eu-ai-act" } });
    expect(eu.json).toMatchObject({ id: "eu-ai-act", binding: true, links: { self: "/api/v1/frameworks/eu-ai-act", html: "/frameworks/eu-ai-act" } });
    const co = await contract("/frameworks/{slug}/versions", { path: { slug: "colorado-ai-act" } });
    expect(ids(co.json)).toEqual(["colorado-ai-act@sb26-189", "colorado-ai-act@sb24-205"]);
    await contract("/frameworks/{slug}", { path: { slug: "no-such-law" } }).then((r) => expect(r.status).toBe(404));
    await contract("/frameworks/{slug}/versions", { path: { slug: "no-such-law" } }).then((r) => expect(r.status).toBe(404));
    const bad = await contract("/frameworks/{slug}", { path: { slug: "EU AI Act" } });
    expect(bad.status).toBe(400);
    expect(bad.json.problems[0].path).toBe("slug");
  });

  it("lists provisions with the framework page's filters", async () => {
    const deployer = await contract("/provisions", { query: "framework=eu-ai-act&role=deployer&limit=200" });
    expect(deployer.json.data.length).toBeGreaterThan(5);
    expect(deployer.json.data.every((p: { binds: string[]; kind: string }) => p.binds.includes("deployer") && p.kind !== "heading")).toBe(true);
    expect(ids(deployer.json)).toContain("eu-ai-act/art-26-1");

    // as of a date: SB 24-205 was the Colorado version enacted then; applying=1 hides what is not in force yet
    const asOf = await contract("/provisions", { query: "framework=colorado-ai-act&asOf=2025-01-01&limit=200" });
    expect(new Set(asOf.json.data.map((p: { versionId: string }) => p.versionId))).toEqual(new Set(["colorado-ai-act@sb24-205"]));
    expect(asOf.json.data.some((p: { pending: boolean }) => p.pending === true)).toBe(true);
    const applying = await contract("/provisions", { query: "framework=colorado-ai-act&asOf=2025-01-01&applying=1&limit=200" });
    expect(applying.json.data.every((p: { pending: boolean }) => p.pending === false)).toBe(true);
    expect(applying.json.total).toBeLessThan(asOf.json.total);

    const concept = await contract("/provisions", { query: "concept=human-oversight&limit=200" });
    expect(concept.json.data.every((p: { concepts: string[] }) => p.concepts.includes("human-oversight"))).toBe(true);
    // without filters nothing is pending and every version is listed
    const all = await contract("/provisions", { query: "framework=colorado-ai-act&limit=1" });
    expect(all.json.data[0].pending).toBeNull();
    expect(all.json.total).toBeGreaterThan(asOf.json.total);

    for (const [query, path] of [
      ["framework=nope", "framework"],
      ["version=eu-ai-act@1900", "version"],
      ["concept=not-a-concept", "concept"],
      ["role=king", "role"],
      ["asOf=2026-02-30", "asOf"],
      ["applying=1", "applying"],
      ["limit=0", "limit"],
      ["limit=201", "limit"],
      ["limit=1e400", "limit"],
      ["limit=99999999999999999999999", "limit"],
      ["cursor=%00%00", "cursor"],
    ] as const) {
      const bad = await contract("/provisions", { query });
      expect(bad.status, query).toBe(400);
      expect(bad.contentType).toBe("application/problem+json");
      expect(bad.json.problems.map((p: { path: string }) => p.path), query).toContain(path);
    }
  });

  it("gets a provision by its id as two path segments or one encoded segment, with its mappings", async () => {
    const res = await contract("/provisions/{framework}/{key}", { path: { framework: "eu-ai-act", key: "art-27-1" } });
    expect(res.json).toMatchObject({ id: "eu-ai-act/art-27-1", citation: "Art. 27(1)", framework: { id: "eu-ai-act" } });
    // by default only mappings to versions in force or enacted today; versions=all adds the repealed SB 24-205
    expect(res.json.mappings.some((m: { other: { versionStatus: string } }) => m.other.versionStatus === "repealed")).toBe(false);
    const all = await contract("/provisions/{framework}/{key}", { path: { framework: "eu-ai-act", key: "art-27-1" }, query: "versions=all" });
    const toColorado = all.json.mappings.find((m: { other: { id: string } }) => m.other.id === "colorado-ai-act/sb24-205-6-1-1703-3-a");
    expect(toColorado).toMatchObject({ relationship: "intersects-with", other: { citation: "6-1-1703(3)(a)" } });
    expect((await contract("/provisions/{framework}/{key}", { path: { framework: "eu-ai-act", key: "art-27-1" }, query: "versions=some" })).status).toBe(400);
    expect(res.json.ancestors.map((a: { id: string }) => a.id)).toContain("eu-ai-act/art-27");
    // Next hands a catch-all an encoded slash decoded, as one segment
    const encoded = await contract("/provisions/{framework}/{key}", { rawParams: { id: ["eu-ai-act/art-27-1"] } });
    expect(encoded.json.id).toBe("eu-ai-act/art-27-1");
    for (const id of [["eu-ai-act", "art-999"], ["nope", "art-1"], ["eu-ai-act"], ["eu-ai-act", "art-26", "1"]]) {
      const missing = await contract("/provisions/{framework}/{key}", { rawParams: { id } });
      expect(missing.status, id.join("/")).toBe(404);
    }
    const bad = await contract("/provisions/{framework}/{key}", { rawParams: { id: ["eu-ai-act", "Art 26\u0000"] } });
    expect(bad.status).toBe(400);
  });

  it("lists mappings between a pair, by relationship and by concept", async () => {
    const pair = await contract("/mappings", { query: "from=eu-ai-act&to=colorado-ai-act&limit=200" });
    expect(pair.json.total).toBeGreaterThan(10);
    for (const m of pair.json.data as { source: { frameworkId: string }; target: { frameworkId: string } }[])
      expect([m.source.frameworkId, m.target.frameworkId].sort()).toEqual(["colorado-ai-act", "eu-ai-act"]);
    expect(ids(pair.json)).toContain("eu-ai-act/art-27-1~colorado-ai-act/sb24-205-6-1-1703-3-a");
    const subset = await contract("/mappings", { query: "from=eu-ai-act&relationship=no-relationship&limit=200" });
    expect(subset.json.data.every((m: { relationship: string }) => m.relationship === "no-relationship")).toBe(true);
    const concept = await contract("/mappings", { query: "concept=impact-assessment&limit=5" });
    expect(concept.json.data.length).toBeGreaterThan(0);
    for (const query of ["from=eu-ai-act&to=eu-ai-act", "relationship=same-as", "from=atlantis", "concept=nothing-here"]) {
      const bad = await contract("/mappings", { query });
      expect(bad.status, query).toBe(400);
    }
  });

  it("returns the crosswalk matrix and the gap report, 404 for an unknown framework", async () => {
    const matrix = await contract("/crosswalk", { query: "from=eu-ai-act&to=colorado-ai-act&versions=all" });
    expect(matrix.json.rows.length).toBeGreaterThan(5);
    expect(matrix.json.cells.some((c: { row: string; col: string }) => c.row === "eu-ai-act/art-27-1" && c.col === "colorado-ai-act/sb24-205-6-1-1703-3-a")).toBe(true);
    const concepts = await contract("/crosswalk", { query: "from=eu-ai-act&to=concepts" });
    expect(concepts.json.to).toEqual({ id: "concepts", shortName: "Concepts", binding: null });
    expect((await contract("/crosswalk", { query: "from=eu-ai-act&to=atlantis" })).status).toBe(404);
    expect((await contract("/crosswalk", { query: "from=eu-ai-act&to=eu-ai-act" })).status).toBe(400);
    expect((await contract("/crosswalk", { query: "from=concepts&to=eu-ai-act" })).status).toBe(400);

    const gaps = await contract("/gaps", { query: "from=colorado-ai-act&to=eu-ai-act" });
    expect(gaps.json.summary.total).toBe(gaps.json.rows.length);
    expect(gaps.json.rows.some((r: { coverage: string }) => r.coverage === "checked-none")).toBe(true);
    expect((await contract("/gaps", { query: "from=colorado-ai-act&to=atlantis" })).status).toBe(404);
    const bad = await contract("/gaps", { query: "scope=some" });
    expect(bad.status).toBe(400);
    expect(bad.json.problems.map((p: { path: string }) => p.path).sort()).toEqual(["from", "scope", "to"]);
  });

  it("lists concepts and gets one", async () => {
    const list = await contract("/concepts", { query: "limit=200" });
    expect(ids(list.json)).toContain("human-oversight");
    const one = await contract("/concepts/{id}", { path: { id: "impact-assessment" } });
    expect(one.json.provisions.map((p: { id: string }) => p.id)).toContain("eu-ai-act/art-27-1");
    expect(one.json.frameworks.length).toBe(list.json.data.length > 0 ? one.json.frameworks.length : 0);
    expect((await contract("/concepts/{id}", { path: { id: "no-such-concept" } })).status).toBe(404);
    expect((await contract("/concepts/{id}", { path: { id: "Bad Id" } })).status).toBe(400);
  });

  it("searches by citation and by words, and rejects an empty or oversized query", async () => {
    const art = await contract("/search", { query: "q=Art.+26(1)" });
    expect(art.json.data[0]).toMatchObject({ id: "eu-ai-act/art-26-1", citationMatch: 3 });
    const words = await contract("/search", { query: "q=impact+assessment&framework=eu-ai-act&versions=all&limit=5" });
    expect(words.json.data.every((h: { frameworkId: string }) => h.frameworkId === "eu-ai-act")).toBe(true);
    expect(words.json.facets["colorado-ai-act"]).toBeGreaterThan(0);
    // control characters and invalid escapes are input, not errors
    for (const query of ["q=%00%01impact", "q=%FF%FE", "q=%E2%82", "q=%uD800", "q=\u{1F600}"]) expect((await contract("/search", { query })).status, query).toBe(200);
    for (const query of ["q=", "", `q=${"a".repeat(201)}`]) {
      const bad = await contract("/search", { query });
      expect(bad.status, query).toBe(400);
      expect(bad.json.problems[0].path).toBe("q");
    }
  });

  it("walks every page of each list without duplicates or gaps", async () => {
    const walks: [string, string, number][] = [
      ["/provisions", "framework=eu-ai-act", 37],
      ["/provisions", "concept=risk-management", 7],
      ["/mappings", "from=eu-ai-act", 50],
      ["/concepts", "", 4],
      ["/frameworks", "", 2],
      ["/search", "q=risk", 13],
    ];
    for (const [template, filters, limit] of walks) {
      const seen: string[] = [];
      let query: string | null = `${filters}${filters ? "&" : ""}limit=${limit}`;
      let total = -1;
      let pages = 0;
      while (query !== null) {
        const res = await contract(template, { query });
        expect(res.status).toBe(200);
        seen.push(...ids(res.json));
        total = res.json.total;
        expect(res.json.data.length).toBeLessThanOrEqual(limit);
        const next: string | null = res.json.next;
        if (next) {
          expect(next.startsWith(`/api/v1${template}?`)).toBe(true);
          expect(res.headers.get("link")).toBe(`<${next}>; rel="next"`);
        } else expect(res.headers.get("link")).toBeNull();
        query = next ? next.slice(next.indexOf("?") + 1) : null;
        pages++;
      }
      expect(new Set(seen).size, `${template}?${filters}: no duplicates`).toBe(seen.length);
      expect(seen.length, `${template}?${filters}: every item`).toBe(total);
      expect(pages).toBe(Math.max(1, Math.ceil(total / limit)));
    }
    // the API's pages are the query layer's list, in the same order
    const direct = await listProvisions({ framework: "eu-ai-act" });
    if (direct.unknown) throw new Error("eu-ai-act is missing");
    expect(direct.items.length).toBeGreaterThan(200);
    const first = await contract("/provisions", { query: "framework=eu-ai-act&limit=200" });
    expect(ids(first.json)).toEqual(direct.items.slice(0, 200).map((p) => p.id));
  });

  it("rejects a cursor from another query, a forged one and garbage", async () => {
    const page1 = await contract("/provisions", { query: "framework=eu-ai-act&limit=5" });
    const cursor = new URL(`http://x${page1.json.next}`).searchParams.get("cursor")!;
    const other = await contract("/provisions", { query: `framework=colorado-ai-act&limit=5&cursor=${cursor}` });
    expect(other.status).toBe(400);
    expect(other.json.problems[0]).toMatchObject({ path: "cursor", message: expect.stringMatching(/another query/) });
    // a different limit is the same query: the walk may change its page size
    expect((await contract("/provisions", { query: `framework=eu-ai-act&limit=9&cursor=${cursor}` })).status).toBe(200);
    const forged = Buffer.from(JSON.stringify({ o: -5, q: "x", c: "y" })).toString("base64url");
    for (const c of [forged, "abc", "eyJvIjoxfQ", "A".repeat(401)]) expect((await contract("/provisions", { query: `cursor=${c}` })).status, c).toBe(400);
  });

  it("answers 304 to a matching If-None-Match, before running the query", async () => {
    const first = await contract("/provisions/{framework}/{key}", { path: { framework: "eu-ai-act", key: "art-26-1" } });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    const again = await contract("/provisions/{framework}/{key}", { path: { framework: "eu-ai-act", key: "art-26-1" }, headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    // a list of validators, weak or strong, and "*"
    const strong = etag.replace(/^W\//, "");
    for (const header of [`"other", ${strong}`, "*"])
      expect((await contract("/provisions/{framework}/{key}", { path: { framework: "eu-ai-act", key: "art-26-1" }, headers: { "If-None-Match": header } })).status, header).toBe(304);
    // another URL has another validator; a stale one gets the full body
    const other = await contract("/provisions/{framework}/{key}", { path: { framework: "eu-ai-act", key: "art-26-2" }, headers: { "If-None-Match": etag } });
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).not.toBe(etag);
    // every read: corpus reads and the static documents
    for (const [template, c] of Object.entries(SAMPLE_READS)) {
      const ok = await contract(template, c);
      expect(ok.status, template).toBe(200);
      const cached = await contract(template, { ...c, headers: { "If-None-Match": ok.headers.get("etag")! } });
      expect(cached.status, template).toBe(304);
    }
  });

  it("opens GET and OPTIONS to any origin, not POST", async () => {
    const get = await call("/concepts");
    expect(get.headers.get("access-control-allow-origin")).toBe("*");
    expect(get.headers.get("access-control-expose-headers")).toMatch(/ETag/);
    const bad = await call("/concepts", { query: "limit=x" });
    expect(bad.headers.get("access-control-allow-origin")).toBe("*");
    for (const template of ["/frameworks", "/provisions", "/search", "/openapi.json"]) {
      const preflight = await call(template, { method: "OPTIONS", headers: { Origin: "https://grc.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match" } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
      expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
      expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("if-none-match");
    }
    const post = await call("/assessments", { method: "POST", body: example("resume-screener.json") });
    expect(post.status).toBe(200);
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
    const options = await call("/assessments", { method: "OPTIONS" });
    expect(options.headers.get("access-control-allow-origin")).toBeNull();
    expect(options.headers.get("allow")).toBe("POST, OPTIONS");
  });

  it("answers 405 with Allow to every other method", async () => {
    for (const template of Object.keys(ROUTES)) {
      const isPost = template === "/assessments";
      for (const method of isPost ? ["GET", "HEAD", "PUT", "PATCH", "DELETE"] : ["POST", "PUT", "PATCH", "DELETE"]) {
        const res = await call(template, { ...SAMPLE_READS[template], method, ...(method === "GET" || method === "HEAD" ? {} : { body: "{}" }) });
        expect(res.status, `${method} ${template}`).toBe(405);
        expect(res.headers.get("allow"), `${method} ${template}`).toBe(isPost ? "POST, OPTIONS" : "GET, HEAD, OPTIONS");
        expect(res.contentType).toBe("application/problem+json");
        // 405 is documented on the route's one operation
        expectContract(template, isPost ? "POST" : "GET", res);
      }
    }
  });

  it("answers HEAD like GET without a body", async () => {
    const res = await call("/frameworks", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.body).toBeNull();
    expect(res.headers.get("etag")).toMatch(/^W\//);
  });

  it("lists each paged route's bad page parameters as 400", async () => {
    for (const template of ["/frameworks", "/frameworks/{slug}/versions", "/concepts", "/mappings"]) {
      const bad = await contract(template, { ...SAMPLE_READS[template], query: "limit=x&cursor=!" });
      expect(bad.status, template).toBe(400);
      expect(bad.json.problems.map((p: { path: string }) => p.path).sort(), template).toEqual(["cursor", "limit"]);
    }
  });

  it("assesses a profile and keeps the POST contract: 400 with every problem, 413 over the limit, never a 500", async () => {
    const ok = await contract("/assessments", { method: "POST", query: "asOf=2026-11-25", body: example("resume-screener.json"), headers: { "Content-Type": "application/json" } });
    expect(ok.status).toBe(200);
    expect(ok.json.asOf).toBe("2026-11-25");
    expect(ok.json.classifications.length).toBeGreaterThan(0);

    const badDate = await contract("/assessments", { method: "POST", query: "asOf=2026-02-30", body: "{}" });
    expect(badDate.status).toBe(400);
    expect(badDate.json.problems[0]).toEqual({ path: "asOf", message: "is not a real calendar date" });
    const incomplete = await contract("/assessments", { method: "POST", body: JSON.stringify({ name: "x" }) });
    expect(incomplete.status).toBe(400);
    expect(incomplete.contentType).toBe("application/problem+json");
    expect(incomplete.json).toMatchObject({ type: "about:blank", title: "Bad Request", status: 400 });
    expect(incomplete.json.lines).toContain("organization: is required");
    expect(incomplete.json.problems.length).toBe(incomplete.json.lines.length);

    // more than 100 problems: the list is capped, the detail gives the count
    const many = JSON.parse(example("resume-screener.json"));
    many.system.useCases = Array.from({ length: 150 }, (_, i) => `not-a-use-${i}`);
    const capped = await contract("/assessments", { method: "POST", body: JSON.stringify(many) });
    expect(capped.status).toBe(400);
    expect(capped.json.problems).toHaveLength(100);
    expect(capped.json.detail).toMatch(/^15\d problems .*first 100/);

    const huge = JSON.stringify({ padding: "x".repeat(MAX_BODY_BYTES) });
    const declared = await contract("/assessments", { method: "POST", body: huge, headers: { "Content-Length": String(huge.length) } });
    expect(declared.status).toBe(413);
    // no Content-Length (a stream): counted while reading
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode("x".repeat(10_000)));
        controller.close();
      },
    });
    expect((await contract("/assessments", { method: "POST", body: stream })).status).toBe(413);

    const nasty: [string, BodyInit][] = [
      ["not JSON", "{oops"],
      ["empty", ""],
      ["invalid UTF-8", new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
      ["NUL escaped", JSON.stringify({ ...JSON.parse(example("resume-screener.json")), name: "a\u0000b" })],
      ["NUL bytes", JSON.stringify({ ...JSON.parse(example("resume-screener.json")), name: "a\u0000b" }).replace("a\\u0000b", "a\u0000b")],
      ["huge numbers", JSON.stringify(JSON.parse(example("resume-screener.json"))).replace(/"employees":\s*(\d+|null)/, '"employees": 1e999')],
      ["lone surrogate", '{"name": "\\ud800"}'],
      ["deep nesting", "[".repeat(100_000) + "]".repeat(100_000)],
      ["array", "[]"],
      ["number", "12345678901234567890123456789"],
    ];
    const statuses: Record<string, number> = {};
    for (const [what, body] of nasty) statuses[what] = (await contract("/assessments", { method: "POST", body })).status;
    expect(statuses).toEqual({
      "not JSON": 400,
      "NUL escaped": 200,
      empty: 400,
      "invalid UTF-8": 400,
      "NUL bytes": 400,
      "huge numbers": 400,
      "lone surrogate": 400,
      "deep nesting": 400,
      array: 400,
      number: 400,
    });
  });

  it("publishes the profile and assessment-record schemas", async () => {
    const profile = await contract("/schema/profile");
    expect(profile.json.properties.system.properties.useCases).toBeTruthy();
    const record = await contract("/schema/assessment-record");
    expect(record.json.$id).toBe("/api/v1/schema/assessment-record");
  });

  it("gives the same answers through the CLI door (the same query layer, schemas and resources)", async () => {
    const run = promisify(execFile);
    const cli = async (...args: string[]) =>
      JSON.parse((await run("npx", ["tsx", "scripts/corpus.ts", ...args, "--json"], { cwd: ROOT, env: { ...process.env, ...testDb.env } })).stdout);
    const api = await contract("/provisions", { query: "framework=colorado-ai-act&role=deployer&asOf=2025-01-01&limit=200" });
    expect(await cli("provisions", "--framework", "colorado-ai-act", "--role", "deployer", "--as-of", "2025-01-01")).toEqual(api.json.data);
    const search = await contract("/search", { query: "q=impact+assessment&limit=10" });
    expect((await cli("search", "impact assessment", "--limit", "10")).data).toEqual(search.json.data);
    const bad = await run("npx", ["tsx", "scripts/corpus.ts", "provisions", "--as-of", "2026-02-30"], { cwd: ROOT, env: { ...process.env, ...testDb.env } }).catch((e: { code: number; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining("--as-of: is not a real calendar date") });
  });

  it("serves the OSCAL catalog and mapping-collection, with 400 for bad input and 404 for unknown frameworks", async () => {
    const catalog = await contract("/frameworks/{slug}/oscal-catalog.json", { path: { slug: "eu-ai-act" } });
    expect(catalog.json.catalog.metadata["oscal-version"]).toBe("1.0.6");
    expect((await contract("/frameworks/{slug}/oscal-catalog.json", { path: { slug: "eu-ai-act" }, query: "version=BAD" })).status).toBe(400);
    expect((await contract("/frameworks/{slug}/oscal-catalog.json", { path: { slug: "atlantis" } })).status).toBe(404);
    const mapping = await contract("/crosswalk/oscal-mapping.json", { query: "from=eu-ai-act&to=colorado-ai-act" });
    expect(mapping.json["mapping-collection"].mappings.length).toBeGreaterThan(0);
    expect((await contract("/crosswalk/oscal-mapping.json", { query: "from=EU&to=" })).status).toBe(400);
    expect((await contract("/crosswalk/oscal-mapping.json", { query: "from=colorado-ai-act&to=hiroshima-code" })).status).toBe(404);
  });

  it("answers /comply with the strictest common requirement from the database, and 400 for a bad selection", async () => {
    const asOf = "asOf=2026-11-29";
    const incidents = await contract("/comply", { query: `jurisdictions=EU,US-CA,US-NY&concept=incident-reporting&${asOf}` });
    expect(incidents.status).toBe(200);
    const [concept] = incidents.json.concepts;
    expect(concept.concept.id).toBe("incident-reporting");
    const deadline = concept.requirements.flatMap((r: any) => r.parameters).find((p: any) => p.parameter === "deadline" && p.status === "strictest" && p.value === "72 hours");
    expect(deadline.setBy.map((s: any) => s.citation)).toEqual(["Gen. Bus. Law § 1422(3)(a)"]);
    expect(deadline.over.map((s: any) => s.citation)).toEqual(expect.arrayContaining(["Bus. & Prof. Code § 22757.13(c)(1)", "Art. 73(2)"]));
    // Colorado's current law only: the repealed SB 24-205 never joins.
    const co = await contract("/comply", { query: `jurisdictions=US-CO&${asOf}` });
    expect(co.json.versions.map((v: any) => v.versionId)).toEqual(["colorado-ai-act@sb26-189"]);
    for (const q of ["", "jurisdictions=MARS", "jurisdictions=EU&concept=nope", "frameworks=atlantis", "jurisdictions=EU&asOf=2026-02-30"])
      expect((await contract("/comply", { query: q })).status, q).toBe(400);
  });

  it("has exercised every documented status of every operation", () => {
    const documented = Object.entries(openapi.paths).flatMap(([template, ops]) =>
      Object.entries(ops).flatMap(([method, op]) => Object.keys(op.responses).filter((s) => s !== "500").map((s) => `${method.toUpperCase()} ${template} ${s}`)),
    );
    expect(documented.filter((d) => !checked.has(d))).toEqual([]);
  });
});
