import { createHash } from "node:crypto";

/**
 * The namespace of every prop, part and extension name we define (OSCAL `ns` flags, SSSOM
 * extension properties). OSCAL asks for a URI its owner controls; the project has no domain of
 * its own yet, so this is a URN in the project's name. Change it here, in one place, once it has.
 */
export const CROSSWALK_NS = "urn:ai-regulatory-crosswalk:oscal";

/** Who made the exports: the party every document names as its creator. */
export const CROSSWALK_PARTY_NAME = "AI Regulatory Crosswalk";

/** Our own content (summaries, dates, roles, mappings, rationales) is published under CC BY 4.0. */
export const CONTENT_LICENCE = { id: "CC-BY-4.0", name: "Creative Commons Attribution 4.0 International", url: "https://creativecommons.org/licenses/by/4.0/" } as const;

// A fixed, random namespace for our name-based (version 5) UUIDs.
const UUID_NAMESPACE = "3f0c1d52-8c6e-4b7a-9a55-2d1e6b0f4c11";

/**
 * RFC 4122 §4.3 name-based UUID (version 5, SHA-1): the same name always gives the same UUID,
 * so an element keeps its identity across exports ("per-subject" UUIDs in OSCAL's terms).
 */
export function uuidV5(name: string, namespace = UUID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(Buffer.concat([ns, Buffer.from(name, "utf8")])).digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A short digest of content, for document UUIDs that must change when the content does. */
export function contentDigest(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
}

// OSCAL token (XML NCName): a letter or "_" first, then letters, digits, ".", "-" or "_".
const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;

export function isToken(value: string): boolean {
  return TOKEN.test(value);
}

/**
 * The OSCAL id of a provision: its key, prefixed with "_" when the key starts with a digit
 * (Colorado's "6-1-1703-3-a"), since OSCAL ids are tokens. The importer strips the "_" again.
 */
export function controlId(key: string): string {
  return isToken(key) ? key : `_${key}`;
}

/** OSCAL string values allow no line breaks and no leading or trailing space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export type OscalProperty = { name: string; value: string; ns?: string; class?: string; remarks?: string };
export type OscalLink = { href: string; rel?: string; "media-type"?: string; text?: string };

/** A prop in our namespace (a name OSCAL itself does not define). */
export function ourProp(name: string, value: string, extra: Partial<Pick<OscalProperty, "class" | "remarks">> = {}): OscalProperty {
  return { name, ns: CROSSWALK_NS, value: oneLine(value), ...extra };
}

/** A prop in the OSCAL namespace (label, sort-id, status, keywords…). */
export function oscalProp(name: string, value: string): OscalProperty {
  return { name, value: oneLine(value) };
}

/** A date-time with time zone (OSCAL requires one) for a YYYY-MM-DD date: midnight UTC. */
export function dateTime(date: string): string {
  return date.length === 10 ? `${date}T00:00:00Z` : new Date(date).toISOString().replace(/\.000Z$/, "Z");
}

/** Removes keys whose value is undefined or an empty array: OSCAL arrays have minItems 1. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}
