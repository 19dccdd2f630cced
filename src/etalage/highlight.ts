/**
 * The query words marked in the original text (`<mark>`), for the Etalage's
 * cards and dialog: a chunk of its own, loaded when the visitor first searches
 * (most never do), so the bundle does not carry it.
 */
import {html} from 'lit';
import {NON_WORD, foldForSearch} from '../i18n/search-text.js';

/** A highlighted stretch of the original text: `[start, end)` in UTF-16 units. */
export type Range = readonly [start: number, end: number];

const isWordChar = (char: string | undefined) => !!char && !NON_WORD.test(char);

/**
 * Where the tokens match in `text` (the original, not normalised), as ranges to
 * render with `<mark>`. Data only: the caller renders the pieces as text.
 */
export function highlightRanges(text: string, tokens: readonly string[]): Range[] {
  if (tokens.length === 0 || !text) return [];
  // Normalise per code point, remembering where each normalised unit came from.
  let normal = '';
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  for (const char of text) {
    const n = char < '\x80' ? char.toLowerCase() : foldForSearch(char);
    for (let i = 0; i < n.length; i++) {
      from.push(index);
      to.push(index + char.length);
    }
    normal += n;
    index += char.length;
  }
  const ranges: Array<[number, number]> = [];
  for (let pos = 0; pos < normal.length; pos++) {
    if (!isWordChar(normal[pos]) || isWordChar(normal[pos - 1])) continue;
    const token = tokens.find((t) => normal.startsWith(t, pos));
    if (!token) continue;
    let end = to[pos + token.length - 1];
    // A match ending inside an accented letter takes the whole letter.
    while (end < text.length && /\p{M}/u.test(text[end])) end++;
    const last = ranges[ranges.length - 1];
    if (last && from[pos] <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([from[pos], end]);
  }
  return ranges;
}

/** Splits `text` into plain and highlighted pieces: `[{text, mark}]`. */
export function highlightPieces(text: string, ranges: readonly Range[]): Array<{text: string; mark: boolean}> {
  const pieces: Array<{text: string; mark: boolean}> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({text: text.slice(at, start), mark: false});
    pieces.push({text: text.slice(start, end), mark: true});
    at = end;
  }
  if (at < text.length) pieces.push({text: text.slice(at), mark: false});
  return pieces;
}

/** The text with the query words in `<mark>`, always rendered as text. */
export function marks(text: string, tokens: readonly string[]): unknown {
  return highlightPieces(text, highlightRanges(text, tokens)).map((p) => (p.mark ? html`<mark>${p.text}</mark>` : p.text));
}
