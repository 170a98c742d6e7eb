import { corpusRoute, invalidInput, notFound, parseQuery } from "@/lib/api/http";
import { getCorpusVersion, getFramework } from "@/lib/db/queries";
import { buildOscalCatalog } from "@/lib/export/oscal/catalog";
import { catalogInputFromDb } from "@/lib/export/oscal/catalog-input";
import { oscalCatalogParamsSchema, oscalCatalogQuerySchema } from "@/lib/schemas/interop";

export const dynamic = "force-dynamic";

/** GET /api/v1/frameworks/{slug}/oscal-catalog.json[?version=]: one framework version as an OSCAL 1.0.6 catalog. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute<{ slug: string }>(async ({ url, params }) => {
  const path = oscalCatalogParamsSchema.safeParse(params);
  if (!path.success) return invalidInput(path.error);
  const query = parseQuery(url, oscalCatalogQuerySchema);
  if (!query.ok) return query.response;
  const [framework, corpus] = await Promise.all([getFramework(path.data.slug), getCorpusVersion()]);
  if (!framework || !corpus) return notFound(`no framework has the id "${path.data.slug}"`);
  const chosen = catalogInputFromDb(framework, query.data.version, new Date().toISOString().slice(0, 10), corpus.version);
  if (!chosen.ok) return invalidInput([{ path: "version", message: chosen.message }]);
  return { json: buildOscalCatalog(chosen.input, { lastModified: corpus.loadedAt.toISOString() }) };
});
