// How a typed citation is compared with stored ones. Both sides are reduced to lower-case
// alphanumeric tokens separated by single spaces — the same expression as the
// "Provision_citation_normalised_idx" index — so "Art. 26(1)" and "art 26 1" meet, and a
// prefix match at a token boundary finds the paragraphs of an article ("art 26" → "art 26 1")
// without finding other articles ("art 2" does not match "art 26").

/** Same result as SQL `btrim(lower(regexp_replace(citation, '[^A-Za-z0-9]+', ' ', 'g')))`. */
export function normaliseCitation(citation: string): string {
  return citation.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

const LEADING_WORDS: [RegExp, string][] = [
  [/^(article|articles|arts)\b/, "art"],
  [/^(c r s|crs|section|sec|s)\b\s*(?=\d)/, ""], // "C.R.S. 6-1-1703", "§ 6-1-1703" (§ is already gone)
  [/^(art|annex|clause|action|govern|map|measure|manage)(?=\d)/, "$1 "], // "art26" → "art 26"
];

/** A search query as a citation, or null when it cannot be one (no digit, or too long). */
export function citationQuery(query: string): string | null {
  let q = normaliseCitation(query);
  for (const [pattern, replacement] of LEADING_WORDS) q = q.replace(pattern, replacement).trim();
  if (!q || !/\d/.test(q) || q.split(" ").length > 8) return null;
  return q;
}
