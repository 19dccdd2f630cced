/**
 * Events by Amsterdam calendar day, and their time ranges as people write them:
 * `14:00–16:00`, `22:00–01:00 (volgende dag)`, `do 24 sep 10:00 – za 26 sep 17:00`.
 * Everything is in Europe/Amsterdam whatever the visitor's own time zone.
 */
import type {FeedEvent} from '../feed/schema.js';
import {amsterdamDateKey, dateTimeFormat, formatDay, formatTime} from '../i18n/format.js';
import type {Lang} from '../i18n/lang.js';
import {isPast, type PreparedEvent} from './filter.js';
import {eventListStrings} from './strings.js';

const DAY_MS = 86_400_000;

/** One day of the list: its Amsterdam date key (`2026-09-24`) and its events, in order. */
export interface EventDay<T = FeedEvent> {
  key: string;
  events: T[];
}

/**
 * Groups events by the Amsterdam day they start on, keeping their order. Give
 * `keyOf` when the keys are already known (the element keeps them per event).
 */
export function groupByDay<T extends {start: string}>(events: readonly T[]): EventDay<T>[];
export function groupByDay<T>(events: readonly T[], keyOf: (event: T) => string): EventDay<T>[];
export function groupByDay<T>(
  events: readonly T[],
  keyOf: (event: T) => string = (event) => amsterdamDateKey(new Date((event as {start: string}).start)),
): EventDay<T>[] {
  const days: EventDay<T>[] = [];
  let current: EventDay<T> | undefined;
  for (const event of events) {
    const key = keyOf(event);
    if (!current || current.key !== key) {
      current = days.find((day) => day.key === key);
      if (!current) {
        current = {key, events: []};
        days.push(current);
      }
    }
    current.events.push(event);
  }
  return days;
}

/**
 * The days the list shows: by start day, but an event that began on an earlier
 * day and is still on at `nowMs` is listed under today; one `distance` day when
 * sorted by distance.
 */
export function listDays<T extends Pick<PreparedEvent, 'dayKey' | 'untilMs'>>(events: T[], todayKey: string, nowMs: number, byDistance: boolean): EventDay<T>[] {
  if (byDistance) return [{key: 'distance', events}];
  return groupByDay(events, (p) => (p.dayKey < todayKey && !isPast(p, nowMs) ? todayKey : p.dayKey));
}

/** The instant at noon UTC of a date key: safe to format as that Amsterdam day. */
export function dateOfKey(key: string): Date {
  return new Date(`${key}T12:00:00Z`);
}

/** The date key `days` days after `key`. */
export function addDaysToKey(key: string, days: number): string {
  return new Date(dateOfKey(key).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** `do 24 sep` / `Thu 24 Sept`: the short day used inside multi-day ranges. */
export function formatShortDay(date: Date, lang: Lang): string {
  return dateTimeFormat(lang, {weekday: 'short', day: 'numeric', month: 'short'}).format(date);
}

/**
 * The time range of an event in Amsterdam time:
 * - no end, or the same instant: `14:00`;
 * - the same day: `14:00–16:00`;
 * - ending at midnight: `20:00–24:00`;
 * - past midnight, shorter than a day: `22:00–01:00 (volgende dag)`;
 * - longer: `do 24 sep 10:00 – za 26 sep 17:00`.
 * `withDay` puts the short day in front of single-day ranges (lists not grouped by day).
 */
export function formatTimeRange(
  event: {start: string; end?: string},
  lang: Lang,
  withDay = false,
): string {
  const start = new Date(event.start);
  const startTime = formatTime(start, lang);
  const prefix = withDay ? `${formatShortDay(start, lang)} ` : '';
  if (!event.end) return prefix + startTime;
  const end = new Date(event.end);
  if (end.getTime() <= start.getTime()) return prefix + startTime;
  const startKey = amsterdamDateKey(start);
  const endKey = amsterdamDateKey(end);
  const endTime = formatTime(end, lang);
  if (startKey === endKey) return `${prefix}${startTime}–${endTime}`;
  const nextDay = addDaysToKey(startKey, 1);
  if (endKey === nextDay && end.getTime() - start.getTime() < DAY_MS) {
    if (endTime === '00:00') return `${prefix}${startTime}–24:00`;
    return `${prefix}${startTime}–${endTime} ${eventListStrings[lang].nextDay}`;
  }
  return `${formatShortDay(start, lang)} ${startTime} – ${formatShortDay(end, lang)} ${endTime}`;
}

let formattingReady = false;

/**
 * Makes the date and time formatters of the list (Amsterdam days, weekdays,
 * times) in a task of their own, while the feed is on its way: each costs a few
 * milliseconds the first time, which the task that shows the list then saves.
 * Once per page, after the browser's formatting itself has started (`prepareFormatting`).
 */
export function prepareDayFormatting(lang: Lang): void {
  if (formattingReady) return;
  formattingReady = true;
  setTimeout(() => {
    const now = new Date();
    formatDay(now, lang);
    formatTimeRange({start: now.toISOString(), end: new Date(now.getTime() + DAY_MS * 2).toISOString()}, lang, true);
  });
}

