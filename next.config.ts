import type { NextConfig } from "next";

// Headers every response carries (issue 11, hardening): no framing, no MIME sniffing, no
// referrer leaks across sites, no powerful browser features. A script CSP with nonces is
// still to come with the rest of the hardening work.
const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

// PGlite must stay outside the server bundle, or every query fails at runtime (STACK.md).
const nextConfig: NextConfig = {
  serverExternalPackages: ["@electric-sql/pglite"],
  typedRoutes: false,
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};
export default nextConfig;
