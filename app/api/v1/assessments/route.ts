import { z } from "zod";
import { badRequest, readJson } from "@/lib/api/responses";
import { getEngineCorpus } from "@/lib/db/systems";
import { assess } from "@/lib/engine/assess";
import { isoDateSchema } from "@/lib/schemas/common";
import { profileSchema } from "@/lib/schemas/profile";

export const dynamic = "force-dynamic";
const querySchema = z.object({ asOf: isoDateSchema.optional() });

/** POST a system profile (optional ?asOf=YYYY-MM-DD); returns the assessment contract. */
export async function POST(request: Request) {
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return badRequest(query.error);
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const profile = profileSchema.safeParse(body.value);
  if (!profile.success) return badRequest(profile.error);
  const asOf = query.data.asOf ?? new Date().toISOString().slice(0, 10);
  return Response.json(assess(profile.data, await getEngineCorpus(), asOf));
}
