import { corpusRoute, invalidInput, notFound, parseQuery } from "@/lib/api/http";
import { provisionDetailResource } from "@/lib/api/resources";
import { getProvisionDetail } from "@/lib/db/queries";
import { provisionIdParamsSchema } from "@/lib/schemas/api";
import { provisionViewSchema } from "@/lib/schemas/explorer";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/provisions/{framework}/{key}: the provision "<framework>/<key>" (e.g.
 * /provisions/eu-ai-act/art-26-1; the id with an encoded slash, eu-ai-act%2Fart-26-1, works too).
 */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute<{ id: string[] }>(async ({ params, url }) => {
  const id = params.id.join("/");
  const [framework, key, ...rest] = id.split("/");
  if (rest.length) return notFound(`no provision has the id "${id}" (a provision id is "<framework>/<key>")`);
  const parsed = provisionIdParamsSchema.safeParse({ framework, key: key ?? "" });
  if (!parsed.success) return key === undefined ? notFound(`no provision has the id "${id}" (a provision id is "<framework>/<key>")`) : invalidInput(parsed.error);
  const query = parseQuery(url, provisionViewSchema);
  if (!query.ok) return query.response;
  const detail = await getProvisionDetail(parsed.data.framework, parsed.data.key, undefined, query.data);
  if (!detail) return notFound(`no provision has the id "${parsed.data.framework}/${parsed.data.key}"`);
  return { json: provisionDetailResource(detail) };
});
