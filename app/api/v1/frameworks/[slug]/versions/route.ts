import { corpusRoute, invalidInput, notFound, parseQuery } from "@/lib/api/http";
import { pageOf, pageWindow } from "@/lib/api/pagination";
import { frameworkVersionResource } from "@/lib/api/resources";
import { listFrameworkVersions } from "@/lib/db/queries";
import { frameworkSlugParamsSchema, pageQuerySchema } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/frameworks/{slug}/versions: a framework's versions, newest first, paged. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute<{ slug: string }>(async ({ url, params, corpusVersion }) => {
  const parsed = frameworkSlugParamsSchema.safeParse(params);
  if (!parsed.success) return invalidInput(parsed.error);
  const query = parseQuery(url, pageQuerySchema);
  if (!query.ok) return query.response;
  const window = pageWindow(query.data, url, corpusVersion);
  if (!window.ok) return window.response;
  const versions = await listFrameworkVersions(parsed.data.slug, window.window);
  if (!versions) return notFound(`no framework has the id "${parsed.data.slug}"`);
  return pageOf(versions.items.map(frameworkVersionResource), versions.total, window.window, url, corpusVersion);
});
