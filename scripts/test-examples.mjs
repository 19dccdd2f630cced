// The framework examples (examples/<framework>/) as a new user gets them: packs
// this repository once (`npm pack`, after `npm run build` when dist/ lacks the
// types), installs the examples' shared dependencies and the tarball, then for
// each example runs its type check (with a deliberate misuse under
// @ts-expect-error or the framework's equivalent), its production build, and a
// smoke test in headless Chromium: the Etalage shows the feed's initiatives,
// typing in its search reaches the app's handler of `ncte-filter-change`, and
// opening an initiative reaches its handler of `ncte-initiative-open`.
// Usage: node scripts/test-examples.mjs [react vue svelte angular] [--reuse-install]
// Prints `examples: N passed, N failed` and each step's time.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, normalize, resolve} from 'node:path';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, requireChrome} from './chrome-path.mjs';

const root = resolve(import.meta.dirname, '..');
const examplesDir = join(root, 'examples');

/**
 * Per example: the type check (which must fail without the @ts-expect-error
 * lines, so it proves the types catch the misuse) and the build, run in its folder.
 */
const EXAMPLES = {
  react: {check: ['tsc', '-p', 'tsconfig.json'], build: ['vite', 'build']},
  vue: {check: ['vue-tsc', '-p', 'tsconfig.json'], build: ['vite', 'build']},
  svelte: {check: ['svelte-check', '--tsconfig', './tsconfig.json', '--output', 'machine'], build: ['vite', 'build'], misuse: 'src/Misuse.svelte'},
  angular: {check: ['ngc', '-p', 'tsconfig.json'], build: ['vite', 'build'], misuse: 'src/misuse.component.ts'},
};

const chosen = process.argv.slice(2).filter((name) => !name.startsWith('-'));
const names = chosen.length ? chosen : Object.keys(EXAMPLES);
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function run(label, command, args, cwd, misuse) {
  const since = Date.now();
  const result = spawnSync(command, args, {cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: {...process.env, NODE_ENV: undefined}});
  const ok = misuse ? onlyMisuseFails(`${result.stdout}\n${result.stderr}`, cwd, misuse) : result.status === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label} (${seconds(since)})`);
  if (!ok) process.stdout.write(`${result.stdout}${result.stderr}\n`);
  return ok;
}

/**
 * For the templates that have no @ts-expect-error (Svelte, Angular): the type
 * checker reports an error on every line of the misuse file marked
 * `expect-error:`, and nowhere else. Reads svelte-check's machine output
 * (`ERROR "file" line:col`) and tsc/ngc's (`file:line:col - error` or `file(line,col): error`).
 */
function onlyMisuseFails(output, cwd, misuse) {
  // eslint-disable-next-line no-control-regex -- the colours of ngc's output
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const errors = [
    ...plain.matchAll(/ ERROR "([^"]+)" (\d+):\d+/g),
    ...plain.matchAll(/^([\w./-]+):(\d+):\d+ - error/gm),
    ...plain.matchAll(/^([\w./-]+)\((\d+),\d+\): error/gm),
  ].map((m) => ({file: m[1], line: Number(m[2])}));
  const expected = readFileSync(join(cwd, misuse), 'utf8').split('\n').flatMap((line, i) => (line.includes('expect-error:') ? [i + 1] : []));
  const found = new Set(errors.filter((e) => e.file === misuse).map((e) => e.line));
  const elsewhere = errors.filter((e) => e.file !== misuse || !expected.includes(e.line));
  const missed = expected.filter((line) => !found.has(line));
  if (missed.length) console.log(`     ${misuse}: no error on line(s) ${missed.join(', ')}`);
  if (elsewhere.length) console.log(`     unexpected errors: ${elsewhere.map((e) => `${e.file}:${e.line}`).join(', ')}`);
  return expected.length > 0 && missed.length === 0 && elsewhere.length === 0;
}

// 1. The package as published: built, then packed once.
if (!existsSync(join(root, 'dist/types/react.d.ts'))) {
  if (!run('npm run build', 'npm', ['run', '-s', 'build'], root)) process.exit(1);
}
const packDir = mkdtempSync(join(tmpdir(), 'ncte-pack-'));
if (!run('npm pack', 'npm', ['pack', '--silent', '--pack-destination', packDir], root)) process.exit(1);
const tarball = join(packDir, `ncte-widgets-${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}.tgz`);
console.log(`     tarball ${(statSync(tarball).size / 1024).toFixed(0)} KB`);

// 2. One install for every example (they share examples/node_modules), then the tarball.
const npmArgs = ['--no-audit', '--no-fund', '--loglevel=error'];
// --reuse-install: keep examples/node_modules when present (while working on an example).
const reuse = process.argv.includes('--reuse-install') && existsSync(join(examplesDir, 'node_modules/.bin/vite'));
if (!reuse && !run('npm ci (examples)', 'npm', ['ci', ...npmArgs], examplesDir)) process.exit(1);
if (!run('npm install the tarball', 'npm', ['install', '--no-save', ...npmArgs, tarball], examplesDir)) process.exit(1);

// 3. Type check and build each example.
const bin = (name) => join(examplesDir, 'node_modules/.bin', name);
const results = {};
for (const name of names) {
  const example = EXAMPLES[name];
  if (!example) throw new Error(`no example ${name}; there are ${Object.keys(EXAMPLES).join(', ')}`);
  const cwd = join(examplesDir, name);
  const [check, ...checkArgs] = example.check;
  const [build, ...buildArgs] = example.build;
  results[name] = run(`${name}: type check (${example.check.join(' ')})`, bin(check), checkArgs, cwd, example.misuse) && run(`${name}: build`, bin(build), buildArgs, cwd);
}

// 4. Smoke test each built example in Chromium.
const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml'};
let servedDir = '';
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^([/\\])+/, '');
  let file = join(servedDir, path);
  if (!file.startsWith(servedDir) || !existsSync(file) || statSync(file).isDirectory()) file = join(servedDir, 'index.html');
  response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({executablePath: requireChrome(), headless: true, args: CHROME_ARGS});

/** The checks every example's page must pass; throws on the first that fails. */
async function smoke(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${origin}/`);
  // Feed content: the Etalage lists initiatives from the sample feed.
  const titles = await page.waitForFunction(
    () => {
      const buttons = [...(document.querySelector('ncte-etalage')?.shadowRoot?.querySelectorAll('[part~="card-title"]') ?? [])];
      return buttons.length > 0 && buttons.map((b) => ({id: b.dataset.id, name: b.textContent.trim()}));
    },
    {timeout: 20_000},
  );
  const first = (await titles.jsonValue())[0];
  // Typing in the search reaches the app's handler of ncte-filter-change.
  const word = first.name.split(/\s+/).find((w) => w.length >= 5) ?? first.name;
  const search = await page.waitForFunction(() => document.querySelector('ncte-etalage').shadowRoot.querySelector('input[type=search]'));
  await search.asElement().type(word.toLowerCase());
  await page.waitForFunction(
    (query) => /ncte-filter-change: [1-9]\d* for "(.*)"/.exec(document.querySelector('#app-event')?.textContent ?? '')?.[1] === query,
    {timeout: 10_000},
    word.toLowerCase(),
  );
  // Opening an initiative reaches the app's handler of ncte-initiative-open with its id.
  await page.evaluate(() => document.querySelector('ncte-etalage').shadowRoot.querySelector('[part~="card-title"]').click());
  await page.waitForFunction((id) => document.querySelector('#app-event')?.textContent === `ncte-initiative-open: ${id}`, {timeout: 10_000}, first.id);
  // The event list (React's page only) shows the sample's activities, moved to the next edition;
  // it starts when scrolled near (lazy start).
  if (await page.$('ncte-event-list')) {
    await page.evaluate(() => document.querySelector('ncte-event-list').scrollIntoView());
    await page
      .waitForFunction(() => document.querySelector('ncte-event-list').shadowRoot?.querySelectorAll('[part~="event"]').length > 0, {timeout: 10_000})
      .catch(() => {
        throw new Error('the event list shows no activities');
      });
  }
  if (errors.length) throw new Error(`errors on the page: ${errors.join('; ')}`);
}

for (const name of names.filter((n) => results[n])) {
  const since = Date.now();
  servedDir = join(examplesDir, name, 'dist');
  const page = await browser.newPage();
  try {
    await smoke(page);
    console.log(`ok   ${name}: smoke test in Chromium (${seconds(since)})`);
  } catch (error) {
    results[name] = false;
    console.log(`FAIL ${name}: smoke test in Chromium (${seconds(since)}): ${error.message}`);
  } finally {
    await page.close();
  }
}
await browser.close();
server.close();

const passed = names.filter((n) => results[n]).length;
console.log(`\nexamples done in ${seconds(started)}`);
console.log(`examples: ${passed} passed, ${names.length - passed} failed`);
process.exit(passed === names.length ? 0 : 1);
