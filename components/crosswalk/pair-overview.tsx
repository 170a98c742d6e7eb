import Link from "next/link";
import { RELATIONSHIPS, type Relationship } from "@/lib/schemas/common";
import { RELATIONSHIP_STYLES } from "./relationship";

type Pair = { a: string; b: string; total: number; byRelationship: Partial<Record<Relationship, number>> };

/** Every mapped framework pair with a bar of its relationships; each opens the matrix and gap report. */
export function PairOverview({ pairs, name }: { pairs: Pair[]; name: (id: string) => string }) {
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {pairs.map((p) => (
        <li key={`${p.a}|${p.b}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link href={`/crosswalk?from=${p.a}&to=${p.b}`} className="font-semibold">
              {name(p.a)} × {name(p.b)}
            </Link>
            <span className="text-sm text-slate-500">{p.total} mappings</span>
          </div>
          <div className="mt-3 flex h-3 overflow-hidden rounded-full ring-1 ring-slate-200" aria-hidden>
            {RELATIONSHIPS.filter((r) => p.byRelationship[r]).map((r) => (
              <span key={r} className={RELATIONSHIP_STYLES[r].cell} style={{ width: `${((p.byRelationship[r] ?? 0) / p.total) * 100}%` }} />
            ))}
          </div>
          <p className="mt-2 text-xs text-slate-600">
            {RELATIONSHIPS.filter((r) => p.byRelationship[r]).map((r) => `${p.byRelationship[r]} ${RELATIONSHIP_STYLES[r].label.toLowerCase()}`).join(" · ")}
          </p>
          <p className="mt-2 flex flex-wrap gap-3 text-sm">
            <Link href={`/crosswalk?from=${p.b}&to=${p.a}`}>Matrix the other way</Link>
            <Link href={`/gaps?from=${p.a}&to=${p.b}`}>Gaps of {name(p.a)}</Link>
            <Link href={`/gaps?from=${p.b}&to=${p.a}`}>Gaps of {name(p.b)}</Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
