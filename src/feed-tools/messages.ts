/**
 * The feed's validation in Dutch: an error map for zod (per parse, so the
 * schemas and their English messages stay as they are) and Dutch versions of
 * the few fixed messages the item-by-item validation writes itself.
 */
import type * as z from 'zod/mini';
import {safeParse} from '../feed/schema.js';
import type {SectionCheckers} from '../feed/validate.js';
import {SECTION_SCHEMAS, ZOD_CHECKERS, zodChecker} from '../feed/schema.js';

export type Lang = 'nl' | 'en';

const TYPES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'ja of nee (true/false)',
  array: 'een lijst',
  object: 'een groep velden (object)',
};

const FORMATS: Record<string, string> = {
  url: 'is geen link die begint met https:// of http://',
  email: 'is geen geldig e-mailadres',
  datetime: 'is geen geldige datum en tijd met tijdzone (bijvoorbeeld 2026-09-24T10:00:00+02:00)',
  date: 'is geen geldige datum (JJJJ-MM-DD)',
};

/** Messages the schemas give themselves (refinements), in Dutch. */
const CUSTOM: Record<string, string> = {
  'end is before start': 'het einde ligt voor het begin',
  'needs a location, an online link, or both': 'vul een plaats (locatie) of een online link in, of allebei',
  'min only applies to number answers': 'een minimum hoort alleen bij antwoord getal',
};

/** zod's issues in Dutch, worded so that they can follow the value (`morgen is geen geldige datum`). */
export function dutchIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'ontbreekt (verplicht)' : `moet ${TYPES[issue.expected] ?? issue.expected} zijn`;
    case 'invalid_format':
      if (issue.format === 'regex') return 'mag niet leeg zijn';
      return FORMATS[issue.format] ?? `heeft niet de vorm ${issue.format}`;
    case 'too_small':
      return issue.origin === 'string' ? 'mag niet leeg zijn' : `moet minstens ${issue.minimum} zijn`;
    case 'too_big':
      return `mag hoogstens ${issue.maximum} zijn`;
    case 'invalid_value':
      return `moet een van deze waarden zijn: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return issue.input === undefined ? 'ontbreekt (verplicht)' : 'past bij geen van de toegestane vormen';
    default:
      return undefined;
  }
}

const dutchSafeParse = ((schema: z.ZodMiniType, value: unknown) => safeParse(schema, value, {error: dutchIssue})) as typeof safeParse;

/** The feed's zod checkers for every section, speaking `lang`. */
export function checkersFor(lang: Lang): SectionCheckers {
  if (lang === 'en') return ZOD_CHECKERS;
  return Object.fromEntries(Object.entries(SECTION_SCHEMAS).map(([key, schema]) => [key, zodChecker(schema, dutchSafeParse)]));
}

const FIXED: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^duplicate id "(.*)"; the first one is used$/, (id) => `dubbel id "${id}"; het eerste item met dit id wordt gebruikt`],
  [/^expected a list of items; the section is ignored$/, () => 'verwacht een lijst met items; dit deel wordt overgeslagen'],
  [/^expected an object; the section is ignored$/, () => 'verwacht een groep (object); dit deel wordt overgeslagen'],
  [/^not an ISO 8601 date-time; ignored$/, () => 'is geen ISO 8601-datum met tijd; genegeerd'],
  [/^the feed is not a JSON object$/, () => 'de feed is geen JSON-object'],
  [/^the feed has no version$/, () => 'de feed heeft geen version'],
  [/^feed version (.*) is not supported \(expected (\d+)\)$/, (v, e) => `feedversie ${v} wordt niet ondersteund (verwacht: ${e})`],
];

/** A message of the feed's validation in `lang` (the schemas' own refinements and the fixed messages translated). */
export function translate(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  if (CUSTOM[message]) return CUSTOM[message];
  for (const [pattern, dutch] of FIXED) {
    const match = pattern.exec(message);
    if (match) return dutch(...match.slice(1));
  }
  return message;
}

/** Optimal string alignment distance (a swap of two letters counts as one edit). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({length: a.length + 1}, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name closest to `name`, if it is close enough to be a typing error. */
export function suggest(name: string, known: Iterable<string>, compare: (s: string) => string = (s) => s.toLowerCase()): string | undefined {
  const wanted = compare(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(wanted, compare(candidate));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(1, Math.min(2, Math.floor(wanted.length / 3))) ? best : undefined;
}
