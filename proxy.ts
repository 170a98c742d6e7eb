// Requests with a malformed percent-encoding (e.g. /frameworks/%FF, invalid UTF-8 such as
// %ED%A0%80) or a NUL byte in the path make Next 16.4 fail while decoding route params, with a
// plain 500 before any handler runs. Caught here first: a 400 — problem+json for the API, plain
// text for pages — like every other bad input.
import { NextResponse, type NextRequest } from "next/server";
import { invalidInput } from "@/lib/api/problem";

function badPath(pathname: string): boolean {
  try {
    return pathname.split("/").some((segment) => decodeURIComponent(segment).includes("\u0000"));
  } catch {
    return true;
  }
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!badPath(pathname)) return NextResponse.next();
  if (pathname.startsWith("/api/"))
    return invalidInput([{ path: "(url)", message: "the path has a malformed percent-encoding or a NUL byte (e.g. %FF, %00)" }], { "Access-Control-Allow-Origin": "*" });
  return new NextResponse("Bad request: the address has a malformed percent-encoding or a NUL byte.", {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
