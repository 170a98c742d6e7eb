import type { Metadata } from "next";
import Link from "next/link";
import { DownloadLinks } from "@/components/crosswalk/download-links";
import { SearchResults } from "@/components/crosswalk/search-results";
import { VersionScopeSwitch } from "@/components/crosswalk/version-scope-switch";
import { Notice, ProblemList } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { listFrameworkOptions, searchConcepts, searchProvisions, SEARCH_LIMIT } from "@/lib/db/explorer";
import { searchQuerySchema } from "@/lib/schemas/explorer";
import { toProblems } from "@/lib/schemas/issues";

export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  const parsed = searchQuerySchema.safeParse(await searchParams);
  return { title: parsed.success && parsed.data.q ? `“${parsed.data.q}” — search` : "Search" };
}

const EXAMPLES = ["Art. 26", "impact assessment", "FRIA", "6-1-1703", "GOVERN 1.1", "incident reporting", "human oversight", "deepfake"];

export default async function SearchPage({ searchParams }: { searchParams: Search }) {
  const parsed = searchQuerySchema.safeParse(await searchParams);
  const q = parsed.success ? parsed.data.q : "";
  const framework = parsed.success ? parsed.data.framework : undefined;
  const versions = parsed.success ? parsed.data.versions : "current";
  const [frameworks, result, concepts] = await Promise.all([
    listFrameworkOptions(),
    q ? searchProvisions({ q, framework, versions }) : null,
    q ? searchConcepts(q) : [],
  ]);
  // "current" is the default: only "all" goes into the address
  const link = (params: Record<string, string | undefined>) =>
    `/search?${new URLSearchParams(Object.entries({ versions: versions === "all" ? "all" : undefined, ...params }).filter((e): e is [string, string] => Boolean(e[1])))}`;
  const allCount = result ? Object.values(result.facets).reduce((a, b) => a + b, 0) : 0;

  return (
    <>
      <PageHeader
        eyebrow="Search"
        title={q ? `Results for “${q}”` : "Search the provisions"}
        actions={result && result.total > 0 ? <DownloadLinks href={(format) => `/search/export?${new URLSearchParams({ q, ...(framework ? { framework } : {}), ...(versions === "all" ? { versions } : {}), format })}`} /> : undefined}
      >
        Citations, titles and summaries of every provision. A citation (“Art. 26”, “6-1-1703”) finds the provision itself first, then its paragraphs.
      </PageHeader>

      <form action="/search" method="get" role="search" className="mb-6 flex flex-col gap-2 sm:flex-row">
        <label htmlFor="search-page-q" className="sr-only">Search provisions</label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder="Art. 26, impact assessment, 6-1-1703…"
          className="w-full flex-1 rounded-md border border-slate-300 bg-white px-3 py-2"
        />
        {framework && <input type="hidden" name="framework" value={framework} />}
        {versions === "all" && <input type="hidden" name="versions" value="all" />}
        <button className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">Search</button>
      </form>

      {!parsed.success && (
        <Notice title="This search cannot be run">
          <ProblemList problems={toProblems(parsed.error)} />
        </Notice>
      )}

      {!q && parsed.success && (
        <div className="text-sm text-slate-700">
          <p className="mb-2 font-medium">Try:</p>
          <ul className="flex flex-wrap gap-2">
            {EXAMPLES.map((e) => (
              <li key={e}>
                <Link href={link({ q: e })} className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 no-underline hover:border-brand-600 hover:no-underline">{e}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}

      {result && (
        <>
          <VersionScopeSwitch
            scope={result.versions.scope}
            asOf={result.versions.asOf}
            href={(scope) => link({ q, framework, versions: scope === "all" ? "all" : undefined })}
            outside={{ count: result.versions.outsideScope, what: `match${result.versions.outsideScope === 1 ? "" : "es"} in repealed or superseded versions` }}
          />

          <nav aria-label="Filter by framework" className="mb-4 flex flex-wrap gap-2 text-sm">
            <FacetLink href={link({ q })} active={!framework} label="All frameworks" count={allCount} />
            {frameworks.map((f) => (
              <FacetLink key={f.id} href={link({ q, framework: f.id })} active={framework === f.id} label={f.shortName} count={result.facets[f.id] ?? 0} />
            ))}
          </nav>

          {concepts.length > 0 && (
            <div className="mb-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <p className="font-medium text-slate-700">Concepts</p>
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {concepts.map((c) => (
                  <li key={c.id}>
                    <Link href={`/concepts/${c.id}`}>{c.name}</Link> <span className="text-slate-500">· <Link href={`/graph?concept=${c.id}`}>graph</Link></span>
                  </li>
                ))}
              </ul>
            </div>
          )}

          <p className="mb-2 text-sm text-slate-600" role="status">
            {result.total === 0
              ? "No provision matches."
              : `${result.total} provision${result.total === 1 ? "" : "s"}${result.total > SEARCH_LIMIT ? `, the best ${SEARCH_LIMIT} shown` : ""}`}
            {result.synonyms.length > 0 && (
              <span data-testid="search-synonyms">
                {" "}· also searched as {result.synonyms.map((s) => s.alternatives.map((a) => `“${a}”`).join(", ")).join("; ")}
              </span>
            )}
          </p>
          {result.didYouMean.length > 0 && (
            <p className="mb-4 text-base text-slate-800" data-testid="did-you-mean">
              Did you mean{" "}
              {result.didYouMean.map((suggestion, i) => (
                <span key={suggestion}>
                  {i > 0 && (i === result.didYouMean.length - 1 ? " or " : ", ")}
                  <Link href={link({ q: suggestion, framework })} className="font-semibold">{suggestion}</Link>
                </span>
              ))}
              ?
            </p>
          )}
          {result.total > 0 && <SearchResults hits={result.hits} />}
        </>
      )}
    </>
  );
}

function FacetLink({ href, active, label, count }: { href: string; active: boolean; label: string; count: number }) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`rounded-full px-3 py-1 no-underline ring-1 ring-inset hover:no-underline ${active ? "bg-brand-700 text-white ring-brand-700" : count ? "bg-white text-slate-700 ring-slate-300 hover:ring-brand-600" : "bg-slate-50 text-slate-600 ring-slate-200"}`}
    >
      {label} <span className={active ? "text-brand-100" : "text-slate-500"}>{count}</span>
    </Link>
  );
}
