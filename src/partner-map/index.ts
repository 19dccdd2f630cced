/** `ncte-widgets/partner-map`: importing this registers `<ncte-partner-map>`. */
// Registers <ncte-feed> too, so widgets from this entry can share one feed.
import '../feed/ncte-feed.element.js';

export {NctePartnerMap, MAP_MIN_WIDTH, GROUP_LIMIT, type PartnerMapView} from './ncte-partner-map.element.js';
export {
  filterPartners,
  preparePartners,
  parseSectors,
  parseWorkgroups,
  NO_FILTERS as NO_PARTNER_FILTERS,
  type PartnerFilters,
  type PartnerCounts,
  type PreparedPartner,
} from './filter.js';
export {groupPartners, splitByLocation, sortByName, NO_PROVINCE, type GroupBy as PartnerGroupBy, type PartnerGroup, type Province} from './group.js';
export type {Cluster, ClusterPoint} from './cluster.js';
export {tileSource, PDOK_VARIANTS, type TileSource, type PdokVariant} from './tiles.js';
export {SECTOR_SHAPES} from './sector-shapes.js';
export {partnerMapStrings} from './strings.js';
export {PartnerSelectEvent, type PartnerSelectDetail} from '../events/partner-select.js';
export {FilterChangeEvent, type FilterChangeDetail} from '../events/filter-change.js';
