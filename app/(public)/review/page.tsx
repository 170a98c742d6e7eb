import type { Metadata } from "next";
import Link from "next/link";
import { ReviewQueueTable } from "@/components/comply/review-queue";
import { Notice, ProblemList } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { listFrameworkOptions } from "@/lib/db/queries/frameworks";
import { listReviewQueue } from "@/lib/db/queries/review";
import { reviewQuerySchema } from "@/lib/schemas/api";
import { toProblems } from "@/lib/schemas/issues";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Mapping review queue" };

const PAGE_SIZE = 50;
type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewPage({ searchParams }: { searchParams: Search }) {
  const parsed = reviewQuerySchema.safeParse(await searchParams);
  const q = parsed.success ? parsed.data : reviewQuerySchema.parse({});
  const [frameworks, queue] = await Promise.all([
    listFrameworkOptions(),
    listReviewQueue({ framework: q.framework, confidenceBelow: q.below === undefined ? undefined : q.below / 100, status: q.status }, { offset: (q.page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
  ]);
  const list = queue.unknown ? null : queue;
  const pages = list ? Math.max(1, Math.ceil(list.total / PAGE_SIZE)) : 1;
  const href = (page: number) =>
    `/review?${new URLSearchParams({ ...(q.framework ? { framework: q.framework } : {}), ...(q.below ? { below: String(q.below) } : {}), status: q.status, page: String(page) })}`;
  const first = list && list.total ? (q.page - 1) * PAGE_SIZE + 1 : 0;

  return (
    <>
      <PageHeader eyebrow="Crosswalk" title="Mapping review queue">
        Every mapping records who or what made it, when, its confidence, and whether a reviewer confirmed it. These are the ones no reviewer has confirmed yet, least
        confident first. Published crosswalks appear as evidence on our edges, never as edges of their own.
      </PageHeader>

      <form action="/review" method="get" className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm" aria-label="Filter the review queue">
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">Framework</span>
          <select name="framework" defaultValue={q.framework ?? ""} className="max-w-64 rounded-md border border-slate-300 bg-white px-2 py-1.5">
            <option value="">Any framework</option>
            {frameworks.map((f) => (
              <option key={f.id} value={f.id}>
                {f.shortName}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">Confidence below (%)</span>
          <input type="number" name="below" min={1} max={100} step={1} defaultValue={q.below} placeholder="any" className="w-28 rounded-md border border-slate-300 bg-white px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">Review status</span>
          <select name="status" defaultValue={q.status} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
            <option value="unreviewed">Unreviewed</option>
            <option value="disputed">Disputed</option>
            <option value="confirmed">Confirmed</option>
            <option value="all">All</option>
          </select>
        </label>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 font-medium text-white hover:bg-brand-600">
          Filter
        </button>
      </form>

      {!parsed.success && (
        <Notice title="Some filters were ignored">
          <ProblemList problems={toProblems(parsed.error)} />
        </Notice>
      )}
      {queue.unknown && <Notice title="Unknown framework">Pick a framework from the list.</Notice>}
      {list && (
        <>
          <p className="mb-3 text-sm text-slate-700" data-testid="review-summary">
            {list.total === 0
              ? "Nothing matches these filters."
              : `${first}–${first + list.items.length - 1} of ${list.total} mappings.`}{" "}
            In the whole graph: {list.counts.unreviewed ?? 0} unreviewed, {list.counts.confirmed ?? 0} confirmed, {list.counts.disputed ?? 0} disputed.
          </p>
          {list.items.length > 0 && <ReviewQueueTable items={list.items} />}
          {pages > 1 && (
            <nav aria-label="Pages of the review queue" className="mt-4 flex items-center gap-3 text-sm">
              {q.page > 1 ? <Link href={href(q.page - 1)} rel="prev">← Previous</Link> : <span className="text-slate-500">← Previous</span>}
              <span>
                Page {q.page} of {pages}
              </span>
              {q.page < pages ? <Link href={href(q.page + 1)} rel="next">Next →</Link> : <span className="text-slate-500">Next →</span>}
            </nav>
          )}
        </>
      )}
    </>
  );
}
