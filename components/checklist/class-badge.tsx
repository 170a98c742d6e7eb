import { Badge, type BadgeTone } from "@/components/ui/badge";

const CLASS_STYLE: Record<string, { label: string; tone: BadgeTone }> = {
  prohibited: { label: "Prohibited", tone: "red" },
  "high-risk": { label: "High-risk", tone: "amber" },
  "high-risk-ai-system": { label: "High-risk AI system", tone: "amber" },
  "covered-admt": { label: "Covered ADMT", tone: "amber" },
  "limited-risk": { label: "Limited risk (transparency)", tone: "blue" },
  "minimal-risk": { label: "Minimal risk", tone: "green" },
  "not-covered": { label: "Not covered", tone: "green" },
  gpai: { label: "General-purpose AI model", tone: "blue" },
  "gpai-systemic-risk": { label: "GPAI model with systemic risk", tone: "red" },
  none: { label: "—", tone: "slate" },
};

export function ClassBadge({ value }: { value: string }) {
  const style = CLASS_STYLE[value] ?? { label: value, tone: "slate" as const };
  return <Badge tone={style.tone}>{style.label}</Badge>;
}
