import type { ReactNode } from "react";

/** The dashed empty-state box used across the workspace. */
export function EmptyDeadlines({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
      <p className="font-medium text-slate-900">{title}</p>
      <div className="mt-1 text-slate-700">{children}</div>
    </div>
  );
}
