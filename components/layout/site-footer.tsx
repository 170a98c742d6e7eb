import { formatDate } from "@/lib/format";
import { getCorpusVersion } from "@/lib/db/queries";

export async function SiteFooter() {
  const corpus = await getCorpusVersion();
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-slate-500 sm:flex-row sm:justify-between">
        <p>
          Data version <span className="font-mono text-slate-700" data-testid="data-version">{corpus?.version ?? "not loaded"}</span>
          {corpus && <> · loaded {formatDate(corpus.loadedAt)}</>}
          {" · "}<a href="/api" className="text-slate-700">API</a>
        </p>
        <p>Summaries are our own words, not legal advice. Always read the primary source linked on each provision.</p>
      </div>
    </footer>
  );
}
