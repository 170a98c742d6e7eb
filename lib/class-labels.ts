/** Plain-language names of the classes the engine assigns (shown on pages and in exports, never the raw code). */
export const CLASS_LABELS: Record<string, string> = {
  prohibited: "Prohibited",
  "high-risk": "High-risk",
  "high-risk-ai-system": "High-risk AI system",
  "covered-admt": "Covered ADMT",
  "high-impact": "High-impact AI (Korea)",
  "generative-ai": "Generative AI (Korea)",
  "not-high-impact": "Not high-impact (Korea)",
  "generative-ai-service": "Generative AI service (China)",
  "public-opinion-generative-ai-service": "Generative AI service with public-opinion attributes (China)",
  "medium-risk": "Medium risk (Viet Nam)",
  "low-risk": "Low risk (Viet Nam)",
  "no-risk-classes": "No risk classes (Japan: promotion law)",
  "limited-risk": "Limited risk (transparency)",
  "minimal-risk": "Minimal risk",
  "not-covered": "Not covered",
  "out-of-scope": "Outside the law's scope",
  gpai: "General-purpose AI model",
  "gpai-systemic-risk": "GPAI model with systemic risk",
  none: "—",
};

export const classLabel = (value: string) => CLASS_LABELS[value] ?? value;
