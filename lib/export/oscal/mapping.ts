import { mappingProvenance } from "@/lib/engine/mapping-origin";
import type { EngineVersion } from "@/lib/engine/types";
import { crosswalkParty } from "./catalog";
import { compact, contentDigest, controlId, CONTENT_LICENCE, CROSSWALK_PARTY_NAME, dateTime, oneLine, ourProp, oscalProp, uuidV5, type OscalProperty } from "./common";
import type { OscalMap, OscalMapping, OscalMappingCollectionDocument } from "./mapping-schema";
import type { CrosswalkPair, PairMapping, ProvisionInfo } from "./pair";

/** The OSCAL release whose control mapping model (metaschema) the collections follow. */
export const MAPPING_OSCAL_VERSION = "1.2.2";

export type MappingCollectionOptions = {
  lastModified: string;
  corpusVersion: string;
  /** Where the catalog of a framework version is published (the API route or the release file). */
  catalogHref: (framework: string, versionId: string) => string;
  /** The law's own source link per framework, for the back matter. */
  frameworkSources?: Record<string, { sourceUrl: string; publisher?: string }>;
};

/** "Fully covered" counts for the coverage field: a target provision mapped from a source that contains all of it. */
const COVERS_TARGET = new Set(["equal-to", "equivalent-to", "superset-of"]);
const COVERAGE_METHOD = "share-of-target-controls-fully-covered";

/**
 * The crosswalk between two frameworks as an OSCAL 1.2 mapping-collection: one `mapping` per
 * pair of framework versions (a provision belongs to one version, and OSCAL maps catalog to
 * catalog), each map with the relationship, matching-rationale, confidence-score (percentage),
 * the explanation (remarks), the provenance (prop) and, for a partial overlap, what one side
 * requires that the other does not (a qualifier). Each mapping lists the controls it leaves
 * unmapped in its source and target gap summaries and gives the share of target controls
 * fully covered (coverage).
 */
export function buildOscalMappingCollection(pair: CrosswalkPair, options: MappingCollectionOptions): OscalMappingCollectionDocument | null {
  if (pair.mappings.length === 0) return null;
  const us = crosswalkParty();
  const groups = new Map<string, PairMapping[]>();
  for (const m of pair.mappings) {
    const key = `${pair.provisions.get(m.source)!.version.id}|${pair.provisions.get(m.target)!.version.id}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const mappings = [...groups.entries()].map(([key, maps]) => {
    const [sourceVersionId, targetVersionId] = key.split("|") as [string, string];
    const sourceVersion = pair.from.versions.find((v) => v.id === sourceVersionId)!;
    const targetVersion = pair.to.versions.find((v) => v.id === targetVersionId)!;
    return buildMapping(pair, maps, sourceVersion, targetVersion, options);
  });

  const rationale = mostCommon(pair.mappings.map((m) => m.rationale ?? "semantic"));
  const title = `Crosswalk ${pair.from.shortName} → ${pair.to.shortName}`;
  const body = {
    metadata: {
      title,
      "last-modified": dateTime(options.lastModified),
      version: options.corpusVersion,
      "oscal-version": MAPPING_OSCAL_VERSION,
      props: [ourProp("from", pair.from.id), ourProp("to", pair.to.id), ourProp("corpus-version", options.corpusVersion), ourProp("licence", CONTENT_LICENCE.url)],
      roles: [{ id: "creator", title: "Creator of this mapping collection" }],
      parties: [us],
      "responsible-parties": [{ "role-id": "creator", "party-uuids": [us.uuid] }],
      remarks: `Our mappings are published under ${CONTENT_LICENCE.name} (${CONTENT_LICENCE.url}); the laws themselves are public.`,
    },
    provenance: {
      method: "human" as const,
      "matching-rationale": rationale,
      status: "complete" as const,
      "mapping-description": oneLine(
        `${CROSSWALK_PARTY_NAME}'s analysis of how the provisions of ${pair.from.name} relate to those of ${pair.to.name}, provision by provision, for compliance teams that want to reuse work done for one framework in the other.`,
      ),
      "responsible-parties": [{ "role-id": "creator", "party-uuids": [us.uuid] }],
      props: [ourProp("mappings", String(pair.mappings.length))],
      remarks: [
        "Each map's remarks explain the relationship; a qualifier (predicate has-requirement, category addressable) says what one side requires that the other does not.",
        "no-relationship records a provision that was checked and has no counterpart in the other framework. Nothing should be inferred from a provision that is not mapped at all: the gap summaries list them.",
        "The prop `provenance` says whose analysis a map is (ours, or a cited published crosswalk); `recorded-direction` marks a map recorded from the other side and inverted here.",
      ].join("\n\n"),
    },
    mappings,
    "back-matter": {
      resources: [pair.from, pair.to].map((f) =>
        compact({
          uuid: uuidV5(`resource:${f.id}:source`),
          title: f.name,
          props: [ourProp("framework", f.id)],
          rlinks: options.frameworkSources?.[f.id] ? [{ href: options.frameworkSources[f.id]!.sourceUrl }] : undefined,
        }),
      ),
    },
  };
  const { "last-modified": _lm, ...stableMetadata } = body.metadata;
  return { "mapping-collection": { uuid: uuidV5(`mapping-collection:${pair.from.id}~${pair.to.id}:${contentDigest({ ...body, metadata: stableMetadata })}`), ...body } };
}

function buildMapping(pair: CrosswalkPair, maps: PairMapping[], sourceVersion: EngineVersion, targetVersion: EngineVersion, options: MappingCollectionOptions): OscalMapping {
  const id = `${sourceVersion.id}~${targetVersion.id}`;
  const mappedSources = new Set(maps.map((m) => m.source));
  const mappedTargets = new Set(maps.map((m) => m.target));
  const controls = (v: EngineVersion) => v.provisions.filter((p) => p.kind !== "heading");
  const unmapped = (v: EngineVersion, mapped: Set<string>) => controls(v).filter((p) => !mapped.has(p.id)).map((p) => controlId(p.key));
  const gap = (side: "source" | "target", ids: string[]) =>
    ids.length ? { uuid: uuidV5(`gap:${side}:${id}`), "unmapped-controls": [{ "with-ids": ids }] } : undefined;

  const targetControls = controls(targetVersion);
  const fullyCovered = new Set(maps.filter((m) => COVERS_TARGET.has(m.relationship)).map((m) => m.target));
  const partly = new Set(maps.filter((m) => !COVERS_TARGET.has(m.relationship) && m.relationship !== "no-relationship").map((m) => m.target));
  for (const t of fullyCovered) partly.delete(t);

  const resource = (framework: string, version: EngineVersion) => ({
    type: "catalog",
    href: options.catalogHref(framework, version.id),
    props: [ourProp("framework", framework), ourProp("version", version.id)],
    remarks: version.label,
  });
  return compact({
    uuid: uuidV5(`mapping:${id}`),
    method: "human" as const,
    "matching-rationale": mostCommon(maps.map((m) => m.rationale ?? "semantic")),
    status: "complete" as const,
    "source-resource": resource(pair.from.id, sourceVersion),
    "target-resource": resource(pair.to.id, targetVersion),
    maps: maps.map((m) => buildMap(m, pair.provisions.get(m.source)!, pair.provisions.get(m.target)!)),
    props: [
      ourProp("target-controls", String(targetControls.length)),
      ourProp("target-controls-fully-covered", String(fullyCovered.size)),
      ourProp("target-controls-partly-covered", String(partly.size)),
    ],
    "mapping-description": oneLine(`${pair.from.shortName} (${sourceVersion.label}) to ${pair.to.shortName} (${targetVersion.label}): ${maps.length} map${maps.length === 1 ? "" : "s"}.`),
    "source-gap-summary": gap("source", unmapped(sourceVersion, mappedSources)),
    "target-gap-summary": gap("target", unmapped(targetVersion, mappedTargets)),
    coverage: {
      "generation-method": COVERAGE_METHOD,
      "target-coverage": targetControls.length ? round3(fullyCovered.size / targetControls.length) : 0,
    },
  }) as OscalMapping;
}

function buildMap(m: PairMapping, source: ProvisionInfo, target: ProvisionInfo): OscalMap {
  const item = (p: ProvisionInfo) => ({
    type: "control" as const,
    "id-ref": controlId(p.key),
    props: [oscalProp("label", p.citation)],
    links: [{ href: p.sourceUrl, rel: "reference", text: oneLine(p.citation) }],
  });
  const props: OscalProperty[] = [];
  if (m.provenance) props.push(ourProp("provenance", m.provenance));
  // Structured provenance as the seed stores it: who made the map, when, and its review status.
  const { origin, review } = mappingProvenance({ source: m.source, target: m.target, provenance: m.provenance ?? "" });
  props.push(ourProp("origin", origin.kind, origin.createdOn ? { remarks: `Made on ${origin.createdOn}.` } : {}));
  for (const e of origin.evidence) props.push(ourProp("evidence", e.source, { remarks: [e.version, e.locator, `licence: ${e.licence}`].filter(Boolean).join("; ") }));
  props.push(ourProp("review-status", review.status));
  if (m.inverted)
    props.push(ourProp("recorded-direction", "reverse", { remarks: `Recorded as ${m.target} → ${m.source}; inverted here so that the source is ${source.framework.shortName}.` }));
  return compact({
    uuid: uuidV5(`map:${m.source}~${m.target}`),
    "matching-rationale": m.rationale,
    relationship: m.relationship,
    sources: [item(source)],
    targets: [item(target)],
    qualifiers: m.gapSummary
      ? [
          {
            subject: m.gapOf,
            predicate: "has-requirement" as const,
            category: "addressable" as const,
            description: m.gapOf === "source" ? `Beyond ${target.citation}: ${m.gapSummary}` : `Beyond ${source.citation}: ${m.gapSummary}`,
          },
        ]
      : undefined,
    "confidence-score": { percentage: m.confidence },
    props,
    remarks: m.explanation,
  }) as OscalMap;
}

function mostCommon<T extends string>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
