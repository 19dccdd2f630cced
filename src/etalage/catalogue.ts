/**
 * The Etalage's prepared data: built once when the feed changes (search texts,
 * facet values, sort orders), then queried on every keystroke with `select`.
 */
import type {Initiative} from '../feed/schema.js';
import {filterAndCount, prepareFacets, type FacetCounts, type FacetItem, type FacetOptions, type Filters} from './facets.js';
import {matchesAll, preparedText, queryTokens, relevance, spaced, words} from './search.js';
import {byName, effectiveSort, type SortKey} from './sort.js';

export interface Catalogue {
  /** The initiatives in name order. */
  readonly initiatives: readonly Initiative[];
  readonly byId: ReadonlyMap<string, Initiative>;
  readonly options: FacetOptions;
  readonly facetItems: readonly FacetItem[];
  /**
   * Normalised search text per initiative (name, organisation, summary, description, tags).
   * The three search texts are made on first use (a search, or a task after the first render).
   */
  readonly texts: readonly string[];
  /** Normalised name, for relevance. */
  readonly nameTexts: readonly string[];
  /** Normalised organisation, summary and tags (what a card shows), for relevance. */
  readonly cardTexts: readonly string[];
  /** Indexes of the initiatives, most recently started first. */
  readonly recentOrder: readonly number[];
}

export function buildCatalogue(list: readonly Initiative[]): Catalogue {
  return assemble([...list].sort(byName));
}

/**
 * `buildCatalogue` in slices that yield to the page, for big feeds (10,000
 * initiatives take a few hundred milliseconds in one piece); the same result.
 * `undefined` when aborted. The code is a chunk of its own (catalogue-slices.ts),
 * loaded only for feeds that big.
 */
export async function buildCatalogueInSlices(list: readonly Initiative[], signal?: AbortSignal): Promise<Catalogue | undefined> {
  return (await import('./catalogue-slices.js')).buildInSlices(list, signal);
}

export type SearchTexts = [all: string, name: string, card: string];

/** The normalised texts of one initiative: everything, its name, what its card shows. */
export function searchTexts(i: Initiative): SearchTexts {
  // Normalise each field once; the three texts share the words.
  const name = words(i.name);
  const card = words([i.organisation, i.summary, ...(i.audiences ?? []), ...(i.themes ?? [])].join(' '));
  const rest = words([i.description ?? '', ...(i.lonelinessTypes ?? [])].join(' '));
  return [preparedText([...name, ...card, ...rest]), preparedText(name), preparedText(card)];
}

/** The catalogue; without `prepared` texts, the search texts are made on first use. */
export function assemble(initiatives: Initiative[], prepared?: readonly SearchTexts[]): Catalogue {
  const {options, items} = prepareFacets(initiatives);
  // Already in name order, so a stable sort on the year alone gives byRecent.
  const recentOrder = initiatives.map((_, index) => index).sort(
    (a, b) => (initiatives[b].activeSince ?? -Infinity) - (initiatives[a].activeSince ?? -Infinity),
  );
  let texts: readonly SearchTexts[] | undefined = prepared;
  const search = (kind: 0 | 1 | 2) => (texts ??= initiatives.map(searchTexts)).map((t) => t[kind]);
  let all: string[], names: string[], cards: string[];
  return {
    initiatives,
    byId: new Map(initiatives.map((i) => [i.id, i])),
    options,
    facetItems: items,
    get texts() {
      return (all ??= search(0));
    },
    get nameTexts() {
      return (names ??= search(1));
    },
    get cardTexts() {
      return (cards ??= search(2));
    },
    recentOrder,
  };
}

export interface Selection {
  query: string;
  filters: Filters;
  /** The visitor's choice; relevance applies only while searching. */
  sort?: SortKey;
}

export interface Outcome {
  results: Initiative[];
  counts: FacetCounts;
  /** The normalised query words, for highlighting. */
  tokens: string[];
  sort: SortKey;
}

/** Search, filter, count and sort in one go. */
export function select(catalogue: Catalogue, {query, filters, sort}: Selection): Outcome {
  const tokens = queryTokens(query);
  const needles = spaced(tokens);
  let found: number[] | undefined;
  if (needles.length) {
    const {texts} = catalogue;
    found = [];
    for (let i = 0; i < texts.length; i++) if (matchesAll(texts[i], needles)) found.push(i);
  }
  const {matches, counts} = filterAndCount(catalogue.facetItems, catalogue.options, filters, found);
  const order = effectiveSort(sort, query);
  let sorted = matches;
  if (order === 'recent') {
    // Walk the precomputed order and keep the matches: linear, no comparisons.
    const matched = new Uint8Array(catalogue.initiatives.length);
    for (const i of matches) matched[i] = 1;
    sorted = catalogue.recentOrder.filter((i) => matched[i]);
  } else if (order === 'relevance') {
    // Scores are small whole numbers: bucket them (stable, so ties stay in name order).
    const score = relevance(tokens);
    const buckets: number[][] = [];
    const {nameTexts, cardTexts} = catalogue;
    for (const i of matches) (buckets[score(nameTexts[i], cardTexts[i])] ??= []).push(i);
    sorted = buckets.reverse().flat();
  }
  return {results: sorted.map((i) => catalogue.initiatives[i]), counts, tokens, sort: order};
}
