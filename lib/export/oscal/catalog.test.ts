import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles, type CorpusFiles } from "@/lib/corpus/load";
import { validateOscalDocument } from "@/lib/import/oscal-schema";
import { buildOscalCatalog, type OscalControl, type OscalGroup } from "./catalog";
import { CROSSWALK_NS, uuidV5 } from "./common";

let files: CorpusFiles;
beforeAll(async () => {
  files = await loadCorpusFiles();
});

const OPTIONS = { lastModified: "2026-11-29T10:00:00Z" };
const build = (slug: string, versionIndex = 0) => {
  const f = files.frameworks.find((x) => x.framework.slug === slug)!;
  return buildOscalCatalog({ framework: f.framework, version: f.versions[versionIndex]!, corpusVersion: files.corpusVersion }, OPTIONS);
};
function allControls(c: { groups?: OscalGroup[]; controls?: OscalControl[] }): OscalControl[] {
  return [...(c.controls ?? []).flatMap((x) => [x, ...allControls(x)]), ...(c.groups ?? []).flatMap(allControls)];
}
function allGroups(c: { groups?: OscalGroup[] }): OscalGroup[] {
  return (c.groups ?? []).flatMap((g) => [g, ...allGroups(g)]);
}
const prop = (c: { props?: { name: string; ns?: string; value: string }[] }, name: string) => c.props?.filter((p) => p.name === name).map((p) => p.value) ?? [];

describe("OSCAL catalog export", () => {
  it("writes every framework version as a catalog valid against the official OSCAL 1.0.6 JSON Schema", () => {
    for (const f of files.frameworks)
      for (const v of f.versions) {
        const doc = buildOscalCatalog({ framework: f.framework, version: v, corpusVersion: files.corpusVersion }, OPTIONS);
        expect(validateOscalDocument("catalog", doc), v.id).toEqual([]);
        // Every provision is there once: headings as groups, the rest as controls.
        expect(allGroups(doc.catalog).length + allControls(doc.catalog).length, v.id).toBe(v.provisions.length);
      }
  });

  it("the schema check is real: a wrong id, a missing title and a bad UUID are reported with their paths", () => {
    const doc = build("colorado-ai-act");
    const broken = structuredClone(doc) as unknown as { catalog: { uuid: string; controls?: { id: string; title?: string }[]; groups?: unknown[] } };
    broken.catalog.uuid = "not-a-uuid";
    broken.catalog.controls![0]!.id = "6-1-1701-admt"; // a token cannot start with a digit
    delete broken.catalog.controls![1]!.title;
    const paths = validateOscalDocument("catalog", broken).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["$.catalog.uuid", "$.catalog.controls[0].id", "$.catalog.controls[1]"]));
  });

  it("follows the law's structure: EU headings are groups, paragraphs are controls inside them", () => {
    const { catalog } = build("eu-ai-act");
    const art26 = allGroups(catalog).find((g) => g.id === "art-26")!;
    expect(art26.title).toBe("Obligations of deployers of high-risk AI systems");
    expect(prop(art26, "label")).toEqual(["Art. 26"]);
    expect(art26.controls?.map((c) => c.id)).toContain("art-26-1");
    // A provision under another provision (Art. 10(2)'s points) is a control inside that control.
    const art102 = allControls(catalog).find((c) => c.id === "art-10-2")!;
    expect(art102.controls?.map((c) => c.id)).toEqual(expect.arrayContaining(["art-10-2-f", "art-10-2-g"]));
  });

  it("a control carries citation, summary, source link, dates with the act that set them, roles, kind and the verified flag", () => {
    const control = allControls(build("eu-ai-act").catalog).find((c) => c.id === "art-26-1")!;
    const source = files.frameworks.find((f) => f.framework.slug === "eu-ai-act")!.versions[0]!.provisions.find((p) => p.key === "art-26-1")!;
    expect(control.title).toBe(source.title);
    expect(control.class).toBe("obligation");
    expect(prop(control, "label")).toEqual([source.citation]);
    expect(control.parts).toEqual([{ id: "art-26-1_smt", name: "statement", class: "summary", prose: source.summary }]);
    expect(control.links).toEqual([{ href: source.sourceUrl, rel: "reference", text: source.citation }]);
    expect(prop(control, "binds")).toEqual(source.binds);
    expect(prop(control, "kind")).toEqual(["obligation"]);
    expect(prop(control, "verified")).toEqual([String(source.verified)]);
    const dates = control.props!.filter((p) => p.name === "applies-from");
    expect(dates.map((d) => d.value)).toEqual(source.applies.map((a) => a.from));
    expect(dates[0]).toEqual(expect.objectContaining({ ns: CROSSWALK_NS, remarks: expect.stringContaining(source.applies[0]!.setBy) }));
    expect(prop(control, "concept")).toEqual(source.concepts);
  });

  it("an unverified provision says why in the verified prop's remarks", () => {
    const { catalog } = build("hiroshima-code");
    const c = allControls(catalog).find((x) => x.id === "action-1-1")!;
    const verified = c.props!.find((p) => p.name === "verified")!;
    expect(verified.value).toBe("false");
    expect(verified.remarks).toMatch(/\w{10,}/);
  });

  it("keys that start with a digit (Colorado's 6-1-1701…) become tokens with a leading underscore", () => {
    const ids = allControls(build("colorado-ai-act").catalog).map((c) => c.id);
    expect(ids).toContain("_6-1-1701-admt");
    expect(ids.every((id) => /^[A-Za-z_]/.test(id))).toBe(true);
  });

  it("UUIDs are deterministic: the same content gives the same document, changed content a new catalog UUID", () => {
    const a = build("nist-ai-rmf");
    const b = build("nist-ai-rmf");
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.catalog.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const f = files.frameworks.find((x) => x.framework.slug === "nist-ai-rmf")!;
    const edited = { ...f.versions[0]!, provisions: f.versions[0]!.provisions.map((p, i) => (i === 3 ? { ...p, summary: `${p.summary} Edited.` } : p)) };
    const c = buildOscalCatalog({ framework: f.framework, version: edited, corpusVersion: files.corpusVersion }, OPTIONS);
    expect(c.catalog.uuid).not.toBe(a.catalog.uuid);
    // Party UUIDs are per subject and never change.
    expect(c.catalog.metadata.parties![0]!.uuid).toBe(a.catalog.metadata.parties![0]!.uuid);
    // RFC 4122 v5 test vector (DNS namespace, "www.example.com").
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });
});
