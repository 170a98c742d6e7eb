import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles, type CorpusFiles } from "@/lib/corpus/load";
import { buildOscalCatalog } from "@/lib/export/oscal/catalog";
import { catalogToFrameworkFile, toKey } from "./oscal-catalog";
import { validateOscalDocument } from "./oscal-schema";

let files: CorpusFiles;
let concepts: Set<string>;
beforeAll(async () => {
  files = await loadCorpusFiles();
  concepts = new Set(files.concepts.map((c) => c.id));
});

const exportCatalog = (slug: string, versionIndex = 0) => {
  const f = files.frameworks.find((x) => x.framework.slug === slug)!;
  return { source: f.versions[versionIndex]!, doc: buildOscalCatalog({ framework: f.framework, version: f.versions[versionIndex]!, corpusVersion: files.corpusVersion }, { lastModified: "2026-11-29T10:00:00Z" }) };
};
const importOf = (doc: unknown, slug?: string) => {
  const r = catalogToFrameworkFile(doc as never, { slug, importedOn: "2026-11-30", knownConcepts: concepts });
  if (!r.ok) throw new Error(r.problems.join("\n"));
  return r.file;
};
const NOTE = (title: string) => `imported from OSCAL catalog ${title}, not checked against the primary text`;

describe("OSCAL catalog import", () => {
  it("round trip: our EU AI Act catalog imports back to the same provisions", () => {
    const { source, doc } = exportCatalog("eu-ai-act");
    const file = importOf(doc);
    const imported = file.versions[0]!.provisions;
    const pick = (p: (typeof imported)[number]) => ({ key: p.key, citation: p.citation, title: p.title, summary: p.summary, parent: p.parent, sourceUrl: p.sourceUrl });
    expect(imported.map(pick)).toEqual(source.provisions.map(pick));
    // What else the props carry comes back too: kind, roles, concepts, the default date and who set it.
    expect(imported.map((p) => [p.kind, p.binds, p.concepts])).toEqual(source.provisions.map((p) => [p.kind, p.binds, p.concepts]));
    expect(imported.map((p) => p.applies.filter((a) => !a.when))).toEqual(source.provisions.map((p) => p.applies.filter((a) => !a.when).map(({ from, setBy }) => ({ from, setBy }))));
    expect(file.versions[0]!.id).toBe(source.id);
  });

  it("marks the framework imported and every provision unverified, with the note naming the catalog", () => {
    const { doc } = exportCatalog("nist-ai-rmf");
    const file = importOf(doc, "nist-copy");
    const title = doc.catalog.metadata.title;
    expect(file.framework.slug).toBe("nist-copy");
    expect(file.versions[0]!.id).toBe("nist-copy@1.0");
    expect(file.framework.imported).toEqual(expect.objectContaining({ from: "oscal-catalog", title, uuid: doc.catalog.uuid, importedOn: "2026-11-30" }));
    expect(file.framework.description).toMatch(/^Imported from the OSCAL catalog/);
    for (const p of file.versions[0]!.provisions) {
      expect(p.verified).toBe(false);
      expect(p.verificationNote).toBe(NOTE(title));
    }
  });

  it("round trip keeps Colorado's digit-first keys and the other frameworks' structure", () => {
    for (const [slug, i] of [["colorado-ai-act", 0], ["colorado-ai-act", 1], ["iso-42001", 0], ["hiroshima-code", 0]] as const) {
      const { source, doc } = exportCatalog(slug, i);
      const imported = importOf(doc).versions[0]!.provisions;
      expect(imported.map((p) => [p.key, p.parent ?? null]), `${slug} ${i}`).toEqual(source.provisions.map((p) => [p.key, p.parent ?? null]));
    }
  });

  it("imports a catalog from elsewhere: groups become headings, controls become provisions of the adopting organization", () => {
    const foreign = {
      catalog: {
        uuid: "74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724",
        metadata: { title: "Example AI Controls", published: "2025-03-01T00:00:00Z", "last-modified": "2025-04-01T00:00:00Z", version: "2.1", "oscal-version": "1.0.6", links: [{ href: "https://example.org/controls", rel: "reference" }] },
        groups: [
          {
            id: "gv",
            title: "Governance",
            controls: [
              {
                id: "GV-1",
                title: "Policy",
                props: [{ name: "label", value: "GV-1" }],
                parts: [{ id: "gv-1_smt", name: "statement", prose: "The organization:", parts: [{ id: "gv-1_smt.a", name: "item", prose: "Documents an AI policy;" }] }],
                controls: [{ id: "GV-1.1", title: "Review", props: [{ name: "status", value: "withdrawn" }] }],
              },
              { id: "GV-2", title: "Roles", parts: [{ name: "guidance", prose: "Assign roles and responsibilities for AI systems." }], links: [{ href: "https://example.org/controls#gv-2", rel: "reference" }] },
            ],
          },
        ],
      },
    };
    expect(validateOscalDocument("catalog", foreign)).toEqual([]);
    const without = catalogToFrameworkFile(foreign as never, { importedOn: "2026-11-30", knownConcepts: concepts });
    expect(without.ok).toBe(false);
    if (!without.ok) expect(without.problems.join("\n")).toMatch(/--concept/);
    const r = catalogToFrameworkFile(foreign as never, { importedOn: "2026-11-30", knownConcepts: concepts, concept: "accountability-governance" });
    if (!r.ok) throw new Error(r.problems.join("\n"));
    const [heading, gv1, gv2] = r.file.versions[0]!.provisions;
    expect(r.file.framework.slug).toBe("example-ai-controls");
    expect(r.file.versions[0]!.id).toBe("example-ai-controls@2.1");
    expect(heading).toEqual(expect.objectContaining({ key: "gv", kind: "heading", title: "Governance" }));
    expect(gv1).toEqual(expect.objectContaining({ key: "gv-1", citation: "GV-1", parent: "gv", kind: "control", binds: ["organization"], concepts: ["accountability-governance"] }));
    expect(gv1!.summary).toBe("The organization:\n\nDocuments an AI policy;");
    expect(gv1!.applies).toEqual([{ from: "2025-03-01", setBy: 'the OSCAL catalog "Example AI Controls" (metadata.published)' }]);
    expect(gv2!.sourceUrl).toBe("https://example.org/controls#gv-2");
    expect(gv1!.sourceUrl).toBe("https://example.org/controls");
    expect(r.skipped).toEqual(["GV-1.1 (withdrawn)"]);
    expect(r.file.versions[0]!.provisions).toHaveLength(3);
  });

  it("turns OSCAL ids into keys", () => {
    expect(toKey("_6-1-1703-3-a")).toBe("6-1-1703-3-a");
    expect(toKey("AC-2(1)")).toBe("ac-2-1");
    expect(toKey("ac-2.1")).toBe("ac-2.1");
  });
});
