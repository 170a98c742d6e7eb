import { corpusRoute, invalidInput, notFound } from "@/lib/api/http";
import { provisionDetailResource } from "@/lib/api/resources";
import { getProvisionDetail } from "@/lib/db/queries";
import { provisionIdParamsSchema } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/provisions/{framework}/{key}: the provision "<framework>/<key>" (e.g.
 * /provisions/eu-ai-act/art-26-1; the id with an encoded slash, eu-ai-act%2Fart-26-1, works too).
 */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute<{ id: string[] }>(async ({ params }) => {
  const id = params.id.join("/");
  const [framework, key, ...rest] = id.split("/");
  if (rest.length) return notFound(`no provision has the id "${id}" (a provision id is "<framework>/<key>")`);
  const parsed = provisionIdParamsSchema.safeParse({ framework, key: key ?? "" });
  if (!parsed.success) return key === undefined ? notFound(`no provision has the id "${id}" (a provision id is "<framework>/<key>")`) : invalidInput(parsed.error);
  const detail = await getProvisionDetail(parsed.data.framework, parsed.data.key);
  if (!detail) return notFound(`no provision has the id "${parsed.data.framework}/${parsed.data.key}"`);
  return { json: provisionDetailResource(detail) };
});
