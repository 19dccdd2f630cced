// The feed toolkit behind `ncte-feed template|import|export` (src/feed-tools/): Dutch cells,
// problems named by file, sheet, row and column, hostile sheets, round trips and speed.
// Needs the command built (npm test builds it first: dist/node/feed-tools.js).
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, writeFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import ExcelJS from 'exceljs';
import {generateFeed} from '../../scripts/generate-feed.mjs';
import * as tools from '../../dist/node/feed-tools.js';
import {validateFeed} from '../../dist/node/validate.js';

const sample = JSON.parse(readFileSync('src/data/sample-feed.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'ncte-feed-tools-'));
/** The command, run in this process (cli.node.test.mjs runs bin/ncte-feed.js itself). */
async function cli(...args) {
  const stdout = [];
  const status = await tools.main(args, '0.0.0-test', {log: (line) => stdout.push(line), error: (line) => stdout.push(line)});
  return {status, stdout: stdout.map((l) => `${l}\n`).join('')};
}
const spec = (section) => tools.sheetSpecs().find((s) => s.section === section);
const column = (section, key) => spec(section).columns.find((c) => c.key === key);
const parse = (section, key, value) => tools.parseCell(column(section, key), value);
const withoutGenerated = ({generated: _generated, ...feed}) => feed;
const utf8 = (text) => new TextEncoder().encode(text);
/** A CSV file as Dutch Excel saves it: `;`, CRLF, UTF-8 with BOM. */
const dutchCsv = (rows) => utf8(`\ufeff${rows.map((r) => r.join(';')).join('\r\n')}\r\n`);
const importCsv = (name, rows) => tools.importGrids([tools.readCsv(name, dutchCsv(rows))]);
const lines = (problems) => problems.map(tools.formatProblem);

describe('the spreadsheet layout comes from the feed schemas', () => {
  test('every field of every section has a Dutch column with a note', () => {
    for (const sheet of tools.sheetSpecs()) {
      for (const c of sheet.columns) {
        assert.notEqual(c.label, c.key, `${sheet.section}.${c.key} has no Dutch label`);
        assert.ok(c.help, `${sheet.section}.${c.key} has no help`);
        assert.match(tools.describeColumn(c), /^(Verplicht|Niet verplicht)/);
      }
    }
    assert.deepEqual(
      spec('events').columns.map((c) => c.key).slice(0, 6),
      ['id', 'title', 'description', 'start', 'end', 'location.name'],
    );
    assert.equal(column('partners', 'website').kind, 'link');
    assert.equal(column('events', 'start').kind, 'datetime');
    assert.deepEqual(column('partners', 'sector').values, ['maatschappelijke-organisatie', 'bedrijf', 'brancheorganisatie', 'zorg-en-welzijn', 'kennisinstelling', 'overheid']);
    assert.deepEqual(column('partners', 'workgroups').values, [1, 2, 3, 4]);
    assert.match(tools.describeColumn(column('initiatives', 'area.provinces')), /Fryslân/);
    assert.match(tools.describeColumn(column('events', 'location.place')), /^Verplicht als Locatie is ingevuld/);
  });

  test('the example rows are valid feed items', () => {
    const {issues} = validateFeed(tools.toFeed(tools.templateSheets().map(({spec: s, items}) => ({spec: s, items}))));
    assert.deepEqual(issues, []);
  });
});

describe('cells as the office writes them', () => {
  test('Dutch numbers', () => {
    assert.deepEqual(parse('partners', 'location.lat', '52,5167'), {value: 52.5167});
    assert.deepEqual(parse('partners', 'location.lat', '52.5167'), {value: 52.5167});
    assert.deepEqual(parse('partners', 'location.lat', '52.516'), {value: 52.516}, 'no thousands in coordinates');
    assert.deepEqual(parse('initiatives', 'reachPerYear', '1.500'), {value: 1500});
    assert.deepEqual(parse('initiatives', 'reachPerYear', '12.000.000'), {value: 12000000});
    assert.deepEqual(parse('initiatives', 'reachPerYear', 1500), {value: 1500});
    assert.deepEqual(parse('events', 'price', '2,50'), {value: 2.5});
    assert.deepEqual(parse('events', 'price', '€ 1.250,75'), {value: 1250.75});
    assert.deepEqual(parse('events', 'price', '0.500'), {value: 0.5});
    assert.deepEqual(parse('initiatives', 'reachPerYear', '1,5'), {error: '1,5 is geen geheel getal'});
    assert.deepEqual(parse('events', 'price', 'gratis'), {error: 'gratis is geen getal'});
  });

  test('dates, and date-times in Dutch time', () => {
    assert.deepEqual(parse('initiatives', 'lastChecked', '24-9-2026'), {value: '2026-09-24'});
    assert.deepEqual(parse('initiatives', 'lastChecked', '2026-09-24'), {value: '2026-09-24'});
    assert.deepEqual(parse('initiatives', 'lastChecked', new Date(Date.UTC(2026, 8, 24))), {value: '2026-09-24'});
    assert.deepEqual(parse('initiatives', 'lastChecked', '31-9-2026'), {error: '31-9-2026 is geen bestaande datum'});
    assert.deepEqual(parse('initiatives', 'lastChecked', '29-2-2026'), {error: '29-2-2026 is geen bestaande datum'});
    assert.deepEqual(parse('initiatives', 'lastChecked', 'volgende week'), {error: 'volgende week is geen datum (schrijf bijvoorbeeld 24-9-2026)'});
    assert.deepEqual(parse('events', 'start', '24-9-2026 10:00'), {value: '2026-09-24T10:00:00+02:00'});
    assert.deepEqual(parse('events', 'start', '24-09-2026 10:00'), {value: '2026-09-24T10:00:00+02:00'});
    assert.deepEqual(parse('events', 'start', '3-12-2026 19.30'), {value: '2026-12-03T19:30:00+01:00'});
    assert.deepEqual(parse('events', 'start', '2026-09-24 10:00'), {value: '2026-09-24T10:00:00+02:00'});
    assert.deepEqual(parse('events', 'start', '2026-09-24T08:00:00Z'), {value: '2026-09-24T08:00:00Z'});
    assert.deepEqual(parse('events', 'start', new Date(Date.UTC(2026, 8, 24, 10, 0))), {value: '2026-09-24T10:00:00+02:00'}, 'an Excel date cell is Dutch time');
    assert.deepEqual(parse('events', 'start', '31-9-2026 10:00'), {error: '31-9-2026 10:00 is geen bestaande datum'});
    assert.deepEqual(parse('events', 'start', '24-9-2026 25:00'), {error: '24-9-2026 25:00 is geen bestaande tijd'});
    assert.match(parse('events', 'start', '29-3-2026 02:30').error, /bestaat niet in Nederlandse tijd/);
    assert.deepEqual(parse('events', 'start', '25-10-2026 02:30'), {value: '2026-10-25T02:30:00+02:00'});
    assert.match(parse('events', 'start', '24-9-2026').error, /heeft geen tijd/);
  });

  test('ja/nee, fixed values in Dutch, lists and the provinces', () => {
    assert.deepEqual(parse('partners', 'coreTeam', 'Ja'), {value: true});
    assert.deepEqual(parse('partners', 'coreTeam', 'nee'), {value: false});
    assert.deepEqual(parse('partners', 'coreTeam', true), {value: true});
    assert.deepEqual(parse('partners', 'coreTeam', 'misschien'), {error: 'misschien is geen ja of nee'});
    assert.deepEqual(parse('initiatives', 'area.national', 'nee'), {value: undefined}, 'national is true or absent');
    assert.deepEqual(parse('events', 'status', 'Geannuleerd'), {value: 'cancelled'});
    assert.deepEqual(parse('events', 'status', 'moved-online'), {value: 'moved-online'});
    assert.match(parse('events', 'status', 'afgelast').error, /^afgelast is geen toegestane waarde \(kies uit: gepland, geannuleerd/);
    assert.deepEqual(parse('partners', 'sector', 'Zorg en welzijn'), {value: 'zorg-en-welzijn'});
    assert.deepEqual(parse('partners', 'workgroups', '1; 3'), {value: [1, 3]});
    assert.deepEqual(parse('partners', 'workgroups', 2), {value: [2]});
    assert.deepEqual(parse('events', 'audiences', 'ouderen;jongeren\nmantelzorgers; '), {value: ['ouderen', 'jongeren', 'mantelzorgers']});
    assert.deepEqual(parse('initiatives', 'area.provinces', 'fryslan; Noord-holland'), {value: ['Fryslân', 'Noord-Holland']});
    assert.match(parse('initiatives', 'area.provinces', 'Friesland').warning, /Friesland staat niet in de lijst/);
    assert.deepEqual(parse('initiatives', 'email', 'mailto:info@example.nl'), {value: 'info@example.nl'});
    assert.deepEqual(parse('events', 'title', '  Breicafé  '), {value: 'Breicafé'});
    assert.deepEqual(parse('events', 'title', '   '), {value: undefined});
  });
});

const EVENT_HEADER = ['Id', 'Titel', 'Begin', 'Plaats', 'Website', 'Status'];

describe('checkFeed', () => {
  test('the same feed object checked in Dutch, then in English, speaks each language (no shared cache)', () => {
    const feed = structuredClone(sample);
    feed.events[0].start = 'morgen';
    const nl = tools.checkFeed(feed, 'nl').problems.find((p) => p.path === 'events[0].start');
    const en = tools.checkFeed(feed, 'en').problems.find((p) => p.path === 'events[0].start');
    assert.match(nl.message, /geen geldige datum/);
    assert.doesNotMatch(en.message, /geen geldige datum/);
    assert.equal(tools.checkFeed(feed, 'nl').problems.find((p) => p.path === 'events[0].start').message, nl.message);
  });
});

describe('import: problems named as a person finds them', () => {
  test('row numbers as the spreadsheet shows them, the id, the header as written, a Dutch reason', async () => {
    const rows = [EVENT_HEADER];
    for (let i = 2; i <= 20; i++) rows.push([`activiteit-${i}`, `Activiteit ${i}`, `${i}-9-2026 10:00`, 'Zwolle', '', '']);
    rows[16] = ['breicafe-zwolle', 'Breicafé', '31-9-2026', 'Zwolle', '', ''];
    rows[5] = ['', 'Zonder begin', '', 'Deventer', '', 'gepland'];
    const result = importCsv('activiteiten.csv', rows);
    const out = lines(result.problems);
    assert.ok(out.includes('✗ activiteiten.csv, rij 17 (breicafe-zwolle), kolom "Begin": 31-9-2026 is geen bestaande datum'), out.join('\n'));
    assert.ok(out.includes('⚠ activiteiten.csv, rij 6 (zonder-begin): geen id ingevuld; gemaakt uit de naam: zonder-begin'), out.join('\n'));
    assert.ok(out.includes('✗ activiteiten.csv, rij 6 (zonder-begin), kolom "Begin": ontbreekt (verplicht)'), out.join('\n'));
    assert.ok(out.some((l) => l.startsWith('⚠ activiteiten.csv, kolom "Website": onbekende kolom')), out.join('\n'));
    const [events] = result.sections;
    assert.equal(events.rows, 19);
    assert.equal(events.items.length, 17);
    assert.deepEqual(events.items.slice(0, 3).map((e) => e.id), ['activiteit-2', 'activiteit-3', 'activiteit-4'], 'order kept');
    assert.equal((await cli('import', join(dir, 'nope.csv'), '-o', join(dir, 'x.json'))).status, 1);
  });

  test('a quoted line break does not shift the row numbers', () => {
    const rows = [EVENT_HEADER, ['a', '"Twee\r\nregels"', '24-9-2026 10:00', 'Zwolle', '', ''], ['b', 'B', 'morgen', 'Zwolle', '', '']];
    assert.match(lines(importCsv('activiteiten.csv', rows).problems).join('\n'), /rij 3 \(b\), kolom "Begin": morgen is geen datum met tijd/);
  });

  test('the schema\'s own checks, with the column and the value as written', () => {
    const header = ['Id', 'Naam', 'Sector', 'website', 'Plaats', 'Breedtegraad', 'Lengtegraad'];
    const result = importCsv('partners.csv', [
      header,
      ['p1', 'Een', 'bedrijf', 'javascript:alert(1)', '', '', ''],
      ['p2', 'Twee', 'bedrijf', 'https://example.org', 'Zwolle', '92,5', '6,1'],
      ['p3', 'Drie', 'bedrijf', '', 'Zwolle', '', ''],
      ['p1', 'Dubbel', 'overheid', '', '', '', ''],
      ['p5', 'Vijf', 'overheid', 'HTTPS://Example.org/a b', '', '', ''],
      ['p5', 'Zes', 'overheid', '', '', '', ''],
    ]);
    const out = lines(result.problems).join('\n');
    assert.match(out, /partners\.csv, rij 2 \(p1\), kolom "website": javascript:alert\(1\) is geen link die begint met https:\/\/ of http:\/\//);
    assert.match(out, /rij 3 \(p2\), kolom "Breedtegraad": 92,5 mag hoogstens 90 zijn/);
    assert.match(out, /rij 4 \(p3\), kolom "Breedtegraad": ontbreekt \(verplicht\)/);
    assert.match(out, /rij 7 \(p5\), kolom "Id": dubbel id "p5"; het eerste item met dit id wordt gebruikt/);
    // Row 2 was left out, so row 5 is the only valid p1.
    assert.deepEqual(result.sections[0].items.map((p) => p.name), ['Dubbel', 'Vijf']);
    assert.equal(result.sections[0].items[1].website, 'HTTPS://Example.org/a b', 'valid values are kept as written');
  });

  test('missing ids are stable slugs, unique in the section', () => {
    const result = importCsv('initiatieven.csv', [
      ['Naam', 'Organisatie', 'Samenvatting', 'Landelijk', 'Id'],
      ['Breicafé Zwolle', 'O', 'S', 'ja', ''],
      ['Breicafé  Zwolle!', 'O', 'S', 'ja', ''],
      ['Iets', 'O', 'S', 'ja', 'breicafe-zwolle-2'],
    ]);
    assert.deepEqual(result.sections[0].items.map((i) => i.id), ['breicafe-zwolle', 'breicafe-zwolle-3', 'breicafe-zwolle-2']);
    assert.equal(tools.slug('  Ömer’s Ontmoetingsplek — Den Haag  '), 'omer-s-ontmoetingsplek-den-haag');
  });

  test('area: national, provinces or gemeenten; nothing is an error for the group', () => {
    const result = importCsv('initiatieven.csv', [
      ['name', 'organisation', 'summary', 'area.national', 'area.provinces', 'area.gemeenten'],
      ['A', 'O', 'S', 'ja', '', ''],
      ['B', 'O', 'S', 'nee', 'Overijssel', '"Zwolle; Deventer"'],
      ['C', 'O', 'S', '', '', ''],
    ]);
    assert.deepEqual(result.sections[0].items.map((i) => i.area), [{national: true}, {provinces: ['Overijssel'], gemeenten: ['Zwolle', 'Deventer']}]);
    assert.match(lines(result.problems).join('\n'), /rij 4 \(c\): Gebied \(Landelijk, Provincies, Gemeenten\): ontbreekt \(verplicht\)/);
  });

  test('headers: Dutch labels or field names, any case, with or without accents', () => {
    const result = importCsv('events.csv', [
      ['ID', 'TITEL', 'begin', 'LOCATION.PLACE', 'prijs', 'thema s'],
      ['x', 'X', '24-9-2026 10:00', 'Zwolle', '1,50', ''],
    ]);
    assert.deepEqual(result.sections[0].items, [{id: 'x', title: 'X', start: '2026-09-24T10:00:00+02:00', location: {place: 'Zwolle'}, price: 1.5}]);
    assert.ok(lines(result.problems).some((l) => /kolom "thema s": onbekende kolom/.test(l)));
    const missing = importCsv('activiteiten.csv', [['Id', 'Begin'], ['x', '24-9-2026 10:00']]);
    assert.match(lines(missing.problems).join('\n'), /de verplichte kolom "Titel" ontbreekt; het blad is overgeslagen/);
  });

  test('which section: by file or sheet name, else by the headers', () => {
    assert.equal(tools.specFor('2026 activiteiten Zwolle', []).section, 'events');
    assert.equal(tools.specFor('criteria-etalage', []).section, 'criteria.etalage');
    assert.equal(tools.specFor('Blad1', ['Naam', 'Sector', 'Plaats']).section, 'partners');
    assert.equal(tools.specFor('Blad1', ['Iets']), undefined);
    assert.match(lines(importCsv('lijst.csv', [['A'], ['b']]).problems)[0], /✗ lijst\.csv: niet duidelijk welk deel/);
  });
});

describe('CSV as Dutch Excel writes it', () => {
  const rows = [['Id', 'Titel', 'Begin', 'Plaats'], ['a', 'Breicafé in ’s-Hertogenbosch', '24-9-2026 10:00', '\'s-Hertogenbosch']];
  const expected = [{id: 'a', title: 'Breicafé in ’s-Hertogenbosch', start: '2026-09-24T10:00:00+02:00', location: {place: "'s-Hertogenbosch"}}];

  test('UTF-8 with and without BOM, `;` or `,`, CRLF or LF', () => {
    for (const [delimiter, bom, eol] of [[';', '\ufeff', '\r\n'], [',', '', '\n'], ['\t', '\ufeff', '\r\n']]) {
      const text = `${bom}${rows.map((r) => r.join(delimiter)).join(eol)}${eol}`;
      assert.deepEqual(tools.importGrids([tools.readCsv('activiteiten.csv', utf8(text))]).sections[0].items, expected, JSON.stringify(delimiter));
    }
  });

  test('Windows-1252', () => {
    const text = rows.map((r) => r.join(';')).join('\r\n');
    // é is 0xE9 and ’ is 0x92 in Windows-1252.
    const bytes = Uint8Array.from([...text].map((c) => ({é: 0xe9, '’': 0x92})[c] ?? c.charCodeAt(0)));
    assert.equal(tools.decodeText(bytes), text);
    assert.deepEqual(tools.importGrids([tools.readCsv('activiteiten.csv', bytes)]).sections[0].items, expected);
  });

  test('a comma inside a quoted cell does not split it; the delimiter is taken from the header line', () => {
    assert.equal(tools.detectDelimiter('"a;b",c,d\r\n1;2;3;4;5'), ',');
    assert.equal(tools.detectDelimiter('Id;Titel;"Prijs, euro"'), ';');
  });
});

describe('hostile sheets', () => {
  async function workbookWith(build) {
    const workbook = new ExcelJS.Workbook();
    build(workbook);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  const header = ['Id', 'Titel', 'Begin', 'Plaats', 'Online link'];

  test('formulas are never run; links are checked by target; error values, merged, hidden and empty sheets', async () => {
    const bytes = await workbookWith((wb) => {
      const sheet = wb.addWorksheet('Activiteiten');
      sheet.addRow(header);
      sheet.addRow(['a', {formula: 'CONCAT("Brei","café")', result: 'Breicafé'}, '24-9-2026 10:00', 'Zwolle']);
      sheet.addRow(['b', {formula: 'WEBSERVICE("https://evil.example")'}, '24-9-2026 10:00', 'Zwolle']);
      sheet.addRow(['c', 'C', '24-9-2026 10:00', '', {text: 'Doe mee', hyperlink: 'javascript:alert(1)'}]);
      sheet.addRow(['d', 'D', {error: '#N/A'}, 'Zwolle']);
      sheet.addRow(['e', 'E', new Date(Date.UTC(2026, 8, 25, 14, 30)), 'Zwolle', {text: 'Online', hyperlink: 'https://example.org/live'}]);
      sheet.addRow(['f', 'Samengevoegd', '24-9-2026 10:00', 'Zwolle']);
      sheet.mergeCells('B7:C7');
      sheet.addRow(['g', {richText: [{text: 'Rijke '}, {font: {bold: true}, text: 'tekst'}]}, '24-9-2026 10:00', 'Zwolle']);
      sheet.addRow(['h', '=HYPERLINK("https://evil.example","klik")', '24-9-2026 10:00', 'Zwolle']);
      const hidden = wb.addWorksheet('Partners', {state: 'hidden'});
      hidden.addRow(['Id', 'Naam', 'Sector']);
      hidden.addRow(['geheim', 'Geheim', 'bedrijf']);
      wb.addWorksheet('Leeg');
    });
    const {grids, notices} = await tools.readWorkbook('feed.xlsx', bytes);
    assert.deepEqual(notices.map((n) => `${n.sheet} ${n.message}`).sort(), [
      'Activiteiten heeft samengevoegde cellen; alleen de eerste cel van elk samengevoegd gebied telt',
      'Partners is een verborgen blad; overgeslagen',
    ]);
    const result = tools.importGrids(grids);
    const out = lines(result.problems).join('\n');
    assert.match(out, /⚠ feed\.xlsx › Activiteiten, rij 2 \(a\), kolom "Titel": bevat een formule; de opgeslagen uitkomst is overgenomen/);
    assert.match(out, /✗ feed\.xlsx › Activiteiten, rij 3 \(b\), kolom "Titel": bevat een formule zonder opgeslagen uitkomst/);
    assert.match(out, /✗ feed\.xlsx › Activiteiten, rij 4 \(c\), kolom "Online link": javascript:alert\(1\) is geen link/);
    assert.match(out, /✗ feed\.xlsx › Activiteiten, rij 5 \(d\), kolom "Begin": bevat de foutwaarde #N\/A/);
    assert.match(out, /⚠ feed\.xlsx › Leeg: het blad is leeg; overgeslagen/);
    assert.deepEqual(
      result.sections.map((s) => [s.spec.section, s.items.map((i) => [i.id, i.title, i.start, i.online])]),
      [['events', [
        ['a', 'Breicafé', '2026-09-24T10:00:00+02:00', undefined],
        ['e', 'E', '2026-09-25T14:30:00+02:00', 'https://example.org/live'],
        ['f', 'Samengevoegd', undefined, undefined],
        ['g', 'Rijke tekst', '2026-09-24T10:00:00+02:00', undefined],
        ['h', '=HYPERLINK("https://evil.example","klik")', '2026-09-24T10:00:00+02:00', undefined],
      ].filter(([id]) => id !== 'f')]],
    );
    assert.match(out, /rij 7 \(f\), kolom "Begin": ontbreekt \(verplicht\)/, 'a merged cell counts once');
  });

  test('a 10 MB cell is refused with a clear message; the other rows stay', async () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const result = importCsv('activiteiten.csv', [['Id', 'Titel', 'Begin', 'Plaats'], ['a', big, '24-9-2026 10:00', 'Zwolle'], ['b', 'B', '24-9-2026 10:00', 'Zwolle']]);
    assert.match(lines(result.problems).join('\n'), /rij 2 \(a\), kolom "Titel": de cel is te lang: 10\.485\.760 tekens \(hoogstens 32\.767\)/);
    assert.deepEqual(result.sections[0].items.map((i) => i.id), ['b']);
  });

  test('100,000 rows: a clear message at the cap, exit 1, nothing half read', async () => {
    const rows = ['Id;Titel;Begin;Plaats'];
    for (let i = 0; i < 100_000; i++) rows.push(`e${i};E;24-9-2026 10:00;Zwolle`);
    const file = join(dir, 'activiteiten.csv');
    writeFileSync(file, rows.join('\r\n'));
    const result = await cli('import', file, '-o', join(dir, 'capped.json'));
    assert.equal(result.status, 1);
    assert.match(result.stdout, /✗ activiteiten\.csv: heeft meer dan 50\.000 rijen; er worden hoogstens 50\.000 rijen per blad gelezen\. Splits het bestand\./);
    assert.match(result.stdout, /✗ .*capped\.json: niets ingelezen; 1 fout,/);
    assert.equal(JSON.parse(readFileSync(join(dir, 'capped.json'), 'utf8')).events, undefined);
  });

  test('an output that cannot be written: a message and exit 1, no stack trace', async () => {
    const result = await cli('template', '-o', join(dir, 'bestaat-niet', 'sjabloon.xlsx'));
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^✗ ncte-feed template mislukt: ENOENT/);
    assert.doesNotMatch(result.stdout, /\n\s+at /);
  });

  test('not a spreadsheet: a clear refusal', async () => {
    await assert.rejects(tools.readWorkbook('kapot.xlsx', utf8('geen zip')), /is geen leesbaar \.xlsx-bestand/);
    writeFileSync(join(dir, 'oud.xls'), 'x');
    const result = await cli('import', join(dir, 'oud.xls'), '-o', join(dir, 'oud.json'));
    assert.equal(result.status, 1);
    assert.match(result.stdout, /oud\.xls: alleen \.xlsx- en \.csv-bestanden worden gelezen; sla het op als Excel-werkmap \(\.xlsx\)/);
  });
});

describe('export, and import(export(feed))', () => {
  async function roundTrip(feed, format) {
    const sheets = tools.sheetsOf(feed);
    const grids =
      format === 'xlsx'
        ? (await tools.readWorkbook('feed.xlsx', await tools.writeWorkbook(sheets))).grids
        : sheets.map((sheet) => tools.readCsv(tools.csvName(sheet.spec), utf8(tools.writeCsv(sheet))));
    const result = tools.importGrids(grids);
    return {feed: withoutGenerated(tools.toFeed(result.sections)), problems: result.problems};
  }

  for (const format of ['xlsx', 'csv']) {
    test(`the sample feed, through ${format}`, async () => {
      const {feed, problems} = await roundTrip(sample, format);
      assert.deepEqual(problems, []);
      assert.deepEqual(feed, withoutGenerated(sample));
    });
  }

  test('10,000 items per section, through CSV', async () => {
    const feed = generateFeed({initiatives: 10_000, partners: 10_000, events: 10_000});
    const criterion = (i) => ({id: `c${i}`, question: `Vraag ${i}?`, answer: i % 2 ? 'number' : 'yes-no', ...(i % 2 ? {min: i} : {}), unmet: 'Nog niet.'});
    feed.criteria = {membership: Array.from({length: 10_000}, (_, i) => criterion(i)), etalage: Array.from({length: 10_000}, (_, i) => criterion(i))};
    const {feed: back, problems} = await roundTrip(feed, 'csv');
    assert.deepEqual(problems, []);
    assert.deepEqual(back, withoutGenerated(feed));
  });

  test('a 10,000-row sheet: through xlsx, imported within 3 s', async () => {
    const feed = {version: 1, events: generateFeed({initiatives: 0, partners: 0, events: 10_000}).events};
    const bytes = await tools.writeWorkbook(tools.sheetsOf(feed));
    // Measured in CPU time: the machine is shared, and waiting for a core is not the import's work.
    const started = performance.now();
    const cpu = process.cpuUsage();
    const {grids} = await tools.readWorkbook('feed.xlsx', bytes);
    const result = tools.importGrids(grids);
    const {user, system} = process.cpuUsage(cpu);
    const seconds = (user + system) / 1e6;
    const wall = (performance.now() - started) / 1000;
    console.log(`# importing a 10,000-row sheet (.xlsx, ${Math.round(bytes.length / 1024)} KB): ${seconds.toFixed(2)} s CPU, ${wall.toFixed(2)} s wall`);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.sections[0].items, feed.events);
    assert.ok(seconds <= 3, `took ${seconds.toFixed(2)} s CPU`);
  });

  test('cells a spreadsheet would run as formulas are not run', async () => {
    const feed = {version: 1, partners: [
      {id: 'p', name: '=HYPERLINK("https://evil.example","klik")', sector: 'bedrijf', description: '+31 6 1234 5678'},
      {id: 'q', name: '@SUM(1+1)', sector: 'bedrijf', description: '-5 graden'},
    ]};
    const [sheet] = tools.sheetsOf(feed);
    const csv = tools.writeCsv(sheet);
    assert.ok(csv.includes(`\r\np;"'=HYPERLINK(""https://evil.example"",""klik"")";bedrijf;'+31 6 1234 5678;`), csv);
    assert.match(csv, /\r\nq;'@SUM\(1\+1\);bedrijf;'-5 graden;/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await tools.writeWorkbook([sheet]));
    const cell = workbook.getWorksheet('Partners').getCell('B2');
    assert.equal(cell.type, ExcelJS.ValueType.String);
    assert.equal(cell.value, '=HYPERLINK("https://evil.example","klik")');
    const {feed: back} = await roundTrip(feed, 'csv');
    assert.deepEqual(back, feed);
  });

  test('the template: notes, drop-down lists, an example row that import skips', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await tools.writeWorkbook(tools.templateSheets(), {template: true}));
    assert.deepEqual(workbook.worksheets.map((s) => [s.name, s.state]), [
      ['Uitleg', 'visible'], ['Lijsten', 'hidden'], ['Initiatieven', 'visible'], ['Partners', 'visible'],
      ['Activiteiten', 'visible'], ['Criteria lidmaatschap', 'visible'], ['Criteria Etalage', 'visible'],
    ]);
    const partners = workbook.getWorksheet('Partners');
    assert.equal(partners.getCell('C1').value, 'Sector');
    assert.match(partners.getCell('C1').note.texts?.map((t) => t.text).join('') ?? partners.getCell('C1').note, /Verplicht\.[\s\S]*Een van: maatschappelijke-organisatie, bedrijf/);
    const rule = partners.dataValidations.model.C1000;
    assert.equal(rule.type, 'list');
    assert.match(rule.formulae[0], /^Lijsten!\$[A-Z]+\$2:\$[A-Z]+\$7$/);
    assert.equal(partners.dataValidations.model.C1001, undefined);
    assert.equal(partners.getCell('B2').value, 'Stichting Samen');
  });
});

describe('the command', () => {
  test('template → fill in → import; --merge replaces one section and keeps the others', async () => {
    const template = join(dir, 'sjabloon.xlsx');
    assert.equal((await cli('template', '-o', template)).status, 0);
    let result = await cli('import', template, '-o', join(dir, 'leeg.json'));
    assert.equal(result.status, 0, result.stdout);
    assert.match(result.stdout, /Activiteiten, rij 2: dit is de voorbeeldrij uit het sjabloon; overgeslagen/);
    assert.equal((await cli('template', '--csv', '-o', join(dir, 'sjabloon'))).status, 0);
    assert.deepEqual(readdirSync(join(dir, 'sjabloon')).sort(), ['activiteiten.csv', 'criteria-etalage.csv', 'criteria-lidmaatschap.csv', 'initiatieven.csv', 'partners.csv']);

    const feedFile = join(dir, 'feed.json');
    writeFileSync(feedFile, JSON.stringify(sample));
    writeFileSync(join(dir, 'activiteiten.csv'), dutchCsv([EVENT_HEADER.slice(0, 4), ['nieuw', 'Nieuw', '1-10-2026 14:00', 'Zwolle'], ['kapot', 'Kapot', '31-9-2026 10:00', 'Zwolle']]));
    result = await cli('import', join(dir, 'activiteiten.csv'), '--merge', feedFile, '-o', join(dir, 'merged.json'));
    assert.equal(result.status, 1, 'a row was left out');
    assert.match(result.stdout, /✗ activiteiten\.csv, rij 3 \(kapot\), kolom "Begin": 31-9-2026 10:00 is geen bestaande datum/);
    assert.match(result.stdout, /✗ .*merged\.json: Activiteiten 1\/2 regels overgenomen \(bijgewerkt: Activiteiten\); 1 fout,/);
    const merged = JSON.parse(readFileSync(join(dir, 'merged.json'), 'utf8'));
    assert.deepEqual(merged.events, [{id: 'nieuw', title: 'Nieuw', start: '2026-10-01T14:00:00+02:00', location: {place: 'Zwolle'}}]);
    assert.deepEqual(merged.partners, sample.partners);
    assert.deepEqual(merged.criteria, sample.criteria);
    assert.match(merged.generated, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  });

  test('export then import on the command line gives the same feed', async () => {
    const xlsx = join(dir, 'export.xlsx');
    assert.equal((await cli('export', 'src/data/sample-feed.json', '-o', xlsx)).status, 0);
    const result = await cli('import', xlsx, '-o', join(dir, 'terug.json'));
    assert.equal(result.status, 0, result.stdout);
    assert.deepEqual(withoutGenerated(JSON.parse(readFileSync(join(dir, 'terug.json'), 'utf8'))), withoutGenerated(sample));
    const csvDir = join(dir, 'export-csv');
    assert.equal((await cli('export', 'src/data/sample-feed.json', '-o', csvDir, '--csv')).status, 0);
    const csvFiles = readdirSync(csvDir).map((f) => join(csvDir, f));
    assert.equal((await cli('import', ...csvFiles, '-o', join(dir, 'terug-csv.json'))).status, 0);
  });
});

describe('examples/feed/', () => {
  test('voorbeeld.xlsx imports to the sample feed; the template files have today\'s columns', async () => {
    const {grids} = await tools.readWorkbook('voorbeeld.xlsx', new Uint8Array(readFileSync('examples/feed/voorbeeld.xlsx')));
    const result = tools.importGrids(grids);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(withoutGenerated(tools.toFeed(result.sections)), withoutGenerated(sample), 'stale: rerun the export in examples/feed/README.md');
    const template = await tools.readWorkbook('sjabloon.xlsx', new Uint8Array(readFileSync('examples/feed/sjabloon.xlsx')));
    for (const sheet of tools.sheetSpecs()) {
      const grid = template.grids.find((g) => g.sheet === sheet.name);
      assert.deepEqual(grid.rows[0].cells, sheet.columns.map((c) => c.label), `stale: ${sheet.name} in sjabloon.xlsx`);
      const csv = tools.readCsv(tools.csvName(sheet), new Uint8Array(readFileSync(join('examples/feed/csv', tools.csvName(sheet)))));
      assert.deepEqual(csv.rows[0].cells, sheet.columns.map((c) => c.label), `stale: ${tools.csvName(sheet)}`);
    }
    assert.deepEqual(tools.importGrids(template.grids).sections.map((s) => s.items.length), [0, 0, 0, 0, 0]);
  });

  test('the spreadsheet libraries are in no widget bundle', () => {
    const bundles = ['dist', 'dist/chunks', 'dist/cdn']
      .flatMap((folder) => {
        try {
          return readdirSync(folder).filter((f) => f.endsWith('.js')).map((f) => join(folder, f));
        } catch {
          return [];
        }
      });
    assert.ok(bundles.length > 0, 'build first (npm test does)');
    for (const file of bundles) assert.doesNotMatch(readFileSync(file, 'utf8'), /exceljs|csv-parse|feed-tools/, file);
  });
});
