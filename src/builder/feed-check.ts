/**
 * The builder's feed check: the same item-by-item validation the widgets and
 * `ncte-feed validate` use, summarised per section, with every item that would
 * be left out named by id and path, and the reason in Dutch.
 */
import {ALL_SECTIONS} from '../feed/sections.js';
import {readEnvelope, summariseSections, validateSections, type FeedIssue} from '../feed/validate.js';
import type {Feed} from '../feed/schema.js';

export interface LeftOut {
  /** The offending value's path (`events[3].start`). */
  path: string;
  /** The item's `id`, when it has a usable one. */
  id?: string;
  /** The English message, as the validator gives it. */
  message: string;
}

export interface FeedCheck {
  feed: Feed;
  sections: Array<{section: string; total: number; valid: number}>;
  leftOut: LeftOut[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The `id` of the item a path points into (`events[3].start` → `events[3]`'s id). */
export function itemId(raw: unknown, path: string): string | undefined {
  const match = /^(?:criteria\.)?(\w+)\[(\d+)\]/.exec(path);
  if (!match || !isObject(raw)) return undefined;
  const container = path.startsWith('criteria.') ? (isObject(raw.criteria) ? raw.criteria : {}) : raw;
  const list = container[match[1]];
  const item = Array.isArray(list) ? list[Number(match[2])] : undefined;
  return isObject(item) && typeof item.id === 'string' && item.id.trim() !== '' ? item.id : undefined;
}

/**
 * Checks a parsed feed. Throws a `FeedError` (`shape`, `version`) when the feed
 * as a whole is unusable. zod is loaded only when some item is invalid, to say why.
 */
export async function checkFeed(raw: unknown): Promise<FeedCheck> {
  const envelope = readEnvelope(raw);
  const first = validateSections(envelope, ALL_SECTIONS);
  const result = first.complete ? await first.complete : first;
  return {
    feed: result.feed,
    sections: summariseSections(raw, result),
    leftOut: result.issues.map((issue: FeedIssue) => ({path: issue.path, id: itemId(raw, issue.path), message: issue.message})),
  };
}

const TYPES: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  int: 'geheel getal',
  boolean: 'ja of nee (true/false)',
  array: 'lijst',
  object: 'object',
};
const FORMATS: Record<string, string> = {
  email: 'geen geldig e-mailadres',
  datetime: 'geen geldige datum en tijd (ISO 8601, met tijdzone)',
  date: 'geen geldige datum (JJJJ-MM-DD)',
  url: 'geen geldige link',
};

/** The validator's messages (src/feed/schema.ts and validate.ts), each with its Dutch form. */
const DUTCH: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^required (\w+) is missing$/, (type) => `verplicht veld ontbreekt (${TYPES[type] ?? type})`],
  [/^expected (\w+)$/, (type) => `moet een ${TYPES[type] ?? type} zijn`],
  [/^must not be empty$/, () => 'mag niet leeg zijn'],
  [/^must be an http\(s\) link$/, () => 'moet een link zijn die begint met http:// of https://'],
  [/^not a valid (\w+)$/, (format) => FORMATS[format] ?? `geen geldige ${format}`],
  [/^must be at least (.+)$/, (n) => `moet minstens ${n} zijn`],
  [/^must be at most (.+)$/, (n) => `mag hoogstens ${n} zijn`],
  [/^must be one of (.+)$/, (values) => `moet een van deze waarden zijn: ${values}`],
  [/^does not match any allowed form$/, () => 'past in geen van de toegestane vormen'],
  [/^end is before start$/, () => 'het einde ligt voor het begin'],
  [/^needs a location, an online link, or both$/, () => 'heeft een locatie, een online link of allebei nodig'],
  [/^min only applies to number answers$/, () => '`min` hoort alleen bij antwoorden met een getal'],
  [/^duplicate id (".*"); the first one is used$/s, (id) => `dubbele id ${id}; de eerste wordt gebruikt`],
  [/^expected a list of items; the section is ignored$/, () => 'moet een lijst met items zijn; de hele sectie wordt overgeslagen'],
  [/^expected an object; the section is ignored$/, () => 'moet een object zijn; de sectie wordt overgeslagen'],
  [/^not an ISO 8601 date-time; ignored$/, () => 'geen datum en tijd volgens ISO 8601; genegeerd'],
  [/^some items are invalid and were left out$/, () => 'sommige items zijn ongeldig en weggelaten'],
];

/** A validator message in Dutch; a message not known here is returned as it is. */
export function dutchReason(message: string): string {
  for (const [pattern, dutch] of DUTCH) {
    const match = pattern.exec(message);
    if (match) return dutch(...match.slice(1));
  }
  return message;
}
