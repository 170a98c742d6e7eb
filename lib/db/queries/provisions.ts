import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { appliesBy, versionAsOf } from "@/lib/engine/as-of";
import { RELATIONSHIP_STRENGTH, relationshipFrom } from "@/lib/engine/crosswalk";
import { relationshipSchema, type Relationship, type Role } from "@/lib/schemas/common";
import { conditionSchema, type Condition } from "@/lib/schemas/condition";
import { applicationDateSchema, comparisonSchema, superseededDateSchema } from "@/lib/schemas/framework";
import type { MappingOrigin, MappingReview } from "@/lib/schemas/framework";
import { readProvenance } from "./review";
import { client, day, provisionHref, type Client, type PageWindow } from "./shared";
import { versionScope, type VersionOptions } from "./version-scope";

// Provisions: the filtered list (framework page, API /provisions, MCP) and the citable
// provision page with its breadcrumbs, children and mappings (page, API /provisions/{id}, MCP).

// ───────────────────────────── provision page ─────────────────────────────

const datesSchema = z.object({
  applies: z.array(applicationDateSchema).default([]),
  history: z.array(superseededDateSchema).default([]),
  amendedBy: z.object({ act: z.string(), change: z.string(), note: z.string().optional() }).nullable().default(null),
});

export type MappedProvision = {
  mappingId: string;
  /** The relationship read from the page's provision towards the other one. */
  relationship: Relationship;
  outgoing: boolean;
  rationale: string;
  confidence: number;
  explanation: string;
  gapSummary: string | null;
  /** Citation of the mapping's target: gap summaries say what the target does not cover. */
  gapNotCoveredBy: string;
  provenance: string;
  /** Who or what made the mapping, when, and whether a reviewer confirmed it. */
  origin: MappingOrigin;
  review: MappingReview;
  provenanceLine: string;
  /** Where the two duties differ in strength, read from this provision's side. */
  comparisons: { parameter: string; here: string; there: string; stricter: "here" | "there" | "same" | "not-comparable"; note: string | null }[];
  other: { id: string; href: string; citation: string; title: string; frameworkId: string; frameworkName: string; versionLabel: string; versionStatus: string };
};

/**
 * Everything the citable provision page shows, or null for an unknown provision. Mappings lead only
 * to provisions of versions in force or enacted at `asOf` (today) unless `versions` is "all".
 */
export async function getProvisionDetail(frameworkId: string, key: string, db?: Client, options: VersionOptions = {}) {
  const prismaClient = await client(db);
  const id = `${frameworkId}/${key}`;
  const provision = await prismaClient.provision.findUnique({
    where: { id },
    include: {
      version: { include: { framework: true } },
      concepts: { include: { concept: { select: { id: true, name: true, description: true } } }, orderBy: { concept: { sortOrder: "asc" } } },
    },
  });
  if (!provision) return null;
  const scope = await versionScope(options, prismaClient);
  const inScope = scope.ids ? { versionId: { in: scope.ids } } : {};
  const allMappings = { OR: [{ sourceId: id }, { targetId: id }] };

  const [ancestors, children, mappings, mappingCount] = await Promise.all([
    prismaClient.$queryRaw<{ id: string; key: string; citation: string; title: string }[]>`
      WITH RECURSIVE chain AS (
        SELECT p.id, p.key, p.citation, p.title, p."parentKey", p."versionId", 0 AS depth
        FROM "Provision" p WHERE p.id = ${id}
        UNION ALL
        SELECT parent.id, parent.key, parent.citation, parent.title, parent."parentKey", parent."versionId", chain.depth + 1
        FROM "Provision" parent
        JOIN chain ON parent.key = chain."parentKey" AND parent."versionId" = chain."versionId"
        WHERE chain.depth < 12
      )
      SELECT id, key, citation, title FROM chain WHERE depth > 0 ORDER BY depth DESC`,
    prismaClient.provision.findMany({
      where: { versionId: provision.versionId, parentKey: provision.key },
      orderBy: { sortOrder: "asc" },
      select: { id: true, key: true, citation: true, title: true, kind: true },
    }),
    prismaClient.mapping.findMany({
      where: { OR: [{ sourceId: id, target: inScope }, { targetId: id, source: inScope }] },
      include: {
        source: { select: { id: true, citation: true, title: true, frameworkId: true, version: { select: { label: true, status: true, framework: { select: { shortName: true, sortOrder: true } } } } } },
        target: { select: { id: true, citation: true, title: true, frameworkId: true, version: { select: { label: true, status: true, framework: { select: { shortName: true, sortOrder: true } } } } } },
      },
    }),
    prismaClient.mapping.count({ where: allMappings }),
  ]);

  const mapped: (MappedProvision & { order: number })[] = mappings.map((m) => {
    const outgoing = m.sourceId === id;
    const other = outgoing ? m.target : m.source;
    return {
      mappingId: m.id,
      relationship: relationshipFrom(id, { sourceId: m.sourceId, relationship: relationshipSchema.parse(m.relationship) }),
      outgoing,
      rationale: m.rationale,
      confidence: m.confidence,
      explanation: m.explanation,
      gapSummary: m.gapSummary,
      gapNotCoveredBy: m.target.citation,
      provenance: m.provenance,
      ...readProvenance(m),
      comparisons: (m.comparisons === null ? [] : z.array(comparisonSchema).parse(m.comparisons)).map((c) => ({
        parameter: c.parameter,
        here: outgoing ? c.source : c.target,
        there: outgoing ? c.target : c.source,
        stricter: c.stricter === "source" ? (outgoing ? "here" : "there") : c.stricter === "target" ? (outgoing ? "there" : "here") : c.stricter,
        note: c.note ?? null,
      })),
      other: {
        id: other.id,
        href: provisionHref(other.id),
        citation: other.citation,
        title: other.title,
        frameworkId: other.frameworkId,
        frameworkName: other.version.framework.shortName,
        versionLabel: other.version.label,
        versionStatus: other.version.status,
      },
      order: other.version.framework.sortOrder,
    };
  });
  mapped.sort(
    (a, b) =>
      a.order - b.order ||
      Number(a.relationship === "no-relationship") - Number(b.relationship === "no-relationship") ||
      RELATIONSHIP_STRENGTH[b.relationship] - RELATIONSHIP_STRENGTH[a.relationship] ||
      b.confidence - a.confidence ||
      a.other.citation.localeCompare(b.other.citation, "en", { numeric: true }),
  );

  const { version, concepts, ...rest } = provision;
  return {
    provision: {
      ...rest,
      appliesFrom: day(rest.appliesFrom),
      dates: datesSchema.parse(rest.dates),
      conditions: rest.conditions === null ? null : (conditionSchema.parse(rest.conditions) as Condition),
    },
    framework: version.framework,
    version: { id: version.id, label: version.label, act: version.act, status: version.status, validFrom: day(version.validFrom), validTo: day(version.validTo), sourceUrl: version.sourceUrl },
    concepts: concepts.map((c) => c.concept),
    ancestors: ancestors.map((a) => ({ ...a, href: provisionHref(a.id) })),
    children: children.map((c) => ({ ...c, href: provisionHref(c.id) })),
    mappings: mapped.map(({ order: _order, ...m }) => m),
    /** `hiddenMappings`: mappings to versions left out of the scope (repealed or superseded). */
    versions: { scope: scope.scope, asOf: scope.asOf, hiddenMappings: mappingCount - mapped.length },
  };
}
export type ProvisionDetail = NonNullable<Awaited<ReturnType<typeof getProvisionDetail>>>;

// ───────────────────────────── provision list ─────────────────────────────

export type ProvisionFilters = {
  framework?: string;
  /** A version id, e.g. "colorado-ai-act@sb24-205"; it implies its framework. */
  version?: string;
  role?: Role;
  concept?: string;
  /** YYYY-MM-DD: without `version`, each framework's version in force or enacted that day. */
  asOf?: string;
  /** With `asOf`: only provisions that apply by then. */
  applying?: boolean;
};

/**
 * Whether a provision does not apply yet on `asOf`. A provision without a date of its own applies
 * when its version does; headings are structure and never pending.
 */
export function isPendingOn(p: { kind: string; appliesFrom: Date | null }, versionValidFrom: Date, asOf: string | undefined): boolean {
  return Boolean(asOf && p.kind !== "heading" && !appliesBy(day(p.appliesFrom ?? versionValidFrom), asOf));
}

const asDate = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/** A filter leaves the law's tree: headings (structure) are dropped and the rest is a flat list. */
export const isFlatListing = (f: ProvisionFilters) => Boolean(f.role || f.concept || (f.asOf && f.applying));

/**
 * Provisions matching the filters, in the law's order (framework, newest version first, then the
 * data file's order), filtered in Postgres. Without `version` or `asOf` every version is listed;
 * with `asOf` each framework's version governing that day (see chooseVersion). `unknown` names a
 * filter whose value does not exist.
 */
export async function listProvisions(filters: ProvisionFilters, page?: PageWindow, db?: Client) {
  const prismaClient = await client(db);
  const frameworks = await prismaClient.framework.findMany({
    where: filters.framework ? { id: filters.framework } : {},
    orderBy: { sortOrder: "asc" },
    select: { id: true, versions: { orderBy: { validFrom: "desc" }, select: { id: true, status: true, enactedOn: true, validFrom: true, validTo: true } } },
  });
  if (filters.framework && !frameworks.length) return { unknown: "framework" as const };
  if (filters.concept && !(await prismaClient.concept.findUnique({ where: { id: filters.concept }, select: { id: true } }))) return { unknown: "concept" as const };

  let versionIds: string[];
  if (filters.version) {
    if (!frameworks.some((f) => f.versions.some((v) => v.id === filters.version))) return { unknown: "version" as const };
    versionIds = [filters.version];
  } else if (filters.asOf) {
    const asOf = filters.asOf;
    versionIds = frameworks.flatMap((f) => {
      const chosen = versionAsOf(f.versions.map((v) => ({ id: v.id, status: v.status, enactedOn: day(v.enactedOn), validFrom: day(v.validFrom)!, validTo: day(v.validTo) })), asOf);
      return chosen ? [chosen.id] : [];
    });
  } else versionIds = frameworks.flatMap((f) => f.versions.map((v) => v.id));

  const flat = isFlatListing(filters);
  const where: Prisma.ProvisionWhereInput = {
    versionId: { in: versionIds },
    ...(flat ? { kind: { not: "heading" } } : {}),
    ...(filters.role ? { binds: { has: filters.role } } : {}),
    ...(filters.concept ? { concepts: { some: { conceptId: filters.concept } } } : {}),
    // the negation of isPendingOn, in SQL
    ...(filters.asOf && filters.applying
      ? { OR: [{ appliesFrom: { lte: asDate(filters.asOf) } }, { appliesFrom: null, version: { validFrom: { lte: asDate(filters.asOf) } } }] }
      : {}),
  };
  const [total, rows] = await Promise.all([
    prismaClient.provision.count({ where }),
    prismaClient.provision.findMany({
      where,
      orderBy: [{ version: { framework: { sortOrder: "asc" } } }, { version: { validFrom: "desc" } }, { sortOrder: "asc" }, { id: "asc" }],
      ...(page ? { skip: page.offset, take: page.limit } : {}),
      select: {
        id: true,
        frameworkId: true,
        versionId: true,
        key: true,
        citation: true,
        title: true,
        summary: true,
        kind: true,
        parentKey: true,
        binds: true,
        bindsAs: true,
        appliesFrom: true,
        appliesFromSetBy: true,
        verified: true,
        sourceUrl: true,
        version: { select: { validFrom: true } },
        concepts: { select: { conceptId: true }, orderBy: { concept: { sortOrder: "asc" } } },
        _count: { select: { mappingsFrom: true, mappingsTo: true } },
      },
    }),
  ]);
  const items = rows.map(({ version, concepts, _count, ...p }) => ({
    ...p,
    appliesFrom: day(p.appliesFrom),
    href: provisionHref(p.id),
    concepts: concepts.map((c) => c.conceptId),
    mappingCount: _count.mappingsFrom + _count.mappingsTo,
    /** Null without `asOf`; else whether the provision does not apply yet on that day. */
    pending: filters.asOf ? isPendingOn({ kind: p.kind, appliesFrom: p.appliesFrom }, version.validFrom, filters.asOf) : null,
  }));
  return { items, total, versions: versionIds, flat };
}
export type ProvisionList = Exclude<Awaited<ReturnType<typeof listProvisions>>, { unknown: string }>;
export type ProvisionListing = ProvisionList["items"][number];
