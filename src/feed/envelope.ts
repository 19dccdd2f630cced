/**
 * What every part of the feed layer needs of a parsed feed: its version check
 * (`readEnvelope`), the errors and problems it can have, and the record of its
 * validated sections (each validated once per page, see validate.ts) with the
 * problems found so far. Kept apart from the validation itself so that
 * `<ncte-feed>` on its own carries no parsers.
 */
import {FEED_VERSION} from './version.js';

/** One problem in a feed, with the path of the offending value (`events[3].start`). */
export interface FeedIssue {
  path: string;
  message: string;
}

/** Why a feed could not be used at all. */
export type FeedErrorKind = 'network' | 'http' | 'timeout' | 'json' | 'shape' | 'version';

/** A feed that cannot be used at all, and why. */
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

/** The message of anything thrown. */
export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Turns anything thrown while loading into a `FeedError`. */
export function toFeedError(error: unknown): FeedError {
  return error instanceof FeedError ? error : new FeedError('shape', messageOf(error));
}

/** Whether a load stopped because its caller aborted it. */
export const isAbortError = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** A parsed feed whose version is checked; its sections are not validated yet. */
export type FeedEnvelope = Record<string, unknown> & {version: typeof FEED_VERSION};

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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

/** One validated section of a feed. */
export interface SectionResult {
  items: unknown[] | undefined;
  issues: FeedIssue[];
  /** Present while zod is describing declined items; resolves when this entry is final. */
  pending?: Promise<void>;
}

// Each section of a feed is validated once, however many widgets show it.
const sectionCache = new WeakMap<FeedEnvelope, Map<string, SectionResult>>();

/** The validated sections of a feed. */
export function sectionsOf(envelope: FeedEnvelope): Map<string, SectionResult> {
  let sections = sectionCache.get(envelope);
  if (!sections) sectionCache.set(envelope, (sections = new Map()));
  return sections;
}

/** The problems without repeats. */
export function unique(issues: FeedIssue[]): FeedIssue[] {
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
