import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { createCrosswalkServer } from "./server";
import type { CrosswalkSource } from "./source";

// Streamable HTTP, stateless: every POST gets a fresh server and transport (the SDK's
// Web-standard transport takes a Request and returns a Response, as a Next route handler
// does), answers with plain JSON (no SSE) and is closed. No session is kept, so any
// instance can serve any request; nothing is pushed from the server, so there is no GET
// stream and no session to DELETE (both 405, as the transport spec allows).

/** A profile is a few kilobytes; the SDK's default cap is 4 MiB. */
const MAX_BODY_BYTES = 1024 * 1024;

function jsonRpcError(status: number, code: number, message: string, headers: Record<string, string> = {}) {
  return Response.json({ jsonrpc: "2.0", error: { code, message }, id: null }, { status, headers });
}

export function mcpMethodNotAllowed(): Response {
  return jsonRpcError(405, -32000, "Method not allowed: this stateless MCP endpoint takes JSON-RPC messages by POST (no SSE stream, no session).", { Allow: "POST" });
}

/**
 * A browser page on another site must not drive the endpoint (the transport spec asks servers
 * to check Origin): a request that carries an Origin must come from the host it is sent to.
 * Agents and other non-browser clients send no Origin.
 */
function crossOrigin(request: Request): Response | null {
  const origin = request.headers.get("origin");
  if (!origin) return null;
  const hostname = (value: string) => {
    try {
      return new URL(value).hostname;
    } catch {
      return null;
    }
  };
  const host = request.headers.get("host");
  const target = host ? hostname(`http://${host}`) : hostname(request.url);
  if (target && hostname(origin) === target) return null;
  return jsonRpcError(403, -32000, `Forbidden: origin ${origin} may not call this MCP endpoint`);
}

/** One JSON-RPC POST (a message or a batch) → its JSON-RPC response; never an HTML error page. */
export async function handleMcpPost(request: Request, source: CrosswalkSource): Promise<Response> {
  const refused = crossOrigin(request);
  if (refused) return refused;
  const server = createCrosswalkServer(source);
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
    maxRequestBodySize: MAX_BODY_BYTES,
  });
  try {
    await server.connect(transport);
    // Bad JSON, a message that is not JSON-RPC, a wrong Accept or Content-Type: the transport
    // answers with a JSON-RPC error (400/406/413/415) itself.
    return await transport.handleRequest(request);
  } catch (e) {
    console.error("MCP request failed:", e);
    return jsonRpcError(500, -32603, "Internal error");
  } finally {
    await server.close().catch(() => undefined);
  }
}
