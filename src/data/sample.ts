/**
 * The sample feed shipped with the package: realistic Dutch data for the demo,
 * the stories, the tests and a first look. Its events are moved to the next
 * Week tegen Eenzaamheid, seen from `today`.
 */
import sampleFeedJson from './sample-feed.json';
import {withEventsInNextEdition} from './next-edition.js';

/** The sample feed as raw JSON (not yet validated), events in the next edition. */
export function sampleFeed(today = new Date()): Record<string, unknown> {
  return withEventsInNextEdition(structuredClone(sampleFeedJson) as Record<string, unknown>, today);
}
