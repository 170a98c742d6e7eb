import type { NextConfig } from "next";

// PGlite must stay outside the server bundle, or every query fails at runtime (STACK.md).
const nextConfig: NextConfig = {
  serverExternalPackages: ["@electric-sql/pglite"],
  typedRoutes: false,
};
export default nextConfig;
