// The `ncte-feed` command's validate and usage, run as a maintainer would.
// Needs the command built (npm test builds it first). Spreadsheets: feed-tools.node.test.mjs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createServer} from 'node:http';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const {main} = await import('../../dist/node/cli.js');
/** The command run in this process (fast); `bin/ncte-feed.js` itself is run once below. */
async function cli(...args) {
  const stdout = [];
  const stderr = [];
  const status = await main(args, version, {log: (line) => stdout.push(line), error: (line) => stderr.push(line)});
  return {status, stdout: stdout.map((l) => `${l}\n`).join(''), stderr: stderr.map((l) => `${l}\n`).join('')};
}
const dir = mkdtempSync(join(tmpdir(), 'ncte-feed-'));
const write = (name, value) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

test('the sample feed is valid: exit 0 and a summary per section, in Dutch', async () => {
  const result = await cli('validate', 'src/data/sample-feed.json');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /✓ .*geldige feed versie 1/);
  assert.match(result.stdout, /Initiatieven (\d+)\/\1 geldig/);
  assert.match(result.stdout, /Activiteiten (\d+)\/\1 geldig/);
  assert.equal((await cli('validate', 'src/data/sample-feed.json', '--lang', 'en')).stdout.match(/initiatives (\d+)\/\1 valid/)?.length, 2);
});

function brokenSample() {
  const sample = JSON.parse(readFileSync('src/data/sample-feed.json', 'utf8'));
  sample.events[3].start = 'morgen';
  sample.partners[0].website = 'javascript:alert(1)';
  sample.initiatives.push({...sample.initiatives[0]});
  return sample;
}

test('every problem is printed with its path and the item\'s id; exit 1 (--lang en)', async () => {
  const sample = brokenSample();
  const result = await cli('validate', '--lang', 'en', write('bad.json', sample));
  assert.equal(result.status, 1);
  assert.match(result.stdout, new RegExp(`^events\\[3\\]\\.start \\(${sample.events[3].id}\\): not a valid datetime$`, 'm'));
  assert.match(result.stdout, new RegExp(`^partners\\[0\\]\\.website \\(${sample.partners[0].id}\\): must be an http\\(s\\) link$`, 'm'));
  assert.match(result.stdout, new RegExp(`^initiatives\\[${sample.initiatives.length - 1}\\]\\.id \\(${sample.initiatives[0].id}\\): duplicate id`, 'm'));
  const total = sample.events.length;
  assert.match(result.stdout, new RegExp(`events ${total - 1}/${total} valid`));
  assert.match(result.stdout, /✗ .*3 problem\(s\)/);
});

test('messages are Dutch by default and show the value', async () => {
  const sample = brokenSample();
  const result = await cli('validate', write('bad-nl.json', sample));
  assert.equal(result.status, 1);
  assert.match(result.stdout, new RegExp(`^events\\[3\\]\\.start \\(${sample.events[3].id}\\): "morgen" is geen geldige datum en tijd`, 'm'));
  assert.match(result.stdout, /^partners\[0\]\.website \(.+\): "javascript:alert\(1\)" is geen link die begint met https:\/\/ of http:\/\/$/m);
  assert.match(result.stdout, /dubbel id ".+"; het eerste item met dit id wordt gebruikt/);
  assert.match(result.stdout, /✗ .*3 problemen; .*Activiteiten \d+\/\d+ geldig/);
});

test('unknown fields are a warning with a suggestion, not an error', async () => {
  const feed = {version: 1, partners: [{id: 'p', name: 'P', sector: 'bedrijf', webiste: 'https://example.org', location: {place: 'Zwolle', lat: 52.5, lon: 6.1, plaats: 'x'}}], evnets: []};
  const result = await cli('validate', write('unknown.json', feed));
  assert.equal(result.status, 0, result.stdout);
  assert.match(result.stdout, /^partners\[0\]\.webiste \(p\): waarschuwing: onbekend veld "webiste" wordt genegeerd; bedoel je "website"\?$/m);
  assert.match(result.stdout, /^partners\[0\]\.location\.plaats \(p\): waarschuwing: onbekend veld "plaats" wordt genegeerd$/m);
  assert.match(result.stdout, /^evnets: waarschuwing: onbekend veld "evnets" wordt genegeerd; bedoel je "events"\?$/m);
  assert.match(result.stdout, /✓ .*3 waarschuwingen/);
});

test('a feed saved with a UTF-8 BOM (Notepad) is read as browsers read it', async () => {
  const result = await cli('validate', write('bom.json', `\ufeff${JSON.stringify({version: 1, events: []})}`));
  assert.equal(result.status, 0, result.stderr);
});

test('a JSON syntax error is given with its line and column', async () => {
  const result = await cli('validate', write('broken-lines.json', '{\n  "version": 1,\n  "events": [\n    {"id": "a",}\n  ]\n}\n'));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /geen geldige JSON: regel 4, kolom 16/);
  const truncated = await cli('validate', '--lang', 'en', write('truncated.json', '{"version": 1,\n"events": ['));
  assert.match(truncated.stderr, /not valid JSON: line 2, column 12/);
});

test('--json gives machine-readable output', async () => {
  const result = await cli('validate', '--json', write('bad-json.json', brokenSample()));
  assert.equal(result.status, 1);
  const report = JSON.parse(result.stdout);
  assert.equal(report.valid, false);
  assert.equal(report.errors, 3);
  const start = report.problems.find((p) => p.path === 'events[3].start');
  assert.equal(start.severity, 'error');
  assert.ok(start.id);
  assert.ok(report.sections.find((s) => s.section === 'events'));
  const ok = JSON.parse((await cli('validate', '--json', 'src/data/sample-feed.json')).stdout);
  assert.equal(ok.valid, true);
});

test('wrong version, not JSON and a missing file fail clearly with exit 1', async () => {
  let result = await cli('validate', write('v2.json', {version: 2}));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /feedversie 2 wordt niet ondersteund/);
  result = await cli('validate', '--lang', 'en', write('v2.json', {version: 2}));
  assert.match(result.stderr, /feed version 2 is not supported/);
  result = await cli('validate', write('broken.json', '{"version": 1,'));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /geen geldige JSON/);
  result = await cli('validate', join(dir, 'nope.json'));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /kan niet worden gelezen/);
});

test('validates a feed from a URL', async () => {
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(req.url === '/ok' ? '{"version":1,"events":[]}' : '{"version":1,"partners":[{"id":"x"}]}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  const run = (path) =>
    new Promise((resolve) => {
      import('node:child_process').then(({spawn}) => {
        const child = spawn(process.execPath, ['bin/ncte-feed.js', 'validate', '--lang', 'en', `http://127.0.0.1:${port}${path}`]);
        let out = '';
        child.stdout.on('data', (chunk) => (out += chunk));
        child.on('close', (code) => resolve({code, out}));
      });
    });
  const ok = await run('/ok');
  const bad = await run('/bad');
  server.close();
  assert.equal(ok.code, 0);
  assert.equal(bad.code, 1);
  assert.match(bad.out, /partners\[0\]\.name \(x\): required string is missing/);
});

test('usage: --help on every subcommand, --version, and usage errors exit 2', async () => {
  assert.equal((await cli()).status, 2);
  assert.equal((await cli('check', 'x')).status, 2);
  assert.equal((await cli('--help')).status, 0);
  for (const command of ['template', 'import', 'export', 'validate']) {
    const help = await cli(command, '--help');
    assert.equal(help.status, 0, command);
    assert.match(help.stdout, new RegExp(`^Gebruik: ncte-feed ${command}`), command);
  }
  assert.equal((await cli('--version')).stdout.trim(), version);
  assert.equal((await cli('validate', '--lnag', 'en', 'x.json')).status, 2);
  assert.equal((await cli('validate', '--lang', 'de', 'x.json')).status, 2);
  assert.equal((await cli('validate', 'a.json', 'b.json')).status, 2);
  assert.equal((await cli('import', 'a.csv')).status, 2, 'import needs -o');
  assert.equal((await cli('export', 'feed.json')).status, 2, 'export needs -o');
});

test('the generated JSON Schema describes every section', async () => {
  const schema = JSON.parse(readFileSync('dist/feed.schema.json', 'utf8'));
  assert.deepEqual(Object.keys(schema.properties).sort(), ['criteria', 'events', 'generated', 'initiatives', 'partners', 'version']);
  assert.deepEqual(schema.required, ['version']);
  assert.ok(schema.properties.partners.items.properties.sector.enum.includes('kennisinstelling'));
});
