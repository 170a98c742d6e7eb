import { staticJsonRoute } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the zod schemas. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = staticJsonRoute(buildOpenApiDocument);
