/**
 * The Etalage's state in the page URL (the `sync-url` attribute): search,
 * filters, sort, page and the open initiative as query parameters with Dutch
 * names, e.g. `?zoek=jong&thema=sport&thema=cultuur&pagina=2&initiatief=abc`.
 * Parameters of the host page, and of other widgets, are left alone. The
 * element reads and writes them through the shared UrlStateController
 * (src/controllers/url-state.ts), which adds its `url-prefix`.
 */
import {FACET_GROUPS, type FacetGroup, type FilterEntry, type Filters} from './facets.js';
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

/** What the embedding page preset (attributes), as reading and writing the URL state needs it. */
export interface Presets {
  /** The preset filters. */
  entries: readonly FilterEntry[];
  /** The groups the visitor may not change (`locked`): never in the URL. */
  locked: readonly FacetGroup[];
  /** The search to start with. */
  query: string;
}

/** The element's state as the URL gives it. */
export interface Selected {
  search: string;
  filters: FilterEntry[];
  sort?: SortKey;
  page: number;
  initiative?: string;
}

const unlocked = (locked: readonly FacetGroup[]) => FACET_GROUPS.filter((g) => !locked.includes(g));

/**
 * The state to show for the query string `search`: a URL without our
 * parameters means the presets (or, on load (`initial`), nothing to change:
 * undefined). Locked filters stay as they are (`current`).
 */
export function selectedFromUrl(search: string, presets: Presets, current: readonly FilterEntry[], param: ParamName, initial: boolean): Selected | undefined {
  const inUrl = hasUrlState(search, param);
  if (!inUrl && initial) return undefined;
  const {locked} = presets;
  const url = readUrlState(search, unlocked(locked), param);
  const chosen = inUrl ? FACET_GROUPS.flatMap((group) => (url.filters[group] ?? []).map((value) => ({group, value}))) : presets.entries;
  return {
    search: inUrl ? url.query : presets.query,
    filters: [...current.filter((f) => locked.includes(f.group)), ...chosen.filter((f) => !locked.includes(f.group))],
    sort: url.sort,
    page: url.page,
    initiative: url.initiative,
  };
}

/** `href` with the element's state; with presets the visitor may change, an empty state is written too (see writeUrlState). */
export function hrefWithState(href: string, state: UrlState, presets: Presets, param: ParamName): string {
  const {locked} = presets;
  const changeablePresets = !!presets.query || presets.entries.some((f) => !locked.includes(f.group));
  return writeUrlState(href, state, unlocked(locked), changeablePresets, param);
}
