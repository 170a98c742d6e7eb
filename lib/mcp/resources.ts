import { ResourceTemplate, type McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { McpError } from "@modelcontextprotocol/sdk/types.js";
import { profileJsonSchema } from "./schemas";
import type { CrosswalkSource } from "./source";

// Resources: one per framework version (its provisions as JSON) and the profile JSON Schema.

export const PROFILE_SCHEMA_URI = "crosswalk://schema/profile";
const FRAMEWORK_VERSION_TEMPLATE = "crosswalk://frameworks/{framework}/versions/{version}";
/** MCP's "resource not found" error code. */
const RESOURCE_NOT_FOUND = -32002;

/** e.g. crosswalk://frameworks/eu-ai-act/versions/eu-ai-act@2026-1744 */
export function frameworkVersionUri(frameworkId: string, versionId: string): string {
  return `crosswalk://frameworks/${frameworkId}/versions/${versionId}`;
}

export function registerResources(server: McpServer, source: CrosswalkSource) {
  server.registerResource(
    "framework-version",
    new ResourceTemplate(FRAMEWORK_VERSION_TEMPLATE, {
      list: async () => {
        const corpus = await source.corpus();
        return {
          resources: corpus.frameworks.flatMap((f) =>
            f.versions.map((v) => ({
              uri: frameworkVersionUri(f.id, v.id),
              name: v.id,
              title: `${f.shortName} — ${v.label} (${v.status})`,
              description: `The ${v.provisions.length} provisions of ${f.name}, ${v.label}, as JSON: citation, summary, who it binds, dates, conditions, concepts, source link.`,
              mimeType: "application/json",
            })),
          ),
        };
      },
    }),
    {
      title: "Framework version",
      description: "The provisions of one framework version as JSON (list the resources for every version).",
      mimeType: "application/json",
    },
    async (uri, variables) => {
      const corpus = await source.corpus();
      const framework = corpus.frameworks.find((f) => f.id === variables.framework);
      const version = framework?.versions.find((v) => v.id === variables.version);
      if (!framework || !version) throw new McpError(RESOURCE_NOT_FOUND, `Resource not found: ${uri.href}`, { uri: uri.href });
      const { provisions, ...versionFields } = version;
      const { versions: _versions, ...frameworkFields } = framework;
      const body = { corpusVersion: corpus.corpusVersion, framework: frameworkFields, version: versionFields, provisions };
      return { contents: [{ uri: uri.href, mimeType: "application/json", text: JSON.stringify(body) }] };
    },
  );

  server.registerResource(
    "profile-schema",
    PROFILE_SCHEMA_URI,
    {
      title: "AI system profile (JSON Schema)",
      description: "The input of assess_system and explain_applicability, generated from the zod schema (the same as GET /api/v1/schema/profile).",
      mimeType: "application/schema+json",
    },
    async (uri) => {
      const schema = { $schema: "https://json-schema.org/draft/2020-12/schema", title: "AI system profile", ...profileJsonSchema("draft-2020-12") };
      return { contents: [{ uri: uri.href, mimeType: "application/schema+json", text: JSON.stringify(schema, null, 2) }] };
    },
  );
}
