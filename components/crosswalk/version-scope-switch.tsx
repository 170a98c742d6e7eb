import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { VersionScope } from "@/lib/schemas/explorer";

/**
 * The visible switch between the versions in force or enacted today (the default) and every
 * version, repealed ones included (`versions=all`). Two links, so it works without JavaScript and
 * each state has an address a researcher can cite.
 */
export function VersionScopeSwitch({
  scope,
  asOf,
  href,
  outside,
}: {
  scope: VersionScope;
  asOf: string;
  /** The page's address in the given scope. */
  href: (scope: VersionScope) => string;
  /** What the default leaves out: version labels, or a count of matches. */
  outside: { label: string; status: string }[] | { count: number; what: string };
}) {
  const labels = Array.isArray(outside) ? outside.map((v) => `${v.label}${v.status === "repealed" ? " (repealed)" : ""}`) : [];
  const left = Array.isArray(outside) ? labels.join(", ") : outside.count > 0 ? `${outside.count} ${outside.what}` : "";
  const option = (value: VersionScope, label: string) => (
    <Link
      href={href(value)}
      aria-current={scope === value ? "true" : undefined}
      className={`px-3 py-1 no-underline hover:no-underline ${scope === value ? "bg-brand-700 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="mb-4 flex flex-col gap-2 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm sm:flex-row sm:items-center sm:justify-between" data-testid="version-switch">
      <p className="text-slate-700">
        {scope === "current" ? (
          <>
            Versions in force or enacted on {formatDate(asOf)}
            {left && <span className="text-slate-600"> — left out: {left}</span>}.
          </>
        ) : (
          <>Every version, repealed ones included; the law in force comes first.</>
        )}
      </p>
      <nav aria-label="Versions shown" className="flex shrink-0 overflow-hidden rounded-md ring-1 ring-slate-300">
        {option("current", "In force today")}
        {option("all", "Include repealed versions")}
      </nav>
    </div>
  );
}
