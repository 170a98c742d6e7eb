import Link from "next/link";
import { RelationshipBadge } from "@/components/crosswalk/relationship";
import { Badge } from "@/components/ui/badge";
import type { ReviewQueueItem } from "@/lib/db/queries/review";

const REVIEW_TONES = { unreviewed: "amber", confirmed: "green", disputed: "red" } as const;
const ORIGIN_WORDS = { analysis: "Our analysis", "published-crosswalk": "Published crosswalk", imported: "Imported" } as const;

/** The review queue: one row per mapping, least confident first, with who made it and when. */
export function ReviewQueueTable({ items }: { items: ReviewQueueItem[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">Mappings awaiting review, least confident first</caption>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Mapping</th>
            <th scope="col" className="w-24 px-3 py-2 font-medium">Confidence</th>
            <th scope="col" className="w-56 px-3 py-2 font-medium">Made by</th>
            <th scope="col" className="px-3 py-2 font-medium">Review</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.id} className="border-t border-slate-100 align-top" data-testid="review-item">
              <td className="px-3 py-2">
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <Link href={`${m.source.href}#mapping-${m.id}`} className="font-mono font-semibold">{m.source.citation}</Link>
                  <span className="text-slate-500">{m.source.frameworkName}</span>
                  <RelationshipBadge relationship={m.relationship} />
                  <Link href={m.target.href} className="font-mono font-semibold">{m.target.citation}</Link>
                  <span className="text-slate-500">{m.target.frameworkName}</span>
                  {[m.source, m.target].some((e) => e.versionStatus === "repealed") && <Badge tone="red">repealed version</Badge>}
                </div>
                <p className="mt-1 text-slate-700">{m.explanation}</p>
              </td>
              <td className="px-3 py-2 font-mono whitespace-nowrap">{Math.round(m.confidence * 100)} %</td>
              <td className="px-3 py-2">
                {ORIGIN_WORDS[m.origin.kind]}
                <span className="block text-xs text-slate-600">{m.origin.createdOn ?? "date not recorded"}</span>
                {m.origin.evidence.map((e) => (
                  <span key={e.source} className="mt-1 block text-xs text-slate-600">
                    Evidence: {e.url ? <a href={e.url}>{e.source}</a> : e.source}
                    {e.locator && `, ${e.locator}`} · licence: {e.licence}
                  </span>
                ))}
              </td>
              <td className="px-3 py-2">
                <Badge tone={REVIEW_TONES[m.review.status]}>{m.review.status}</Badge>
                {m.review.by && <span className="block text-xs text-slate-600">{m.review.by}, {m.review.on}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
