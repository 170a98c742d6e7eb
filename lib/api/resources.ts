import type { z } from "zod";
import type {
  ConceptSummary,
  FrameworkListing,
  FrameworkVersionListing,
  GapReport,
  getConceptDetail,
  listRecognitions,
  MappingListing,
  Matrix,
  ProvisionDetail,
  ProvisionListing,
  SearchHit,
} from "@/lib/db/queries";
import { relationshipSchema, type Relationship } from "@/lib/schemas/common";
import type {
  conceptDetailSchema,
  conceptSchema,
  crosswalkSchema,
  frameworkDetailSchema,
  frameworkSchema,
  frameworkVersionSchema,
  gapReportSchema,
  mappingSchema,
  provisionDetailSchema,
  provisionSchema,
  searchHitSchema,
} from "@/lib/schemas/api";
import { provisionHref } from "@/lib/db/queries/shared";

// Query results (lib/db/queries) → the API's resources (lib/schemas/api.ts). Pure reshaping:
// the data and its filtering come from the query layer; this only picks the published fields
// and adds links. Each function's return type is its schema's output type.

const API = "/api/v1";
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
type Status = z.output<typeof frameworkVersionSchema>["status"];
type Kind = z.output<typeof provisionSchema>["kind"];
type Rationale = z.output<typeof mappingSchema>["rationale"];
type RoleName = z.output<typeof provisionSchema>["binds"][number];
const status = (s: string) => s as Status;
const kind = (k: string) => k as Kind;
const rationale = (r: string) => r as Rationale;
const roles = (r: string[]) => r as RoleName[];

export const provisionLinks = (id: string) => ({ self: `${API}/provisions/${id}`, html: provisionHref(id) });
const frameworkLinks = (id: string) => ({ self: `${API}/frameworks/${id}`, html: `/frameworks/${id}` });

export function frameworkResource(f: FrameworkListing): z.output<typeof frameworkSchema> {
  return {
    id: f.id,
    name: f.name,
    shortName: f.shortName,
    jurisdiction: f.jurisdiction,
    binding: f.binding,
    kind: f.kind,
    publisher: f.publisher,
    description: f.description,
    sourceUrl: f.sourceUrl,
    mappingCount: f.mappingCount,
    versions: f.versions.map((v) => ({ id: v.id, label: v.label, status: status(v.status), validFrom: day(v.validFrom)!, validTo: day(v.validTo), provisionCount: v._count.provisions })),
    links: frameworkLinks(f.id),
  };
}

export function frameworkVersionResource(v: FrameworkVersionListing): z.output<typeof frameworkVersionSchema> {
  return {
    id: v.id,
    frameworkId: v.frameworkId,
    label: v.label,
    act: v.act,
    status: status(v.status),
    enactedOn: v.enactedOn,
    validFrom: v.validFrom,
    validTo: v.validTo,
    consolidatedTextDate: v.consolidatedTextDate,
    sourceUrl: v.sourceUrl,
    notes: v.notes,
    provisionCount: v.provisionCount,
  };
}

export function frameworkDetailResource(
  f: FrameworkListing,
  versions: FrameworkVersionListing[],
  recognitions: Awaited<ReturnType<typeof listRecognitions>>,
): z.output<typeof frameworkDetailSchema> {
  const { versions: _summaries, links: _links, ...summary } = frameworkResource(f);
  return {
    ...summary,
    versions: versions.map(frameworkVersionResource),
    recognitions: recognitions.map((r) => ({ id: r.id, from: r.fromFrameworkId, to: r.toFrameworkId, citation: r.citation, effect: r.effect, explanation: r.explanation })),
    links: { ...frameworkLinks(f.id), versions: `${API}/frameworks/${f.id}/versions`, provisions: `${API}/provisions?framework=${f.id}` },
  };
}

/** The fields every provision resource shares (list item and detail). */
function provisionCore(p: ProvisionListing | ProvisionDetail["provision"]) {
  return {
    id: p.id,
    frameworkId: p.frameworkId,
    versionId: p.versionId,
    key: p.key,
    citation: p.citation,
    title: p.title,
    summary: p.summary,
    kind: kind(p.kind),
    parentKey: p.parentKey,
    binds: roles(p.binds),
    bindsAs: p.bindsAs ?? null,
    appliesFrom: p.appliesFrom,
    appliesFromSetBy: p.appliesFromSetBy,
  };
}

export function provisionResource(p: ProvisionListing): z.output<typeof provisionSchema> {
  return {
    ...provisionCore(p),
    verified: p.verified,
    sourceUrl: p.sourceUrl,
    concepts: p.concepts,
    mappingCount: p.mappingCount,
    pending: p.pending,
    links: provisionLinks(p.id),
  };
}

export function provisionDetailResource(d: ProvisionDetail): z.output<typeof provisionDetailSchema> {
  const p = d.provision;
  return {
    ...provisionCore(p),
    dates: d.provision.dates,
    conditions: p.conditions,
    sourceUrl: p.sourceUrl,
    verified: p.verified,
    verificationNote: p.verificationNote,
    framework: { id: d.framework.id, name: d.framework.name, shortName: d.framework.shortName, binding: d.framework.binding },
    version: { ...d.version, status: status(d.version.status), validFrom: d.version.validFrom! },
    concepts: d.concepts,
    ancestors: d.ancestors.map(({ href: _href, ...a }) => a),
    children: d.children.map(({ href: _href, ...c }) => ({ ...c, kind: kind(c.kind) })),
    mappings: d.mappings.map(({ other: { href: _href, ...other }, ...m }) => ({
      ...m,
      rationale: rationale(m.rationale),
      other: { ...other, versionStatus: status(other.versionStatus) },
    })),
    links: provisionLinks(p.id),
  };
}

export function mappingResource(m: MappingListing): z.output<typeof mappingSchema> {
  return { ...m, rationale: rationale(m.rationale) };
}

export function crosswalkResource(m: Matrix): z.output<typeof crosswalkSchema> {
  const axis = ({ href: _href, ...item }: Matrix["rows"][number] & { description?: string }) => item;
  return {
    from: m.from,
    to: m.to,
    rows: m.rows.map(axis),
    columns: m.columns.map(axis),
    cells: m.cells.map((c) =>
      c.kind === "concept" ? c : { ...c, mappings: c.mappings.map((x) => ({ ...x, rationale: rationale(x.rationale) })) },
    ),
    counts: Object.fromEntries(Object.entries(m.counts).filter((e): e is [string, number] => typeof e[1] === "number")),
  };
}

export function gapReportResource(r: GapReport): z.output<typeof gapReportSchema> {
  const framework = (f: GapReport["from"]) => ({ id: f.id, shortName: f.shortName, name: f.name, binding: f.binding });
  return {
    from: framework(r.from),
    to: framework(r.to),
    scope: r.scope,
    version: r.version,
    summary: r.summary,
    rows: r.rows.map(({ href: _href, ...row }) => ({
      ...row,
      kind: kind(row.kind),
      versionStatus: status(row.versionStatus),
      mappings: row.mappings.map((m) => ({ ...m, relationship: relationshipSchema.parse(m.relationship) as Relationship })),
    })),
  };
}

export function conceptResource(c: ConceptSummary): z.output<typeof conceptSchema> {
  return { ...c, links: { self: `${API}/concepts/${c.id}`, html: `/concepts/${c.id}` } };
}

export function conceptDetailResource(d: NonNullable<Awaited<ReturnType<typeof getConceptDetail>>>): z.output<typeof conceptDetailSchema> {
  return {
    id: d.concept.id,
    name: d.concept.name,
    description: d.concept.description,
    uncoveredNote: d.concept.uncoveredNote,
    frameworks: d.frameworks.map((f) => ({ ...f, provisionCount: d.provisions.filter((p) => p.frameworkId === f.id).length })),
    provisions: d.provisions.map((p) => ({
      id: p.id,
      frameworkId: p.frameworkId,
      versionId: p.version.id,
      versionLabel: p.version.label,
      versionStatus: status(p.version.status),
      citation: p.citation,
      title: p.title,
      kind: kind(p.kind),
      verified: p.verified,
      appliesFrom: p.appliesFrom,
      mappingCount: p.mappingCount,
    })),
    links: { self: `${API}/concepts/${d.concept.id}`, html: `/concepts/${d.concept.id}` },
  };
}

export function searchHitResource(h: SearchHit): z.output<typeof searchHitSchema> {
  const { href: _href, ...hit } = h;
  return { ...hit, versionStatus: status(hit.versionStatus), kind: kind(hit.kind), links: provisionLinks(h.id) };
}
