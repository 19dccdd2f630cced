/**
 * The feed's sections as widgets ask for them: each item schema with its
 * compiled parser (see compiled-parsers.ts). A widget imports only the sections
 * it shows, so its bundle carries only those.
 */
import {INVALID, parseCriterion, parseEvent, parseInitiative, parsePartner, type Parser} from './compiled-parsers.js';
import {CriterionSchema, EventSchema, InitiativeSchema, PartnerSchema} from './schema.js';
import type * as z from 'zod/mini';

export {INVALID};

/** How the items of one section are checked: the compiled parser first, the zod schema where it declines. */
export interface Section {
  schema: z.ZodMiniType<{id: string}>;
  parse: Parser;
}

export const initiativesSection: Section = {schema: InitiativeSchema, parse: parseInitiative};
export const partnersSection: Section = {schema: PartnerSchema, parse: parsePartner};
export const eventsSection: Section = {schema: EventSchema, parse: parseEvent};
export const criteriaSection: Section = {schema: CriterionSchema, parse: parseCriterion};

/** Every section: what the CLI, `validateFeed` and the all-in-one bundle check. */
export const ALL_SECTIONS = {
  initiatives: initiativesSection,
  partners: partnersSection,
  events: eventsSection,
  'criteria.membership': criteriaSection,
  'criteria.etalage': criteriaSection,
};
