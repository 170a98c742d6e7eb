import { HIGHLIGHT_MARKERS } from "@/lib/search/highlight";

/** Renders ts_headline output with ⟦…⟧ around matches as <mark>, never as raw HTML. */
export function HighlightedText({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${HIGHLIGHT_MARKERS.start}[^${HIGHLIGHT_MARKERS.stop}]*${HIGHLIGHT_MARKERS.stop})`, "g"));
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith(HIGHLIGHT_MARKERS.start) ? (
          <mark key={i} className="rounded-sm bg-yellow-100 px-0.5 text-slate-900">
            {part.slice(1, -1)}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
