import { Prisma } from "@/generated/prisma/client";
import { relationshipSchema, type Relationship } from "@/lib/schemas/common";
import { client, type Client } from "./shared";

// Graph neighbourhoods over mappings (recursive CTEs): the graph page.

export const MAX_GRAPH_NODES = 5000;
// Kept small on purpose: a full graph ships thousands of these to the browser.
export type GraphNode = {
  /** "<framework>/<key>" for a provision (also its path under /frameworks), "concept:<id>" for a concept. */
  id: string;
  kind: "provision" | "concept";
  label: string;
  title: string;
  frameworkId: string | null;
  /** Hops from the focus (0 = the focus itself). */
  depth: number;
};
export type GraphEdge = { source: string; target: string; kind: "mapping" | "concept"; relationship: Relationship | null };
export type GraphData = { nodes: GraphNode[]; edges: GraphEdge[]; focus: string | null; truncated: boolean; tookMs: number };

type NodeRow = { id: string; citation: string; title: string; frameworkId: string; depth: number };

async function provisionNodes(prismaClient: Client, walk: Prisma.Sql, limit: number) {
  return prismaClient.$queryRaw<NodeRow[]>`
    WITH RECURSIVE ${walk}
    SELECT p.id, p.citation, p.title, p."frameworkId", MIN(w.depth)::int AS depth
    FROM walk w JOIN "Provision" p ON p.id = w.id
    GROUP BY p.id
    ORDER BY depth, p."frameworkId", p."sortOrder"
    LIMIT ${limit + 1}`;
}

/** Mapping edges (no-relationship excluded: it records an absence) among a set of provisions. */
async function mappingEdges(prismaClient: Client, ids: string[]): Promise<GraphEdge[]> {
  if (!ids.length) return [];
  const rows = await prismaClient.$queryRaw<{ id: string; sourceId: string; targetId: string; relationship: string }[]>`
    SELECT m.id, m."sourceId", m."targetId", m.relationship FROM "Mapping" m
    WHERE m.relationship <> 'no-relationship' AND m."sourceId" = ANY(${ids}::text[]) AND m."targetId" = ANY(${ids}::text[])`;
  return rows.map((r) => ({ source: r.sourceId, target: r.targetId, kind: "mapping", relationship: relationshipSchema.parse(r.relationship) }));
}

const toGraphNode = (r: NodeRow): GraphNode => ({
  id: r.id,
  kind: "provision",
  label: r.citation,
  title: r.title,
  frameworkId: r.frameworkId,
  depth: r.depth,
});

/** The walk over mappings in both directions, up to `depth` hops from the seed rows. */
const mappingWalk = (seed: Prisma.Sql, depth: number) => Prisma.sql`walk(id, depth) AS (
    ${seed}
    UNION
    SELECT CASE WHEN m."sourceId" = w.id THEN m."targetId" ELSE m."sourceId" END, w.depth + 1
    FROM walk w JOIN "Mapping" m ON (m."sourceId" = w.id OR m."targetId" = w.id)
    WHERE w.depth < ${depth} AND m.relationship <> 'no-relationship'
  )`;

/** A provision and every provision within `depth` mapping hops of it. */
export async function getProvisionNeighbourhood(provisionId: string, depth: number, db?: Client): Promise<GraphData | null> {
  const prismaClient = await client(db);
  const started = performance.now();
  const rows = await provisionNodes(prismaClient, mappingWalk(Prisma.sql`SELECT id, 0 FROM "Provision" WHERE id = ${provisionId}`, depth), MAX_GRAPH_NODES);
  if (!rows.length) return null;
  const truncated = rows.length > MAX_GRAPH_NODES;
  const nodes = rows.slice(0, MAX_GRAPH_NODES).map(toGraphNode);
  const edges = await mappingEdges(prismaClient, nodes.map((n) => n.id));
  return { nodes, edges, focus: provisionId, truncated, tookMs: Math.round(performance.now() - started) };
}

/** A concept, the provisions tagged with it (depth 1) and their mapping neighbours beyond. */
export async function getConceptNeighbourhood(conceptId: string, depth: number, db?: Client): Promise<GraphData | null> {
  const prismaClient = await client(db);
  const started = performance.now();
  const concept = await prismaClient.concept.findUnique({ where: { id: conceptId } });
  if (!concept) return null;
  const rows = await provisionNodes(
    prismaClient,
    mappingWalk(Prisma.sql`SELECT pc."provisionId", 1 FROM "ProvisionConcept" pc WHERE pc."conceptId" = ${conceptId}`, depth),
    MAX_GRAPH_NODES,
  );
  const truncated = rows.length > MAX_GRAPH_NODES;
  const provisions = rows.slice(0, MAX_GRAPH_NODES).map(toGraphNode);
  const conceptNode: GraphNode = { id: `concept:${concept.id}`, kind: "concept", label: concept.name, title: concept.description, frameworkId: null, depth: 0 };
  const tagEdges: GraphEdge[] = provisions
    .filter((p) => p.depth === 1)
    .map((p) => ({ source: conceptNode.id, target: p.id, kind: "concept", relationship: null }));
  const edges = [...tagEdges, ...(await mappingEdges(prismaClient, provisions.map((p) => p.id)))];
  return { nodes: [conceptNode, ...provisions], edges, focus: conceptNode.id, truncated, tookMs: Math.round(performance.now() - started) };
}

/** Every provision that takes part in at least one mapping, and every mapping between them. */
export async function getFullGraph(input: { framework?: string } = {}, db?: Client): Promise<GraphData> {
  const prismaClient = await client(db);
  const started = performance.now();
  const framework = input.framework ?? null;
  const rows = await prismaClient.$queryRaw<NodeRow[]>`
    WITH edges AS (
      SELECT m."sourceId", m."targetId" FROM "Mapping" m JOIN "Provision" s ON s.id = m."sourceId" JOIN "Provision" t ON t.id = m."targetId"
      WHERE m.relationship <> 'no-relationship'
        AND (${framework}::text IS NULL OR s."frameworkId" = ${framework}::text OR t."frameworkId" = ${framework}::text)
    ),
    linked AS (SELECT "sourceId" AS id FROM edges UNION SELECT "targetId" FROM edges)
    SELECT p.id, p.citation, p.title, p."frameworkId", 0 AS depth
    FROM linked JOIN "Provision" p ON p.id = linked.id
    ORDER BY p."frameworkId", p."sortOrder"
    LIMIT ${MAX_GRAPH_NODES + 1}`;
  const truncated = rows.length > MAX_GRAPH_NODES;
  const nodes = rows.slice(0, MAX_GRAPH_NODES).map(toGraphNode);
  const inFramework = (id: string) => !framework || id.startsWith(`${framework}/`);
  const edges = (await mappingEdges(prismaClient, nodes.map((n) => n.id))).filter((e) => inFramework(e.source) || inFramework(e.target));
  return { nodes, edges, focus: null, truncated, tookMs: Math.round(performance.now() - started) };
}
