/**
 * Complete, synchronous validation of a whole feed, with zod loaded up front:
 * for the `ncte-feed` command line, for build tools and tests. Widgets do not use
 * it (they validate only their own sections, and load zod only for bad items).
 */
import {CriterionSchema, EventSchema, InitiativeSchema, PartnerSchema, safeParse} from './schema.js';
import {ALL_SECTIONS} from './sections.js';
import {readEnvelope, validateSections, type SectionCheckers, type ValidatedFeed} from './validate.js';

const criteria = {schema: CriterionSchema, safeParse};

/** zod's checkers for every section. */
export const ALL_CHECKERS: SectionCheckers = {
  initiatives: {schema: InitiativeSchema, safeParse},
  partners: {schema: PartnerSchema, safeParse},
  events: {schema: EventSchema, safeParse},
  'criteria.membership': criteria,
  'criteria.etalage': criteria,
};

/**
 * Validates a parsed JSON value as a complete version 1 feed.
 * Throws a `FeedError` (`shape` or `version`) when the feed as a whole is unusable;
 * otherwise returns the valid items of every section and every problem found.
 */
export function validateFeed(raw: unknown): ValidatedFeed {
  const {feed, issues} = validateSections(readEnvelope(raw), ALL_SECTIONS, {checkers: ALL_CHECKERS});
  return {feed, issues};
}
