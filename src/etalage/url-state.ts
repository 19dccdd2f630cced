/**
 * The Etalage's state in the page URL (the `sync-url` attribute): search,
 * filters, sort, page and the open initiative as query parameters with Dutch
 * names, e.g. `?zoek=jong&thema=sport&thema=cultuur&pagina=2&initiatief=abc`.
 * Parameters of the host page are left alone.
 */
import {FACET_GROUPS, type FacetGroup, type Filters} from './facets.js';
import {SORT_KEYS, type SortKey} from './sort.js';

export interface UrlState {
  query: string;
  filters: Filters;
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

/** True when the query string holds any of the Etalage's parameters. */
export function hasUrlState(search: string): boolean {
  const params = new URLSearchParams(search);
  return Object.values(URL_PARAMS).some((name) => params.has(name));
}

/** Reads the state from a query string; `groups` are the filter groups the URL may set. */
export function readUrlState(search: string, groups: readonly FacetGroup[] = FACET_GROUPS): UrlState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const group of groups) {
    const values = params.getAll(URL_PARAMS[group]).filter(Boolean);
    if (values.length) filters[group] = values;
  }
  const sort = params.get(URL_PARAMS.sort) as SortKey | null;
  return {
    query: params.get(URL_PARAMS.query) ?? '',
    filters,
    sort: sort && SORT_KEYS.includes(sort) ? sort : undefined,
    page: Math.max(1, Number.parseInt(params.get(URL_PARAMS.page) ?? '', 10) || 1),
    initiative: params.get(URL_PARAMS.initiative) || undefined,
  };
}

/**
 * The URL `href` with `state` written into it: empty values, page 1 and groups
 * not in `groups` (locked presets) are left out; other parameters and the hash stay.
 * With `keepEmpty`, a state with nothing to write is still marked (an empty
 * `zoek=`), so that reading the URL back gives "nothing chosen" rather than the
 * page's presets: a visitor who removed a preset filter keeps it removed on reload.
 */
export function writeUrlState(href: string, state: UrlState, groups: readonly FacetGroup[] = FACET_GROUPS, keepEmpty = false): string {
  const url = new URL(href);
  const params = url.searchParams;
  for (const name of Object.values(URL_PARAMS)) params.delete(name);
  if (state.query.trim()) params.set(URL_PARAMS.query, state.query);
  for (const group of groups) for (const value of state.filters[group] ?? []) params.append(URL_PARAMS[group], value);
  if (state.sort) params.set(URL_PARAMS.sort, state.sort);
  if (state.page > 1) params.set(URL_PARAMS.page, String(state.page));
  if (state.initiative) params.set(URL_PARAMS.initiative, state.initiative);
  if (keepEmpty && !hasUrlState(url.search)) params.set(URL_PARAMS.query, '');
  return url.href;
}
