/**
 * The Etalage's state in the page URL (the `sync-url` attribute): search,
 * filters, sort, page and the open initiative as query parameters with Dutch
 * names, e.g. `?zoek=jong&thema=sport&thema=cultuur&pagina=2&initiatief=abc`.
 * Parameters of the host page, and of other widgets, are left alone. The
 * element reads and writes them through the shared UrlStateController
 * (src/controllers/url-state.ts), which adds its `url-prefix`.
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

/** The Etalage's URL keys. */
export type UrlKey = keyof typeof URL_PARAMS;
/** The name of a key's parameter on the page (with the widget's prefix). */
export type ParamName = (key: UrlKey) => string;
const plain: ParamName = (key) => URL_PARAMS[key];
const KEYS = Object.keys(URL_PARAMS) as UrlKey[];

/** True when the query string holds any of the Etalage's parameters. */
export function hasUrlState(search: string, param: ParamName = plain): boolean {
  const params = new URLSearchParams(search);
  return KEYS.some((key) => params.has(param(key)));
}

/** Reads the state from a query string; `groups` are the filter groups the URL may set. */
export function readUrlState(search: string, groups: readonly FacetGroup[] = FACET_GROUPS, param: ParamName = plain): UrlState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const group of groups) {
    const values = params.getAll(param(group)).filter(Boolean);
    if (values.length) filters[group] = values;
  }
  const sort = params.get(param('sort')) as SortKey | null;
  return {
    query: params.get(param('query')) ?? '',
    filters,
    sort: sort && SORT_KEYS.includes(sort) ? sort : undefined,
    page: Math.max(1, Number.parseInt(params.get(param('page')) ?? '', 10) || 1),
    initiative: params.get(param('initiative')) || undefined,
  };
}

/**
 * The URL `href` with `state` written into it: empty values, page 1 and groups
 * not in `groups` (locked presets) are left out; other parameters and the hash stay.
 * With `keepEmpty`, a state with nothing to write is still marked (an empty
 * `zoek=`), so that reading the URL back gives "nothing chosen" rather than the
 * page's presets: a visitor who removed a preset filter keeps it removed on reload.
 */
export function writeUrlState(
  href: string,
  state: UrlState,
  groups: readonly FacetGroup[] = FACET_GROUPS,
  keepEmpty = false,
  param: ParamName = plain,
): string {
  const url = new URL(href);
  const params = url.searchParams;
  for (const key of KEYS) params.delete(param(key));
  if (state.query.trim()) params.set(param('query'), state.query);
  for (const group of groups) for (const value of state.filters[group] ?? []) params.append(param(group), value);
  if (state.sort) params.set(param('sort'), state.sort);
  if (state.page > 1) params.set(param('page'), String(state.page));
  if (state.initiative) params.set(param('initiative'), state.initiative);
  if (keepEmpty && !hasUrlState(url.search, param)) params.set(param('query'), '');
  return url.href;
}
