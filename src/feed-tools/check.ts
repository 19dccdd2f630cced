/**
 * `ncte-feed validate`: the feed's own validation, with each problem named by
 * path and by the item's id, in Dutch or English, JSON syntax errors with line
 * and column, and warnings for unknown fields with a suggestion.
 */
import {ALL_SECTIONS} from '../feed/sections.js';
import {FeedError, readEnvelope, summariseSections, validateSections} from '../feed/validate.js';
import {knownFields} from './columns.js';
import {checkersFor, suggest, translate, type Lang} from './messages.js';

/** One problem found by the toolkit; `error` leaves an item (or row) out, `warning` does not. */
export interface Problem {
  severity: 'error' | 'warning';
  message: string;
  /** In a JSON feed: the path (`events[3].start`) and the item's id (or name). */
  path?: string;
  id?: string;
  /** In a spreadsheet: where a person finds it. */
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
}

export interface FeedReport {
  /** Set when the feed cannot be used at all (not JSON, no version 1 object). */
  fatal?: string;
  problems: Problem[];
  sections: Array<{section: string; total: number; valid: number}>;
}

/** Line and column (both from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return {line, column: offset - start + 1};
}

/** Parses JSON; a syntax error is described with its line and column. */
export function parseJson(text: string, lang: Lang): {value: unknown} | {error: string} {
  try {
    return {value: JSON.parse(text)};
  } catch (error) {
    const detail = (error as Error).message;
    const match = /position (\d+)/.exec(detail);
    const {line, column} = lineAndColumn(text, match ? Number(match[1]) : text.length);
    return {
      error: lang === 'nl' ? `geen geldige JSON: regel ${line}, kolom ${column} (${detail})` : `not valid JSON: line ${line}, column ${column} (${detail})`,
    };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a path such as `events[3].location.lat`. */
function at(root: unknown, path: string): unknown {
  let value = root;
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[index ?? key!];
  }
  return value;
}

/** How a person recognises an item: its id, or else its name. */
export function itemName(item: unknown): string | undefined {
  if (!isObject(item)) return undefined;
  for (const key of ['id', 'name', 'title', 'question']) {
    if (typeof item[key] === 'string' && item[key].trim()) return (item[key] as string).slice(0, 60);
  }
  return undefined;
}

/** A value as it appears in a message: short, on one line. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function unknownFields(raw: Record<string, unknown>, lang: Lang): Problem[] {
  const known = knownFields();
  const problems: Problem[] = [];
  const visit = (value: unknown, schemaAt: string, path: string, id?: string) => {
    if (!isObject(value)) return;
    const fields = known.get(schemaAt);
    if (!fields) return;
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (!fields.has(key)) {
        const close = suggest(key, fields);
        const message =
          lang === 'nl'
            ? `onbekend veld "${key}" wordt genegeerd${close ? `; bedoel je "${close}"?` : ''}`
            : `unknown field "${key}" is ignored${close ? `; did you mean "${close}"?` : ''}`;
        problems.push({severity: 'warning', path: childPath, ...(id ? {id} : {}), message});
      } else if (schemaAt === '' && ['initiatives', 'partners', 'events'].includes(key) && Array.isArray(child)) {
        child.forEach((item, i) => visit(item, key, `${key}[${i}]`, itemName(item)));
      } else if (schemaAt === 'criteria' && Array.isArray(child)) {
        child.forEach((item, i) => visit(item, 'criteria.*', `${childPath}[${i}]`, itemName(item)));
      } else if (!Array.isArray(child)) {
        visit(child, schemaAt ? `${schemaAt}.${key}` : key, childPath, id);
      }
    }
  };
  visit(raw, '', '');
  return problems;
}

/** Validates a feed given as JSON text. */
export function checkFeedText(text: string, lang: Lang): FeedReport {
  const parsed = parseJson(text, lang);
  if ('error' in parsed) return {fatal: parsed.error, problems: [], sections: []};
  return checkFeed(parsed.value, lang);
}

/** Validates a parsed feed: every problem with its path and item, plus unknown fields as warnings. */
export function checkFeed(raw: unknown, lang: Lang): FeedReport {
  let envelope;
  try {
    envelope = readEnvelope(raw);
  } catch (error) {
    if (error instanceof FeedError) return {fatal: translate(error.message, lang), problems: [], sections: []};
    throw error;
  }
  // A copy: validated sections are cached per feed object, and these checkers
  // speak `lang`, so another language (or the widgets' validation) must not share them.
  const result = validateSections({...envelope}, ALL_SECTIONS, {checkers: checkersFor(lang)});
  const problems: Problem[] = result.issues.map((issue) => {
    const item = /^[^[]*\[\d+\]/.exec(issue.path)?.[0];
    const id = item ? itemName(at(raw, item)) : undefined;
    const message = translate(issue.message, lang);
    const value = at(raw, issue.path);
    const withValue =
      lang === 'nl' && value !== undefined && typeof value !== 'object' && !/^(dubbel id|verwacht|ontbreekt)/.test(message)
        ? `${shown(value)} ${message}`
        : message;
    return {severity: 'error', path: issue.path, ...(id ? {id} : {}), message: withValue};
  });
  problems.push(...unknownFields(envelope, lang));
  return {problems, sections: summariseSections(raw, result)};
}
