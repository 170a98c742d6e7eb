import { describeCondition } from "@/lib/engine/conditions";
import { formatDate } from "@/lib/format";
import type { ProvisionDetail } from "@/lib/db/explorer";

type Dates = ProvisionDetail["provision"]["dates"];

/** When a provision applies (per route), and what an amendment moved: old date → new date. */
export function ProvisionDates({ dates, versionValidFrom }: { dates: Dates; versionValidFrom: string | null }) {
  return (
    <div className="space-y-4 text-sm">
      {dates.applies.length === 0 ? (
        <p className="text-slate-700">No date of its own: it applies with its version{versionValidFrom ? `, from ${formatDate(versionValidFrom)}` : ""}.</p>
      ) : (
        <ul className="space-y-2">
          {dates.applies.map((d) => (
            <li key={`${d.from}-${d.setBy}`} className="flex flex-col gap-0.5">
              <span className="font-semibold text-slate-900">
                From {formatDate(d.from)}
                {d.when ? <span className="font-normal text-slate-600"> — when {describeCondition(d.when)}</span> : dates.applies.length > 1 ? <span className="font-normal text-slate-600"> — by default</span> : null}
              </span>
              <span className="text-slate-600">Set by {d.setBy}</span>
              {d.note && <span className="text-slate-600">{d.note}</span>}
              {d.contested && (
                <span className="mt-1 rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-950 [overflow-wrap:anywhere]">
                  <strong>Contested date.</strong> {d.contested.question}
                  <span className="mt-1 block">
                    {d.contested.readings.map((r) => (
                      <span key={`${r.from}-${r.source}`} className="block">
                        From {formatDate(r.from)}: {r.reading} <span className="text-amber-900">({r.source})</span>
                      </span>
                    ))}
                  </span>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {dates.history.length > 0 && (
        <div>
          <h3 className="mb-1 font-semibold text-slate-800">Date history</h3>
          <ul className="space-y-2 border-l-2 border-amber-300 pl-3">
            {dates.history.map((h) => (
              <li key={`${h.from}-${h.setBy}`}>
                <span className="text-slate-600 line-through decoration-slate-400">{formatDate(h.from)}</span>{" "}
                <span className="text-slate-700">set by {h.setBy}; replaced by {h.replacedBy}.</span>
                {h.note && <span className="block text-slate-600">{h.note}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {dates.amendedBy && (
        <p className="text-slate-700">
          <span className="font-semibold">{dates.amendedBy.change === "added" ? "Added" : "Amended"} by {dates.amendedBy.act}.</span>
          {dates.amendedBy.note && <span className="text-slate-600"> {dates.amendedBy.note}</span>}
        </p>
      )}
    </div>
  );
}
