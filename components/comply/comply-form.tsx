import { FRAMEWORK_JURISDICTIONS, JURISDICTION_LABELS } from "@/lib/schemas/common";

/** The selection of the comply page: jurisdictions, one concept or all, the date, and whether voluntary codes count. */
export function ComplyForm({
  concepts,
  jurisdictions,
  concept,
  asOf,
  voluntary,
}: {
  concepts: { id: string; name: string }[];
  jurisdictions: string[];
  concept?: string;
  asOf?: string;
  voluntary: boolean;
}) {
  const chosen = new Set(jurisdictions);
  return (
    <form action="/comply" method="get" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label="Choose jurisdictions and a concept">
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-700">Jurisdictions</legend>
        <div className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-4">
          {FRAMEWORK_JURISDICTIONS.map((j) => (
            <label key={j} className="flex items-center gap-2">
              <input type="checkbox" name="jurisdictions" value={j} defaultChecked={chosen.has(j)} className="h-4 w-4" />
              <span>
                {JURISDICTION_LABELS[j]} <span className="text-slate-500">({j})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">Concept</span>
          <select name="concept" defaultValue={concept ?? ""} className="max-w-72 rounded-md border border-slate-300 bg-white px-2 py-1.5">
            <option value="">Every concept</option>
            {concepts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">As of</span>
          <input type="date" name="asOf" defaultValue={asOf} className="rounded-md border border-slate-300 bg-white px-2 py-1" />
        </label>
        <label className="flex items-center gap-2 pb-1.5">
          <input type="checkbox" name="voluntary" value="1" defaultChecked={voluntary} className="h-4 w-4" />
          <span>Include codes of practice and standards</span>
        </label>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 font-medium text-white hover:bg-brand-600">
          Harmonise
        </button>
      </div>
    </form>
  );
}
