/**
 * The Etalage: `import 'ncte-widgets/etalage'` registers `<ncte-etalage>`.
 * The pure logic is exported too, with names that stay unique in the root
 * `ncte-widgets` entry (which re-exports every widget).
 */
// Registers <ncte-feed> too, so widgets from this entry can share one feed.
import '../feed/ncte-feed.element.js';

export {NcteEtalage} from './ncte-etalage.element.js';
export {InitiativeOpenEvent, type InitiativeOpenDetail} from '../events/initiative-open.js';
export {FilterChangeEvent, type FilterChangeDetail} from '../events/filter-change.js';
export {
  buildCatalogue,
  select as selectInitiatives,
  type Catalogue as EtalageCatalogue,
  type Selection as EtalageSelection,
  type Outcome as EtalageOutcome,
} from './catalogue.js';
export {
  normalize as normalizeForSearch,
  queryTokens,
  searchText,
  matchesAll,
  spaced,
  relevance,
  highlightRanges,
  highlightPieces,
  type Range as HighlightRange,
} from './search.js';
export {
  FACET_GROUPS as ETALAGE_FACET_GROUPS,
  facetValues,
  prepareFacets,
  filterAndCount,
  type FacetGroup as EtalageFacetGroup,
  type Filters as EtalageFilters,
  type FacetCounts,
} from './facets.js';
export {SORT_KEYS as ETALAGE_SORT_KEYS, byName as byInitiativeName, byRecent as byMostRecentStart, type SortKey as EtalageSortKey} from './sort.js';
export {
  readUrlState as readEtalageUrl,
  hasUrlState as hasEtalageUrl,
  writeUrlState as writeEtalageUrl,
  URL_PARAMS as ETALAGE_URL_PARAMS,
  type UrlState as EtalageUrlState,
} from './url-state.js';
