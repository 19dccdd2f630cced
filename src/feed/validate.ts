/**
 * Item-by-item validation of a parsed feed: an invalid item is left out and
 * reported with its path; every valid item is kept.
 */
import * as z from 'zod/mini';
import {
  CriterionSchema,
  EventSchema,
  FEED_VERSION,
  InitiativeSchema,
  PartnerSchema,
  isoDateTimeSchema,
  type Feed,
} from './schema.js';

/** One problem in a feed, with the path of the offending value (`events[3].start`). */
export interface FeedIssue {
  path: string;
  message: string;
}

/** Why a feed could not be used at all. */
export type FeedErrorKind = 'network' | 'http' | 'timeout' | 'json' | 'shape' | 'version';

export class FeedError extends Error {
  readonly kind: FeedErrorKind;
  /** HTTP status for `http`, the unsupported version for `version`. */
  readonly detail?: string | number;
  constructor(kind: FeedErrorKind, message: string, detail?: string | number) {
    super(message);
    this.name = 'FeedError';
    this.kind = kind;
    this.detail = detail;
  }
}

export interface ValidatedFeed {
  feed: Feed;
  issues: FeedIssue[];
}

type ItemSchema = z.ZodMiniType<{id: string}>;

/** Turns a zod path (`['location', 'lat']`) into `.location.lat` / `[2]` notation. */
export function formatPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    base,
  );
}

/** Validates one array section item by item; the first of duplicate ids wins. */
export function validateSection<T extends {id: string}>(
  raw: unknown,
  schema: ItemSchema,
  name: string,
  issues: FeedIssue[],
): T[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    issues.push({path: name, message: 'expected a list of items; the section is ignored'});
    return [];
  }
  const items: T[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const result = z.safeParse(schema, item);
    const at = `${name}[${index}]`;
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({path: formatPath(at, issue.path), message: issue.message});
      }
      return;
    }
    const value = result.data as T;
    if (seen.has(value.id)) {
      issues.push({path: `${at}.id`, message: `duplicate id "${value.id}"; the first one is used`});
      return;
    }
    seen.add(value.id);
    items.push(value);
  });
  return items;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates a parsed JSON value as a version 1 feed.
 * Throws a `FeedError` (`shape` or `version`) when the feed as a whole is unusable;
 * otherwise returns the valid items and every problem found.
 */
export function validateFeed(raw: unknown): ValidatedFeed {
  if (!isPlainObject(raw)) {
    throw new FeedError('shape', 'the feed is not a JSON object');
  }
  if (raw.version !== FEED_VERSION) {
    throw new FeedError(
      'version',
      raw.version === undefined
        ? 'the feed has no version'
        : `feed version ${JSON.stringify(raw.version)} is not supported (expected ${FEED_VERSION})`,
      typeof raw.version === 'number' || typeof raw.version === 'string' ? raw.version : undefined,
    );
  }
  const issues: FeedIssue[] = [];
  const feed: Feed = {version: FEED_VERSION};
  if (raw.generated !== undefined) {
    const generated = z.safeParse(isoDateTimeSchema, raw.generated);
    if (generated.success) feed.generated = generated.data;
    else issues.push({path: 'generated', message: 'not an ISO 8601 date-time; ignored'});
  }
  feed.initiatives = validateSection(raw.initiatives, InitiativeSchema, 'initiatives', issues);
  feed.partners = validateSection(raw.partners, PartnerSchema, 'partners', issues);
  feed.events = validateSection(raw.events, EventSchema, 'events', issues);
  if (raw.criteria !== undefined) {
    if (isPlainObject(raw.criteria)) {
      feed.criteria = {
        membership: validateSection(raw.criteria.membership, CriterionSchema, 'criteria.membership', issues),
        etalage: validateSection(raw.criteria.etalage, CriterionSchema, 'criteria.etalage', issues),
      };
    } else {
      issues.push({path: 'criteria', message: 'expected an object; the section is ignored'});
    }
  }
  for (const key of ['initiatives', 'partners', 'events', 'criteria'] as const) {
    if (feed[key] === undefined) delete feed[key];
  }
  return {feed, issues};
}

/** Counts per section, for the CLI summary and reports. */
export function summariseSections(raw: unknown, result: ValidatedFeed) {
  const source = isPlainObject(raw) ? raw : {};
  const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  const criteria = isPlainObject(source.criteria) ? source.criteria : {};
  const rows: Array<{section: string; total: number; valid: number}> = [
    {section: 'initiatives', total: count(source.initiatives), valid: result.feed.initiatives?.length ?? 0},
    {section: 'partners', total: count(source.partners), valid: result.feed.partners?.length ?? 0},
    {section: 'events', total: count(source.events), valid: result.feed.events?.length ?? 0},
    {
      section: 'criteria.membership',
      total: count(criteria.membership),
      valid: result.feed.criteria?.membership?.length ?? 0,
    },
    {section: 'criteria.etalage', total: count(criteria.etalage), valid: result.feed.criteria?.etalage?.length ?? 0},
  ];
  return rows;
}
