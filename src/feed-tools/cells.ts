/**
 * Reading and writing one spreadsheet cell the way the coalition office writes
 * it: Dutch numbers (`52,5167`, `1.500`), Dutch dates (`24-9-2026`,
 * `24-09-2026 10:00`, Europe/Amsterdam), `ja`/`nee`, lists separated by `;`,
 * Excel's own date, number and true/false cells.
 */
import {amsterdamIso} from '../i18n/amsterdam-iso.js';
import {normalise, type Column} from './columns.js';

/** A cell that cannot be used, with the reason (an Excel error value, a formula without a result). */
export class CellProblem {
  constructor(readonly message: string) {}
}

/** A cell as a reader found it. */
export type CellValue = string | number | boolean | Date | CellProblem | undefined;

/** What became of a cell: a value for the feed (`undefined`: left empty), or why not. */
export type Parsed = {value: unknown; warning?: string} | {error: string};

/** Excel's own limit for one cell; longer text is refused. */
export const MAX_CELL_LENGTH = 32_767;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date that exists in the calendar. */
function realDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1000 && y <= 9999 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A wall-clock time in the Netherlands as ISO 8601 with its offset
 * (`2026-09-24T10:00:00+02:00`); `undefined` in the hour the clocks skip.
 * In the hour that happens twice, summer time is taken.
 */
export function amsterdamToIso(y: number, m: number, d: number, h: number, min: number, s: number): string | undefined {
  const hour = `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(h)}`;
  // The offset is the same for a whole hour (the clocks change on the hour), so it is looked up once per hour.
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const utc = Date.UTC(y, m - 1, d, h);
    offset = [2, 1].find((hours) => amsterdamIso(new Date(utc - hours * 3_600_000)) === `${hour}:00:00+0${hours}:00`) ?? null;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset === null ? undefined : `${hour}:${pad(min)}:${pad(s)}+0${offset}:00`;
}

const offsets = new Map<string, number | null>();

const truthy = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x']);
const falsy = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0']);

/**
 * A number as Dutch spreadsheets write it. A dot before groups of three digits
 * is a thousands separator (`1.500`), except in columns whose values cannot
 * reach a thousand (coordinates), where it is a decimal point.
 */
export function parseDutchNumber(text: string, maximum?: number): number {
  const t = text.replace(/[\s\u00a0]/g, '').replace(/^€/, '');
  if (/^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(t) && !(maximum !== undefined && maximum < 1000)) {
    return Number(t.replace(/\./g, '').replace(',', '.'));
  }
  if (/^[+-]?\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^[+-]?(\d+)?\.\d+$/.test(t)) return Number(t);
  return Number.NaN;
}

const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DUTCH_DATE_TIME = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})[ T]+(?:om\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;
const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const OFFSET_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function parseDate(value: CellValue): Parsed {
  if (value instanceof Date) {
    return {value: `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`};
  }
  const text = String(value).trim();
  const iso = ISO_DATE.exec(text);
  const dutch = iso ? null : DUTCH_DATE.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : undefined;
  if (!parts) return {error: `${text} is geen datum (schrijf bijvoorbeeld 24-9-2026)`};
  const [y, m, d] = parts.map(Number) as [number, number, number];
  if (!realDate(y, m, d)) return {error: `${text} is geen bestaande datum`};
  return {value: `${pad(y, 4)}-${pad(m)}-${pad(d)}`};
}

function parseDateTime(value: CellValue): Parsed {
  let fields: number[];
  const text = value instanceof Date ? '' : String(value).trim();
  if (value instanceof Date) {
    // Excel stores what the cell shows, without a time zone: read it as Dutch time.
    fields = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), value.getUTCHours(), value.getUTCMinutes(), value.getUTCSeconds()];
  } else if (OFFSET_ISO.test(text)) {
    const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
    return realDate(y, m, d) ? {value: text} : {error: `${text} is geen bestaande datum`};
  } else {
    let match = DUTCH_DATE_TIME.exec(text);
    if (match) fields = [match[3], match[2], match[1], match[4], match[5], match[6] ?? 0].map(Number);
    else if ((match = LOCAL_ISO.exec(text))) fields = [match[1], match[2], match[3], match[4], match[5], match[6] ?? 0].map(Number);
    else if (DUTCH_DATE.test(text) || ISO_DATE.test(text)) {
      const date = parseDate(text);
      return 'error' in date ? date : {error: `${text} heeft geen tijd (schrijf bijvoorbeeld ${text} 10:00)`};
    } else return {error: `${text} is geen datum met tijd (schrijf bijvoorbeeld 24-9-2026 10:00)`};
  }
  const [y, m, d, h, min, s] = fields as [number, number, number, number, number, number];
  if (!realDate(y, m, d)) return {error: `${text || 'de datum'} is geen bestaande datum`};
  if (h > 23 || min > 59 || s > 59) return {error: `${text} is geen bestaande tijd`};
  const iso = amsterdamToIso(y, m, d, h, min, s);
  return iso ? {value: iso} : {error: `${text || 'deze tijd'} bestaat niet in Nederlandse tijd (de klok gaat dan een uur vooruit)`};
}

/** A cell's value as text, as a person would read it. */
export function textOf(value: CellValue): string {
  if (value instanceof CellProblem) return '';
  if (value instanceof Date) return `${pad(value.getUTCDate())}-${pad(value.getUTCMonth() + 1)}-${value.getUTCFullYear()}`;
  return String(value);
}

/** One value of a column (one element of a list column). */
function parseOne(column: Column, value: CellValue): Parsed {
  switch (column.kind) {
    case 'text':
    case 'link':
    case 'email': {
      let text = textOf(value).trim();
      if (column.kind === 'email') text = text.replace(/^mailto:/i, '');
      if (column.vocabulary && text) {
        const known = column.vocabulary.find((word) => normalise(word) === normalise(text));
        if (known) return {value: known};
        return {value: text, warning: `${text} staat niet in de lijst (${column.vocabulary.join(', ')})`};
      }
      return {value: text};
    }
    case 'integer':
    case 'number': {
      const number = typeof value === 'number' ? value : typeof value === 'string' ? parseDutchNumber(value, column.maximum) : Number.NaN;
      if (!Number.isFinite(number)) return {error: `${textOf(value)} is geen getal`};
      if (column.kind === 'integer' && !Number.isInteger(number)) return {error: `${textOf(value)} is geen geheel getal`};
      return {value: number};
    }
    case 'boolean':
    case 'flag': {
      const answer = typeof value === 'boolean' ? value : truthy.has(normalise(textOf(value))) ? true : falsy.has(normalise(textOf(value))) ? false : undefined;
      if (answer === undefined) return {error: `${textOf(value)} is geen ja of nee`};
      return {value: column.kind === 'flag' && !answer ? undefined : answer};
    }
    case 'enum': {
      const wanted = normalise(textOf(value));
      const found = column.values!.find((v) => normalise(String(v)) === wanted || normalise(column.valueLabels?.[String(v)] ?? '') === wanted);
      if (found === undefined) {
        const names = column.values!.map((v) => column.valueLabels?.[String(v)] ?? String(v));
        return {error: `${textOf(value)} is geen toegestane waarde (kies uit: ${names.join(', ')})`};
      }
      return {value: found};
    }
    case 'date':
      return parseDate(value);
    case 'datetime':
      return parseDateTime(value);
  }
}

export const isEmpty = (value: CellValue) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Reads a cell for a column: empty cells give `undefined`; lists are split on `;` and new lines. */
export function parseCell(column: Column, value: CellValue): Parsed {
  if (value instanceof CellProblem) return {error: value.message};
  if (isEmpty(value)) return {value: undefined};
  if (typeof value === 'string' && value.length > MAX_CELL_LENGTH) {
    return {error: `de cel is te lang: ${value.length.toLocaleString('nl-NL')} tekens (hoogstens ${MAX_CELL_LENGTH.toLocaleString('nl-NL')})`};
  }
  if (!column.list) return parseOne(column, value);
  const elements = typeof value === 'string' ? value.split(/[;\n]/).filter((part) => part.trim() !== '') : [value];
  const values: unknown[] = [];
  const warnings: string[] = [];
  for (const element of elements) {
    const parsed = parseOne(column, element);
    if ('error' in parsed) return parsed;
    if (parsed.warning) warnings.push(parsed.warning);
    values.push(parsed.value);
  }
  return values.length === 0 ? {value: undefined} : {value: values, ...(warnings.length ? {warning: warnings.join('; ')} : {})};
}

function formatDateTime(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})$/.exec(value);
  if (!match) return value;
  const [y, m, d, h, min, s] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  // Only times written in Dutch time become Dutch; anything else stays ISO, so importing gives the very same text.
  if (amsterdamToIso(y, m, d, h, min, s) !== value) return value;
  return `${pad(d)}-${pad(m)}-${y} ${pad(h)}:${pad(min)}${s ? `:${pad(s)}` : ''}`;
}

function formatOne(column: Column, value: unknown): string | number | boolean {
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  switch (column.kind) {
    case 'boolean':
    case 'flag':
      return value === true ? 'ja' : value === false ? 'nee' : String(value);
    case 'enum':
      return column.valueLabels?.[String(value)] ?? (value as string | number);
    case 'date': {
      const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
      return match ? `${match[3]}-${match[2]}-${match[1]}` : String(value);
    }
    case 'datetime':
      return typeof value === 'string' ? formatDateTime(value) : String(value);
    case 'integer':
    case 'number':
      return typeof value === 'number' ? value : String(value);
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

/** A feed value as a cell: text, or a number for number columns. */
export function formatCell(column: Column, value: unknown): string | number | boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (column.list && Array.isArray(value)) return value.map((v) => formatOne(column, v)).join('; ');
  return formatOne(column, value);
}
