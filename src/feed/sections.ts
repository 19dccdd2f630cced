/**
 * The feed's sections as widgets ask for them: each with its compiled parser
 * (see compiled-parsers.ts), and the zod schema that decides about any item the
 * parser declines. The schemas, and zod with them, load only when a feed has
 * such an item, so a widget's bundle carries its parsers but not zod.
 */
import {INVALID, parseCriterion, parseEvent, parseInitiative, parsePartner, type Parser} from './compiled-parsers.js';
import type {FeedIssue} from './envelope.js';

export {INVALID};

/**
 * zod's check of one item: its value, or `undefined` after adding its problems to
 * `issues`, each with its path under `at` (see schema.ts).
 */
export type ItemChecker = (item: unknown, at: string, issues: FeedIssue[]) => {id: string} | undefined;

/** How the items of one section are checked: the compiled parser first, zod where it declines. */
export interface Section {
  parse: Parser;
  /** Loads the zod schema of an item (only needed for items the parser declines). */
  checker: () => Promise<ItemChecker>;
}

const loadSchemas = () => import('./schema.js');

// Each section names its schema, so a widget's schema chunk carries only the schemas of its own sections.
export const initiativesSection: Section = {parse: parseInitiative, checker: () => loadSchemas().then((m) => m.zodChecker(m.InitiativeSchema))};
export const partnersSection: Section = {parse: parsePartner, checker: () => loadSchemas().then((m) => m.zodChecker(m.PartnerSchema))};
export const eventsSection: Section = {parse: parseEvent, checker: () => loadSchemas().then((m) => m.zodChecker(m.EventSchema))};
export const criteriaSection: Section = {parse: parseCriterion, checker: () => loadSchemas().then((m) => m.zodChecker(m.CriterionSchema))};

/** Every section: what `validateFeed` and the all-in-one bundle check. */
export const ALL_SECTIONS = {
  initiatives: initiativesSection,
  partners: partnersSection,
  events: eventsSection,
  'criteria.membership': criteriaSection,
  'criteria.etalage': criteriaSection,
};
