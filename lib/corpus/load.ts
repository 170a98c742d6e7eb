import { JURISDICTIONS } from "@/lib/schemas/common";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import {
  conceptsFileSchema,
  frameworkFileSchema,
  mappingsFileSchema,
  type ConceptsFile,
  type FrameworkFile,
  type MappingsFile,
} from "@/lib/schemas/framework";
import { corpusDir } from "@/lib/env";
import { formatIssuePath } from "@/lib/schemas/issues";

/** Everything in data/, validated and cross-checked. */
export type CorpusFiles = {
  concepts: ConceptsFile["concepts"];
  frameworks: FrameworkFile[];
  mappings: MappingsFile["mappings"];
  recognitions: MappingsFile["recognitions"];
  /** sha256 over every file, in a stable order: the corpus version shown as "data version". */
  corpusVersion: string;
  fileHashes: Record<string, string>;
};

export class CorpusError extends Error {
  constructor(readonly problems: string[]) {
    super(`corpus data is invalid:\n${problems.join("\n")}`);
  }
}

/** `file: path.to.field: message` — one line per problem. */
export function formatZodProblems(file: string, error: z.ZodError): string[] {
  return error.issues.map((i) => `${file}: ${formatIssuePath(i.path) || "(root)"}: ${i.message}`);
}

async function readJson(dir: string, rel: string, problems: string[]): Promise<{ value: unknown; hash: string } | null> {
  const raw = await readFile(path.join(dir, rel), "utf8");
  const hash = createHash("sha256").update(raw).digest("hex");
  try {
    return { value: JSON.parse(raw), hash };
  } catch (e) {
    problems.push(`${rel}: (root): not valid JSON: ${(e as Error).message}`);
    return null;
  }
}

/**
 * Binding law by jurisdiction (EU, the US states, Asia), then treaties that bind states, then
 * voluntary frameworks; within a group the larger corpora first. Pages list frameworks in this
 * order, and the engine meets them in it, so a merged checklist item is led by the EU AI Act
 * rather than by whichever file sorts first.
 */
export function inDisplayOrder<F extends { framework: { binding: boolean; kind: string; jurisdiction: string }; versions: { provisions: unknown[] }[] }>(frameworks: F[]): F[] {
  const group = (f: F) => (f.framework.kind === "treaty" ? 1 : f.framework.binding ? 0 : 2);
  const place = (f: F) => {
    const i = (JURISDICTIONS as readonly string[]).indexOf(f.framework.jurisdiction);
    return i < 0 ? JURISDICTIONS.length : i;
  };
  const size = (f: F) => f.versions.reduce((n, v) => n + v.provisions.length, 0);
  return [...frameworks].sort((a, b) => group(a) - group(b) || place(a) - place(b) || size(b) - size(a));
}

async function listJson(dir: string, sub: string): Promise<string[]> {
  try {
    const names = await readdir(path.join(dir, sub));
    return names.filter((n) => n.endsWith(".json")).sort().map((n) => path.posix.join(sub, n));
  } catch {
    return [];
  }
}

/**
 * Reads and validates data/ (concepts.json, frameworks/*.json, mappings/*.json).
 * Throws CorpusError listing every problem as `file: path: message`.
 */
export async function loadCorpusFiles(dataDir = corpusDir()): Promise<CorpusFiles> {
  const problems: string[] = [];
  const fileHashes: Record<string, string> = {};

  let concepts: ConceptsFile["concepts"] = [];
  const conceptsJson = await readJson(dataDir, "concepts.json", problems).catch(() => {
    problems.push("concepts.json: (root): file is missing");
    return null;
  });
  if (conceptsJson) {
    fileHashes["concepts.json"] = conceptsJson.hash;
    const parsed = conceptsFileSchema.safeParse(conceptsJson.value);
    if (parsed.success) concepts = parsed.data.concepts;
    else problems.push(...formatZodProblems("concepts.json", parsed.error));
  }
  const conceptIds = new Set(concepts.map((c) => c.id));

  const frameworks: FrameworkFile[] = [];
  const frameworkFiles = await listJson(dataDir, "frameworks");
  if (frameworkFiles.length === 0) problems.push("frameworks/: (root): no framework files found");
  for (const rel of frameworkFiles) {
    const json = await readJson(dataDir, rel, problems);
    if (!json) continue;
    fileHashes[rel] = json.hash;
    const parsed = frameworkFileSchema.safeParse(json.value);
    if (!parsed.success) {
      problems.push(...formatZodProblems(rel, parsed.error));
      continue;
    }
    const expected = path.basename(rel, ".json");
    if (parsed.data.framework.slug !== expected)
      problems.push(`${rel}: framework.slug: must match the file name ("${expected}")`);
    parsed.data.versions.forEach((v, vi) =>
      v.provisions.forEach((p, pi) =>
        p.concepts.forEach((c, ci) => {
          if (!conceptIds.has(c))
            problems.push(`${rel}: versions[${vi}].provisions[${pi}].concepts[${ci}]: unknown concept "${c}" (see concepts.json)`);
        }),
      ),
    );
    frameworks.push(parsed.data);
  }
  const slugs = new Set<string>();
  for (const f of frameworks) {
    if (slugs.has(f.framework.slug)) problems.push(`frameworks/: (root): duplicate framework slug "${f.framework.slug}"`);
    slugs.add(f.framework.slug);
  }
  const provisionRefs = new Set(frameworks.flatMap((f) => f.versions.flatMap((v) => v.provisions.map((p) => `${f.framework.slug}/${p.key}`))));

  const mappings: MappingsFile["mappings"] = [];
  const recognitions: MappingsFile["recognitions"] = [];
  const seenPairs = new Map<string, { relationship: string; file: string }>();
  for (const rel of await listJson(dataDir, "mappings")) {
    const json = await readJson(dataDir, rel, problems);
    if (!json) continue;
    fileHashes[rel] = json.hash;
    const parsed = mappingsFileSchema.safeParse(json.value);
    if (!parsed.success) {
      problems.push(...formatZodProblems(rel, parsed.error));
      continue;
    }
    parsed.data.mappings.forEach((m, i) => {
      for (const end of ["source", "target"] as const)
        if (!provisionRefs.has(m[end])) problems.push(`${rel}: mappings[${i}].${end}: unknown provision "${m[end]}"`);
      const key = `${m.source}|${m.target}`;
      const reverse = seenPairs.get(`${m.target}|${m.source}`);
      if (seenPairs.has(key)) problems.push(`${rel}: mappings[${i}]: duplicate mapping ${m.source} → ${m.target}`);
      if (reverse && !consistentReverse(m.relationship, reverse.relationship))
        problems.push(`${rel}: mappings[${i}]: contradicts ${reverse.file} (${m.target} ${reverse.relationship} ${m.source})`);
      seenPairs.set(key, { relationship: m.relationship, file: rel });
    });
    parsed.data.recognitions.forEach((r, i) => {
      for (const end of ["from", "to"] as const)
        if (!slugs.has(r[end])) problems.push(`${rel}: recognitions[${i}].${end}: unknown framework "${r[end]}"`);
    });
    mappings.push(...parsed.data.mappings);
    recognitions.push(...parsed.data.recognitions);
  }

  if (problems.length) throw new CorpusError(problems);
  const corpusVersion = createHash("sha256")
    .update(Object.entries(fileHashes).sort(([a], [b]) => a.localeCompare(b)).map(([f, h]) => `${f}:${h}`).join("\n"))
    .digest("hex")
    .slice(0, 12);
  return { concepts, frameworks: inDisplayOrder(frameworks), mappings, recognitions, corpusVersion, fileHashes };
}

const INVERSE: Record<string, string> = {
  "subset-of": "superset-of",
  "superset-of": "subset-of",
  "equal-to": "equal-to",
  "equivalent-to": "equivalent-to",
  "intersects-with": "intersects-with",
  "no-relationship": "no-relationship",
};

/** A reverse mapping (B→A) must be the inverse of A→B: A subset-of B and B subset-of A contradict. */
export function consistentReverse(forward: string, backward: string): boolean {
  return INVERSE[forward] === backward;
}
