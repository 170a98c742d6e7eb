import { corpusRoute, notFound } from "@/lib/api/http";
import { invalidInput } from "@/lib/api/problem";
import { frameworkDetailResource } from "@/lib/api/resources";
import { getFrameworkSummary, listFrameworkVersions, listRecognitions } from "@/lib/db/queries";
import { frameworkSlugParamsSchema } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/frameworks/{slug}: a framework with its versions and recognition links. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute<{ slug: string }>(async ({ params }) => {
  const parsed = frameworkSlugParamsSchema.safeParse(params);
  if (!parsed.success) return invalidInput(parsed.error);
  const { slug } = parsed.data;
  const [framework, versions, recognitions] = await Promise.all([getFrameworkSummary(slug), listFrameworkVersions(slug), listRecognitions(slug)]);
  if (!framework || !versions) return notFound(`no framework has the id "${slug}"`);
  return { json: frameworkDetailResource(framework, versions.items, recognitions) };
});
