import { citationUrl } from "@/lib/env";

/** The API address of a framework version's catalog, absolute when the public address is known. */
export function catalogApiHref(framework: string, versionId: string, headers?: Headers): string {
  const path = `/api/v1/frameworks/${framework}/oscal-catalog.json?version=${encodeURIComponent(versionId)}`;
  return citationUrl(path, headers?.get("x-forwarded-host") ?? headers?.get("host") ?? null, headers?.get("x-forwarded-proto") ?? null);
}

/** PUBLIC_BASE_URL when set (no trailing slash): identifiers become the app's permalinks. */
export function publicBaseUrl(): string | undefined {
  const root = citationUrl("/", null, null);
  return /^https?:\/\//.test(root) ? root.replace(/\/$/, "") : undefined;
}
