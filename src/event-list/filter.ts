/**
 * Filtering the event list: a time window (upcoming or all, `from`/`to`), the
 * visitor's filters (gemeente, place, day, audience, online or on location, free
 * only, text search) and the counts shown beside each filter option. Events are
 * prepared once per feed (`prepareEvents`); `filterEvents` is one pass over them.
 */
import type {HistoryMode} from '../controllers/url-state.js';
import type {FeedEvent} from '../feed/schema.js';
import {amsterdamDateKey, dutchCollator} from '../i18n/format.js';
import {foldForSearch} from '../i18n/search-text.js';
import {inSlices, yieldToMain} from '../internal/yield-to-main.js';

export type AttendanceMode = 'all' | 'online' | 'location';

/** An event with everything the filters and the list need, computed once per feed. */
export interface PreparedEvent {
  event: FeedEvent;
  startMs: number;
  /** The end, or the start when the feed gives no end. */
  endMs: number;
  /**
   * Until when the event counts as upcoming: its end, or for an event without an
   * end, the end of its Amsterdam day (a 10:00 coffee morning is still listed at 10:05).
   */
  untilMs: number;
  /** Amsterdam date of the start and of the end, `YYYY-MM-DD`. */
  dayKey: string;
  endDayKey: string;
  /** The gemeente, or the place when the feed names no gemeente; undefined for online-only events. */
  gemeente?: string;
  place?: string;
  audiences: string[];
  /** Can be followed online (an online link, or moved online). */
  online: boolean;
  /** Takes place at a location (has one and is not moved online). */
  onLocation: boolean;
  free: boolean;
  /** Lower-case text without accents, for the search: made on the first search (see `searchText`). */
  text?: string;
}

/** The visitor's (or the embedding page's) choices. Empty strings mean "all". */
export interface EventFilters {
  query: string;
  gemeente: string;
  place: string;
  day: string;
  audience: string;
  mode: AttendanceMode;
  freeOnly: boolean;
}

/** Which events are in view at all, before any filter. */
export interface EventWindow {
  /** The visitor's clock, in ms. */
  now: number;
  /** Show events that have ended too. */
  showPast: boolean;
  /** First and last day (`YYYY-MM-DD`, Amsterdam), inclusive. */
  from?: string;
  to?: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface FilterCounts {
  gemeente: FacetCount[];
  day: FacetCount[];
  audience: FacetCount[];
  mode: Record<AttendanceMode, number>;
  free: number;
}

export interface FilterResult {
  events: PreparedEvent[];
  counts: FilterCounts;
}

export const NO_FILTERS: EventFilters = Object.freeze({
  query: '',
  gemeente: '',
  place: '',
  day: '',
  audience: '',
  mode: 'all',
  freeOnly: false,
});

/** A day as the filters, `from`/`to` and the URL give it: `YYYY-MM-DD` (Amsterdam). */
export const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** Lower case, accents removed (`Fryslân` → `fryslan`), whitespace collapsed. */
export function normalizeText(value: string): string {
  return foldForSearch(value).replace(/\s+/g, ' ').trim();
}

const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

/** Dutch alphabetical order, with the page's one collator (`localeCompare` with a locale is slow). */
const dutchOrder = (a: string, b: string) => dutchCollator().compare(a, b);

const HOUR_MS = 3_600_000;
/**
 * Amsterdam's offset is a whole number of hours, so the Amsterdam date is the
 * same all through a UTC hour: one Intl call per distinct hour, not per event.
 */
/** The Amsterdam midnight at which the day `key` ends (22:00 or 23:00 UTC the day before the next). */
function endOfDay(key: string, dayKey: (ms: number) => string): number {
  const next = Date.parse(`${key}T00:00:00Z`) + 24 * HOUR_MS;
  // Summer time (+02:00) ends the day at 22:00 UTC, winter time (+01:00) at 23:00 UTC.
  return dayKey(next - 2 * HOUR_MS) === key ? next - HOUR_MS : next - 2 * HOUR_MS;
}

function dayKeyCache(): (ms: number) => string {
  const cache = new Map<number, string>();
  return (ms) => {
    const hour = Math.floor(ms / HOUR_MS);
    let key = cache.get(hour);
    if (key === undefined) {
      key = amsterdamDateKey(new Date(hour * HOUR_MS));
      cache.set(hour, key);
    }
    return key;
  };
}

/** Prepares the feed's events for filtering, sorted by start (then end, then title). */
export function prepareEvents(events: readonly FeedEvent[]): PreparedEvent[] {
  const dayKey = dayKeyCache();
  const prepared = events.map((event): PreparedEvent => {
    const startMs = Date.parse(event.start);
    const endMs = event.end ? Date.parse(event.end) : startMs;
    const startKey = dayKey(startMs);
    const location = event.location;
    const movedOnline = event.status === 'moved-online';
    const audiences = event.audiences ?? [];
    return {
      event,
      startMs,
      endMs,
      untilMs: event.end ? endMs : endOfDay(startKey, dayKey),
      dayKey: startKey,
      endDayKey: event.end ? dayKey(endMs) : '',
      gemeente: location ? (location.gemeente ?? location.place) : undefined,
      place: location?.place,
      audiences,
      online: event.online !== undefined || movedOnline,
      onLocation: location !== undefined && !movedOnline,
      free: event.price === 0,
    };
  });
  for (const p of prepared) if (!p.endDayKey) p.endDayKey = p.dayKey;
  return prepared.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || dutchOrder(a.event.title, b.event.title));
}

/** The event's search text (lower case, no accents), made once per prepared event. */
export function searchText(p: PreparedEvent): string {
  if (p.text === undefined) {
    const {event} = p;
    const location = event.location;
    let raw = event.title;
    for (const part of [event.description, event.organiser, location?.name, location?.address, location?.place, location?.gemeente]) {
      if (part) raw += ` ${part}`;
    }
    for (const audience of p.audiences) raw += ` ${audience}`;
    p.text = normalizeText(raw);
  }
  return p.text;
}

/**
 * Makes the search text of every event ahead of the first search, in slices
 * (`inSlices`) with the page free in between, starting in a task of its own, so
 * that the first keystroke over a big feed is no long task (10,000 events once
 * took 108 ms). Stops when `signal` aborts (a new feed, the widget left the page).
 */
export async function prepareSearchText(events: readonly PreparedEvent[], signal: AbortSignal): Promise<void> {
  await yieldToMain();
  await inSlices(events.length, (i) => void searchText(events[i]), signal);
}

/** Starts making the search texts of `events` (see prepareSearchText) and stops the run `before`; abort the run returned to stop it. */
export function searchTextRun(events: readonly PreparedEvent[], before?: AbortController): AbortController {
  before?.abort();
  const run = new AbortController();
  void prepareSearchText(events, run.signal);
  return run;
}

/** True when the event has ended at `now` (an event without an end: once its day is over). */
export function isPast(p: Pick<PreparedEvent, 'untilMs'>, now: number): boolean {
  return p.untilMs <= now;
}

/** True while the event is on: started and not yet ended (needs an end). */
export function isOngoing(p: Pick<PreparedEvent, 'startMs' | 'endMs'>, now: number): boolean {
  return p.startMs <= now && now < p.endMs;
}

/** True when the event is in the window, before the visitor's filters. */
export function inWindow(p: PreparedEvent, window: EventWindow): boolean {
  if (!window.showPast && isPast(p, window.now)) return false;
  if (window.from && p.endDayKey < window.from) return false;
  if (window.to && p.dayKey > window.to) return false;
  return true;
}

const GEMEENTE = 1;
const DAY = 2;
const AUDIENCE = 4;
const MODE = 8;
const FREE = 16;

function tally(map: Map<string, FacetCount>, value: string): void {
  const key = value.toLowerCase();
  const entry = map.get(key);
  if (entry) entry.count++;
  else map.set(key, {value, count: 1});
}

/** The search terms of a query: every term must occur in the event's text. */
export function queryTerms(query: string): string[] {
  const normalized = normalizeText(query);
  return normalized ? normalized.split(' ') : [];
}

/**
 * The events that pass the window and every filter, in order, and per filter
 * option how many events there would be when the visitor chose it (with every
 * other filter as it is).
 */
export function filterEvents(events: readonly PreparedEvent[], filters: EventFilters, window: EventWindow): FilterResult {
  const terms = queryTerms(filters.query);
  const gemeenten = new Map<string, FacetCount>();
  const days = new Map<string, FacetCount>();
  const audiences = new Map<string, FacetCount>();
  const mode: Record<AttendanceMode, number> = {all: 0, online: 0, location: 0};
  let free = 0;
  const result: PreparedEvent[] = [];
  const audience = filters.audience.toLowerCase();

  for (const p of events) {
    if (!inWindow(p, window)) continue;
    // Online-only events are open to residents of every gemeente and place.
    const everywhere = p.gemeente === undefined && p.online;
    if (filters.place && !everywhere && !same(p.place, filters.place)) continue;
    let matches = true;
    const text = terms.length ? searchText(p) : '';
    for (const term of terms) {
      if (!text.includes(term)) {
        matches = false;
        break;
      }
    }
    if (!matches) continue;

    let failed = 0;
    if (filters.gemeente && !everywhere && !same(p.gemeente, filters.gemeente)) failed |= GEMEENTE;
    if (filters.day && p.dayKey !== filters.day) failed |= DAY;
    if (audience && !p.audiences.some((a) => a.toLowerCase() === audience)) failed |= AUDIENCE;
    if (filters.mode === 'online' ? !p.online : filters.mode === 'location' ? !p.onLocation : false) failed |= MODE;
    if (filters.freeOnly && !p.free) failed |= FREE;

    if (failed === 0) result.push(p);
    if ((failed & ~GEMEENTE) === 0 && p.gemeente) tally(gemeenten, p.gemeente);
    if ((failed & ~DAY) === 0) tally(days, p.dayKey);
    if ((failed & ~AUDIENCE) === 0) for (const a of p.audiences) tally(audiences, a);
    if ((failed & ~MODE) === 0) {
      mode.all++;
      if (p.online) mode.online++;
      if (p.onLocation) mode.location++;
    }
    if ((failed & ~FREE) === 0 && p.free) free++;
  }

  const byName = (a: FacetCount, b: FacetCount) => dutchOrder(a.value, b.value);
  return {
    events: result,
    counts: {
      gemeente: [...gemeenten.values()].sort(byName),
      day: [...days.values()].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)),
      audience: [...audiences.values()].sort(byName),
      mode,
      free,
    },
  };
}

/** The chosen filters by name, as `ncte-filter-change` tells them (`free: ['true']`); those not chosen left out. */
export function chosenFilters(f: EventFilters): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  if (f.gemeente) filters.gemeente = [f.gemeente];
  if (f.place) filters.place = [f.place];
  if (f.day) filters.day = [f.day];
  if (f.audience) filters.audience = [f.audience];
  if (f.mode !== 'all') filters.mode = [f.mode];
  if (f.freeOnly) filters.free = ['true'];
  return filters;
}

/** True when any of the visitor's filters narrows the list. */
export function hasFilters(filters: EventFilters): boolean {
  return Boolean(
    filters.query.trim() || filters.gemeente || filters.place || filters.day || filters.audience || filters.mode !== 'all' || filters.freeOnly,
  );
}

/** The embedding page's presets: the `gemeente`, `place` and `audience` attributes. */
export type Presets = Pick<EventFilters, 'gemeente' | 'place' | 'audience'>;

/** The presets as the filters use them (trimmed). */
export function presetsOf(p: Presets): Presets {
  return {gemeente: p.gemeente.trim(), place: p.place.trim(), audience: p.audience.trim()};
}

/** No filter but the locked presets: "clear filters" and `resetFilters()`. */
export function clearedFilters(presets: Presets, locked: boolean): EventFilters {
  return locked ? {...NO_FILTERS, ...presets} : NO_FILTERS;
}

/** The window of `filterEvents` from the element's attributes: `from` and `to` count only as `YYYY-MM-DD`. */
export function eventWindow(now: number, {showPast, from, to}: {showPast: boolean; from: string; to: string}): EventWindow {
  return {now, showPast, from: DATE_KEY.test(from) ? from : undefined, to: DATE_KEY.test(to) ? to : undefined};
}

/**
 * What a search or filter control changes (by its name: `query`, `gemeente`,
 * `day`, `audience`, `mode`, `free`), and how it goes into the history: typing
 * replaces the URL's entry, a chosen filter adds one.
 */
export function filterInput({name, value, checked}: Pick<HTMLInputElement, 'name' | 'value' | 'checked'>): [Partial<EventFilters>, HistoryMode] {
  if (name === 'query') return [{query: value}, 'replace'];
  return [name === 'free' ? {freeOnly: checked} : {[name]: value}, 'push'];
}
