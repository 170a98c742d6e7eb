import type { Metadata } from "next";
import { FrameworkCard } from "@/components/frameworks/framework-card";
import { PageHeader } from "@/components/ui/page-header";
import { listFrameworks } from "@/lib/db/queries";

export const metadata: Metadata = { title: "Frameworks" };

export default async function FrameworksPage() {
  const frameworks = await listFrameworks();
  const binding = frameworks.filter((f) => f.binding);
  const voluntary = frameworks.filter((f) => !f.binding);
  return (
    <>
      <PageHeader title="Frameworks">
        Binding laws and voluntary frameworks in the obligation graph, each with its versions, provisions and mappings.
      </PageHeader>
      {[
        { title: "Binding law", list: binding },
        { title: "Voluntary frameworks and standards", list: voluntary },
      ].map((group) =>
        group.list.length ? (
          <section key={group.title} className="mb-10" aria-labelledby={`h-${group.title}`}>
            <h2 id={`h-${group.title}`} className="mb-4 text-sm font-semibold uppercase tracking-wide text-slate-500">
              {group.title}
            </h2>
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {group.list.map((f) => (
                <FrameworkCard key={f.id} framework={f} />
              ))}
            </div>
          </section>
        ) : null,
      )}
      {frameworks.length === 0 && <p className="text-slate-600">No framework data is loaded. Run <code>npm run seed</code>.</p>}
    </>
  );
}
