import { ROLE_LABELS, type Role } from "@/lib/schemas/common";
import type { ImportedMarker } from "@/lib/schemas/framework";
import {
  compact,
  contentDigest,
  controlId,
  CONTENT_LICENCE,
  CROSSWALK_PARTY_NAME,
  dateTime,
  oneLine,
  ourProp,
  oscalProp,
  uuidV5,
  type OscalLink,
  type OscalProperty,
} from "./common";

/** The OSCAL release whose official JSON Schema our catalogs are validated against. */
export const CATALOG_OSCAL_VERSION = "1.0.6";

// ---- Input: plain data, as the data files hold it (the database rows map onto it) ----

export type CatalogFramework = {
  slug: string;
  name: string;
  shortName: string;
  publisher: string;
  description: string;
  sourceUrl: string;
  kind: string;
  jurisdiction: string;
  binding: boolean;
  imported?: ImportedMarker;
};

export type CatalogProvision = {
  key: string;
  citation: string;
  title: string;
  summary: string;
  kind: string;
  parent?: string | null;
  binds: string[];
  applies: { from: string; setBy: string; when?: unknown; note?: string; contested?: { question: string; readings: { from: string; reading: string; source: string }[] } }[];
  history?: { from: string; setBy: string; replacedBy: string; note?: string }[];
  amendedBy?: { act: string; change: string; note?: string } | null;
  concepts: string[];
  sourceUrl: string;
  verified: boolean;
  verificationNote?: string | null;
};

export type CatalogVersion = {
  id: string;
  label: string;
  act: string;
  status: string;
  enactedOn?: string | null;
  validFrom: string;
  validTo?: string | null;
  consolidatedTextDate?: string | null;
  sourceUrl: string;
  notes?: string;
  provisions: CatalogProvision[];
};

export type CatalogInput = { framework: CatalogFramework; version: CatalogVersion; corpusVersion: string };

// ---- Output: the subset of the OSCAL 1.0.6 catalog model we write ----

export type OscalPart = { id?: string; name: string; ns?: string; class?: string; title?: string; props?: OscalProperty[]; prose?: string; parts?: OscalPart[] };
export type OscalControl = { id: string; class?: string; title: string; props?: OscalProperty[]; links?: OscalLink[]; parts?: OscalPart[]; controls?: OscalControl[] };
export type OscalGroup = { id?: string; class?: string; title: string; props?: OscalProperty[]; links?: OscalLink[]; parts?: OscalPart[]; groups?: OscalGroup[]; controls?: OscalControl[] };
export type OscalRole = { id: string; title: string; description?: string };
export type OscalParty = { uuid: string; type: "organization" | "person"; name: string; "short-name"?: string; links?: OscalLink[] };
export type OscalResponsibleParty = { "role-id": string; "party-uuids": string[] };
export type OscalMetadata = {
  title: string;
  published?: string;
  "last-modified": string;
  version: string;
  "oscal-version": string;
  props?: OscalProperty[];
  links?: OscalLink[];
  roles?: OscalRole[];
  parties?: OscalParty[];
  "responsible-parties"?: OscalResponsibleParty[];
  remarks?: string;
};
export type OscalResource = { uuid: string; title?: string; description?: string; props?: OscalProperty[]; citation?: { text: string }; rlinks?: { href: string; "media-type"?: string }[]; remarks?: string };
export type OscalCatalog = {
  uuid: string;
  metadata: OscalMetadata;
  controls?: OscalControl[];
  groups?: OscalGroup[];
  "back-matter"?: { resources: OscalResource[] };
};
export type OscalCatalogDocument = { catalog: OscalCatalog };

export type CatalogOptions = {
  /** When the content was last changed (ISO date-time): the seed time, or the release date. */
  lastModified: string;
};

const KIND_LABEL_WIDTH = 4;

/** The first paragraph of an `applies-from` prop's remarks: the act that set the date (the importer reads it back). */
export const SET_BY = "Set by: ";

/** The parties every export names: us (the creator) and, for catalogs, the publisher of the legal text. */
export function crosswalkParty(): OscalParty {
  return { uuid: uuidV5("party:ai-regulatory-crosswalk"), type: "organization", name: CROSSWALK_PARTY_NAME };
}

/**
 * One framework version as an OSCAL 1.0.6 catalog. Headings become groups (nested as the law
 * nests them, via `parent`); every other provision becomes a control, inside its heading's group
 * or inside its parent provision. A control carries the citation (prop `label`), our summary
 * (part `statement`, class `summary`), the pinpoint source link (link rel `reference`), the
 * dates with the act that set them, the roles it binds, its kind, its concepts and whether it
 * was verified against the primary text. `sort-id` keeps the law's order where OSCAL separates
 * controls from groups.
 */
export function buildOscalCatalog(input: CatalogInput, options: CatalogOptions): OscalCatalogDocument {
  const { framework, version } = input;
  const provisions = version.provisions;
  const byKey = new Map(provisions.map((p) => [p.key, p]));
  const order = new Map(provisions.map((p, i) => [p.key, i]));
  const children = new Map<string, CatalogProvision[]>();
  const roots: CatalogProvision[] = [];
  for (const p of provisions) {
    if (p.parent && byKey.has(p.parent)) children.set(p.parent, [...(children.get(p.parent) ?? []), p]);
    else roots.push(p);
  }
  const width = Math.max(KIND_LABEL_WIDTH, String(provisions.length).length);
  const sortId = (p: CatalogProvision) => String(order.get(p.key)!).padStart(width, "0");

  // A heading is a group only where a group may stand: at the top, or inside another group.
  const isGroup = (p: CatalogProvision, parentIsGroup: boolean) => p.kind === "heading" && parentIsGroup;

  // What a group and a control share; a group's summary is its overview, a control's its statement.
  const common = (p: CatalogProvision, part: "statement" | "overview") => {
    const id = controlId(p.key);
    return {
      id,
      class: p.kind,
      title: oneLine(p.title),
      props: provisionProps(p, sortId(p)),
      links: [{ href: p.sourceUrl, rel: "reference", text: oneLine(p.citation) }],
      parts: [{ id: `${id}_${part === "statement" ? "smt" : "ovw"}`, name: part, class: "summary", prose: p.summary }],
    };
  };
  const toControl = (p: CatalogProvision): OscalControl =>
    compact({ ...common(p, "statement"), controls: (children.get(p.key) ?? []).map(toControl) });
  const toGroup = (p: CatalogProvision): OscalGroup => {
    const kids = children.get(p.key) ?? [];
    return compact({
      ...common(p, "overview"),
      groups: kids.filter((k) => isGroup(k, true)).map(toGroup),
      controls: kids.filter((k) => !isGroup(k, true)).map(toControl),
    });
  };

  const roles = [...new Set(provisions.flatMap((p) => p.binds))].sort();
  const us = crosswalkParty();
  const publisher: OscalParty = { uuid: uuidV5(`party:publisher:${framework.publisher}`), type: "organization", name: oneLine(framework.publisher) };
  const versionResource: OscalResource = compact({
    uuid: uuidV5(`resource:${version.id}:source`),
    title: oneLine(version.label),
    description: version.notes || undefined,
    props: [oscalProp("type", framework.kind === "law" ? "law" : "standard"), ...(version.enactedOn ? [oscalProp("published", version.enactedOn)] : [])],
    citation: { text: oneLine(`${framework.name}: ${version.label} (${version.act})`) },
    rlinks: [{ href: version.sourceUrl }],
  });
  const frameworkResource: OscalResource = {
    uuid: uuidV5(`resource:${framework.slug}:source`),
    title: oneLine(framework.name),
    description: framework.description,
    rlinks: [{ href: framework.sourceUrl }],
  };

  const content = {
    groups: roots.filter((p) => isGroup(p, true)).map(toGroup),
    controls: roots.filter((p) => !isGroup(p, true)).map(toControl),
  };
  const metadata: OscalMetadata = compact({
    title: oneLine(`${framework.shortName}: ${version.label}`),
    "last-modified": dateTime(options.lastModified),
    version: version.id,
    "oscal-version": CATALOG_OSCAL_VERSION,
    props: [
      ourProp("framework", framework.slug),
      ourProp("framework-name", framework.name),
      ourProp("framework-short-name", framework.shortName),
      ourProp("framework-kind", framework.kind),
      ourProp("jurisdiction", framework.jurisdiction),
      ourProp("binding", String(framework.binding)),
      ourProp("version-label", version.label),
      ourProp("act", version.act),
      ourProp("version-status", version.status),
      ...(version.enactedOn ? [ourProp("enacted-on", version.enactedOn)] : []),
      ourProp("valid-from", version.validFrom),
      ...(version.validTo ? [ourProp("valid-to", version.validTo)] : []),
      ...(version.consolidatedTextDate ? [ourProp("consolidated-text-date", version.consolidatedTextDate)] : []),
      ourProp("corpus-version", input.corpusVersion),
      ourProp("licence", CONTENT_LICENCE.url),
      ...(framework.imported ? [ourProp("imported-from", framework.imported.title, { remarks: `OSCAL catalog ${framework.imported.uuid}, not checked against the primary text` })] : []),
    ],
    links: [
      { href: version.sourceUrl, rel: "reference", text: oneLine(version.label) },
      { href: framework.sourceUrl, rel: "alternate", text: oneLine(framework.name) },
    ],
    roles: [
      { id: "creator", title: "Creator of this catalog" },
      { id: "source-publisher", title: "Publisher of the legal or normative text" },
      ...roles.map((r) => ({ id: r, title: ROLE_LABELS[r as Role] ?? r, description: "An addressee of provisions (prop `binds` names it on each control)." })),
    ],
    parties: [us, publisher],
    "responsible-parties": [
      { "role-id": "creator", "party-uuids": [us.uuid] },
      { "role-id": "source-publisher", "party-uuids": [publisher.uuid] },
    ],
    remarks: [
      `Each control is one provision of ${framework.name} (${version.label}). Its title and statement are the ${CROSSWALK_PARTY_NAME}'s own short title and summary, not the legal text: follow the control's reference link for the text itself.`,
      "Props in our namespace carry the provision's kind, the roles it binds, the date from which it applies with the act that set it (remarks), superseded dates, its concepts and whether it was checked against the primary text (verified, with the reason in remarks when it was not).",
      `Our content is published under ${CONTENT_LICENCE.name} (${CONTENT_LICENCE.url}); the laws themselves are public.`,
    ].join("\n\n"),
  });
  const catalogBody = {
    metadata,
    ...compact(content),
    "back-matter": { resources: framework.sourceUrl === version.sourceUrl ? [versionResource] : [versionResource, frameworkResource] },
  };
  // The catalog's UUID changes whenever its content does (OSCAL: "changed when this document is revised").
  const { "last-modified": _lm, ...stableMetadata } = metadata;
  const uuid = uuidV5(`catalog:${version.id}:${contentDigest({ ...catalogBody, metadata: stableMetadata })}`);
  return { catalog: { uuid, ...catalogBody } };
}

function provisionProps(p: CatalogProvision, sortId: string): OscalProperty[] {
  const props: OscalProperty[] = [oscalProp("label", p.citation), oscalProp("sort-id", sortId), ourProp("kind", p.kind)];
  for (const role of p.binds) props.push(ourProp("binds", role));
  for (const d of p.applies) {
    const remarks = [
      `${SET_BY}${d.setBy}`,
      d.note,
      d.contested ? `Contested: ${d.contested.question} ${d.contested.readings.map((r) => `${r.from}: ${r.reading} (${r.source})`).join("; ")}` : undefined,
    ]
      .filter(Boolean)
      .join("\n\n");
    props.push(ourProp("applies-from", d.from, { class: d.when ? "conditional" : "default", remarks }));
  }
  for (const h of p.history ?? [])
    props.push(ourProp("superseded-date", h.from, { remarks: [`Set by ${h.setBy}; replaced by ${h.replacedBy}.`, h.note].filter(Boolean).join("\n\n") }));
  if (p.amendedBy) props.push(ourProp("amended-by", p.amendedBy.act, { class: p.amendedBy.change, ...(p.amendedBy.note ? { remarks: p.amendedBy.note } : {}) }));
  for (const c of p.concepts) props.push(ourProp("concept", c));
  props.push(ourProp("verified", String(p.verified), p.verificationNote ? { remarks: p.verificationNote } : {}));
  return props;
}
