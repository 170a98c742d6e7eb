import { z } from "zod";

// data/search-synonyms.json: groups of terms that search treats as one (abbreviations, spellings,
// the words different laws use for the same duty).

/** How a term is compared: lower-case words of letters and digits ("Deep-fake" → "deep fake"). */
export function termWords(term: string): string[] {
  return term.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const termSchema = z
  .string()
  .trim()
  .min(2, "a term has at least 2 characters")
  .max(80, "a term has at most 80 characters")
  .refine((t) => termWords(t).length > 0 && termWords(t).length <= 6, "a term is 1 to 6 words of letters or digits");

export const synonymGroupSchema = z
  .object({
    /** The first term names the group. */
    terms: z.array(termSchema).min(2, "a group needs at least two terms").max(12),
    /** Where the terms come from (a citation), for reviewers. */
    note: z.string().max(300).optional(),
  })
  .strict();

export const searchSynonymsSchema = z
  .object({
    description: z.string().max(600).optional(),
    groups: z.array(synonymGroupSchema).min(1),
  })
  .strict()
  .superRefine((data, ctx) => {
    // A term in two groups would make expansion depend on the order of the file.
    const seen = new Map<string, number>();
    data.groups.forEach((group, g) =>
      group.terms.forEach((term, t) => {
        const key = termWords(term).join(" ");
        const first = seen.get(key);
        if (first !== undefined && first !== g) ctx.addIssue({ code: "custom", path: ["groups", g, "terms", t], message: `"${term}" is already in group ${first}` });
        else if (first === g && group.terms.findIndex((x) => termWords(x).join(" ") === key) !== t)
          ctx.addIssue({ code: "custom", path: ["groups", g, "terms", t], message: `"${term}" is repeated in its group` });
        seen.set(key, g);
      }),
    );
  });

export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
export type SearchSynonyms = z.infer<typeof searchSynonymsSchema>;
