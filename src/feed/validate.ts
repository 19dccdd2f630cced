/**
 * Item-by-item validation of a parsed feed: an invalid item is left out and
 * reported with its path; every valid item is kept.
 */
import * as z from 'zod/mini';
import {FEED_VERSION, isoDateTimeSchema, type Criterion, type Feed} from './schema.js';
import {ALL_SECTIONS, INVALID, type Section} from './sections.js';

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
  section: Section,
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
    const at = `${name}[${index}]`;
    // The compiled parser takes every valid item quickly; where it declines,
    // zod's runtime decides and says what is wrong.
    let value = section.parse(item) as T | typeof INVALID;
    if (value === INVALID) {
      const result = z.safeParse(section.schema, item);
      if (!result.success) {
        for (const issue of result.error.issues) {
          issues.push({path: formatPath(at, issue.path), message: issue.message});
        }
        return;
      }
      value = result.data as T;
    }
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

/** A parsed feed whose version is checked; its sections are not validated yet. */
export type FeedEnvelope = Record<string, unknown> & {version: typeof FEED_VERSION};

/** The sections a widget can ask for. */
export type SectionKey = 'initiatives' | 'partners' | 'events' | 'criteria.membership' | 'criteria.etalage';

/** How each section a widget uses is checked (see sections.ts). */
export type SectionSchemas = Partial<Record<SectionKey, Section>>;

/**
 * Checks that a parsed JSON value is a feed this library reads: an object with
 * `version: 1`. Throws a `FeedError` (`shape` or `version`) otherwise.
 */
export function readEnvelope(raw: unknown): FeedEnvelope {
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
  return raw as FeedEnvelope;
}

interface SectionResult {
  items: unknown[] | undefined;
  issues: FeedIssue[];
}

// Each section of a feed is validated once, however many widgets show it.
const sectionCache = new WeakMap<FeedEnvelope, Map<string, SectionResult>>();

function rawSection(envelope: FeedEnvelope, key: string, issues: FeedIssue[]): unknown {
  if (key.startsWith('criteria.')) {
    const criteria = envelope.criteria;
    if (criteria === undefined) return undefined;
    if (!isPlainObject(criteria)) {
      issues.push({path: 'criteria', message: 'expected an object; the section is ignored'});
      return undefined;
    }
    return criteria[key.slice('criteria.'.length)];
  }
  return envelope[key];
}

function validateGenerated(envelope: FeedEnvelope): SectionResult {
  if (envelope.generated === undefined) return {items: undefined, issues: []};
  const generated = z.safeParse(isoDateTimeSchema, envelope.generated);
  return generated.success
    ? {items: [generated.data], issues: []}
    : {items: undefined, issues: [{path: 'generated', message: 'not an ISO 8601 date-time; ignored'}]};
}

function cachedSection(envelope: FeedEnvelope, key: string, compute: () => SectionResult): SectionResult & {fresh: boolean} {
  let sections = sectionCache.get(envelope);
  if (!sections) sectionCache.set(envelope, (sections = new Map()));
  const cached = sections.get(key);
  if (cached) return {...cached, fresh: false};
  const result = compute();
  sections.set(key, result);
  return {...result, fresh: true};
}

/**
 * Validates the given sections of a feed, item by item, and returns the valid
 * items with every problem found. Results are cached per feed and section.
 * `onNewIssues` hears the problems of sections validated for the first time,
 * so each problem is reported once per page.
 */
export function validateSections(
  envelope: FeedEnvelope,
  schemas: SectionSchemas,
  onNewIssues?: (issues: FeedIssue[]) => void,
): ValidatedFeed {
  const feed: Feed = {version: FEED_VERSION};
  const issues: FeedIssue[] = [];
  const fresh: FeedIssue[] = [];
  const generated = cachedSection(envelope, 'generated', () => validateGenerated(envelope));
  if (generated.items) feed.generated = generated.items[0] as string;
  issues.push(...generated.issues);
  if (generated.fresh) fresh.push(...generated.issues);
  for (const [key, section] of Object.entries(schemas) as Array<[SectionKey, Section]>) {
    const result = cachedSection(envelope, key, () => {
      const sectionIssues: FeedIssue[] = [];
      const raw = rawSection(envelope, key, sectionIssues);
      return {items: validateSection(raw, section, key, sectionIssues), issues: sectionIssues};
    });
    issues.push(...result.issues);
    if (result.fresh) fresh.push(...result.issues);
    if (result.items === undefined) continue;
    if (key.startsWith('criteria.')) {
      const track = key.slice('criteria.'.length) as 'membership' | 'etalage';
      feed.criteria = {...feed.criteria, [track]: result.items as Criterion[]};
    } else {
      (feed as Record<string, unknown>)[key] = result.items;
    }
  }
  if (fresh.length > 0) onNewIssues?.(unique(fresh));
  return {feed, issues: unique(issues)};
}

function unique(issues: FeedIssue[]): FeedIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}|${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** All problems found so far in a feed's validated sections (what `<ncte-feed>` reports). */
export function knownIssues(envelope: FeedEnvelope): FeedIssue[] {
  return unique([...(sectionCache.get(envelope)?.values() ?? [])].flatMap((section) => section.issues));
}

/**
 * Validates a parsed JSON value as a complete version 1 feed.
 * Throws a `FeedError` (`shape` or `version`) when the feed as a whole is unusable;
 * otherwise returns the valid items of every section and every problem found.
 */
export function validateFeed(raw: unknown): ValidatedFeed {
  return validateSections(readEnvelope(raw), ALL_SECTIONS);
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
