/** 2027-12-02 → "2 Dec 2027" (UTC, as dates in law have no time zone). */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  const d = typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

export const STATUS_LABELS: Record<string, string> = {
  "in-force": "In force",
  enacted: "Enacted, not yet applicable",
  repealed: "Repealed",
  proposed: "Proposed",
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}
