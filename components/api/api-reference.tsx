"use client";

import dynamic from "next/dynamic";
import "@scalar/api-reference-react/style.css";

// Scalar's reference renders in the browser only. Everything it would fetch from Scalar's
// servers is switched off: fonts (system fonts instead), the request proxy (requests from the
// "Test request" panel go straight to this server), telemetry, the AI agent and MCP panels,
// and the developer toolbar. It reads only the OpenAPI document of this app.
const ApiReferenceReact = dynamic(() => import("@scalar/api-reference-react").then((m) => m.ApiReferenceReact), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-600">Loading the interactive reference…</p>,
});

// Scalar's light theme greys and method colours are below 4.5:1 on white; the same hues, darker.
const CONTRAST_CSS = `.light-mode {
  --scalar-color-2: #4b5563;
  --scalar-color-3: #57606a;
  --scalar-color-green: #006b44;
  --scalar-color-blue: #0b5cad;
  --scalar-color-orange: #9a4a00;
  --scalar-color-red: #b3261e;
  --scalar-color-yellow: #7a5d00;
  --scalar-color-purple: #6b3fa0;
}`;

export function ApiReference({ specUrl }: { specUrl: string }) {
  return (
    <div data-testid="api-reference">
      <ApiReferenceReact
        configuration={{
          url: specUrl,
          withDefaultFonts: false,
          proxyUrl: "",
          telemetry: false,
          agent: { disabled: true },
          mcp: { disabled: true },
          showDeveloperTools: "never",
          hideDarkModeToggle: true,
          forceDarkModeState: "light",
          documentDownloadType: "json",
          layout: "modern",
          defaultOpenAllTags: true,
          externalUrls: { dashboardUrl: "", registryUrl: "", proxyUrl: "", apiBaseUrl: "" },
          customCss: CONTRAST_CSS,
        }}
      />
    </div>
  );
}
