import { termWords } from "@/lib/schemas/search-synonyms";

// "Did you mean …" for a search that finds nothing: each word of the query that is not in the
// corpus vocabulary is replaced by the closest words that are (edit distance, then frequency).

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at `max` + 1. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, previous2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How far a word may be from a suggestion: short words must be nearly right. */
const allowedDistance = (word: string) => (word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3);

/** The closest vocabulary words to `word`, best first. */
export function closestWords(word: string, vocabulary: ReadonlyMap<string, number>, limit = 3): string[] {
  const max = allowedDistance(word);
  const found: { w: string; d: number; n: number }[] = [];
  for (const [w, n] of vocabulary) {
    if (w === word) continue;
    const d = editDistance(word, w, max);
    if (d <= max) found.push({ w, d, n });
  }
  found.sort((a, b) => a.d - b.d || b.n - a.n || a.w.localeCompare(b.w));
  return found.slice(0, limit).map((f) => f.w);
}

/**
 * Up to `limit` corrected queries built from the corpus vocabulary (word → how often it occurs),
 * best first; empty when every word is already in the vocabulary or nothing is close.
 */
export function suggestQueries(query: string, vocabulary: ReadonlyMap<string, number>, limit = 3): string[] {
  const words = termWords(query);
  if (!words.length) return [];
  const options = words.map((w) => (vocabulary.has(w) || /^\d+$/.test(w) ? [w] : closestWords(w, vocabulary)));
  if (options.every((o, i) => o.length === 1 && o[0] === words[i])) return [];
  // A word nothing resembles is left out, as long as something is left.
  const kept = options.filter((o) => o.length > 0);
  if (!kept.length) return [];
  const suggestions = new Set<string>();
  suggestions.add(kept.map((o) => o[0]).join(" "));
  // Then the runner-up spellings of each corrected word, one word at a time.
  kept.forEach((o, i) => o.slice(1).forEach((alt) => suggestions.add(kept.map((x, k) => (k === i ? alt : x[0])).join(" "))));
  suggestions.delete(words.join(" "));
  return [...suggestions].slice(0, limit);
}
