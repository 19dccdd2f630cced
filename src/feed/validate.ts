/**
 * Item-by-item validation of a parsed feed: an invalid item is left out and
 * reported with its path; every valid item is kept. Valid items pass the
 * compiled parsers at once; items they decline are left out at once too, and
 * zod (loaded only then) says what is wrong with them.
 */
import {INVALID, parseIsoDateTime} from './compiled-parsers.js';
import type {Criterion, Feed} from './schema.js';
import type {ItemChecker, Section} from './sections.js';
import {FEED_VERSION} from './version.js';
import {isPlainObject, sectionsOf, unique, type FeedEnvelope, type FeedIssue, type SectionResult} from './envelope.js';

export {FeedError, knownIssues, readEnvelope, type FeedEnvelope, type FeedErrorKind, type FeedIssue} from './envelope.js';

export interface ValidatedFeed {
  feed: Feed;
  issues: FeedIssue[];
}

/** A validation whose problems may still be coming: `complete` resolves with the final result. */
export interface Validation extends ValidatedFeed {
  /** Present while zod is still describing declined items (only for feeds with invalid items). */
  complete?: Promise<ValidatedFeed>;
}

/**
 * Checks one array section item by item; the first of duplicate ids wins. An
 * item the compiled parser declines goes to `checker` (zod); without one it is
 * left out and `declined` says that zod still has to describe it.
 */
export function validateSection<T extends {id: string}>(
  raw: unknown,
  section: Section,
  name: string,
  issues: FeedIssue[],
  checker?: ItemChecker,
): {items: T[] | undefined; declined: boolean} {
  if (raw === undefined) return {items: undefined, declined: false};
  if (!Array.isArray(raw)) {
    issues.push({path: name, message: 'expected a list of items; the section is ignored'});
    return {items: [], declined: false};
  }
  const items: T[] = [];
  const seen = new Set<string>();
  let declined = false;
  raw.forEach((item, index) => {
    const at = `${name}[${index}]`;
    let value = section.parse(item) as T | typeof INVALID;
    if (value === INVALID) {
      if (!checker) {
        declined = true;
        return;
      }
      const checked = checker(item, at, issues) as T | undefined;
      if (!checked) return;
      value = checked;
    }
    if (seen.has(value.id)) {
      issues.push({path: `${at}.id`, message: `duplicate id "${value.id}"; the first one is used`});
      return;
    }
    seen.add(value.id);
    items.push(value);
  });
  return {items, declined};
}

/** The sections a widget can ask for. */
export type SectionKey = 'initiatives' | 'partners' | 'events' | 'criteria.membership' | 'criteria.etalage';

/** How each section a widget uses is checked (see sections.ts). */
export type SectionSchemas = Partial<Record<SectionKey, Section>>;

/** zod checkers given up front, for a complete synchronous validation (validate-feed.ts). */
export type SectionCheckers = Partial<Record<SectionKey, ItemChecker>>;

/** The raw value of a section (`criteria.membership` inside `criteria`); `undefined` when there is none. */
export function rawSection(envelope: FeedEnvelope, key: string, issues: FeedIssue[]): unknown {
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
  const generated = parseIsoDateTime(envelope.generated);
  return generated !== INVALID
    ? {items: [generated], issues: []}
    : {items: undefined, issues: [{path: 'generated', message: 'not an ISO 8601 date-time; ignored'}]};
}

function checkSection(envelope: FeedEnvelope, key: SectionKey, section: Section, checker?: ItemChecker) {
  const issues: FeedIssue[] = [];
  const raw = rawSection(envelope, key, issues);
  const {items, declined} = validateSection(raw, section, key, issues, checker);
  return {items, issues, declined};
}

/**
 * Validates the given sections of a feed, item by item, and returns the valid
 * items with every problem known. Results are cached per feed and section.
 * `onNewIssues` hears the problems of sections validated for the first time,
 * so each problem is reported once per page. When the compiled parsers decline
 * items and no `checkers` are given, those items are left out at once and zod is
 * loaded to say why: the result then has `complete`, which resolves with the
 * final result (and `onNewIssues` hears those problems then).
 */
export function validateSections(
  envelope: FeedEnvelope,
  sections: SectionSchemas,
  options: {onNewIssues?: (issues: FeedIssue[]) => void; checkers?: SectionCheckers} = {},
): Validation {
  const {onNewIssues, checkers} = options;
  const cache = sectionsOf(envelope);
  const feed: Feed = {version: FEED_VERSION};
  const issues: FeedIssue[] = [];
  const fresh: FeedIssue[] = [];
  const pending: Array<Promise<void>> = [];

  let generated = cache.get('generated');
  if (!generated) {
    cache.set('generated', (generated = validateGenerated(envelope)));
    fresh.push(...generated.issues);
  }
  if (generated.items) feed.generated = generated.items[0] as string;
  issues.push(...generated.issues);

  for (const [key, section] of Object.entries(sections) as Array<[SectionKey, Section]>) {
    let result = cache.get(key);
    if (!result) {
      const first = checkSection(envelope, key, section, checkers?.[key]);
      if (first.declined) {
        // Show the valid items now; zod describes the rest, and this entry becomes final.
        const entry: SectionResult = {items: first.items, issues: []};
        entry.pending = section.checker().then(
          (checker) => {
            const final = checkSection(envelope, key, section, checker);
            cache.set(key, {items: final.items, issues: final.issues});
            if (final.issues.length > 0) onNewIssues?.(unique(final.issues));
          },
          () => {
            // zod could not be loaded (offline?): the invalid items stay out, said in general.
            const issues = [{path: key, message: 'some items are invalid and were left out'}];
            cache.set(key, {items: first.items, issues});
            onNewIssues?.(issues);
          },
        );
        result = entry;
      } else {
        result = {items: first.items, issues: first.issues};
        fresh.push(...first.issues);
      }
      cache.set(key, result);
    }
    if (result.pending) pending.push(result.pending);
    issues.push(...result.issues);
    if (result.items === undefined) continue;
    if (key.startsWith('criteria.')) {
      const track = key.slice('criteria.'.length) as 'membership' | 'etalage';
      feed.criteria = {...feed.criteria, [track]: result.items as Criterion[]};
    } else {
      (feed as Record<string, unknown>)[key] = result.items;
    }
  }
  if (fresh.length > 0) onNewIssues?.(unique(fresh));
  const validation: Validation = {feed, issues: unique(issues)};
  if (pending.length > 0) {
    validation.complete = Promise.all(pending).then(() => validateSections(envelope, sections));
  }
  return validation;
}

/** From this many items not validated yet, widgets validate a feed in slices (`validateSectionsInSlices`). */
export const SLICED_FROM = 1_000;

/** How many items of these sections are not validated yet (cached sections count 0). */
export function unvalidatedItems(envelope: FeedEnvelope, sections: SectionSchemas): number {
  const cache = sectionsOf(envelope);
  let count = 0;
  for (const key of Object.keys(sections)) {
    const raw = cache.has(key) ? undefined : rawSection(envelope, key, []);
    if (Array.isArray(raw)) count += raw.length;
  }
  return count;
}

// Big feeds (SLICED_FROM items or more) are validated in slices first: validate-slices.ts.
export {validateSectionsInSlices} from './validate-slices.js';

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
