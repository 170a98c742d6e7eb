import { z } from "zod";

const hostSchema = z
  .string()
  .regex(/^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/, "must be a host name with an optional port");
const protoSchema = z.enum(["http", "https"]).catch("http");

/**
 * The address a request was made to, from the (untrusted) Host and X-Forwarded-* headers, for
 * links inside downloads; undefined when the headers do not name a plausible host.
 */
export function requestOrigin(headers: Headers): string | undefined {
  const first = (name: string) => headers.get(name)?.split(",")[0]?.trim() || undefined;
  const host = hostSchema.safeParse(first("x-forwarded-host") ?? first("host"));
  if (!host.success) return undefined;
  return `${protoSchema.parse(first("x-forwarded-proto"))}://${host.data}`;
}
