/**
 * `ncte-widgets/partner-map`: importing it registers `<ncte-partner-map>` (and
 * `<ncte-feed>`, so widgets from this entry can share one feed). Exports the
 * element, its events and the types of its properties; the export list is pinned
 * by test/entries.test.ts.
 */
import '../feed/ncte-feed.element.js';

export {NctePartnerMap, type PartnerMapView} from './ncte-partner-map.element.js';
export type {GroupBy as PartnerGroupBy} from './group.js';
export {PartnerSelectEvent, type PartnerSelectDetail} from '../events/partner-select.js';
export {FilterChangeEvent, type FilterChangeDetail} from '../events/filter-change.js';
