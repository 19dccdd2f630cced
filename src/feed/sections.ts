/**
 * The feed's sections as widgets ask for them: each with its compiled parser
 * (see compiled-parsers.ts), and the zod schema that decides about any item the
 * parser declines. The schemas, and zod with them, load only when a feed has
 * such an item, so a widget's bundle carries its parsers but not zod.
 */
import {INVALID, parseCriterion, parseEvent, parseInitiative, parsePartner, type Parser} from './compiled-parsers.js';
import type * as z from 'zod/mini';

export {INVALID};

/** zod's schema for one item, and zod's check. */
export interface ItemChecker {
  schema: z.ZodMiniType<{id: string}>;
  safeParse: typeof z.safeParse;
}

/** How the items of one section are checked: the compiled parser first, zod where it declines. */
export interface Section {
  parse: Parser;
  /** Loads the zod schema of an item (only needed for items the parser declines). */
  checker: () => Promise<ItemChecker>;
}

const loadSchemas = () => import('./schema.js');

export const initiativesSection: Section = {
  parse: parseInitiative,
  checker: () => loadSchemas().then((m) => ({schema: m.InitiativeSchema, safeParse: m.safeParse})),
};
export const partnersSection: Section = {
  parse: parsePartner,
  checker: () => loadSchemas().then((m) => ({schema: m.PartnerSchema, safeParse: m.safeParse})),
};
export const eventsSection: Section = {
  parse: parseEvent,
  checker: () => loadSchemas().then((m) => ({schema: m.EventSchema, safeParse: m.safeParse})),
};
export const criteriaSection: Section = {
  parse: parseCriterion,
  checker: () => loadSchemas().then((m) => ({schema: m.CriterionSchema, safeParse: m.safeParse})),
};

/** Every section: what `validateFeed` and the all-in-one bundle check. */
export const ALL_SECTIONS = {
  initiatives: initiativesSection,
  partners: partnersSection,
  events: eventsSection,
  'criteria.membership': criteriaSection,
  'criteria.etalage': criteriaSection,
};
