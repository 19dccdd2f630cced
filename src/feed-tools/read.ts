/**
 * Reading spreadsheets into rows of cells: `.xlsx` with exceljs, `.csv` with
 * csv-parse as Dutch Excel writes it (`;` or `,`, UTF-8 with or without BOM or
 * Windows-1252, CRLF). Hostile files give clear refusals, never a crash.
 */
import {parse} from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import {CellProblem, type CellValue} from './cells.js';
import {HELP_SHEETS, type Grid} from './sheet-import.js';

/** Rows read from one sheet or CSV file at most (besides the header row). */
export const MAX_ROWS = 50_000;
/** The largest file read. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export class ReadError extends Error {}

const dutch = (n: number) => n.toLocaleString('nl-NL');

/** `rows` counts the header row; `atLeast` when reading stopped at the cap. */
function tooManyRows(rows: number, atLeast = false): ReadError {
  const count = atLeast ? `meer dan ${dutch(MAX_ROWS)}` : dutch(rows - 1);
  return new ReadError(`heeft ${count} rijen; er worden hoogstens ${dutch(MAX_ROWS)} rijen per blad gelezen. Splits het bestand.`);
}

/** Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Windows-1252 differs from Latin-1 in 0x80–0x9F (€, ‘ ’ “ ” – — …). Node's TextDecoder('windows-1252')
// decodes those bytes as Latin-1 control characters, so they are mapped here.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 text (what Dutch Excel writes as "CSV (gescheiden door lijstscheidingsteken)"). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk);
  }
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]!);
}

/** The delimiter of the first line: `;` (Dutch Excel), `,` or a tab, whichever occurs most outside quotes. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = {';': 0, ',': 0, '\t': 0};
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c]!++;
  }
  const [best] = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ';';
}

/** A value our export protected against running as a formula (`'=…`) gets its own text back. */
export const unprotect = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

/** A CSV file's rows; row numbers are what a spreadsheet shows (one per record, quoted line breaks included). */
export function readCsv(file: string, bytes: Uint8Array): Grid {
  const text = decodeText(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      to: MAX_ROWS + 2,
    }) as string[][];
  } catch (error) {
    const line = (error as {lines?: number}).lines;
    throw new ReadError(`is geen leesbaar CSV-bestand${line ? ` (regel ${line})` : ''}: ${(error as Error).message}`);
  }
  if (records.length > MAX_ROWS + 1) throw tooManyRows(records.length, true);
  return {file, rows: records.map((cells, i) => ({number: i + 1, cells: cells.map(unprotect)}))};
}

type ExcelValue = ExcelJS.CellValue;

function plainText(value: unknown): string {
  if (value && typeof value === 'object' && 'richText' in value) return (value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('');
  return value === null || value === undefined ? '' : String(value);
}

/** A workbook cell as a value; formulas give their stored result (never run), with a note. */
function readCell(value: ExcelValue): {value: CellValue; link?: string; note?: string} {
  if (value === null || value === undefined) return {value: undefined};
  if (typeof value !== 'object' || value instanceof Date) return {value};
  if ('richText' in value) return {value: plainText(value)};
  if ('hyperlink' in value) return {value: plainText(value.text), link: value.hyperlink};
  if ('error' in value) return {value: new CellProblem(`bevat de foutwaarde ${value.error}`)};
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null || (typeof result === 'object' && !(result instanceof Date))) {
      return {value: new CellProblem('bevat een formule zonder opgeslagen uitkomst; typ de waarde zelf (formules worden niet uitgevoerd)')};
    }
    return {value: result, note: 'bevat een formule; de opgeslagen uitkomst is overgenomen (formules worden niet uitgevoerd)'};
  }
  return {value: new CellProblem('heeft een onbekende soort inhoud')};
}

export interface WorkbookRead {
  grids: Grid[];
  /** What was noticed per sheet: hidden sheets left alone, merged cells. */
  notices: Array<{sheet: string; severity: 'error' | 'warning'; message: string}>;
}

/** An `.xlsx` workbook's visible sheets, row by row. */
export async function readWorkbook(file: string, bytes: Uint8Array): Promise<WorkbookRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new ReadError(`is geen leesbaar .xlsx-bestand (${(error as Error).message}); sla het op als Excel-werkmap (.xlsx)`);
  }
  const grids: Grid[] = [];
  const notices: WorkbookRead['notices'] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') {
      if (!HELP_SHEETS.includes(sheet.name)) notices.push({sheet: sheet.name, severity: 'warning', message: 'is een verborgen blad; overgeslagen'});
      continue;
    }
    if (sheet.actualRowCount > MAX_ROWS + 1) {
      notices.push({sheet: sheet.name, severity: 'error', message: tooManyRows(sheet.actualRowCount).message});
      continue;
    }
    const grid: Grid = {file, sheet: sheet.name, rows: [], notes: []};
    let merged = false;
    sheet.eachRow({includeEmpty: false}, (row, number) => {
      const cells: CellValue[] = [];
      const links: Array<string | undefined> = [];
      row.eachCell({includeEmpty: false}, (cell, col) => {
        if (cell.isMerged && cell.master !== cell) {
          merged = true;
          return;
        }
        const read = readCell(cell.value);
        cells[col - 1] = read.value;
        if (read.link) links[col - 1] = read.link;
        if (read.note) grid.notes!.push({row: number, col: col - 1, message: read.note});
      });
      grid.rows.push({number, cells, ...(links.length ? {links} : {})});
    });
    if (merged) notices.push({sheet: sheet.name, severity: 'warning', message: 'heeft samengevoegde cellen; alleen de eerste cel van elk samengevoegd gebied telt'});
    grids.push(grid);
  }
  return {grids, notices};
}
