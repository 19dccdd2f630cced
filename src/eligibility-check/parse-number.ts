/**
 * Reads a number as people type it in a Dutch (or English) form field.
 *
 * The rules, in order:
 * - Surrounding whitespace is ignored; an empty field is `empty`.
 * - Digits may be grouped by thousands with spaces (`1 500`, also no-break spaces),
 *   dots or commas, one kind per number, groups of exactly three digits (`1.500.000`).
 * - One decimal separator is allowed (`2,5`, `1.500,5`). When both a dot and a comma
 *   occur, the last one is the decimal separator (`1.500,5`, `1,500.5`).
 * - A single dot or comma followed by anything but exactly three digits is a decimal
 *   separator (`2.5`, `2,5`, `1500,25`).
 * - A single dot or comma followed by exactly three digits (`1.500`, `1,500`) is
 *   ambiguous: the page language decides. Dutch reads `1.500` as fifteen hundred and
 *   `1,500` as one and a half; English the other way round.
 * - A minus sign gives `negative`; anything else (letters, units, `1e3`, `+5`,
 *   badly grouped digits like `1.50.0`) is `invalid`.
 */
import type {Lang} from '../i18n/lang.js';

export type ParseNumberError = 'empty' | 'invalid' | 'negative';

export type ParsedNumber = {ok: true; value: number} | {ok: false; reason: ParseNumberError};

const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const SHAPE = /^\d+(?:[ .,]\d+)*$/;

export function parseNumber(input: string, lang: Lang = 'nl'): ParsedNumber {
  let text = input.replace(SPACES, ' ').trim();
  if (!text) return {ok: false, reason: 'empty'};
  if (/^[-\u2212]\s*\d/.test(text)) return {ok: false, reason: 'negative'};
  if (!SHAPE.test(text)) return {ok: false, reason: 'invalid'};

  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let decimal = '';
  if (lastDot >= 0 && lastComma >= 0) {
    decimal = lastDot > lastComma ? '.' : ',';
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const single = text.indexOf(mark) === text.lastIndexOf(mark);
    const after = text.length - text.lastIndexOf(mark) - 1;
    const ambiguous = single && after === 3;
    if (single && (!ambiguous || mark === (lang === 'en' ? '.' : ','))) decimal = mark;
  }

  let fraction = '';
  if (decimal) {
    const at = text.lastIndexOf(decimal);
    fraction = text.slice(at + 1);
    text = text.slice(0, at);
    if (!/^\d+$/.test(fraction)) return {ok: false, reason: 'invalid'};
  }
  const groups = text.split(/[ .,]/);
  if (groups.length > 1) {
    const separators = new Set(text.replace(/\d/g, ''));
    if (separators.size > 1 || separators.has(decimal)) return {ok: false, reason: 'invalid'};
    if (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((group) => !/^\d{3}$/.test(group))) {
      return {ok: false, reason: 'invalid'};
    }
  }
  const value = Number(`${groups.join('')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? {ok: true, value} : {ok: false, reason: 'invalid'};
}
