import { z } from "zod";
import { staticJsonRoute } from "@/lib/api/http";
import { assessmentRecordSchema } from "@/lib/schemas/assessment-record";

export const dynamic = "force-dynamic";

/** The exported assessment record (JSON export of a system) as JSON Schema, generated from the zod schema. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = staticJsonRoute(() => {
  const schema = z.toJSONSchema(assessmentRecordSchema, { io: "output", target: "draft-2020-12" });
  return {
    $id: "/api/v1/schema/assessment-record",
    title: "AI system assessment record",
    description: "What /systems/{id}/checklist.json exports: the answers as given, classes, obligations (status, dates, fines), what was considered and not applicable, open questions, exemptions, the checklist with progress, and what changed since the previous assessment.",
    ...schema,
  };
});
