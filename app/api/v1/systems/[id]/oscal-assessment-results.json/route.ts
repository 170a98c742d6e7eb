import { invalidInput, notFound, problem } from "@/lib/api/problem";
import { listFrameworks } from "@/lib/db/queries";
import { getLatestAssessment, getSystem } from "@/lib/db/systems";
import { readStoredAssessment } from "@/lib/engine/stored-result";
import { buildOscalAssessmentResults } from "@/lib/export/oscal/assessment-results";
import { catalogApiHref } from "@/lib/export/oscal/links";
import { checklistStatusSchema } from "@/lib/schemas/checklist";
import { systemParamsSchema } from "@/lib/schemas/interop";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

/**
 * GET /api/v1/systems/{id}/oscal-assessment-results.json: the system's latest assessment and its
 * checklist progress as OSCAL 1.0.6 assessment-results. Private: no CORS, not cached.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const parsed = systemParamsSchema.safeParse(await params);
    if (!parsed.success) return invalidInput(parsed.error, PRIVATE);
    const { id } = parsed.data;
    const [assessment, frameworks] = await Promise.all([getLatestAssessment(id), listFrameworks()]);
    if (!assessment)
      return notFound((await getSystem(id)) ? `the system "${id}" has not been assessed yet` : `no system has the id "${id}"`, PRIVATE);
    const { result } = readStoredAssessment(assessment.result);
    const profile = assessment.system.profile as { organization?: { name?: string } };
    const document = buildOscalAssessmentResults({
      system: { id, name: assessment.system.name, organization: profile.organization?.name ?? "" },
      assessment: { id: assessment.id, createdAt: assessment.createdAt.toISOString() },
      result,
      progress: Object.fromEntries(
        assessment.checklistItems.map((i) => [
          i.itemKey,
          { status: checklistStatusSchema.catch("not-started").parse(i.status), owner: i.owner, notes: i.notes, evidence: i.evidence, updatedAt: i.updatedAt.toISOString() },
        ]),
      ),
      frameworkNames: Object.fromEntries(frameworks.map((f) => [f.id, f.shortName])),
      catalogHref: (framework, version) => catalogApiHref(framework, version, request.headers),
      recordHref: `/systems/${id}/checklist.json`,
    });
    return Response.json(document, { headers: PRIVATE });
  } catch (error) {
    console.error("API error:", error);
    return problem(500, "something went wrong on our side; the error has been logged", {}, PRIVATE);
  }
}
