/**
 * Writing the feed as spreadsheets: the template (an example row) and the
 * export (today's feed), as one `.xlsx` workbook with a sheet per section or
 * as one `.csv` per section. Headers are Dutch and carry a note saying what
 * the column takes; fixed values get a drop-down list. Nothing written can run
 * as a formula (text in a workbook is text; in CSV a leading `=`, `+`, `-`, `@`
 * gets a `'` in front, which the import removes).
 */
import ExcelJS from 'exceljs';
import {formatCell} from './cells.js';
import {allowedValues, describeColumn, sheetSpecs, type Column, type SheetSpec} from './columns.js';

export interface SheetData {
  spec: SheetSpec;
  items: unknown[];
}

/** Rows with drop-down lists in a fresh template or below the exported rows. */
const DROPDOWN_ROWS = 1000;

const valueAt = (item: unknown, path: string[]) =>
  path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), item);

/** One item as the cells of its row. */
export function rowOf(spec: SheetSpec, item: unknown) {
  return spec.columns.map((column) => formatCell(column, valueAt(item, column.path)));
}

/** The sections of a feed, as sheets: those the feed has (all of them, empty, for none). */
export function sheetsOf(feed: Record<string, unknown>): SheetData[] {
  const criteria = (feed.criteria ?? {}) as Record<string, unknown>;
  return sheetSpecs()
    .map((spec) => {
      const items = spec.section.startsWith('criteria.') ? criteria[spec.section.slice('criteria.'.length)] : feed[spec.section];
      return {spec, items: Array.isArray(items) ? items : undefined};
    })
    .filter((sheet): sheet is SheetData => sheet.items !== undefined);
}

/** The template's sheets: every section with its example row. */
export function templateSheets(): SheetData[] {
  return sheetSpecs().map((spec) => ({spec, items: [spec.example]}));
}

const letter = (index: number) => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

const HELP = [
  ['Feed van de Nationale Coalitie tegen Eenzaamheid'],
  [''],
  ['Elk blad is een deel van de feed: Initiatieven (Etalage), Partners (partnerkaart), Activiteiten (Week tegen Eenzaamheid), Criteria.'],
  ['Elke regel is één item. De eerste regel bevat de kolomnamen: laat die staan. Een notitie op elke kolomnaam zegt wat erin mag.'],
  ['Meerdere waarden in één cel scheiden met een puntkomma, bijvoorbeeld: ouderen; jongeren.'],
  ['Datums: 24-9-2026; datum en tijd: 24-9-2026 10:00 (Nederlandse tijd). Getallen mogen een decimaalkomma hebben: 52,5167.'],
  ['Ja/nee-kolommen: ja of nee. Een lege Id wordt gemaakt uit de naam.'],
  ['Cursieve voorbeeldregels worden bij het inlezen overgeslagen zolang ze niet veranderd zijn; u mag ze ook verwijderen.'],
  [''],
  ['Inlezen: npx ncte-feed import feed.xlsx -o feed.json'],
  ['Controleren: npx ncte-feed validate feed.json'],
  ['Uitleg: docs/feed-maintainers.md in het pakket ncte-widgets.'],
];

/** A workbook with a sheet per section, notes on the headers and drop-down lists. */
export async function writeWorkbook(sheets: SheetData[], {template = false} = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ncte-feed';
  // A fixed date keeps the file the same for the same feed.
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 0, 1));
  const help = workbook.addWorksheet('Uitleg');
  help.addRows(HELP);
  help.getColumn(1).width = 110;
  help.getCell('A1').font = {bold: true, size: 14};

  const lists = workbook.addWorksheet('Lijsten', {state: 'hidden'});
  const listRanges = new Map<string, string>();
  const listFor = (column: Column): string | undefined => {
    const values = allowedValues(column);
    if (!values) return undefined;
    const key = values.join('\u0000');
    if (!listRanges.has(key)) {
      const col = listRanges.size + 1;
      lists.getCell(1, col).value = column.label;
      values.forEach((value, i) => (lists.getCell(i + 2, col).value = value));
      listRanges.set(key, `Lijsten!$${letter(col - 1)}$2:$${letter(col - 1)}$${values.length + 1}`);
    }
    return listRanges.get(key);
  };

  for (const {spec, items} of sheets) {
    const sheet = workbook.addWorksheet(spec.name, {views: [{state: 'frozen', ySplit: 1}]});
    sheet.columns = spec.columns.map((column) => ({
      header: column.label,
      key: column.key,
      width: Math.min(40, Math.max(12, column.label.length + 4, column.kind === 'text' && !column.list ? 24 : 0)),
    }));
    const header = sheet.getRow(1);
    header.font = {bold: true};
    spec.columns.forEach((column, i) => (header.getCell(i + 1).note = describeColumn(column)));
    for (const item of items) {
      const row = sheet.addRow(rowOf(spec, item).map((value) => value ?? null));
      if (template) row.font = {italic: true, color: {argb: 'FF666666'}};
    }
    const last = Math.max(DROPDOWN_ROWS, items.length + 1);
    spec.columns.forEach((column, i) => {
      const range = listFor(column);
      if (!range) return;
      // A list column takes several values, so its drop-down helps but does not refuse typed text.
      const strict = !column.list && !column.vocabulary;
      (sheet as unknown as {dataValidations: {add(range: string, rule: object): void}}).dataValidations.add(`${letter(i)}2:${letter(i)}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: strict,
        errorStyle: 'stop',
        errorTitle: column.label,
        error: `Kies een waarde uit de lijst: ${allowedValues(column)!.join(', ')}`,
      });
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A CSV cell: numbers with a decimal comma; text that a spreadsheet would run as a formula gets a leading `'`. */
function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = typeof value === 'number' ? String(value).replace('.', ',') : String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;,"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One section as CSV the way Dutch Excel reads it: UTF-8 with BOM, `;` between cells, CRLF. */
export function writeCsv({spec, items}: SheetData): string {
  const lines = [spec.columns.map((column) => csvCell(column.label)), ...items.map((item) => rowOf(spec, item).map(csvCell))];
  return `\ufeff${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`;
}

/** The CSV file name of a section: `activiteiten.csv`. */
export const csvName = (spec: SheetSpec) => `${spec.name.toLowerCase().replace(/\s+/g, '-')}.csv`;
