import { z } from "zod";
import { slugSchema } from "./common";
import { param } from "./explorer";
import { systemIdSchema } from "./system";

// Query and path parameters of the interoperability routes: the OSCAL catalog, the OSCAL
// mapping-collection, the SSSOM mapping set and a system's OSCAL assessment-results.

/** `/api/v1/frameworks/{slug}/oscal-catalog.json?version=` */
export const oscalCatalogParamsSchema = z.object({ slug: slugSchema.describe("Framework id, e.g. `eu-ai-act`.") });
export const oscalCatalogQuerySchema = z.object({
  version: param(
    z
      .string()
      .regex(/^[a-z0-9-]+@[a-z0-9.-]+$/, "must be a version id '<framework>@<version>', e.g. colorado-ai-act@sb24-205")
      .optional()
      .describe("Version id; default: the version in force today (else the newest)."),
  ),
});

/** `/api/v1/crosswalk/oscal-mapping.json?from=&to=` and `/api/v1/crosswalk/sssom.tsv?from=&to=` */
export const crosswalkPairQuerySchema = z
  .object({
    from: param(slugSchema.describe("Source framework id, e.g. `eu-ai-act`.")),
    to: param(slugSchema.describe("Target framework id, e.g. `colorado-ai-act`.")),
  })
  .refine((q) => q.from !== q.to, { path: ["to"], message: "must be a different framework from `from`" });

/** `/api/v1/systems/{id}/oscal-assessment-results.json` */
export const systemParamsSchema = z.object({ id: systemIdSchema });
