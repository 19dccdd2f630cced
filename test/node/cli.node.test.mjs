// The feed validator CLI (`npx ncte-feed validate`), run as a maintainer would.
// Needs the Node validator built (npm test builds it first).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createServer} from 'node:http';

const cli = (...args) => spawnSync(process.execPath, ['bin/ncte-feed.js', ...args], {encoding: 'utf8'});
const dir = mkdtempSync(join(tmpdir(), 'ncte-feed-'));
const write = (name, value) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

test('the sample feed is valid: exit 0 and a summary per section', () => {
  const result = cli('validate', 'src/data/sample-feed.json');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /✓ .*valid feed version 1/);
  assert.match(result.stdout, /initiatives (\d+)\/\1 valid/);
  assert.match(result.stdout, /events (\d+)\/\1 valid/);
});

test('every problem is printed with its path; exit 1', () => {
  const sample = JSON.parse(readFileSync('src/data/sample-feed.json', 'utf8'));
  sample.events[3].start = 'morgen';
  sample.partners[0].website = 'javascript:alert(1)';
  sample.initiatives.push({...sample.initiatives[0]});
  const result = cli('validate', write('bad.json', sample));
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^events\[3\]\.start: not a valid datetime$/m);
  assert.match(result.stdout, /^partners\[0\]\.website: must be an http\(s\) link$/m);
  assert.match(result.stdout, new RegExp(`^initiatives\\[${sample.initiatives.length - 1}\\]\\.id: duplicate id`, 'm'));
  const total = sample.events.length;
  assert.match(result.stdout, new RegExp(`events ${total - 1}/${total} valid`));
  assert.match(result.stdout, /✗ .*3 problem\(s\)/);
});

test('wrong version, not JSON and a missing file fail clearly with exit 1', () => {
  let result = cli('validate', write('v2.json', {version: 2}));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /feed version 2 is not supported/);
  result = cli('validate', write('broken.json', '{"version": 1,'));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /not valid JSON/);
  result = cli('validate', join(dir, 'nope.json'));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /cannot be read/);
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
        const child = spawn(process.execPath, ['bin/ncte-feed.js', 'validate', `http://127.0.0.1:${port}${path}`]);
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
  assert.match(bad.out, /partners\[0\]\.name: required string is missing/);
});

test('usage errors exit 2', () => {
  assert.equal(cli().status, 2);
  assert.equal(cli('check', 'x').status, 2);
  assert.equal(cli('--help').status, 0);
});

test('the generated JSON Schema describes every section', () => {
  const schema = JSON.parse(readFileSync('dist/feed.schema.json', 'utf8'));
  assert.deepEqual(Object.keys(schema.properties).sort(), ['criteria', 'events', 'generated', 'initiatives', 'partners', 'version']);
  assert.deepEqual(schema.required, ['version']);
  assert.ok(schema.properties.partners.items.properties.sector.enum.includes('kennisinstelling'));
});
