import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { PROFILE_SCHEMA_URI, registerResources } from "./resources";
import type { CrosswalkSource } from "./source";
import { registerTools } from "./tools";

// The one MCP server of the app. Both doors build it: Streamable HTTP at /mcp (app/mcp/route.ts,
// a fresh server per request) and stdio (scripts/mcp.ts, one for the process). No Next imports.

export const SERVER_INFO = { name: "ai-regulatory-crosswalk", title: "AI Regulatory Crosswalk", version: "0.1.0" } as const;

const INSTRUCTIONS = `A graph of AI-law provisions (EU AI Act as amended by Regulation (EU) 2026/1744, Colorado's AI law SB 26-189 and the repealed SB 24-205, NIST AI RMF 1.0, ISO/IEC 42001:2023, the G7 Hiroshima Code) with typed mappings between them (OSCAL 1.2 / NIST IR 8477 relationships), and an assessment engine.
Provision ids are "<framework>/<key>", e.g. "eu-ai-act/art-27-1": find them with search_provisions, read one with get_provision.
crosswalk and gap_report compare frameworks; assess_system and explain_applicability take a system profile (resource ${PROFILE_SCHEMA_URI}; null answers mean "not sure").
Summaries are our own words: cite the provision's sourceUrl, and say when a provision is marked not verified.`;

export function createCrosswalkServer(source: CrosswalkSource): McpServer {
  const server = new McpServer(SERVER_INFO, { instructions: INSTRUCTIONS });
  registerTools(server, source);
  registerResources(server, source);
  return server;
}
