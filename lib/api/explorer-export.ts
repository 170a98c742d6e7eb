import type { z } from "zod";
import { badRequest } from "@/lib/api/responses";
import { getCorpusVersion } from "@/lib/db/queries";
import { download } from "@/lib/export/download";
import { EXPORT_FORMATS, exportFormatSchema, fromSearchParams } from "@/lib/schemas/explorer";

type ExportRequest<Q> = { ok: true; query: Q; format: (typeof EXPORT_FORMATS)[number] } | { ok: false; response: Response };

/** The explorer's file routes all take the view's query plus `format`; bad input of either kind is one clear 400. */
export function readExportRequest<S extends z.ZodType>(request: Request, schema: S): ExportRequest<z.output<S>> {
  const params = new URL(request.url).searchParams;
  const query = schema.safeParse(fromSearchParams(params));
  if (!query.success) return { ok: false, response: badRequest(query.error) };
  const format = exportFormatSchema.safeParse(params.get("format") ?? undefined);
  if (!format.success) return { ok: false, response: badRequest(format.error) };
  return { ok: true, query: query.data, format: format.data };
}

/** A JSON download that names its view and the data version it was computed from. */
export async function jsonExport(view: string, body: Record<string, unknown>, fileName: string): Promise<Response> {
  const corpus = await getCorpusVersion();
  return download(JSON.stringify({ view, dataVersion: corpus?.version ?? null, ...body }, null, 2), fileName, "json");
}
