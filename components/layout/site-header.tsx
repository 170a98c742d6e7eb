import Link from "next/link";

const NAV = [
  { href: "/frameworks", label: "Frameworks" },
  { href: "/crosswalk", label: "Crosswalk" },
  { href: "/gaps", label: "Gaps" },
  { href: "/comply", label: "Comply once" },
  { href: "/graph", label: "Graph" },
  { href: "/systems", label: "Systems" },
  { href: "/deadlines", label: "Deadlines" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900 no-underline hover:no-underline">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-700 text-sm text-white">⇄</span>
          AI Regulatory Crosswalk
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-1 text-sm">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} className="rounded-md px-3 py-1.5 text-slate-700 no-underline hover:bg-slate-100 hover:no-underline">
              {item.label}
            </Link>
          ))}
        </nav>
        <form action="/search" role="search" className="ml-auto w-full sm:w-64">
          <label htmlFor="site-search" className="sr-only">Search provisions</label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search: Art. 26, impact assessment…"
            className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-600"
          />
        </form>
      </div>
    </header>
  );
}
