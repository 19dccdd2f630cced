/**
 * The Week tegen Eenzaamheid runs every autumn from the last Thursday of September.
 * The sample events are written for 2026; these helpers move them to the next
 * edition seen from a given day, so the demo and stories always show upcoming events.
 */

const DAY_MS = 86_400_000;
/** The first day of the edition the sample feed is written for. */
export const SAMPLE_EDITION_START = '2026-09-24';

/** The last Thursday of September of `year`, as a UTC midnight timestamp. */
export function editionStart(year: number): number {
  const lastOfSeptember = Date.UTC(year, 8, 30);
  const weekday = new Date(lastOfSeptember).getUTCDay(); // 4 = Thursday
  return lastOfSeptember - ((weekday - 4 + 7) % 7) * DAY_MS;
}

/** The start of the edition that has not ended yet on `today` (an edition lasts eight days). */
export function nextEditionStart(today: Date): number {
  const year = today.getUTCFullYear();
  const thisYear = editionStart(year);
  return today.getTime() < thisYear + 8 * DAY_MS ? thisYear : editionStart(year + 1);
}

/** Moves an ISO date-time by whole days, keeping its wall-clock time and offset. */
export function shiftIsoByDays(iso: string, days: number): string {
  const match = /^(\d{4}-\d{2}-\d{2})(T.*)$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.parse(`${match[1]}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  return `${date}${match[2]}`;
}

/**
 * A copy of a raw feed whose events are moved, by whole days, from the sample
 * edition to the next edition seen from `today`. Late September and early
 * October are summer time in Amsterdam in every year, so offsets stay right.
 */
export function withEventsInNextEdition<T extends {events?: unknown}>(raw: T, today = new Date()): T {
  if (!Array.isArray(raw.events)) return raw;
  const days = Math.round((nextEditionStart(today) - Date.parse(`${SAMPLE_EDITION_START}T00:00:00Z`)) / DAY_MS);
  const events = raw.events.map((event: Record<string, unknown>) => ({
    ...event,
    start: typeof event.start === 'string' ? shiftIsoByDays(event.start, days) : event.start,
    end: typeof event.end === 'string' ? shiftIsoByDays(event.end, days) : event.end,
  }));
  return {...raw, events};
}
