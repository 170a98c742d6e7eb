// Requests with a malformed percent-encoding (e.g. /frameworks/%FF, invalid UTF-8 such as
// %ED%A0%80) or a NUL byte in the path make Next 16.4 fail while decoding route params, with a
// plain 500 before any handler runs. Caught here first: a 400 — problem+json for the API, plain
// text for pages — like every other bad input.
import { NextResponse, type NextRequest } from "next/server";
import { invalidInput } from "@/lib/api/problem";
import { actionRequestProblem, MAX_ACTION_BODY_BYTES } from "@/lib/schemas/safe-input";

function badPath(pathname: string): boolean {
  try {
    return pathname.split("/").some((segment) => decodeURIComponent(segment).includes("\u0000"));
  } catch {
    return true;
  }
}

/**
 * DNS rebinding: a page on evil.example that resolves to 127.0.0.1 sends `Host: evil.example`
 * (and a matching Origin), so an Origin-equals-Host check passes. Only the hosts we serve are
 * answered: localhost by default, more with ALLOWED_HOSTS (comma-separated, e.g.
 * "crosswalk.example.org"). A write must also come from one of them (Origin), or carry none
 * only for non-browser clients of the API.
 */
const DEFAULT_HOSTS = ["localhost", "127.0.0.1", "[::1]"];
function allowedHosts(): string[] {
  return [...DEFAULT_HOSTS, ...(process.env.ALLOWED_HOSTS ?? "").split(",").map((h) => h.trim().toLowerCase()).filter(Boolean)];
}
const hostname = (host: string) => host.toLowerCase().replace(/:\d+$/, "");

export function hostProblem(request: NextRequest): string | null {
  const allowed = allowedHosts();
  const host = request.headers.get("host");
  if (!host || !allowed.includes(hostname(host))) return `this server does not answer for the host "${host ?? ""}" (set ALLOWED_HOSTS to add it)`;
  if (!["GET", "HEAD", "OPTIONS"].includes(request.method)) {
    const origin = request.headers.get("origin");
    if (origin) {
      let originHost: string;
      try {
        originHost = new URL(origin).host;
      } catch {
        return "the request's Origin is not a URL";
      }
      if (!allowed.includes(hostname(originHost))) return `writes from the origin "${origin}" are not accepted`;
    } else if (!request.nextUrl.pathname.startsWith("/api/") && !request.nextUrl.pathname.startsWith("/mcp")) {
      return "a write from a browser page must carry an Origin header";
    }
  }
  return null;
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const refused = hostProblem(request);
  if (refused)
    return pathname.startsWith("/api/")
      ? invalidInput([{ path: "(host)", message: refused }])
      : new NextResponse(`Refused: ${refused}.`, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // A server action with an empty, malformed or oversized body makes Next fail with a 500 before
  // any action runs: answered here with a 400/413 instead (the size from Content-Length, unread).
  if (request.method === "POST" && request.headers.get("next-action")) {
    const multipart = (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
    const tooBig = Number(request.headers.get("content-length") ?? 0) > MAX_ACTION_BODY_BYTES;
    const problem = actionRequestProblem(request, multipart || tooBig ? null : await request.clone().text());
    if (problem) return new NextResponse(`Bad request: ${problem.message}.`, { status: problem.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (!badPath(pathname)) return NextResponse.next();
  if (pathname.startsWith("/api/"))
    return invalidInput([{ path: "(url)", message: "the path has a malformed percent-encoding or a NUL byte (e.g. %FF, %00)" }], { "Access-Control-Allow-Origin": "*" });
  return new NextResponse("Bad request: the address has a malformed percent-encoding or a NUL byte.", {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
