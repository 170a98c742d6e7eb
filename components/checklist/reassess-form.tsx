"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { assessSystemAction } from "@/app/(workspace)/systems/actions";

export function ReassessForm({ systemId, asOf }: { systemId: string; asOf: string }) {
  const router = useRouter();
  const [date, setDate] = useState(asOf);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="flex flex-wrap items-end gap-2 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await assessSystemAction({ systemId, asOf: date });
          if (!r.ok) setError(r.problems.map((p) => `${p.path}: ${p.message}`).join("; "));
          else {
            setError(null);
            router.refresh();
          }
        });
      }}
    >
      <label className="flex flex-col">
        <span className="text-slate-600">Assess as of</span>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required className="rounded-md border border-slate-300 bg-white px-2 py-1" />
      </label>
      <button disabled={pending} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 disabled:opacity-50">
        {pending ? "Assessing…" : "Re-assess"}
      </button>
      {error && <p role="alert" className="w-full text-red-700">{error}</p>}
    </form>
  );
}
