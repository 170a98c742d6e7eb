/** "Download CSV / JSON" for the view on screen: the same query string, sent to an export route. */
export function DownloadLinks({ href, label = "Download" }: { href: (format: "csv" | "json") => string; label?: string }) {
  const button = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 no-underline hover:bg-slate-50 hover:no-underline";
  return (
    <div className="flex items-center gap-2" role="group" aria-label={`${label} this view`}>
      <span className="text-sm text-slate-500">{label}</span>
      <a href={href("csv")} className={button} download>
        CSV
      </a>
      <a href={href("json")} className={button} download>
        JSON
      </a>
    </div>
  );
}
