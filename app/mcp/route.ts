import { handleMcpPost, mcpMethodNotAllowed } from "@/lib/mcp/http";
import { appDatabaseSource } from "@/lib/mcp/source";

// The MCP server over Streamable HTTP (stateless): http://localhost:3000/mcp. See lib/mcp/.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const source = appDatabaseSource();

export function POST(request: Request) {
  return handleMcpPost(request, source);
}

export function GET() {
  return mcpMethodNotAllowed();
}

export function DELETE() {
  return mcpMethodNotAllowed();
}
