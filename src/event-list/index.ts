/**
 * `ncte-widgets/event-list`: the Week tegen Eenzaamheid event list. Importing it
 * registers `<ncte-event-list>`. Names are event-specific, because the root entry
 * re-exports every widget's entry.
 */
// Registers <ncte-feed> too, so widgets from this entry can share one feed.
import '../feed/ncte-feed.element.js';

export {NcteEventList, URL_PARAMS as EVENT_LIST_URL_PARAMS} from './ncte-event-list.element.js';
export {EventSelectEvent, type EventSelectDetail} from '../events/event-select.js';
export {FilterChangeEvent, type FilterChangeDetail} from '../events/filter-change.js';
export {groupByDay, formatTimeRange, type EventDay} from './group.js';
export {
  filterEvents,
  prepareEvents,
  NO_FILTERS as NO_EVENT_FILTERS,
  type AttendanceMode,
  type EventFilters,
  type EventWindow,
  type FacetCount as EventFacetCount,
  type FilterCounts as EventFilterCounts,
  type FilterResult as EventFilterResult,
  type PreparedEvent,
} from './filter.js';
export {eventsToIcs, icsFileName} from './ics.js';
export {googleCalendarUrl, outlookCalendarUrl} from './calendar-links.js';
export {eventsToJsonLd, eventToJsonLd, serializeJsonLd} from './json-ld.js';
export {eventListStrings} from './strings.js';
// The sample feed (`ncte-widgets/sample-feed.json`) is written for the 2026 edition: this moves its activities to the next one.
export {withEventsInNextEdition, nextEditionStart, SAMPLE_EDITION_START} from '../data/next-edition.js';
