/**
 * Full-text search for the Etalage: case- and accent-insensitive, every word of
 * the query must match, and each word matches as a prefix of a word in the text
 * (`jong` finds `jongeren`, `financiele` finds `Financiële`). The text of each
 * initiative is normalised once, when the feed arrives; a keystroke only runs
 * `String.includes` over those prepared texts. Marking the matches in the
 * original text is in highlight.ts, loaded when the visitor first searches.
 */

import {foldForSearch, queryWords, searchWords} from '../i18n/search-text.js';

/** Lower case without accents, ligatures split: `Financiële ĳs` → `financiele ijs`. */
export const normalize = foldForSearch;

/** The words of a text, normalised. */
export const words = searchWords;

/** The distinct words of a query, longest first (so highlights prefer the longest match). */
export function queryTokens(query: string): string[] {
  return queryWords(query).sort((a, b) => b.length - a.length);
}

/**
 * Prepares texts for searching: the normalised words, each with a space before
 * and after, so `includes(' ' + token)` is a prefix match at a word start.
 */
export function searchText(...texts: Array<string | readonly string[] | undefined>): string {
  return preparedText(words(texts.flat().filter(Boolean).join(' ')));
}

/** `searchText` from words already normalised (see `words`). */
export function preparedText(normalisedWords: readonly string[]): string {
  // Each word once: the search asks only whether some word starts with a token.
  return ` ${[...new Set(normalisedWords)].join(' ')} `;
}

/**
 * True when every token starts a word of the prepared `text` (no tokens: true).
 * `needles` are the tokens with a space before them (`spaced(tokens)`), made
 * once per keystroke rather than once per item.
 */
export function matchesAll(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (!text.includes(needle)) return false;
  return true;
}

/** The tokens as needles for `matchesAll`: `jong` → ` jong`. */
export function spaced(tokens: readonly string[]): string[] {
  return tokens.map((token) => ` ${token}`);
}

/**
 * How well an item fits the query, for sorting by relevance. Per query word: a
 * whole word of the name 4, the start of a word of the name 3, a whole word of
 * the card text (organisation, summary, tags) 2, anywhere else 1. Returns a
 * scorer for prepared texts, made once per keystroke; scores are small whole numbers.
 */
export function relevance(tokens: readonly string[]): (nameText: string, cardText: string) => number {
  const prefixes = spaced(tokens);
  const wholes = prefixes.map((prefix) => `${prefix} `);
  return (nameText, cardText) => {
    let score = 0;
    for (let k = 0; k < prefixes.length; k++) {
      const whole = wholes[k];
      score += nameText.includes(whole) ? 4 : nameText.includes(prefixes[k]) ? 3 : cardText.includes(whole) ? 2 : 1;
    }
    return score;
  };
}
