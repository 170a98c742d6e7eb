import { z } from "zod";
import { staticJsonRoute } from "@/lib/api/http";
import { profileSchema } from "@/lib/schemas/profile";

export const dynamic = "force-dynamic";

/** The system profile format as JSON Schema (draft 2020-12), generated from the zod schema. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = staticJsonRoute(() => {
  const schema = z.toJSONSchema(profileSchema, { io: "input", target: "draft-2020-12" });
  return {
    $id: "/api/v1/schema/profile",
    title: "AI system profile",
    description:
      "The questionnaire, the API, the CLI and stored profiles all use this format. Every yes/no answer may be null, meaning not sure: the assessment then reports the most severe class still possible with confirmed: false and its open questions, and keeps the obligations that depend on the answer with status may-apply. Unknown answers never produce the lighter regime.",
    ...schema,
  };
});
