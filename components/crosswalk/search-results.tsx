import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { SearchHit } from "@/lib/db/explorer";
import { HighlightedText } from "./highlighted-text";

const KIND_LABELS: Record<string, string> = { heading: "Heading", classification: "Classification", exemption: "Exemption", prohibition: "Prohibition", definition: "Definition", right: "Right", status: "Status rule", penalty: "Fine tier" };

export function SearchResults({ hits, offset = 0 }: { hits: SearchHit[]; offset?: number }) {
  return (
    <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" start={offset + 1} data-testid="search-results">
      {hits.map((hit) => (
        <li key={hit.id} className="px-4 py-3">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <Link href={hit.href} className="font-mono text-sm font-semibold">
              {hit.citationMatch > 0 ? <mark className="rounded-sm bg-yellow-100 px-0.5 text-brand-700">{hit.citation}</mark> : hit.citation}
            </Link>
            <Link href={hit.href} className="font-medium text-slate-900">
              <HighlightedText text={hit.titleHighlighted} />
            </Link>
          </div>
          <p className="mt-1 text-sm text-slate-600">
            <HighlightedText text={hit.summaryHighlighted} />
          </p>
          <p className="mt-1.5 flex flex-wrap items-center gap-2 text-xs text-slate-500">
            <Badge tone="slate">{hit.frameworkName}</Badge>
            <span>{hit.versionLabel}</span>
            {hit.versionStatus === "repealed" && <Badge tone="red">Repealed</Badge>}
            {hit.versionStatus === "enacted" && <Badge tone="amber">Not yet applicable</Badge>}
            {KIND_LABELS[hit.kind] && <Badge>{KIND_LABELS[hit.kind]}</Badge>}
            {hit.citationMatch === 3 && <span className="font-medium text-emerald-800">exact citation</span>}
          </p>
        </li>
      ))}
    </ol>
  );
}
