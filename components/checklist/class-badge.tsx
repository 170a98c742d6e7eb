import { Badge, type BadgeTone } from "@/components/ui/badge";
import { classLabel } from "@/lib/class-labels";

const CLASS_TONE: Record<string, BadgeTone> = {
  prohibited: "red",
  "high-risk": "amber",
  "high-risk-ai-system": "amber",
  "covered-admt": "amber",
  "high-impact": "amber",
  "public-opinion-generative-ai-service": "amber",
  "generative-ai-service": "blue",
  "generative-ai": "blue",
  "medium-risk": "blue",
  "not-high-impact": "green",
  "low-risk": "green",
  "no-risk-classes": "slate",
  "limited-risk": "blue",
  "minimal-risk": "green",
  "not-covered": "green",
  "out-of-scope": "slate",
  gpai: "blue",
  "gpai-systemic-risk": "red",
  none: "slate",
};

/** A class, and whether an open answer could still lower it. */
export function ClassBadge({ value, confirmed = true }: { value: string; confirmed?: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge tone={CLASS_TONE[value] ?? "slate"}>{classLabel(value)}</Badge>
      {!confirmed && <Badge tone="violet" title="Depends on answers marked “not sure”">not confirmed</Badge>}
    </span>
  );
}
