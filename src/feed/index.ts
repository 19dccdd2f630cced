/**
 * `ncte-widgets/feed`: the `<ncte-feed>` provider, its event, the feed's types and
 * the feed API (validate, load). Importing it registers `<ncte-feed>`. The export
 * list is pinned by test/entries.test.ts: everything else is internal.
 */
export {NcteFeed} from './ncte-feed.element.js';
export {FeedIssuesEvent} from '../events/feed-issues.js';
export {FEED_VERSION} from './version.js';
export {FeedError, type FeedEnvelope, type FeedErrorKind, type FeedIssue} from './envelope.js';
export {validateFeed} from './validate-feed.js';
export type {ValidatedFeed} from './validate.js';
export {loadFeed, parseFeedText, type LoadOptions} from './load.js';
// The sample feed (`ncte-widgets/sample-feed.json`) has its activities in the 2026 edition: this moves them to the next one.
export {withEventsInNextEdition} from '../data/next-edition.js';
export type {FeedSourceState} from './feed-state.js';
export type {
  Area,
  Criterion,
  CriteriaTrack,
  EventLocation,
  EventStatus,
  Feed,
  FeedEvent,
  Initiative,
  LonelinessType,
  Partner,
  Sector,
  Workgroup,
} from './schema.js';
