import { corpusRoute, invalidInput, notFound } from "@/lib/api/http";
import { conceptDetailResource } from "@/lib/api/resources";
import { getConceptDetail } from "@/lib/db/queries";
import { conceptIdParamsSchema } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/concepts/{id}: a concept and every provision tagged with it. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute<{ id: string }>(async ({ params }) => {
  const parsed = conceptIdParamsSchema.safeParse(params);
  if (!parsed.success) return invalidInput(parsed.error);
  const detail = await getConceptDetail(parsed.data.id);
  if (!detail) return notFound(`no concept has the id "${parsed.data.id}"`);
  return { json: conceptDetailResource(detail) };
});
