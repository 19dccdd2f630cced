/**
 * From spreadsheet rows to feed items: headers matched to the feed's fields,
 * cells read the Dutch way, missing ids made from the name, and every item
 * checked by the feed's own validation. Each problem is named by file, sheet,
 * row number as the spreadsheet shows it, the item and the column header as
 * written. A row with a problem is left out; the others keep their order.
 */
import type {Feed} from '../feed/schema.js';
import {ALL_SECTIONS} from '../feed/sections.js';
import {validateSections, type SectionKey} from '../feed/validate.js';
import {FEED_VERSION} from '../feed/version.js';
import {amsterdamIso} from '../i18n/amsterdam-iso.js';
import {isEmpty, parseCell, textOf, type CellValue} from './cells.js';
import type {Problem} from './check.js';
import {normalise, sheetSpecs, type Column, type SheetSpec} from './columns.js';
import {checkersFor, suggest, translate} from './messages.js';

/** A sheet (or CSV file) as read: its first row holds the headers. */
export interface Grid {
  file: string;
  /** The sheet's name in a workbook; absent for CSV. */
  sheet?: string;
  rows: Array<{number: number; cells: CellValue[]; links?: Array<string | undefined>}>;
  /** What the reader noticed about single cells (formulas, merged cells), by row number and column index. */
  notes?: Array<{row: number; col: number; message: string}>;
}

/** Sheets of the template that hold no items. */
export const HELP_SHEETS = ['Uitleg', 'Lijsten'];

interface Row {
  where: Pick<Problem, 'file' | 'sheet' | 'row'>;
  item: Record<string, unknown>;
  /** Header as written and the cell's text, per field. */
  cells: Map<string, {header: string; text: string}>;
  failed: boolean;
}

export interface SectionImport {
  spec: SheetSpec;
  rows: number;
  items: Array<Record<string, unknown>>;
}

export interface ImportResult {
  sections: SectionImport[];
  problems: Problem[];
}

/** A stable id from a name: `Breicafé Zwolle` → `breicafe-zwolle`. */
export function slug(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return base || 'item';
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stable((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Which section a sheet or file holds: by its name, else by its headers. */
export function specFor(name: string, headers: string[]): SheetSpec | undefined {
  const wanted = normalise(name);
  const specs = sheetSpecs();
  const names = specs.flatMap((spec) => [spec.name, spec.section, ...spec.aliases].map((n) => ({spec, n: normalise(n)})));
  const exact = names.find(({n}) => n === wanted);
  if (exact) return exact.spec;
  const contained = names.filter(({n}) => wanted.includes(n)).sort((a, b) => b.n.length - a.n.length)[0];
  if (contained) return contained.spec;
  const scores = specs.map((spec) => ({spec, score: headers.filter((h) => columnFor(spec, h)).length}));
  scores.sort((a, b) => b.score - a.score);
  const [best, next] = scores;
  return best && best.score >= 2 && best.score > (next?.score ?? 0) ? best.spec : undefined;
}

const headerIndex = new WeakMap<SheetSpec, Map<string, Column>>();

/** The column a header means: the Dutch label or the feed's field name, in any case, with or without accents. */
export function columnFor(spec: SheetSpec, header: string): Column | undefined {
  let index = headerIndex.get(spec);
  if (!index) {
    index = new Map();
    for (const column of spec.columns) {
      for (const name of [column.key, column.label, column.label.replace(/\(.*?\)/g, '')]) index.set(normalise(name), column);
    }
    headerIndex.set(spec, index);
  }
  return index.get(normalise(header));
}

function setPath(item: Record<string, unknown>, path: string[], value: unknown) {
  let target = item;
  for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
  target[path[path.length - 1]!] = value;
}

function readGrid(grid: Grid, spec: SheetSpec, problems: Problem[]): Row[] {
  const [header, ...body] = grid.rows;
  const where = {file: grid.file, ...(grid.sheet ? {sheet: grid.sheet} : {})};
  const columns: Array<{col: number; column: Column; header: string}> = [];
  const seen = new Set<string>();
  header?.cells.forEach((cell, col) => {
    const text = textOf(cell).trim();
    if (!text) return;
    const column = columnFor(spec, text);
    if (!column) {
      const close = suggest(text, spec.columns.map((c) => c.label), normalise);
      problems.push({severity: 'warning', ...where, column: text, message: `onbekende kolom, wordt overgeslagen${close ? `; bedoel je "${close}"?` : ''}`});
    } else if (seen.has(column.key)) {
      problems.push({severity: 'warning', ...where, column: text, message: `staat er twee keer; alleen de eerste kolom "${column.label}" telt`});
    } else {
      seen.add(column.key);
      columns.push({col, column, header: text});
    }
  });
  const missing = spec.columns.filter((c) => c.required && !c.parent && c.key !== 'id' && !seen.has(c.key));
  if (missing.length > 0) {
    problems.push({
      severity: 'error',
      ...where,
      message: `de verplichte kolom${missing.length > 1 ? 'men' : ''} ${missing.map((c) => `"${c.label}"`).join(', ')} ontbreekt; het blad is overgeslagen`,
    });
    return [];
  }
  const notes = new Map<string, string>();
  for (const note of grid.notes ?? []) notes.set(`${note.row}:${note.col}`, note.message);
  const rows: Row[] = [];
  for (const {number, cells, links} of body) {
    if (cells.every(isEmpty)) continue;
    const row: Row = {where: {...where, row: number}, item: {}, cells: new Map(), failed: false};
    const rowProblems: Problem[] = [];
    for (const {col, column, header} of columns) {
      const raw = cells[col];
      const link = links?.[col];
      const note = notes.get(`${number}:${col}`);
      if (note) rowProblems.push({severity: 'warning', ...row.where, column: header, message: note});
      const value = link && (column.kind === 'link' || column.kind === 'email') ? link : raw;
      const text = textOf(value);
      row.cells.set(column.key, {header, text});
      const parsed = parseCell(column, value);
      if ('error' in parsed) {
        rowProblems.push({severity: 'error', ...row.where, column: header, message: parsed.error});
        row.failed = true;
        continue;
      }
      if (parsed.warning) rowProblems.push({severity: 'warning', ...row.where, column: header, message: parsed.warning});
      if (parsed.value !== undefined) setPath(row.item, column.path, parsed.value);
    }
    if (Object.keys(row.item).length === 0 && !row.failed) continue;
    if (!row.failed && row.item[spec.nameField] === spec.example[spec.nameField] && stable(row.item) === stable(spec.example)) {
      problems.push({severity: 'warning', ...row.where, message: 'dit is de voorbeeldrij uit het sjabloon; overgeslagen'});
      continue;
    }
    const name = row.item[spec.nameField];
    for (const p of rowProblems) if (typeof row.item.id === 'string' || typeof name === 'string') p.id = String(row.item.id ?? name);
    problems.push(...rowProblems);
    rows.push(row);
  }
  return rows;
}

/** Gives every row without an id one made from its name, unique in the section; reported as a warning. */
function makeIds(spec: SheetSpec, rows: Row[], problems: Problem[]) {
  const taken = new Set(rows.map((row) => row.item.id).filter((id): id is string => typeof id === 'string'));
  for (const row of rows) {
    const name = row.item[spec.nameField];
    if (row.item.id !== undefined || typeof name !== 'string') continue;
    let id = slug(name);
    for (let n = 2; taken.has(id); n++) id = `${slug(name)}-${n}`;
    taken.add(id);
    row.item = {id, ...row.item};
    problems.push({severity: 'warning', ...row.where, id, message: `geen id ingevuld; gemaakt uit de naam: ${id}`});
  }
}

function feedWith(section: SectionKey, items: unknown[]): Record<string, unknown> {
  if (section.startsWith('criteria.')) return {version: FEED_VERSION, criteria: {[section.slice('criteria.'.length)]: items}};
  return {version: FEED_VERSION, [section]: items};
}

/** Checks the rows' items with the feed's own validation; a row with a problem is marked failed. */
function validateRows(spec: SheetSpec, rows: Row[], problems: Problem[]) {
  const candidates = rows.filter((row) => !row.failed);
  const envelope = feedWith(spec.section, candidates.map((row) => row.item)) as Record<string, unknown> & {version: 1};
  const {issues} = validateSections(envelope, {[spec.section]: ALL_SECTIONS[spec.section]}, {checkers: checkersFor('nl')});
  const prefix = `${spec.section}[`;
  for (const issue of issues) {
    const match = /^\[(\d+)\]\.?(.*)$/.exec(issue.path.startsWith(prefix) ? issue.path.slice(spec.section.length) : '');
    if (!match) {
      problems.push({severity: 'error', file: rows[0]?.where.file, message: translate(issue.message, 'nl')});
      continue;
    }
    const row = candidates[Number(match[1])]!;
    row.failed = true;
    const field = match[2]!;
    const column = spec.columns.find((c) => c.key === field);
    const cell = row.cells.get(field);
    const message = translate(issue.message, 'nl');
    const problem: Problem = {severity: 'error', ...row.where, ...(itemId(row) ? {id: itemId(row)} : {}), message};
    if (column) {
      problem.column = cell?.header ?? column.label;
      if (cell?.text && !/^(ontbreekt|dubbel id)/.test(message)) problem.message = `${shorten(cell.text)} ${message}`;
    } else if (field) {
      const group = spec.columns.filter((c) => c.key.startsWith(`${field}.`));
      if (group[0]?.parent) problem.message = `${group[0].parent} (${group.map((c) => c.label).join(', ')}): ${message}`;
    }
    problems.push(problem);
  }
}

const itemId = (row: Row) => (typeof row.item.id === 'string' ? row.item.id : undefined);
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(/\s+/g, ' ');

/**
 * Reads the sheets' rows into feed items, section by section, in the order of
 * the grids and their rows. Sheets of one section (e.g. several organisers'
 * files) are joined.
 */
export function importGrids(grids: Grid[]): ImportResult {
  const problems: Problem[] = [];
  const bySection = new Map<SectionKey, {spec: SheetSpec; rows: Row[]}>();
  for (const grid of grids) {
    const name = grid.sheet ?? grid.file.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
    if (grid.sheet && HELP_SHEETS.includes(grid.sheet)) continue;
    const where = {file: grid.file, ...(grid.sheet ? {sheet: grid.sheet} : {})};
    if (grid.rows.every((row) => row.cells.every(isEmpty))) {
      problems.push({severity: 'warning', ...where, message: 'het blad is leeg; overgeslagen'});
      continue;
    }
    const headers = grid.rows[0]?.cells.map((cell) => textOf(cell).trim()) ?? [];
    const spec = specFor(name, headers);
    if (!spec) {
      problems.push({
        severity: grid.sheet ? 'warning' : 'error',
        ...where,
        message: `niet duidelijk welk deel van de feed dit is; geef ${grid.sheet ? 'het blad' : 'het bestand'} een naam als ${sheetSpecs()
          .map((s) => `"${s.name}"`)
          .join(', ')}`,
      });
      continue;
    }
    if (!bySection.has(spec.section)) bySection.set(spec.section, {spec, rows: []});
    bySection.get(spec.section)!.rows.push(...readGrid(grid, spec, problems));
  }
  const sections: SectionImport[] = [];
  for (const spec of sheetSpecs()) {
    const entry = bySection.get(spec.section);
    if (!entry) continue;
    makeIds(spec, entry.rows, problems);
    validateRows(spec, entry.rows, problems);
    sections.push({spec, rows: entry.rows.length, items: entry.rows.filter((row) => !row.failed).map((row) => row.item)});
  }
  return {sections, problems};
}

/** The imported sections as a feed, on top of `base` (for `--merge`): every imported section replaces the base's. */
export function toFeed(sections: SectionImport[], base: Record<string, unknown> = {}, generated = new Date()): Feed {
  const feed: Record<string, unknown> = {...base, version: FEED_VERSION, generated: amsterdamIso(generated)};
  for (const {spec, items} of sections) {
    if (spec.section.startsWith('criteria.')) {
      const criteria = typeof feed.criteria === 'object' && feed.criteria !== null ? (feed.criteria as Record<string, unknown>) : {};
      feed.criteria = {...criteria, [spec.section.slice('criteria.'.length)]: items};
    } else {
      feed[spec.section] = items;
    }
  }
  // The feed's usual order: version, generated, then the sections.
  const order = ['version', 'generated', 'initiatives', 'partners', 'events', 'criteria'];
  return Object.fromEntries(
    Object.entries(feed).sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99)),
  ) as Feed;
}
