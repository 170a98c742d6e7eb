/** Plain-language names of the classes the engine assigns (shown on pages and in exports, never the raw code). */
export const CLASS_LABELS: Record<string, string> = {
  prohibited: "Prohibited",
  "high-risk": "High-risk",
  "high-risk-ai-system": "High-risk AI system",
  "covered-admt": "Covered ADMT",
  "limited-risk": "Limited risk (transparency)",
  "minimal-risk": "Minimal risk",
  "not-covered": "Not covered",
  "out-of-scope": "Outside the law's scope",
  gpai: "General-purpose AI model",
  "gpai-systemic-risk": "GPAI model with systemic risk",
  none: "—",
};

export const classLabel = (value: string) => CLASS_LABELS[value] ?? value;
