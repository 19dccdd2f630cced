/**
 * Dutch-style (or English) formatting of numbers, money, dates and times,
 * always in the Europe/Amsterdam time zone whatever the visitor's own.
 */
import type {Lang} from './lang.js';

export const TIME_ZONE = 'Europe/Amsterdam';

const LOCALES: Record<Lang, string> = {nl: 'nl-NL', en: 'en-GB'};
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function locale(lang: Lang): string {
  return LOCALES[lang];
}

let intlReady = false;

/**
 * Starts the browser's number and date formatting in a task of its own. The
 * first `Intl` formatter on a page costs 15–25 ms (its locale data); made while
 * a feed is still on its way, that cost is no longer part of the first render's
 * task, which then stays under 50 ms. Once per page.
 */
export function prepareFormatting(lang: Lang): void {
  if (intlReady) return;
  intlReady = true;
  setTimeout(() => formatNumber(0, lang));
}

let dutch: Intl.Collator | undefined;

/**
 * Dutch alphabetical order (case and accents aside, numbers by value), one for
 * the page, made on first use rather than while a bundle is evaluated: the
 * first collator takes 15–40 ms on a phone (4× CPU).
 */
export const dutchCollator = (): Intl.Collator => (dutch ??= new Intl.Collator('nl', {sensitivity: 'base', numeric: true}));

/** `1500` → `1.500` (nl) or `1,500` (en). */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(LOCALES[lang], options)).format(value);
}

/** `2.5` → `€ 2,50` (nl) or `€2.50` (en). */
export function formatEuro(value: number, lang: Lang): string {
  return formatNumber(value, lang, {style: 'currency', currency: 'EUR'});
}

/** A date-time formatter in Europe/Amsterdam. */
export function dateTimeFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(
    `d|${lang}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(LOCALES[lang], {timeZone: TIME_ZONE, ...options}),
  ) as Intl.DateTimeFormat;
}

/** `donderdag 24 september` / `Thursday 24 September`. */
export function formatDay(date: Date, lang: Lang, withYear = false): string {
  return dateTimeFormat(lang, {weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? {year: 'numeric'} : {})}).format(date);
}

/** `24 september 2026`. */
export function formatDate(date: Date, lang: Lang): string {
  return dateTimeFormat(lang, {day: 'numeric', month: 'long', year: 'numeric'}).format(date);
}

/** `14:00` in both languages (24-hour clock). */
export function formatTime(date: Date, lang: Lang): string {
  return dateTimeFormat(lang, {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).format(date);
}

/** The calendar date in Amsterdam as `YYYY-MM-DD`: the key for grouping by day. */
export function amsterdamDateKey(date: Date): string {
  const parts = dateTimeFormat('en', {year: 'numeric', month: '2-digit', day: '2-digit'}).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Picks the Dutch or English plural form: `plural(3, 'initiatief', 'initiatieven')`. */
export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
