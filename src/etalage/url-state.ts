/**
 * The Etalage's state in the page URL (the `sync-url` attribute): search,
 * filters, sort, page and the open initiative as query parameters with Dutch
 * names, e.g. `?zoek=jong&thema=sport&thema=cultuur&pagina=2&initiatief=abc`.
 * Pure functions between a state and parameter values; the element reads and
 * writes them through the shared UrlStateController
 * (src/controllers/url-state.ts), which adds its `url-prefix` and leaves the
 * parameters of the host page, and of other widgets, alone.
 */
import type {UrlValues} from '../controllers/url-state.js';
import type {FilterEntry} from './filters.js';
import {FACET_GROUPS, type FacetGroup} from './facets.js';
import {SORT_KEYS, type SortKey} from './sort.js';

export interface UrlState {
  query: string;
  /** In the order chosen. */
  filters: readonly FilterEntry[];
  sort?: SortKey;
  page: number;
  initiative?: string;
}

export const URL_PARAMS = {
  query: 'zoek',
  sort: 'sortering',
  page: 'pagina',
  initiative: 'initiatief',
  audience: 'doelgroep',
  theme: 'thema',
  lonelinessType: 'vorm',
  province: 'provincie',
  gemeente: 'gemeente',
} as const satisfies Record<FacetGroup | 'query' | 'sort' | 'page' | 'initiative', string>;

/** The Etalage's URL keys. */
export type UrlKey = keyof typeof URL_PARAMS;

/**
 * Reads the state; `values(key)` gives every value of a key's parameter (none
 * when absent). The URL does not set the `locked` groups (the page's presets).
 */
export function readUrlState(values: (key: UrlKey) => string[], locked: readonly FacetGroup[] = []): UrlState {
  const [sort] = values('sort') as SortKey[];
  return {
    query: values('query')[0] ?? '',
    filters: FACET_GROUPS.flatMap((group) => (locked.includes(group) ? [] : values(group).filter(Boolean)).map((value) => ({group, value}))),
    sort: SORT_KEYS.includes(sort) ? sort : undefined,
    page: Math.max(1, Number.parseInt(values('page')[0], 10) || 1),
    initiative: values('initiative')[0] || undefined,
  };
}

/**
 * The parameter values of `state`, for every key, so that each replaces what
 * the URL had: empty values, page 1 and the `locked` groups (the page's presets)
 * are left out. With `keepEmpty`, a state with nothing to write is still marked
 * (an empty `zoek=`), so that reading the URL back gives "nothing chosen" rather
 * than the page's presets: a visitor who removed a preset filter keeps it
 * removed on reload.
 */
export function urlValues(state: UrlState, locked: readonly FacetGroup[] = [], keepEmpty = false): UrlValues<UrlKey> {
  const values: UrlValues<UrlKey> = {query: state.query.trim() && state.query};
  for (const group of FACET_GROUPS) values[group] = locked.includes(group) ? [] : state.filters.filter((f) => f.group === group).map((f) => f.value);
  values.sort = state.sort ?? '';
  values.page = state.page > 1 ? String(state.page) : '';
  values.initiative = state.initiative ?? '';
  if (keepEmpty && Object.values(values).every((v) => !v.length)) values.query = [''];
  return values;
}
