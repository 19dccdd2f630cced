/**
 * Text folding for search, shared by every widget: case-insensitive and
 * accent-insensitive (`Financiële` → `financiele`, `Fryslân` → `fryslan`,
 * the ligature `ĳ` → `ij`), so visitors find what they mean however they type.
 */

const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\p{ASCII}]/u;
/** Anything between words: not a letter or digit in any script. */
export const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Lower case without accents or ligatures. Plain ASCII skips the (slower) decomposition. */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(MARKS, '') : lower;
}

/** The folded words of a text, in order (empty words dropped). */
export function searchWords(text: string): string[] {
  return foldForSearch(text).split(NON_WORD).filter(Boolean);
}

/** The distinct folded words of a query. */
export function queryWords(query: string): string[] {
  return [...new Set(searchWords(query))];
}
