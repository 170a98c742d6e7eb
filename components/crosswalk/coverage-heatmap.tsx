import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { STATUS_LABELS } from "@/lib/format";

type Version = { id: string; label: string; status: string; frameworkId: string; framework: { shortName: string; binding: boolean } };
type Concept = { id: string; name: string; description: string };
type Count = { provisions: number; duties: number };

function shade(n: number): string {
  if (n === 0) return "bg-[repeating-linear-gradient(135deg,#fff_0,#fff_4px,#fee2e2_4px,#fee2e2_6px)] text-red-800";
  if (n === 1) return "bg-blue-50 text-blue-900";
  if (n <= 3) return "bg-blue-200 text-blue-950";
  if (n <= 7) return "bg-blue-500 text-white";
  return "bg-blue-800 text-white";
}

/** Concept × framework version: how many provisions speak to each concept; empty cells are the gaps. */
export function CoverageHeatmap({ concepts, versions, cell }: { concepts: Concept[]; versions: Version[]; cell: (conceptId: string, versionId: string) => Count }) {
  return (
    <div className="overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm" role="region" aria-label="Concept coverage by framework" tabIndex={0}>
      <table className="w-full border-separate border-spacing-0 text-sm" data-testid="coverage-heatmap">
        <caption className="sr-only">Number of provisions tagged with each concept, per framework version. Hatched red cells: the framework says nothing on the concept.</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 top-0 z-20 border-b border-slate-200 bg-white p-2 text-left font-semibold text-slate-600">Concept</th>
            {versions.map((v) => (
              <th key={v.id} scope="col" className="sticky top-0 z-10 min-w-24 border-b border-l border-slate-200 bg-white p-2 text-center align-bottom font-normal">
                <Link href={`/frameworks/${v.frameworkId}?version=${encodeURIComponent(v.id)}`} className="block font-semibold text-slate-800">
                  {v.framework.shortName}
                </Link>
                <span className="block text-xs text-slate-500" title={v.label}>{v.label.split(" (")[0]}</span>
                <span className="mt-1 inline-flex gap-1">
                  <Badge tone={v.framework.binding ? "blue" : "violet"}>{v.framework.binding ? "Binding" : "Voluntary"}</Badge>
                  {v.status !== "in-force" && <Badge tone={v.status === "repealed" ? "red" : "amber"}>{v.status === "enacted" ? "Enacted" : (STATUS_LABELS[v.status] ?? v.status)}</Badge>}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {concepts.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="sticky left-0 z-10 border-b border-slate-100 bg-white px-2 py-1 text-left font-normal">
                <Link href={`/concepts/${c.id}`} title={c.description} className="text-slate-800">
                  {c.name}
                </Link>
              </th>
              {versions.map((v) => {
                const count = cell(c.id, v.id);
                const label = `${c.name} in ${v.framework.shortName} (${v.label}): ${count.provisions === 0 ? "nothing" : `${count.provisions} provision${count.provisions === 1 ? "" : "s"}, ${count.duties} of them duties`}`;
                return (
                  <td key={v.id} className="border-b border-l border-slate-100 p-0.5 text-center">
                    {count.provisions > 0 ? (
                      <Link
                        href={`/frameworks/${v.frameworkId}?version=${encodeURIComponent(v.id)}&concept=${c.id}`}
                        aria-label={label}
                        title={label}
                        className={`block rounded-sm px-2 py-1 font-medium no-underline hover:no-underline hover:ring-2 hover:ring-brand-600 ${shade(count.provisions)}`}
                      >
                        {count.provisions}
                      </Link>
                    ) : (
                      <span aria-label={label} title={label} className={`block rounded-sm px-2 py-1 ${shade(0)}`}>
                        –
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function HeatmapLegend() {
  const steps: [string, number][] = [["none", 0], ["1", 1], ["2–3", 2], ["4–7", 5], ["8+", 9]];
  return (
    <ul aria-label="Heatmap legend" className="flex flex-wrap items-center gap-3 text-xs text-slate-600">
      {steps.map(([label, n]) => (
        <li key={label} className="flex items-center gap-1.5">
          <span aria-hidden className={`inline-block h-4 w-6 rounded-sm ring-1 ring-slate-200 ${shade(n)}`} />
          {label === "none" ? "nothing on the concept (a gap)" : `${label} provision${label === "1" ? "" : "s"}`}
        </li>
      ))}
    </ul>
  );
}
