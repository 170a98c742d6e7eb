/** A file download: the body with the right content type and an attachment file name. */
const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8", pdf: "application/pdf", ics: "text/calendar; charset=utf-8" };

export function download(body: string | Uint8Array<ArrayBuffer>, fileName: string, format: keyof typeof CONTENT_TYPES): Response {
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${fileName}.${format}"`,
    },
  });
}
