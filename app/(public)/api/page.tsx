import type { Metadata } from "next";
import { ApiReference } from "@/components/api/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const metadata: Metadata = { title: "API reference" };

const SPEC = "/api/v1/openapi.json";

/**
 * The REST API v1 reference: a server-rendered index of every operation (readable without
 * JavaScript), then Scalar's interactive reference over the same OpenAPI document.
 */
export default function ApiPage() {
  const doc = buildOpenApiDocument();
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), ...(op as { operationId: string; summary: string; tags: string[] }) })),
  );
  return (
    <>
      <PageHeader
        eyebrow="For developers"
        title="REST API v1"
        actions={<a className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm no-underline" href={SPEC}>OpenAPI 3.1 (JSON)</a>}
      >
        The crosswalk as JSON at <code className="font-mono text-sm">/api/v1</code>: stable ids, cursor pagination (follow <code className="font-mono text-sm">next</code>),
        ETags for conditional requests, open CORS for reads, and errors as RFC 9457 problem details. The OpenAPI document is generated from the
        same zod schemas the routes validate with.
      </PageHeader>

      <section aria-labelledby="operations" className="mb-10">
        <h2 id="operations" className="mb-3 text-lg font-semibold">Operations</h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Method</th>
                <th scope="col" className="px-3 py-2 font-medium">Path</th>
                <th scope="col" className="px-3 py-2 font-medium">What</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {operations.map((op) => (
                <tr key={op.operationId}>
                  <td className="px-3 py-2 font-mono">{op.method}</td>
                  <td className="px-3 py-2 font-mono">/api/v1{op.path}</td>
                  <td className="px-3 py-2 text-slate-700">{op.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="reference">
        <h2 id="reference" className="mb-3 text-lg font-semibold">Interactive reference</h2>
        <ApiReference specUrl={SPEC} />
      </section>
    </>
  );
}
