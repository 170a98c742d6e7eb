import type { Prisma } from "@/generated/prisma/client";
import { mappingProvenance, provenanceLine } from "@/lib/engine/mapping-origin";
import { mappingOriginSchema, mappingReviewSchema, type MappingOrigin, type MappingReview } from "@/lib/schemas/framework";
import { relationshipSchema } from "@/lib/schemas/common";
import { client, provisionHref, type Client, type PageWindow } from "./shared";

// Mapping provenance and review: the structured origin and review of a mapping (shown on the
// provision page, the matrix and the exports) and the review queue page.

export type MappingProvenance = { origin: MappingOrigin; review: MappingReview; provenanceLine: string };

/**
 * A mapping row's origin and review. Rows seeded before the columns existed have none: they are
 * derived from the free-text provenance, exactly as the seed would store them.
 */
export function readProvenance(row: { sourceId: string; targetId: string; provenance: string; origin?: unknown; review?: unknown }): MappingProvenance {
  const stored = {
    origin: row.origin == null ? undefined : mappingOriginSchema.parse(row.origin),
    review: row.review == null ? undefined : mappingReviewSchema.parse(row.review),
  };
  const { origin, review } = mappingProvenance({ source: row.sourceId, target: row.targetId, provenance: row.provenance, ...stored });
  return { origin, review, provenanceLine: provenanceLine(origin, review) };
}

export const REVIEW_QUEUE_STATUSES = ["unreviewed", "disputed", "confirmed", "all"] as const;
export type ReviewFilters = {
  /** Either end in this framework. */
  framework?: string;
  /** Only mappings whose confidence is below this (0–1). */
  confidenceBelow?: number;
  /** `unreviewed` (default) lists what still needs a reviewer. */
  status?: (typeof REVIEW_QUEUE_STATUSES)[number];
};

const endSelect = { id: true, citation: true, title: true, frameworkId: true, version: { select: { label: true, status: true, framework: { select: { shortName: true } } } } } as const;

/** Mappings waiting for review, least confident first (server-paged); `unknown` names a framework that does not exist. */
export async function listReviewQueue(filters: ReviewFilters, page: PageWindow, db?: Client) {
  const prismaClient = await client(db);
  if (filters.framework && !(await prismaClient.framework.findUnique({ where: { id: filters.framework }, select: { id: true } }))) return { unknown: "framework" as const };
  const status = filters.status ?? "unreviewed";
  const where: Prisma.MappingWhereInput = {
    AND: [
      status === "all" ? {} : { reviewStatus: status },
      filters.confidenceBelow === undefined ? {} : { confidence: { lt: filters.confidenceBelow } },
      filters.framework ? { OR: [{ source: { frameworkId: filters.framework } }, { target: { frameworkId: filters.framework } }] } : {},
    ],
  };
  const [total, rows, byStatus] = await Promise.all([
    prismaClient.mapping.count({ where }),
    prismaClient.mapping.findMany({
      where,
      orderBy: [{ confidence: "asc" }, { id: "asc" }],
      skip: page.offset,
      take: page.limit,
      include: { source: { select: endSelect }, target: { select: endSelect } },
    }),
    prismaClient.mapping.groupBy({ by: ["reviewStatus"], _count: { _all: true } }),
  ]);
  const end = (p: (typeof rows)[number]["source"]) => ({
    id: p.id,
    href: provisionHref(p.id),
    citation: p.citation,
    title: p.title,
    frameworkId: p.frameworkId,
    frameworkName: p.version.framework.shortName,
    versionLabel: p.version.label,
    versionStatus: p.version.status,
  });
  const items = rows.map((m) => ({
    id: m.id,
    source: end(m.source),
    target: end(m.target),
    relationship: relationshipSchema.parse(m.relationship),
    confidence: m.confidence,
    explanation: m.explanation,
    provenance: m.provenance,
    ...readProvenance(m),
  }));
  return { items, total, counts: Object.fromEntries(byStatus.map((s) => [s.reviewStatus, s._count._all])) as Partial<Record<string, number>> };
}
export type ReviewQueue = Exclude<Awaited<ReturnType<typeof listReviewQueue>>, { unknown: string }>;
export type ReviewQueueItem = ReviewQueue["items"][number];
