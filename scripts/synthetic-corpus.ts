// Writes a large, valid, made-up corpus for scale checks of the explorer (graph, matrix, search):
//   npx tsx scripts/synthetic-corpus.ts OUT_DIR [frameworks=6] [provisionsPerFramework=700] [mappings=9000]
//   CORPUS_DIR=OUT_DIR PGLITE_DIR=.data/synthetic npx tsx scripts/prepare-db.ts
// Nothing in it is law: every framework is called "Synthetic …" and every summary says so.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

const [out = "/tmp/synthetic-corpus", f = "6", p = "700", m = "9000"] = process.argv.slice(2);
const frameworks = Number(f);
const perFramework = Number(p);
const mappingCount = Number(m);
const concepts = (await import(path.resolve("data/concepts.json"), { with: { type: "json" } })).default.concepts as { id: string }[];

// A small deterministic generator, so two runs write the same corpus.
let seed = 42;
const random = () => {
  // mulberry32: integer arithmetic only, so the sequence never degenerates
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;

await mkdir(path.join(out, "frameworks"), { recursive: true });
await mkdir(path.join(out, "mappings"), { recursive: true });
await copyFile("data/concepts.json", path.join(out, "concepts.json"));

const slugs = Array.from({ length: frameworks }, (_, i) => `synthetic-${String.fromCharCode(97 + i)}`);
for (const slug of slugs) {
  const provisions = Array.from({ length: perFramework }, (_, i) => ({
    key: `s-${i + 1}`,
    citation: `§ ${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
    title: `Synthetic duty ${i + 1} on ${pick(concepts).id.replace(/-/g, " ")}`,
    summary: `A made-up obligation for scale testing only; it is not law and says nothing real (${slug} #${i + 1}).`,
    kind: "outcome",
    binds: ["organization"],
    applies: [{ from: "2025-01-01", setBy: "Synthetic act" }],
    concepts: [pick(concepts).id],
    sourceUrl: "https://example.org/synthetic",
    verified: true,
  }));
  await writeFile(
    path.join(out, "frameworks", `${slug}.json`),
    JSON.stringify({
      framework: { slug, name: `Synthetic framework ${slug.slice(-1).toUpperCase()}`, shortName: `Synthetic ${slug.slice(-1).toUpperCase()}`, jurisdiction: "INTL", binding: false, kind: "framework", publisher: "Scale test", description: "A made-up framework for scale testing; nothing in it is law.", sourceUrl: "https://example.org/synthetic" },
      versions: [{ id: `${slug}@1`, label: "Version 1", act: "Synthetic act", status: "in-force", validFrom: "2025-01-01", sourceUrl: "https://example.org/synthetic", provisions }],
    }),
  );
}

const relationships = ["equivalent-to", "subset-of", "superset-of", "intersects-with", "intersects-with", "no-relationship"] as const;
const byPair = new Map<string, object[]>();
const seen = new Set<string>();
for (let made = 0; made < mappingCount; ) {
  const [a, b] = [pick(slugs), pick(slugs)].sort();
  if (a === b) continue;
  const source = `${a}/s-${1 + Math.floor(random() * perFramework)}`;
  const target = `${b}/s-${1 + Math.floor(random() * perFramework)}`;
  if (seen.has(`${source}|${target}`)) continue;
  seen.add(`${source}|${target}`);
  const relationship = pick([...relationships]);
  const list = byPair.get(`${a}--${b}`) ?? [];
  list.push({
    source, target, relationship, rationale: "semantic", confidence: 0.5,
    explanation: "Synthetic mapping for scale testing.",
    ...(relationship === "intersects-with" || relationship === "superset-of" ? { gapSummary: "Synthetic gap." } : {}),
    provenance: "Scale test",
  });
  byPair.set(`${a}--${b}`, list);
  made++;
}
for (const [pair, mappings] of byPair) await writeFile(path.join(out, "mappings", `${pair}.json`), JSON.stringify({ description: "Synthetic mappings for scale testing.", mappings }));
console.log(`${out}: ${frameworks} frameworks × ${perFramework} provisions, ${mappingCount} mappings`);
