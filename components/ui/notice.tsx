import type { ReactNode } from "react";

/** A clear, non-alarming message for bad input or an empty result — never a stack trace. */
export function Notice({ title, children, tone = "amber" }: { title: string; children?: ReactNode; tone?: "amber" | "slate" }) {
  const tones = { amber: "border-amber-300 bg-amber-50 text-amber-950", slate: "border-slate-200 bg-white text-slate-800" };
  return (
    <div role={tone === "amber" ? "alert" : "status"} className={`mb-6 rounded-lg border p-4 ${tones[tone]}`}>
      <p className="font-semibold">{title}</p>
      {children && <div className="mt-1 text-sm">{children}</div>}
    </div>
  );
}

export function ProblemList({ problems }: { problems: { path: string; message: string }[] }) {
  return (
    <ul className="list-disc pl-5">
      {problems.map((p) => (
        <li key={`${p.path}:${p.message}`}>
          <code>{p.path}</code>: {p.message}
        </li>
      ))}
    </ul>
  );
}
