import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as catalogRoute from "@/app/api/v1/frameworks/[slug]/oscal-catalog.json/route";
import * as mappingRoute from "@/app/api/v1/crosswalk/oscal-mapping.json/route";
import * as sssomRoute from "@/app/api/v1/crosswalk/sssom.tsv/route";
import * as assessmentResultsRoute from "@/app/api/v1/systems/[id]/oscal-assessment-results.json/route";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { getDatabase } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedCorpus } from "@/lib/db/seed";
import { createSystemDraft, getEngineCorpus, saveAssessment, updateChecklistItem } from "@/lib/db/systems";
import { assess } from "@/lib/engine/assess";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { buildOscalCatalog } from "@/lib/export/oscal/catalog";
import { buildOscalMappingCollection } from "@/lib/export/oscal/mapping";
import { selectCrosswalkPair } from "@/lib/export/oscal/pair";
import { mappingCollectionDocumentSchema } from "@/lib/export/oscal/mapping-schema";
import { parseSssom } from "@/lib/export/sssom";
import { validateOscalDocument } from "@/lib/import/oscal-schema";
import { profileSchema } from "@/lib/schemas/profile";
import { createTestDatabase } from "../helpers/test-database";

// The four interoperability routes, called as Next calls them, against the seeded corpus on real
// Postgres when DATABASE_URL is set and on PGlite otherwise.

const ROOT = path.resolve(import.meta.dirname, "../..");
const mode = process.env.DATABASE_URL ? "real Postgres" : "embedded PGlite";
let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: process.env.PGLITE_DIR };
let systemId: string;
let firstItem: string;

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function get(module: { GET?: unknown }, url: string, params: Record<string, string> = {}, headers: HeadersInit = {}) {
  const response = await (module.GET as Handler)(new Request(`http://localhost${url}`, { headers }), { params: Promise.resolve(params) });
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  return { status: response.status, headers: response.headers, type, text, body: type.includes("json") && text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  Object.assign(process.env, testDb.env);
  const db = await getDatabase();
  await applyMigrations(db);
  await seedCorpus(db, await loadCorpusFiles());
  const profile = profileSchema.parse(JSON.parse(readFileSync(path.join(ROOT, "examples", "resume-screener.json"), "utf8")));
  const system = await createSystemDraft(profile as unknown as Record<string, unknown>, 5);
  systemId = system.id;
  const corpus = await getEngineCorpus();
  const assessment = await saveAssessment(system.id, profile, assess(profile, corpus, "2027-06-01"), corpus);
  firstItem = assess(profile, corpus, "2027-06-01").checklist[0]!.id;
  await updateChecklistItem(assessment.id, firstItem, { status: "done", owner: "DPO", evidence: ["https://intranet.example/dpia.pdf"] });
});

afterAll(async () => {
  await (await getDatabase()).close();
  delete (globalThis as { crosswalkDb?: unknown }).crosswalkDb;
  delete (globalThis as { engineCorpus?: unknown }).engineCorpus;
  for (const [name, value] of Object.entries(savedEnv)) value === undefined ? delete process.env[name] : (process.env[name] = value);
  await testDb?.drop();
});

describe(`interoperability routes (${mode})`, () => {
  it("GET /api/v1/frameworks/{slug}/oscal-catalog.json: the version in force, or ?version=, valid OSCAL with an ETag", async () => {
    const r = await get(catalogRoute, "/api/v1/frameworks/colorado-ai-act/oscal-catalog.json", { slug: "colorado-ai-act" });
    expect(r.status).toBe(200);
    expect(validateOscalDocument("catalog", r.body)).toEqual([]);
    const old = await get(catalogRoute, "/api/v1/frameworks/colorado-ai-act/oscal-catalog.json?version=colorado-ai-act@sb24-205", { slug: "colorado-ai-act" });
    expect(old.body.catalog.metadata.version).toBe("colorado-ai-act@sb24-205");
    expect(old.headers.get("etag")).toMatch(/^W\//);
    expect(old.headers.get("access-control-allow-origin")).toBe("*");
    const cached = await get(catalogRoute, "/api/v1/frameworks/colorado-ai-act/oscal-catalog.json?version=colorado-ai-act@sb24-205", { slug: "colorado-ai-act" }, { "If-None-Match": old.headers.get("etag")! });
    expect(cached.status).toBe(304);
  });

  it("the catalog from the database is the catalog from the data files (the release and the API agree)", async () => {
    const files = await loadCorpusFiles();
    for (const f of files.frameworks)
      for (const v of f.versions) {
        const served = await get(catalogRoute, `/api/v1/frameworks/${f.framework.slug}/oscal-catalog.json?version=${v.id}`, { slug: f.framework.slug });
        const built = buildOscalCatalog({ framework: f.framework, version: v, corpusVersion: files.corpusVersion }, { lastModified: served.body.catalog.metadata["last-modified"] });
        expect(served.body, v.id).toEqual(JSON.parse(JSON.stringify(built)));
      }
  });

  it("catalog: bad input is a 400 problem with every problem; an unknown framework a 404", async () => {
    const bad = await get(catalogRoute, "/api/v1/frameworks/EU/oscal-catalog.json?version=nope", { slug: "EU" });
    expect(bad.status).toBe(400);
    expect(bad.type).toContain("application/problem+json");
    expect(bad.body.problems.map((p: { path: string }) => p.path)).toEqual(["slug"]);
    const version = await get(catalogRoute, "/api/v1/frameworks/eu-ai-act/oscal-catalog.json?version=eu-ai-act@1999", { slug: "eu-ai-act" });
    expect(version.status).toBe(400);
    expect(version.body.problems).toEqual([{ path: "version", message: expect.stringContaining("eu-ai-act@2026-1744") }]);
    const missing = await get(catalogRoute, "/api/v1/frameworks/no-such-law/oscal-catalog.json", { slug: "no-such-law" });
    expect(missing.status).toBe(404);
    expect(missing.type).toContain("application/problem+json");
  });

  it("GET /api/v1/crosswalk/oscal-mapping.json?from=&to=: a mapping-collection valid against the metaschema's zod schema", async () => {
    const r = await get(mappingRoute, "/api/v1/crosswalk/oscal-mapping.json?from=eu-ai-act&to=colorado-ai-act", {}, { host: "crosswalk.example.org", "x-forwarded-proto": "https" });
    expect(r.status).toBe(200);
    expect(mappingCollectionDocumentSchema.safeParse(r.body).success).toBe(true);
    const mc = r.body["mapping-collection"];
    expect(mc.mappings[0]["source-resource"].href).toBe("https://crosswalk.example.org/api/v1/frameworks/eu-ai-act/oscal-catalog.json?version=eu-ai-act%402026-1744");
    const maps = mc.mappings.flatMap((m: { maps: unknown[] }) => m.maps) as { sources: { "id-ref": string }[]; targets: { "id-ref": string }[]; relationship: string }[];
    expect(maps.find((m) => m.sources[0]!["id-ref"] === "art-27-1" && m.targets[0]!["id-ref"] === "sb24-205-6-1-1703-3-a")).toBeDefined();
  });

  it("the mapping-collection from the database is the one built from the data files", async () => {
    const files = await loadCorpusFiles();
    const served = await get(mappingRoute, "/api/v1/crosswalk/oscal-mapping.json?from=colorado-ai-act&to=eu-ai-act");
    const pair = selectCrosswalkPair(corpusFilesToEngine(files), "colorado-ai-act", "eu-ai-act");
    if (!pair.ok) throw new Error("pair");
    const built = buildOscalMappingCollection(pair.pair, {
      lastModified: served.body["mapping-collection"].metadata["last-modified"],
      corpusVersion: files.corpusVersion,
      catalogHref: (framework, version) => `/api/v1/frameworks/${framework}/oscal-catalog.json?version=${encodeURIComponent(version)}`,
      frameworkSources: Object.fromEntries(files.frameworks.map((f) => [f.framework.slug, { sourceUrl: f.framework.sourceUrl }])),
    });
    expect(served.body).toEqual(JSON.parse(JSON.stringify(built)));
  });

  it("crosswalk routes: every bad parameter is listed in one 400; a pair without mappings is a 404", async () => {
    for (const route of [mappingRoute, sssomRoute]) {
      const none = await get(route, "/api/v1/crosswalk/x?to=eu-ai-act&to=x");
      expect(none.status).toBe(400);
      expect(none.body.problems.map((p: { path: string }) => p.path)).toEqual(["from"]);
      const both = await get(route, "/api/v1/crosswalk/x?from=Nope!&to=");
      expect(both.body.problems.map((p: { path: string }) => p.path)).toEqual(["from", "to"]);
      const unknown = await get(route, "/api/v1/crosswalk/x?from=no-such&to=also-not");
      expect(unknown.status).toBe(400);
      expect(unknown.body.problems.map((p: { path: string }) => p.path)).toEqual(["from", "to"]);
      const same = await get(route, "/api/v1/crosswalk/x?from=eu-ai-act&to=eu-ai-act");
      expect(same.body.problems).toEqual([{ path: "to", message: expect.stringMatching(/different framework/) }]);
      const empty = await get(route, "/api/v1/crosswalk/x?from=colorado-ai-act&to=hiroshima-code");
      expect(empty.status).toBe(404);
      expect(empty.type).toContain("application/problem+json");
    }
  });

  it("GET /api/v1/crosswalk/sssom.tsv?from=&to=: TSV with its YAML metadata block", async () => {
    const r = await get(sssomRoute, "/api/v1/crosswalk/sssom.tsv?from=nist-ai-rmf&to=iso-42001");
    expect(r.status).toBe(200);
    expect(r.type).toBe("text/tab-separated-values; charset=utf-8");
    expect(r.headers.get("etag")).toMatch(/^W\//);
    const set = parseSssom(r.text);
    const meta = parse(set.yaml) as Record<string, unknown>;
    expect(meta.mapping_set_id).toBe("urn:ai-regulatory-crosswalk:sssom:nist-ai-rmf--iso-42001");
    expect(set.rows.length).toBeGreaterThan(50);
    expect(set.rows.every((r) => r.subject_id!.startsWith("nist-ai-rmf:") && r.object_id!.startsWith("iso-42001:"))).toBe(true);
  });

  it("GET /api/v1/systems/{id}/oscal-assessment-results.json: the latest assessment with its progress, valid OSCAL, private", async () => {
    const r = await get(assessmentResultsRoute, `/api/v1/systems/${systemId}/oscal-assessment-results.json`, { id: systemId });
    expect(r.status).toBe(200);
    expect(r.headers.get("cache-control")).toBe("private, no-store");
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
    expect(validateOscalDocument("assessment-results", r.body)).toEqual([]);
    const findings = r.body["assessment-results"].results[0].findings as { target: { status: { state: string } }; props: { name: string; value: string }[] }[];
    const done = findings.find((f) => f.props.some((p) => p.name === "checklist-item" && p.value === firstItem))!;
    expect(done.target.status.state).toBe("satisfied");
    expect(done.props).toContainEqual(expect.objectContaining({ name: "owner", value: "DPO" }));
    expect(findings.filter((f) => f.target.status.state === "not-satisfied").length).toBe(findings.length - 1);
  });

  it("assessment-results: an unknown system is a 404 and a malformed id a 400, both problem+json", async () => {
    const missing = await get(assessmentResultsRoute, "/api/v1/systems/cm0nosuchsystem/oscal-assessment-results.json", { id: "cm0nosuchsystem" });
    expect(missing.status).toBe(404);
    expect(missing.type).toContain("application/problem+json");
    const bad = await get(assessmentResultsRoute, "/api/v1/systems/x%20y/oscal-assessment-results.json", { id: "x y" });
    expect(bad.status).toBe(400);
    expect(bad.body.problems[0].path).toBe("id");
  });
});
