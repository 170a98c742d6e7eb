import { createHash } from "node:crypto";
import { z } from "zod";
import type { PageWindow } from "@/lib/db/queries";
import { invalidInput } from "./problem";
import { CORS_HEADERS } from "./http";

// Cursor pagination for list routes. The cursor is opaque to clients: base64url JSON holding the
// offset of the next page, a fingerprint of the query it belongs to (path and filters, without
// cursor and limit) and of the corpus version. The corpus is immutable between seeds, so a window
// over a totally ordered list never skips or repeats a row; a cursor from another query or from
// before a re-seed is a 400 (start again from the first page).

const tokenSchema = z.object({ o: z.number().int().min(0).max(10_000_000), q: z.string(), c: z.string() });

const fingerprint = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, 12);

function queryFingerprint(url: URL): string {
  const params = [...url.searchParams.entries()].filter(([k]) => k !== "cursor" && k !== "limit").sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return fingerprint(`${url.pathname}?${new URLSearchParams(params).toString()}`);
}

export function encodeCursor(offset: number, url: URL, corpusVersion: string | null): string {
  return Buffer.from(JSON.stringify({ o: offset, q: queryFingerprint(url), c: fingerprint(corpusVersion ?? "") })).toString("base64url");
}

/** The window a request asks for: its cursor's offset (0 without one) and its limit. */
export function pageWindow(
  query: { cursor?: string; limit: number },
  url: URL,
  corpusVersion: string | null,
): { ok: true; window: PageWindow } | { ok: false; response: Response } {
  if (!query.cursor) return { ok: true, window: { offset: 0, limit: query.limit } };
  const fail = (message: string) => ({ ok: false as const, response: invalidInput([{ path: "cursor", message }], CORS_HEADERS) });
  let token: z.infer<typeof tokenSchema>;
  try {
    const parsed = tokenSchema.safeParse(JSON.parse(Buffer.from(query.cursor, "base64url").toString("utf8")));
    if (!parsed.success) return fail("is not a cursor this API issued");
    token = parsed.data;
  } catch {
    return fail("is not a cursor this API issued");
  }
  if (token.q !== queryFingerprint(url)) return fail("belongs to another query; keep the filters of the page that gave it");
  if (token.c !== fingerprint(corpusVersion ?? "")) return fail("the data was reloaded since this cursor was issued; start again from the first page");
  return { ok: true, window: { offset: token.o, limit: query.limit } };
}

/** `{ data, total, next }` and a `Link: <next>; rel="next"` header; `next` is a path on this API, or null on the last page. */
export function pageOf<T>(items: T[], total: number, window: PageWindow, url: URL, corpusVersion: string | null) {
  const end = window.offset + items.length;
  let next: string | null = null;
  if (items.length > 0 && end < total) {
    const params = new URLSearchParams(url.searchParams);
    params.set("cursor", encodeCursor(end, url, corpusVersion));
    next = `${url.pathname}?${params.toString()}`;
  }
  return { json: { data: items, total, next }, headers: next ? { Link: `<${next}>; rel="next"` } : undefined };
}
