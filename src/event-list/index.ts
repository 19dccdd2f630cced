/**
 * `ncte-widgets/event-list`: the Week tegen Eenzaamheid event list. Importing it
 * registers `<ncte-event-list>` (and `<ncte-feed>`, so widgets from this entry can
 * share one feed). Exports the element and its events; the export list is pinned
 * by test/entries.test.ts.
 */
import '../feed/ncte-feed.element.js';

export {NcteEventList} from './ncte-event-list.element.js';
export {EventSelectEvent, type EventSelectDetail} from '../events/event-select.js';
export {FilterChangeEvent, type FilterChangeDetail} from '../events/filter-change.js';
