/**
 * The feed, version 1: the contract between the coalition office and every widget.
 *
 * These zod schemas are the single source of truth. The TypeScript types below are
 * inferred from them, `dist/feed.schema.json` and the compiled parsers
 * (`compiled-parsers.ts`) are generated from them, and they decide about every
 * item a compiled parser declines (`ZOD_CHECKERS`, below). Widgets load this
 * module (and zod) only when a feed has such an item. See `docs/feed.md`.
 */
import * as z from 'zod/mini';
import type {ItemChecker} from './sections.js';
import type {SectionCheckers, SectionKey} from './validate.js';
import {FEED_VERSION} from './version.js';
import {
  EVENT_STATUSES,
  LONELINESS_TYPES,
  SECTORS,
  WORKGROUPS,
  eventEndsAfterStart,
  eventHasPlace,
  minOnlyForNumbers,
} from './vocabulary.js';

export * from './vocabulary.js';

/**
 * Short English messages for feed maintainers (zod/mini ships none, and a full
 * locale would weigh more than this).
 */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `required ${issue.expected} is missing` : `expected ${issue.expected}`;
    case 'invalid_format':
      if (issue.format === 'regex') return 'must not be empty';
      return issue.format === 'url' ? 'must be an http(s) link' : `not a valid ${issue.format}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must be at least ${issue.minimum}`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return undefined;
  }
}

// zod probes `new Function` to decide whether it may JIT-compile object parsers;
// under a strict Content-Security-Policy that probe is a violation. Valid items
// go through the parsers compiled ahead of time (compiled-parsers.ts) instead.
z.config({jitless: true, customError: describeIssue});

// Required text must hold more than white space. Values are not trimmed: zod's
// z.trim() made validation about three times slower, and widgets render text as is.
const notBlank = /\S/;
const text = () => z.string().check(z.regex(notBlank));
const optionalText = () => z.optional(z.string());

/**
 * A link that may leave a widget: `http:` or `https:` only. zod's plain `z.url()`
 * accepts `javascript:`; this restricts the protocol and normalises the value to
 * the parsed `href`, so hidden whitespace or mixed case cannot sneak past.
 * The generated JSON Schema (`dist/feed.schema.json`) says the same: `format: uri`
 * alone lets `javascript:` through, so a pattern pins the scheme to http(s).
 * test/node/json-schema.node.test.mjs gives the same items to zod and to a JSON
 * Schema validator and requires the same verdict for each.
 */
const WEB_LINK_JSON_SCHEMA = {pattern: "^[Hh][Tt][Tt][Pp][Ss]?:/*[^/?#:@]"};
export const webLink = () => z.url({protocol: /^https?$/, normalize: true}).register(z.globalRegistry, WEB_LINK_JSON_SCHEMA);

const isoDateTime = () => z.iso.datetime({offset: true});
/** An ISO 8601 date-time with a `Z` or `±hh:mm` offset. */
export const isoDateTimeSchema = isoDateTime();
const stringList = () => z.optional(z.array(text()));

export const AreaSchema = z.union([
  z.object({national: z.literal(true)}),
  z.object({
    provinces: stringList(),
    gemeenten: stringList(),
  }),
]);

export const InitiativeSchema = z.object({
  id: text(),
  name: text(),
  organisation: text(),
  summary: text(),
  description: optionalText(),
  website: z.optional(webLink()),
  email: z.optional(z.email()),
  phone: optionalText(),
  logo: z.optional(webLink()),
  audiences: stringList(),
  themes: stringList(),
  lonelinessTypes: z.optional(z.array(z.enum(LONELINESS_TYPES))),
  area: AreaSchema,
  activeSince: z.optional(z.int().check(z.gte(1800), z.lte(2100))),
  reachPerYear: z.optional(z.int().check(z.nonnegative())),
  partnerIds: stringList(),
  lastChecked: z.optional(z.iso.date()),
});

export const PartnerSchema = z.object({
  id: text(),
  name: text(),
  sector: z.enum(SECTORS),
  description: optionalText(),
  website: z.optional(webLink()),
  logo: z.optional(webLink()),
  location: z.optional(
    z.object({
      place: text(),
      lat: z.number().check(z.gte(-90), z.lte(90)),
      lon: z.number().check(z.gte(-180), z.lte(180)),
    }),
  ),
  workgroups: z.optional(z.array(z.union(WORKGROUPS.map((n) => z.literal(n))))),
  coreTeam: z.optional(z.boolean()),
});

export const EventLocationSchema = z.object({
  name: optionalText(),
  address: optionalText(),
  postcode: optionalText(),
  place: text(),
  gemeente: optionalText(),
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  lon: z.optional(z.number().check(z.gte(-180), z.lte(180))),
});

export const EventSchema = z
  .object({
    id: text(),
    title: text(),
    description: optionalText(),
    start: isoDateTime(),
    end: z.optional(isoDateTime()),
    location: z.optional(EventLocationSchema),
    online: z.optional(webLink()),
    status: z.optional(z.enum(EVENT_STATUSES)),
    organiser: optionalText(),
    audiences: stringList(),
    price: z.optional(z.number().check(z.nonnegative())),
    registration: z.optional(webLink()),
    accessibility: optionalText(),
  })
  .check(
    z.refine(eventEndsAfterStart, {message: 'end is before start', path: ['end']}),
    z.refine(eventHasPlace, {message: 'needs a location, an online link, or both', path: ['location']}),
  );

export const CriterionSchema = z
  .object({
    id: text(),
    question: text(),
    help: optionalText(),
    answer: z.enum(['yes-no', 'number']),
    min: z.optional(z.number()),
    unit: optionalText(),
    unmet: text(),
  })
  .check(z.refine(minOnlyForNumbers, {message: 'min only applies to number answers', path: ['min']}));

/** The whole feed, for documentation and the generated JSON Schema. Widgets validate per item. */
export const FeedSchema = z.object({
  version: z.literal(FEED_VERSION),
  generated: z.optional(isoDateTime()),
  initiatives: z.optional(z.array(InitiativeSchema)),
  partners: z.optional(z.array(PartnerSchema)),
  events: z.optional(z.array(EventSchema)),
  criteria: z.optional(
    z.object({
      membership: z.optional(z.array(CriterionSchema)),
      etalage: z.optional(z.array(CriterionSchema)),
    }),
  ),
});

export type Area = z.infer<typeof AreaSchema>;
export type Initiative = z.infer<typeof InitiativeSchema>;
export type Partner = z.infer<typeof PartnerSchema>;
export type Sector = Partner['sector'];
export type Workgroup = (typeof WORKGROUPS)[number];
export type LonelinessType = (typeof LONELINESS_TYPES)[number];
export type FeedEvent = z.infer<typeof EventSchema>;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type EventLocation = z.infer<typeof EventLocationSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type CriteriaTrack = 'membership' | 'etalage';
export type Feed = z.infer<typeof FeedSchema>;

/** zod's check of one value against a schema (what validation falls back to). */
export const safeParse = z.safeParse;

/** The zod schema of one item of each section. */
export const SECTION_SCHEMAS = {
  initiatives: InitiativeSchema,
  partners: PartnerSchema,
  events: EventSchema,
  'criteria.membership': CriterionSchema,
  'criteria.etalage': CriterionSchema,
} satisfies Record<SectionKey, unknown>;

/** Turns a zod path (`['location', 'lat']`) into `.location.lat` / `[2]` notation. */
export function formatPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), base);
}

/**
 * zod's verdict on the items of `schema`, each problem at its path under `at`
 * (`events[3].location.lat`); `parse` is zod's `safeParse`, or one that words
 * the problems otherwise. Written out here, with zod, so that the widgets'
 * bundles do not carry the code that reads zod's issues.
 */
export function zodChecker(schema: (typeof SECTION_SCHEMAS)[SectionKey], parse: typeof safeParse = safeParse): ItemChecker {
  return (item, at, issues) => {
    const result = parse(schema, item);
    if (result.success) return result.data;
    for (const issue of result.error.issues) issues.push({path: formatPath(at, issue.path), message: issue.message});
    return undefined;
  };
}

/** zod's checkers for every section (problems in English). */
export const ZOD_CHECKERS = Object.fromEntries(
  Object.entries(SECTION_SCHEMAS).map(([key, schema]) => [key, zodChecker(schema)]),
) as Required<SectionCheckers>;
