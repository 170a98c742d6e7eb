import { RELATIONSHIP_STYLES } from "@/components/crosswalk/relationship";
import { RELATIONSHIPS } from "@/lib/schemas/common";
import { CONCEPT_COLOUR, EDGE_COLOURS, frameworkColour } from "./palette";

/** Which colour is which framework, and which edge colour is which relationship. */
export function GraphLegend({
  frameworks,
  withConcepts,
  mode = "provisions",
}: {
  frameworks: { id: string; shortName: string }[];
  withConcepts: boolean;
  /** In the framework overview a line's width, not its colour, carries the meaning. */
  mode?: "clusters" | "provisions";
}) {
  const order = frameworks.map((f) => f.id);
  return (
    <div className="flex flex-col gap-2 text-xs text-slate-700 sm:flex-row sm:flex-wrap sm:gap-x-8">
      <ul aria-label="Node colours" className="flex flex-wrap gap-x-4 gap-y-1">
        {frameworks.map((f) => (
          <li key={f.id} className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-3 w-3 rounded-full" style={{ background: frameworkColour(f.id, order) }} />
            {f.shortName}
          </li>
        ))}
        {withConcepts && (
          <li className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-3 w-3 rounded-full" style={{ background: CONCEPT_COLOUR }} />
            Concept
          </li>
        )}
      </ul>
      {mode === "clusters" ? (
        <ul aria-label="Lines" className="flex flex-wrap gap-x-4 gap-y-1">
          <li className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-0.5 w-5 rounded bg-slate-400" />
            <span aria-hidden className="inline-block h-1.5 w-5 rounded bg-slate-400" />
            Line width: mappings between two frameworks
          </li>
          <li className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-2 w-2 rounded-full bg-slate-500" />
            <span aria-hidden className="inline-block h-3.5 w-3.5 rounded-full bg-slate-500" />
            Circle size: provisions mapped
          </li>
        </ul>
      ) : (
      <ul aria-label="Edge colours" className="flex flex-wrap gap-x-4 gap-y-1">
        {RELATIONSHIPS.filter((r) => r !== "no-relationship").map((r) => (
          <li key={r} className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-1 w-5 rounded" style={{ background: EDGE_COLOURS[r] }} />
            {RELATIONSHIP_STYLES[r].label}
          </li>
        ))}
        {withConcepts && (
          <li className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-1 w-5 rounded" style={{ background: EDGE_COLOURS.concept }} />
            Tagged with
          </li>
        )}
      </ul>
      )}
    </div>
  );
}
