import type { ComplyReport } from "@/lib/db/queries/comply";
import { complyReportSchema } from "@/lib/schemas/api";

/** The comply report as the API returns it: exactly the published schema (extra fields are dropped). */
export const complyResource = (report: ComplyReport) => complyReportSchema.parse(report);
