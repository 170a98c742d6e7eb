import Link from "next/link";
import { FrameworkCard } from "@/components/frameworks/framework-card";
import { listFrameworks } from "@/lib/db/queries";

export default async function HomePage() {
  const frameworks = await listFrameworks();
  const provisions = frameworks.reduce((n, f) => n + f.versions.reduce((m, v) => m + v._count.provisions, 0), 0);
  return (
    <>
      <section className="mb-12 rounded-xl bg-gradient-to-br from-brand-900 to-brand-700 px-6 py-10 text-white sm:px-10">
        <h1 className="max-w-3xl text-3xl font-semibold tracking-tight sm:text-4xl">Comply once, evidence many.</h1>
        <p className="mt-3 max-w-2xl text-brand-100">
          Describe an AI system once. See which obligations apply under the EU AI Act, Colorado&apos;s AI law and voluntary
          frameworks, why they apply and from when — then work through one de-duplicated, cited checklist.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/systems/new" className="rounded-md bg-white px-4 py-2 font-medium text-brand-900 no-underline hover:bg-brand-50 hover:no-underline">
            Assess a system
          </Link>
          <Link href="/crosswalk" className="rounded-md px-4 py-2 font-medium text-white ring-1 ring-white/60 no-underline hover:bg-white/10 hover:no-underline">
            Explore the crosswalk
          </Link>
        </div>
        <p className="mt-6 text-sm text-brand-100">
          {frameworks.length} frameworks · {provisions.toLocaleString("en-GB")} provisions, each with its citation, source and dates
        </p>
      </section>
      <h2 className="mb-4 text-lg font-semibold">Frameworks in the graph</h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {frameworks.map((f) => (
          <FrameworkCard key={f.id} framework={f} />
        ))}
      </div>
    </>
  );
}
