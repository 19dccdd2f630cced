/**
 * Complete, synchronous validation of a whole feed, with zod loaded up front:
 * for the `ncte-feed` command line, for build tools and tests. Widgets do not use
 * it (they validate only their own sections, and load zod only for bad items).
 */
import {ALL_SECTIONS} from './sections.js';
import {readEnvelope, validateSections, type ValidatedFeed} from './validate.js';
import {ZOD_CHECKERS} from './schema.js';

/**
 * Validates a parsed JSON value as a complete version 1 feed.
 * Throws a `FeedError` (`shape` or `version`) when the feed as a whole is unusable;
 * otherwise returns the valid items of every section and every problem found.
 */
export function validateFeed(raw: unknown): ValidatedFeed {
  const {feed, issues} = validateSections(readEnvelope(raw), ALL_SECTIONS, {checkers: ZOD_CHECKERS});
  return {feed, issues};
}
