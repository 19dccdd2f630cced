/**
 * The event list's state in the page URL (the `sync-url` attribute): search and
 * filters under the list's own parameter names, and the opened activity
 * (`?activiteit=<id>`, also the deep link of each activity). The element reads
 * and writes them through the shared UrlStateController
 * (src/controllers/url-state.ts), which adds its `url-prefix`.
 */
import type {UrlValues} from '../controllers/url-state.js';
import {DATE_KEY, type AttendanceMode, type EventFilters} from './filter.js';

/**
 * The URL parameters: the event list's own names, so that it keeps its state
 * apart from an Etalage with `sync-url` on the same page (which uses `zoek`,
 * `gemeente`, …).
 */
export const URL_PARAMS = {
  query: 'activiteiten-zoek',
  gemeente: 'activiteiten-gemeente',
  day: 'activiteiten-dag',
  audience: 'activiteiten-doelgroep',
  mode: 'activiteiten-vorm',
  free: 'activiteiten-gratis',
  event: 'activiteit',
} as const;

export type UrlKey = keyof typeof URL_PARAMS;

const MODE_PARAM: Record<AttendanceMode, string> = {all: '', location: 'locatie', online: 'online'};

/**
 * The filters a URL holds, on top of `base` (the page's presets). `get` reads one
 * parameter ('' when absent). Locked presets win over the URL.
 */
export function filtersFromUrl(get: (key: UrlKey) => string, base: EventFilters, locked: boolean): EventFilters {
  const mode = (Object.keys(MODE_PARAM) as AttendanceMode[]).find((m) => MODE_PARAM[m] === get('mode')) ?? 'all';
  const day = get('day');
  return {
    ...base,
    query: get('query'),
    gemeente: locked && base.gemeente ? base.gemeente : get('gemeente') || base.gemeente,
    audience: locked && base.audience ? base.audience : get('audience') || base.audience,
    day: DATE_KEY.test(day) ? day : '',
    mode,
    freeOnly: get('free') === '1',
  };
}

/** The URL parameters of the visitor's filters (locked presets are the page's, not written). */
export function urlValues(f: EventFilters, locked: boolean): UrlValues<UrlKey> {
  return {
    query: f.query.trim(),
    gemeente: locked ? '' : f.gemeente,
    day: f.day,
    audience: locked ? '' : f.audience,
    mode: MODE_PARAM[f.mode],
    free: f.freeOnly ? '1' : '',
  };
}
