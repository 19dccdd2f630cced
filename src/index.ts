/**
 * ncte-widgets: every widget and the shared feed layer. Importing this module
 * registers `<ncte-feed>`, `<ncte-etalage>`, `<ncte-eligibility-check>`,
 * `<ncte-partner-map>` and `<ncte-event-list>`.
 */
export * from './feed/index.js';
export * from './etalage/index.js';
export * from './eligibility-check/index.js';
export * from './partner-map/index.js';
export * from './event-list/index.js';
// Four entries export the same FilterChangeEvent: named once here.
export {FilterChangeEvent, type FilterChangeDetail} from './events/filter-change.js';
