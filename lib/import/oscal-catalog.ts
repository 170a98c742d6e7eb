import { CROSSWALK_NS } from "@/lib/export/oscal/common";
import { SET_BY } from "@/lib/export/oscal/catalog";
import { FRAMEWORK_JURISDICTIONS, ROLES } from "@/lib/schemas/common";
import { DUTY_KINDS, frameworkFileSchema, PROVISION_KINDS, VERSION_STATUSES, type FrameworkFile } from "@/lib/schemas/framework";
import { formatIssues } from "@/lib/schemas/issues";

// The parts of an OSCAL catalog the importer reads. The document has been validated against
// the official schema first, so the shapes hold; everything optional stays optional here.
type Prop = { name: string; value: string; ns?: string; class?: string; remarks?: string };
type Link = { href: string; rel?: string; text?: string };
type Part = { id?: string; name: string; ns?: string; class?: string; title?: string; prose?: string; parts?: Part[] };
type Control = { id: string; class?: string; title: string; props?: Prop[]; links?: Link[]; parts?: Part[]; controls?: Control[] };
type Group = { id?: string; class?: string; title: string; props?: Prop[]; links?: Link[]; parts?: Part[]; groups?: Group[]; controls?: Control[] };
type Party = { uuid: string; type: string; name?: string };
type Catalog = {
  uuid: string;
  metadata: {
    title: string;
    published?: string;
    "last-modified": string;
    version: string;
    "oscal-version": string;
    props?: Prop[];
    links?: Link[];
    parties?: Party[];
    "responsible-parties"?: { "role-id": string; "party-uuids": string[] }[];
  };
  controls?: Control[];
  groups?: Group[];
  "back-matter"?: { resources?: { uuid: string; title?: string; rlinks?: { href: string }[] }[] };
};

export type ImportOptions = {
  /** The framework slug (file name); default: the catalog's own `framework` prop, else its title. */
  slug?: string;
  /** The date of the import (YYYY-MM-DD). */
  importedOn: string;
  /** Concept for provisions the catalog does not tag (a catalog from elsewhere carries no concepts). */
  concept?: string;
  /** Source link when the catalog has none. */
  sourceUrl?: string;
  /** Concept ids that exist (data/concepts.json); unknown ones are reported. */
  knownConcepts?: ReadonlySet<string>;
};

export type ImportResult = { ok: true; file: FrameworkFile; skipped: string[] } | { ok: false; problems: string[] };

const ours = (props: Prop[] | undefined, name: string) => (props ?? []).filter((p) => p.ns === CROSSWALK_NS && p.name === name);
const ourValue = (props: Prop[] | undefined, name: string) => ours(props, name)[0]?.value;
const oscalValue = (props: Prop[] | undefined, name: string) =>
  (props ?? []).find((p) => (!p.ns || p.ns === "http://csrc.nist.gov/ns/oscal") && p.name === name)?.value;
const isHttp = (href: string) => /^https?:\/\//i.test(href);
const day = (dateTime: string | undefined) => (dateTime && /^\d{4}-\d{2}-\d{2}/.test(dateTime) ? dateTime.slice(0, 10) : undefined);

/** An OSCAL id or free text as one of our keys: lower-case letters and digits joined by "-" or ".". */
export function toKey(value: string): string {
  return (
    value
      .replace(/^_+/, "")
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, "-")
      .replace(/[-.]{2,}/g, (m) => m[0]!)
      .replace(/^[-.]+|[-.]+$/g, "") || "item"
  );
}

function slugOf(value: string): string {
  return toKey(value).replace(/\./g, "-").replace(/-+/g, "-").slice(0, 60).replace(/-$/, "") || "imported";
}

function proseOf(parts: Part[] | undefined, names: string[]): string {
  const found = (parts ?? []).filter((p) => names.includes(p.name));
  const flatten = (p: Part): string[] => [p.prose ?? "", ...(p.parts ?? []).flatMap(flatten)].filter((s) => s.trim());
  return found.flatMap(flatten).join("\n\n").trim();
}

/**
 * Converts a (schema-valid) OSCAL catalog into our framework file format: one framework with one
 * version; groups become headings, controls become provisions, nested as in the catalog. Every
 * provision is marked `verified: false` — an imported catalog was not checked against the
 * primary text. Our own catalogs round-trip: their props (kind, roles, dates, concepts) and
 * `sort-id` order are read back; a catalog from elsewhere gets kind "control", binds the adopting
 * organization from the catalog's publication date, and the concept passed in `options.concept`.
 * The result is validated with `frameworkFileSchema`; every problem is returned as `path: message`.
 */
export function catalogToFrameworkFile(document: { catalog: Catalog }, options: ImportOptions): ImportResult {
  const catalog = document.catalog;
  const meta = catalog.metadata;
  const mp = meta.props;
  const problems: string[] = [];
  const skipped: string[] = [];

  const slug = options.slug ?? ourValue(mp, "framework") ?? slugOf(meta.title);
  const resources = new Map((catalog["back-matter"]?.resources ?? []).map((r) => [r.uuid, r]));
  const resolveHref = (href: string) => {
    if (isHttp(href)) return href;
    const resource = href.startsWith("#") ? resources.get(href.slice(1)) : undefined;
    return resource?.rlinks?.map((l) => l.href).find(isHttp);
  };
  const catalogSource =
    options.sourceUrl ??
    (meta.links ?? []).filter((l) => l.rel === "reference").map((l) => resolveHref(l.href)).find(Boolean) ??
    (meta.links ?? []).map((l) => resolveHref(l.href)).find(Boolean) ??
    [...resources.values()].flatMap((r) => r.rlinks ?? []).map((l) => l.href).find(isHttp);
  if (!catalogSource) problems.push("$.catalog.metadata.links: the catalog links to no http(s) source; pass --source-url");

  const partyName = (role: string) => {
    const uuid = meta["responsible-parties"]?.find((r) => r["role-id"] === role)?.["party-uuids"][0];
    return meta.parties?.find((p) => p.uuid === uuid)?.name;
  };
  const publisher = partyName("source-publisher") ?? partyName("publisher") ?? partyName("creator") ?? partyName("prepared-by") ?? "Unknown publisher";
  const published = day(meta.published);
  const lastModified = day(meta["last-modified"])!;
  const validFrom = ourValue(mp, "valid-from") ?? published ?? lastModified;
  const dateSource = ourValue(mp, "valid-from") ? "the date it applies from" : published ? "metadata.published" : "metadata.last-modified";

  const versionPart = ourValue(mp, "framework") && meta.version.includes("@") ? meta.version.split("@")[1]! : meta.version;
  const versionId = `${slug}@${toKey(versionPart)}`;
  const jurisdiction = ourValue(mp, "jurisdiction");
  const kind = ourValue(mp, "framework-kind");
  const status = ourValue(mp, "version-status");
  const note = `imported from OSCAL catalog ${meta.title}, not checked against the primary text`;

  // Walk groups and controls depth-first (a parent before its children).
  type Item = { node: Group | Control; group: boolean; parent?: string; key: string };
  const items: Item[] = [];
  const used = new Set<string>();
  const keyFor = (node: Group | Control, index: number) => {
    const base = node.id ? toKey(node.id) : `${toKey(node.title).slice(0, 40)}-${index}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    return key;
  };
  const walk = (groups: Group[] | undefined, controls: Control[] | undefined, parent: string | undefined) => {
    for (const g of groups ?? []) {
      const key = keyFor(g, items.length);
      items.push({ node: g, group: true, parent, key });
      walk(g.groups, g.controls, key);
    }
    for (const c of controls ?? []) {
      if (oscalValue(c.props, "status") === "withdrawn") {
        skipped.push(`${c.id} (withdrawn)`);
        continue;
      }
      const key = keyFor(c, items.length);
      items.push({ node: c, group: false, parent, key });
      walk(undefined, c.controls, key);
    }
  };
  walk(catalog.groups, catalog.controls, undefined);
  // Our catalogs keep the law's order in sort-id (OSCAL lists a level's controls before its groups).
  const fromUs = Boolean(ourValue(mp, "framework"));
  if (fromUs && items.every((i) => oscalValue(i.node.props, "sort-id")))
    items.sort((a, b) => oscalValue(a.node.props, "sort-id")!.localeCompare(oscalValue(b.node.props, "sort-id")!));

  const untagged: string[] = [];
  const provisions = items.map(({ node, group, parent, key }) => {
    const props = node.props;
    const citation = (oscalValue(props, "label") ?? node.id ?? node.title).trim();
    const title = node.title.trim().length >= 3 ? node.title.trim() : `${citation} ${node.title}`.trim();
    let summary = proseOf(node.parts, group ? ["overview", "statement"] : ["statement"]) || proseOf(node.parts, ["guidance", "overview"]);
    if (summary.length < 20) summary = summary ? `${summary} (${citation}, imported)` : `No statement in the OSCAL catalog for ${citation}.`;
    const declaredKind = ourValue(props, "kind");
    const provisionKind = declaredKind && (PROVISION_KINDS as readonly string[]).includes(declaredKind) ? declaredKind : group ? "heading" : "control";
    const duty = DUTY_KINDS.has(provisionKind);
    const binds = ours(props, "binds").map((p) => p.value).filter((r) => (ROLES as readonly string[]).includes(r));
    const applies = ours(props, "applies-from")
      .filter((p) => p.class !== "conditional")
      .map((p) => ({ from: p.value, setBy: (p.remarks ?? "").split("\n\n")[0]!.replace(SET_BY, "").trim() || `the OSCAL catalog "${meta.title}"` }));
    let concepts = ours(props, "concept").map((p) => p.value);
    if (options.knownConcepts) concepts = concepts.filter((c) => options.knownConcepts!.has(c));
    if (provisionKind !== "heading" && concepts.length === 0) {
      if (options.concept) concepts = [options.concept];
      else untagged.push(citation);
    }
    const amended = ours(props, "amended-by")[0];
    const link = (node.links ?? []).filter((l) => l.rel === "reference").map((l) => resolveHref(l.href)).find(Boolean);
    return {
      key,
      citation,
      title,
      summary,
      kind: provisionKind,
      ...(parent ? { parent } : {}),
      binds: duty && binds.length === 0 ? ["organization"] : binds,
      applies: duty && applies.length === 0 ? [{ from: validFrom, setBy: `the OSCAL catalog "${meta.title}" (${dateSource})` }] : applies,
      history: [],
      ...(amended && (amended.class === "added" || amended.class === "amended")
        ? { amendedBy: { act: amended.value, change: amended.class, ...(amended.remarks ? { note: amended.remarks } : {}) } }
        : {}),
      concepts,
      sourceUrl: link ?? catalogSource ?? "",
      verified: false,
      verificationNote: note,
    };
  });
  if (untagged.length)
    problems.push(
      `$.catalog: ${untagged.length} control(s) carry no concept from data/concepts.json (first: ${untagged.slice(0, 3).join(", ")}); pass --concept <id> to tag them`,
    );
  if (options.concept && options.knownConcepts && !options.knownConcepts.has(options.concept))
    problems.push(`--concept: unknown concept "${options.concept}" (see data/concepts.json)`);
  if (problems.length) return { ok: false, problems };

  const file = {
    framework: {
      slug,
      name: ourValue(mp, "framework-name") ?? meta.title,
      shortName: ourValue(mp, "framework-short-name") ?? meta.title.slice(0, 60),
      jurisdiction: jurisdiction && (FRAMEWORK_JURISDICTIONS as readonly string[]).includes(jurisdiction) ? jurisdiction : "INTL",
      binding: ourValue(mp, "binding") === "true",
      kind: kind && ["law", "code-of-conduct", "framework", "standard"].includes(kind) ? kind : "framework",
      publisher,
      description: `Imported from the OSCAL catalog "${meta.title}" (version ${meta.version}, last modified ${lastModified}) on ${options.importedOn}; nothing in it was checked against the primary text.`,
      sourceUrl: catalogSource,
      imported: {
        from: "oscal-catalog",
        title: meta.title,
        uuid: catalog.uuid,
        oscalVersion: meta["oscal-version"],
        lastModified: meta["last-modified"],
        importedOn: options.importedOn,
      },
    },
    versions: [
      {
        id: versionId,
        label: ourValue(mp, "version-label") ?? `${meta.title} ${meta.version}`,
        act: ourValue(mp, "act") ?? meta.title,
        status: status && (VERSION_STATUSES as readonly string[]).includes(status) ? status : "in-force",
        ...(ourValue(mp, "enacted-on") ? { enactedOn: ourValue(mp, "enacted-on") } : {}),
        validFrom,
        validTo: ourValue(mp, "valid-to") ?? null,
        consolidatedTextDate: ourValue(mp, "consolidated-text-date") ?? null,
        sourceUrl: catalogSource,
        notes: `Imported on ${options.importedOn} from the OSCAL ${meta["oscal-version"]} catalog "${meta.title}" (uuid ${catalog.uuid}, version ${meta.version}, last modified ${meta["last-modified"]}).${skipped.length ? ` Skipped: ${skipped.join(", ")}.` : ""}`,
        provisions,
      },
    ],
  };
  const parsed = frameworkFileSchema.safeParse(file);
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error) };
  return { ok: true, file: parsed.data, skipped };
}
