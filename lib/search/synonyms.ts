import raw from "@/data/search-synonyms.json";
import { searchSynonymsSchema, termWords, type SynonymGroup } from "@/lib/schemas/search-synonyms";

// Query expansion with data/search-synonyms.json: "FRIA" also searches "fundamental rights impact
// assessment", "deepfake" also "deep fake". Parsed once at import: a bad file fails loudly.

export const SYNONYM_GROUPS: SynonymGroup[] = searchSynonymsSchema.parse(raw).groups;

/** At most this many spellings of one query are searched (the original included). */
export const MAX_VARIANTS = 12;

export type Expansion = {
  /** The query's words with each matched term replaced by each other term of its group; the original first. */
  variants: string[];
  /** Which terms of the query were matched, and what else they were searched as. */
  matched: { term: string; alternatives: string[] }[];
};

type Term = { words: string[]; text: string; group: number };

function indexTerms(groups: SynonymGroup[]): Term[] {
  return groups
    .flatMap((g, group) => g.terms.map((text) => ({ words: termWords(text), text, group })))
    .sort((a, b) => b.words.length - a.words.length); // longest first: "fundamental rights impact assessment" before "impact assessment"
}
const DEFAULT_TERMS = indexTerms(SYNONYM_GROUPS);

/**
 * The spellings of `query` to search: the query itself, then the query with each matched term
 * (longest match first, never overlapping) replaced by the other terms of its group.
 */
export function expandQuery(query: string, groups: SynonymGroup[] = SYNONYM_GROUPS): Expansion {
  const terms = groups === SYNONYM_GROUPS ? DEFAULT_TERMS : indexTerms(groups);
  const words = termWords(query);
  // Segments: plain words, or a matched term with its alternatives.
  const segments: string[][] = [];
  const matched: Expansion["matched"] = [];
  for (let i = 0; i < words.length; ) {
    const term = terms.find((t) => t.words.every((w, k) => words[i + k] === w));
    if (!term) {
      segments.push([words[i]!]);
      i++;
      continue;
    }
    const original = words.slice(i, i + term.words.length).join(" ");
    const alternatives = groups[term.group]!.terms.filter((t) => termWords(t).join(" ") !== original);
    segments.push([original, ...alternatives]);
    matched.push({ term: original, alternatives });
    i += term.words.length;
  }
  const variants = [query.trim()];
  if (!matched.length) return { variants, matched };
  // Vary one term at a time (the others as typed) so a long query does not multiply out.
  segments.forEach((options, s) => {
    for (const alternative of options.slice(1)) {
      if (variants.length >= MAX_VARIANTS) return;
      variants.push(segments.map((o, k) => (k === s ? alternative : o[0])).join(" "));
    }
  });
  return { variants, matched };
}
