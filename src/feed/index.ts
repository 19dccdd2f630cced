/** The shared feed layer: schemas, validation, loading and the `<ncte-feed>` provider. */
export * from './schema.js';
export * from './validate.js';
export * from './validate-feed.js';
export * from './sections.js';
export * from './load.js';
export * from './feed-state.js';
export * from './context.js';
export {FeedController, type FeedHost} from './feed-controller.js';
export {NcteFeed} from './ncte-feed.element.js';
export {FeedIssuesEvent} from '../events/feed-issues.js';
