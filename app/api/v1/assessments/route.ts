import { invalidInput, parseQuery, postRoute, readJsonBody } from "@/lib/api/http";
import { assessProfile } from "@/lib/db/queries";
import { assessmentQuerySchema } from "@/lib/schemas/api";
import { profileSchema } from "@/lib/schemas/profile";

export const dynamic = "force-dynamic";

/**
 * POST a system profile (optional ?asOf=YYYY-MM-DD); returns the assessment contract. The body
 * is read with a size limit (413 over 256 KB) before it is parsed; bad input is a 400 problem.
 */
export const { POST, OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = postRoute(async (request) => {
  const query = parseQuery(new URL(request.url), assessmentQuerySchema, {});
  if (!query.ok) return query.response;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const profile = profileSchema.safeParse(body.value);
  if (!profile.success) return invalidInput(profile.error);
  const asOf = query.data.asOf ?? new Date().toISOString().slice(0, 10);
  return Response.json(await assessProfile(profile.data, asOf));
});
