/**
 * The `ncte-feed` command: template, import, export and validate. Dutch by
 * default. Exit codes: 0 done without problems, 1 problems found (the valid
 * part is still written), 2 called wrongly.
 */
import {mkdir, readFile, stat, writeFile} from 'node:fs/promises';
import {basename, extname, join} from 'node:path';
import {parseArgs, type ParseArgsConfig} from 'node:util';
import {checkFeedText, parseJson, type FeedReport, type Problem} from './check.js';
import {plural} from '../i18n/format.js';
import type {Lang} from './messages.js';
import {importGrids, toFeed, type Grid} from './sheet-import.js';
import type {SheetData} from './write.js';

// The spreadsheet modules (and exceljs with them) load only for the commands that use them, so `validate` starts fast.
const reading = () => import('./read.js');
const writing = () => import('./write.js');

const SECTION_NAMES: Record<string, string> = {
  initiatives: 'Initiatieven',
  partners: 'Partners',
  events: 'Activiteiten',
  'criteria.membership': 'Criteria lidmaatschap',
  'criteria.etalage': 'Criteria Etalage',
};

export const USAGE = {
  main: `Gebruik: ncte-feed <opdracht> [opties]

Opdrachten:
  template   maak een leeg werkboek (.xlsx) of CSV-bestanden om de feed in te vullen
  import     lees .xlsx- en .csv-bestanden in en schrijf de feed (JSON)
  export     zet een feed (JSON) om naar .xlsx of .csv
  validate   controleer een feed en noem elk probleem

Opties: --help (bij elke opdracht), --version
Afsluitcode: 0 in orde, 1 problemen gevonden, 2 verkeerd aangeroepen.`,
  template: `Gebruik: ncte-feed template [-o sjabloon.xlsx] [--csv]

Maakt een werkboek met een blad per deel van de feed: Nederlandse kolomnamen, een notitie
per kolom, een voorbeeldregel en keuzelijsten. Met --csv: een .csv per deel in de map -o.

  -o, --output <pad>   waar het sjabloon komt (standaard ncte-feed-sjabloon.xlsx, met --csv: ncte-feed-sjabloon/)
      --csv            CSV-bestanden in plaats van een werkboek`,
  import: `Gebruik: ncte-feed import <bestanden…> -o feed.json [--merge feed.json]

Leest .xlsx-werkboeken en .csv-bestanden (; of , gescheiden, UTF-8 of Windows-1252) en schrijft
de feed. Elk blad (of bestand) heet naar een deel: Initiatieven, Partners, Activiteiten,
Criteria lidmaatschap, Criteria Etalage. Een regel met een probleem wordt weggelaten en gemeld
met bestand, blad, rijnummer en kolom; dan is de afsluitcode 1.

  -o, --output <pad>   de feed die geschreven wordt (- voor de standaarduitvoer)
      --merge <pad>    begin met deze feed: ingelezen delen vervangen de hare, de rest blijft
                       (zonder -o wordt deze feed zelf bijgewerkt)`,
  export: `Gebruik: ncte-feed export <feed.json> -o <feed.xlsx | map> [--csv]

Zet een feed om naar een werkboek met een blad per deel, of (met --csv of een -o zonder .xlsx)
naar een .csv per deel in een map. Inlezen met ncte-feed import geeft dezelfde feed terug.

  -o, --output <pad>   het werkboek (.xlsx) of de map voor de CSV-bestanden
      --csv            CSV-bestanden in plaats van een werkboek`,
  validate: `Gebruik: ncte-feed validate <bestand-of-url> [--lang en] [--json]

Controleert een feed (versie 1) en noemt elk probleem met pad en id, JSON-fouten met regel
en kolom, en waarschuwt voor onbekende velden. Afsluitcode 0: geldig, 1: problemen, 2: verkeerd
aangeroepen.

      --lang <nl|en>   taal van de meldingen (standaard nl)
      --json           uitvoer als JSON voor andere programma's`,
};

const count = (n: number, one: string, many: string) => `${n} ${plural(n, one, many)}`;

type Out = {log: (line: string) => void; error: (line: string) => void};

class UsageError extends Error {}

function args(argv: string[], options: ParseArgsConfig['options']): {values: Record<string, string | boolean | undefined>; positionals: string[]} {
  try {
    const {values, positionals} = parseArgs({args: argv, options: {help: {type: 'boolean', short: 'h'}, ...options}, allowPositionals: true, strict: true});
    return {values: values as Record<string, string | boolean | undefined>, positionals};
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** How a problem reads for a person: `feed.xlsx › Activiteiten, rij 17 (breicafe-zwolle), kolom "Begin": …`. */
export function formatProblem(problem: Problem): string {
  const where: string[] = [];
  if (problem.file) where.push(problem.sheet ? `${problem.file} › ${problem.sheet}` : problem.file);
  else if (problem.sheet) where.push(problem.sheet);
  if (problem.row !== undefined) where.push(`rij ${problem.row}${problem.id ? ` (${problem.id})` : ''}`);
  if (problem.path) where.push(`${problem.path}${problem.id ? ` (${problem.id})` : ''}`);
  if (problem.column) where.push(`kolom "${problem.column}"`);
  return `${problem.severity === 'error' ? '✗' : '⚠'} ${where.join(', ')}: ${problem.message}`;
}

/** A feed's text from a file or URL; a UTF-8 BOM (Notepad writes one) is dropped, as browsers do. */
async function readSource(source: string): Promise<string> {
  let text: string;
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, {headers: {accept: 'application/json'}, signal: AbortSignal.timeout(10_000)});
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } else {
    text = await readFile(source, 'utf8');
  }
  return text.replace(/^\ufeff/, '');
}

async function validate(argv: string[], out: Out): Promise<number> {
  const {values, positionals} = args(argv, {lang: {type: 'string', default: 'nl'}, json: {type: 'boolean'}});
  if (values.help) return out.log(USAGE.validate), 0;
  const lang = values.lang as string;
  if (lang !== 'nl' && lang !== 'en') throw new UsageError(`--lang ${lang}: kies nl of en`);
  if (positionals.length !== 1) throw new UsageError('geef één bestand of URL');
  const source = positionals[0]!;
  const en = lang === 'en';
  let report: FeedReport;
  try {
    report = checkFeedText(await readSource(source), lang as Lang);
  } catch (error) {
    report = {fatal: `${en ? 'cannot be read' : 'kan niet worden gelezen'} (${(error as Error).message})`, problems: [], sections: []};
  }
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  if (values.json) {
    out.log(JSON.stringify({source, valid: !report.fatal && errors === 0, ...(report.fatal ? {fatal: report.fatal} : {}), errors, warnings, problems: report.problems, sections: report.sections}, null, 2));
    return report.fatal || errors ? 1 : 0;
  }
  if (report.fatal) {
    out.error(`✗ ${source}: ${report.fatal}`);
    return 1;
  }
  for (const problem of report.problems) {
    const mark = problem.severity === 'error' ? '' : en ? 'warning: ' : 'waarschuwing: ';
    out.log(`${problem.path}${problem.id ? ` (${problem.id})` : ''}: ${mark}${problem.message}`);
  }
  const rows = report.sections.filter((row) => row.total > 0);
  const summary =
    rows.map((row) => (en ? `${row.section} ${row.valid}/${row.total} valid` : `${SECTION_NAMES[row.section]} ${row.valid}/${row.total} geldig`)).join(', ') ||
    (en ? 'no items' : 'geen items');
  const warned = warnings ? (en ? `, ${warnings} warning(s)` : `, ${count(warnings, 'waarschuwing', 'waarschuwingen')}`) : '';
  if (errors === 0) {
    out.log(en ? `✓ ${source}: valid feed version 1 (${summary})${warned}` : `✓ ${source}: geldige feed versie 1 (${summary})${warned}`);
    return 0;
  }
  out.log(en ? `✗ ${source}: ${errors} problem(s)${warned}; ${summary}` : `✗ ${source}: ${count(errors, 'probleem', 'problemen')}${warned}; ${summary}`);
  return 1;
}

async function writeSheets(sheets: SheetData[], output: string, csv: boolean, template: boolean, out: Out) {
  const {csvName, writeCsv, writeWorkbook} = await writing();
  if (csv) {
    await mkdir(output, {recursive: true});
    for (const sheet of sheets) {
      const path = join(output, csvName(sheet.spec));
      await writeFile(path, writeCsv(sheet));
      out.log(`✓ ${path} (${sheet.items.length} ${template ? 'voorbeeldregel' : 'regels'})`);
    }
    return;
  }
  await writeFile(output, await writeWorkbook(sheets, {template}));
  out.log(`✓ ${output}: ${sheets.map((s) => `${s.spec.name} ${s.items.length}`).join(', ')}`);
}

async function template(argv: string[], out: Out): Promise<number> {
  const {values, positionals} = args(argv, {output: {type: 'string', short: 'o'}, csv: {type: 'boolean'}});
  if (values.help) return out.log(USAGE.template), 0;
  if (positionals.length > 0) throw new UsageError(`onverwacht: ${positionals.join(' ')}`);
  const csv = Boolean(values.csv);
  await writeSheets((await writing()).templateSheets(), (values.output as string | undefined) ?? (csv ? 'ncte-feed-sjabloon' : 'ncte-feed-sjabloon.xlsx'), csv, true, out);
  return 0;
}

async function exportFeed(argv: string[], out: Out): Promise<number> {
  const {values, positionals} = args(argv, {output: {type: 'string', short: 'o'}, csv: {type: 'boolean'}});
  if (values.help) return out.log(USAGE.export), 0;
  if (positionals.length !== 1) throw new UsageError('geef één feed (JSON)');
  const output = values.output as string | undefined;
  if (!output) throw new UsageError('geef met -o aan waar het werkboek of de map komt');
  const source = positionals[0]!;
  let text: string;
  try {
    text = await readSource(source);
  } catch (error) {
    out.error(`✗ ${source}: kan niet worden gelezen (${(error as Error).message})`);
    return 1;
  }
  const parsed = parseJson(text, 'nl');
  if ('error' in parsed) {
    out.error(`✗ ${source}: ${parsed.error}`);
    return 1;
  }
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    out.error(`✗ ${source}: de feed is geen JSON-object`);
    return 1;
  }
  const csv = Boolean(values.csv) || extname(output).toLowerCase() !== '.xlsx';
  const sheets = (await writing()).sheetsOf(parsed.value as Record<string, unknown>);
  await writeSheets(sheets, output, csv, false, out);
  const report = checkFeedText(text, 'nl');
  const errors = report.fatal ? 1 : report.problems.filter((p) => p.severity === 'error').length;
  if (errors) out.log(`⚠ de feed heeft ${count(errors, 'probleem', 'problemen')}; die staan ook in de export. Zie: ncte-feed validate ${source}`);
  return 0;
}

async function readGrids(files: string[], problems: Problem[]): Promise<Grid[]> {
  const {MAX_FILE_BYTES, ReadError, readCsv, readWorkbook} = await reading();
  const grids: Grid[] = [];
  for (const path of files) {
    const file = basename(path);
    try {
      const size = (await stat(path)).size;
      if (size > MAX_FILE_BYTES) throw new ReadError(`is te groot (${Math.round(size / 1048576)} MB; hoogstens ${MAX_FILE_BYTES / 1048576} MB)`);
      const extension = extname(path).toLowerCase();
      const bytes = new Uint8Array(await readFile(path));
      if (extension === '.xlsx') {
        const {grids: sheets, notices} = await readWorkbook(file, bytes);
        grids.push(...sheets);
        for (const notice of notices) problems.push({severity: notice.severity, file, sheet: notice.sheet, message: notice.message});
      } else if (extension === '.csv' || extension === '.txt') {
        grids.push(readCsv(file, bytes));
      } else {
        throw new ReadError(`alleen .xlsx- en .csv-bestanden worden gelezen${['.xls', '.ods', '.numbers'].includes(extension) ? '; sla het op als Excel-werkmap (.xlsx)' : ''}`);
      }
    } catch (error) {
      if (!(error instanceof ReadError) && !(error as NodeJS.ErrnoException).code) throw error;
      const message = error instanceof ReadError ? error.message : `kan niet worden gelezen (${(error as Error).message})`;
      problems.push({severity: 'error', file, message});
    }
  }
  return grids;
}

async function importFeed(argv: string[], out: Out): Promise<number> {
  const {values, positionals} = args(argv, {output: {type: 'string', short: 'o'}, merge: {type: 'string'}});
  if (values.help) return out.log(USAGE.import), 0;
  if (positionals.length === 0) throw new UsageError('geef een of meer .xlsx- of .csv-bestanden');
  const merge = values.merge as string | undefined;
  const output = (values.output as string | undefined) ?? merge;
  if (!output) throw new UsageError('geef met -o aan waar de feed komt');
  const log = output === '-' ? out.error : out.log;
  let base: Record<string, unknown> = {};
  if (merge) {
    let parsed;
    try {
      parsed = parseJson(await readSource(merge), 'nl');
    } catch (error) {
      out.error(`✗ ${merge}: kan niet worden gelezen (${(error as Error).message})`);
      return 1;
    }
    if ('error' in parsed || typeof parsed.value !== 'object' || parsed.value === null || (parsed.value as {version?: unknown}).version !== 1) {
      out.error(`✗ ${merge}: ${'error' in parsed ? parsed.error : 'is geen feed versie 1'}; er is niets geschreven`);
      return 1;
    }
    base = parsed.value as Record<string, unknown>;
  }
  const problems: Problem[] = [];
  const started = performance.now();
  const grids = await readGrids(positionals, problems);
  const result = importGrids(grids);
  problems.push(...result.problems);
  // With --merge, a sheet without rows leaves that section of the feed alone.
  const sections = merge ? result.sections.filter((s) => s.rows > 0) : result.sections;
  const feed = toFeed(sections, base);
  const json = `${JSON.stringify(feed, null, 2)}\n`;
  if (output === '-') out.log(json.trimEnd());
  else await writeFile(output, json);
  for (const problem of problems) log(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
  const summary = result.sections.length
    ? `${result.sections.map((s) => `${s.spec.name} ${s.items.length}/${s.rows}`).join(', ')} regels overgenomen`
    : 'niets ingelezen';
  const kept = merge ? ` (bijgewerkt: ${sections.map((s) => s.spec.name).join(', ') || 'niets'})` : '';
  log(`${errors ? '✗' : '✓'} ${output === '-' ? 'feed' : output}: ${summary}${kept}; ${count(errors, 'fout', 'fouten')}, ${count(problems.length - errors, 'waarschuwing', 'waarschuwingen')}; ${seconds} s`);
  return errors ? 1 : 0;
}

const COMMANDS: Record<string, (argv: string[], out: Out) => Promise<number>> = {
  template,
  import: importFeed,
  export: exportFeed,
  validate,
};

/** Runs the command; returns the exit code. */
export async function main(argv: string[], version: string, out: Out = {log: console.log, error: console.error}): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') return out.log(version), 0;
  if (command === '--help' || command === '-h' || command === 'help') return out.log(USAGE.main), 0;
  const run = command ? COMMANDS[command] : undefined;
  if (!run) {
    out.error(`${command ? `ncte-feed: onbekende opdracht "${command}"\n\n` : ''}${USAGE.main}`);
    return 2;
  }
  try {
    return await run(rest, out);
  } catch (error) {
    if (error instanceof UsageError) {
      out.error(`ncte-feed ${command}: ${error.message}\n\n${USAGE[command as keyof typeof USAGE]}`);
      return 2;
    }
    // A file the readers did not foresee must not end in a stack trace for the office; NCTE_FEED_DEBUG=1 shows it.
    out.error(`✗ ncte-feed ${command} mislukt: ${(error as Error).message ?? String(error)}`);
    if (process.env.NCTE_FEED_DEBUG) out.error(String((error as Error).stack));
    return 1;
  }
}
