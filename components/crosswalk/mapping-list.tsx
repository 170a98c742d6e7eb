import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { MappedProvision } from "@/lib/db/explorer";
import { RELATIONSHIP_STYLES, RelationshipBadge } from "./relationship";

const ORIGIN_WORDS = { analysis: "our analysis", "published-crosswalk": "from a published crosswalk", imported: "imported" } as const;
const REVIEW_TONES = { unreviewed: "amber", confirmed: "green", disputed: "red" } as const;

/** Every mapping of one provision, grouped by the other framework, read from this provision's side. */
export function MappingList({ citation, frameworkId: ownFramework, mappings }: { citation: string; frameworkId: string; mappings: MappedProvision[] }) {
  const frameworks = [...new Map(mappings.map((m) => [m.other.frameworkId, m.other.frameworkName])).entries()];
  return (
    <div className="space-y-6">
      {frameworks.map(([frameworkId, frameworkName]) => {
        const list = mappings.filter((m) => m.other.frameworkId === frameworkId);
        return (
          <section key={frameworkId} aria-labelledby={`mapped-${frameworkId}`}>
            <h3 id={`mapped-${frameworkId}`} className="mb-2 flex flex-wrap items-baseline gap-2 text-base font-semibold">
              {frameworkName}
              <span className="text-sm font-normal text-slate-500">{list.length} mapping{list.length === 1 ? "" : "s"}</span>
              <span className="ml-auto flex gap-3 text-sm font-normal">
                <Link href={`/crosswalk?from=${ownFramework}&to=${frameworkId}`}>Matrix</Link>
                <Link href={`/gaps?from=${ownFramework}&to=${frameworkId}`}>Gaps against {frameworkName}</Link>
              </span>
            </h3>
            <ul className="space-y-3">
              {list.map((m) => (
                <li key={m.mappingId} id={`mapping-${m.mappingId}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="mapping">
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <RelationshipBadge relationship={m.relationship} />
                    <span className="text-sm text-slate-600">
                      {citation} {RELATIONSHIP_STYLES[m.relationship].phrase}
                    </span>
                    <Link href={m.other.href} className="font-mono text-sm font-semibold">
                      {m.other.citation}
                    </Link>
                    <span className="text-sm text-slate-800">{m.other.title}</span>
                    {m.other.versionStatus === "repealed" && <Badge tone="red">{m.other.versionLabel.split(" (")[0]}, repealed</Badge>}
                    {m.other.versionStatus === "enacted" && <Badge tone="amber">{m.other.versionLabel.split(" (")[0]}, not yet applicable</Badge>}
                  </p>
                  <p className="mt-2 text-sm text-slate-700">{m.explanation}</p>
                  {m.gapSummary && (
                    <div className="mt-2 rounded-md bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-200">
                      <span className="font-semibold">Not covered by {m.gapNotCoveredBy}:</span> {m.gapSummary}
                    </div>
                  )}
                  {m.comparisons.length > 0 && (
                    <table className="mt-2 w-full text-left text-sm">
                      <caption className="sr-only">Where {citation} and {m.other.citation} differ in strength</caption>
                      <thead className="text-xs text-slate-500">
                        <tr>
                          <th scope="col" className="py-1 pr-3 font-medium">Differs in</th>
                          <th scope="col" className="py-1 pr-3 font-medium">{citation}</th>
                          <th scope="col" className="py-1 pr-3 font-medium">{m.other.citation}</th>
                          <th scope="col" className="py-1 font-medium">Stricter</th>
                        </tr>
                      </thead>
                      <tbody>
                        {m.comparisons.map((c) => (
                          <tr key={c.parameter} className="border-t border-slate-100 align-top">
                            <td className="py-1 pr-3 capitalize">{c.parameter}</td>
                            <td className={`py-1 pr-3 ${c.stricter === "here" ? "font-semibold" : ""}`}>{c.here}</td>
                            <td className={`py-1 pr-3 ${c.stricter === "there" ? "font-semibold" : ""}`}>{c.there}</td>
                            <td className="py-1">
                              {c.stricter === "here" ? citation : c.stricter === "there" ? m.other.citation : c.stricter === "same" ? "Same" : "Not comparable"}
                              {c.note && <span className="block text-xs text-slate-500">{c.note}</span>}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600" data-testid="mapping-origin">
                    <span>
                      {m.rationale} rationale · confidence {Math.round(m.confidence * 100)} % · {ORIGIN_WORDS[m.origin.kind]}, {m.origin.createdOn ?? "date not recorded"}
                      {!m.outgoing && " · recorded from the other side"}
                    </span>
                    <Badge tone={REVIEW_TONES[m.review.status]} title={m.review.note}>
                      {m.review.status === "unreviewed" ? "not yet reviewed" : `${m.review.status} by ${m.review.by}, ${m.review.on}`}
                    </Badge>
                  </p>
                  {m.origin.evidence.map((e) => (
                    <p key={e.source} className="mt-1 text-xs text-slate-600">
                      Evidence: {e.url ? <a href={e.url}>{e.source}</a> : e.source}
                      {e.version && `, ${e.version}`}
                      {e.locator && `, ${e.locator}`} · licence: {e.licence}
                    </p>
                  ))}
                  {m.origin.evidence.length === 0 && m.provenance.length > 40 && <p className="mt-1 text-xs text-slate-600">{m.provenance}</p>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
