// npm run bench: builds the CDN bundles, measures their min+gzip sizes, then runs
// every bench/*.bench.ts in headless Chromium (a production build of the bench
// page), then loads a plain page per widget bundle to find the long main-thread
// tasks (at full speed and with the CPU throttled 4×), and prints one table. Results also go to bench/out/results.json.
// Options: --only <name>[,<name>] runs just those benchmarks (`load` for the page
// loads); --skip-build reuses dist/cdn.
import {spawnSync} from 'node:child_process';
import {createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {basename, dirname, extname, join, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {build} from 'vite';
import {CHROME_ARGS, requireChrome} from '../scripts/chrome-path.mjs';
import {productionResolve} from '../scripts/build-config.mjs';
import {generateFeed} from '../scripts/generate-feed.mjs';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const out = resolve('bench/out');
const rows = [];
const kb = (bytes) => bytes / 1024;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// 1. Bundle sizes: each bundle with the chunks it imports statically (loaded at
// once); lazily imported chunks (the map engine, zod for bad feeds) on their own rows.
if (!args.includes('--skip-build')) {
  const result = spawnSync('node', ['scripts/build.mjs', '--cdn-only'], {stdio: 'inherit'});
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const SIZE_BUDGETS = {
  'ncte-etalage.js': 20,
  'ncte-eligibility-check.js': 20,
  'ncte-partner-map.js': 20,
  'ncte-event-list.js': 20,
  'ncte-all.js': 50,
  'ncte-embed.js': 2,
  'ncte-builder.js': 30,
};
const gz = (path) => gzipSync(readFileSync(path), {level: 9}).length;
const cdn = 'dist/cdn';
/** A file and every chunk it imports statically (what a page loads at once), each once. */
function loadedAtOnce(path, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    loadedAtOnce(join(dirname(path), match[1]), seen);
  }
  return seen;
}
const loadedWithABundle = new Set();
for (const file of readdirSync(cdn).filter((f) => f.endsWith('.js')).sort()) {
  const files = [...loadedAtOnce(join(cdn, file))];
  for (const f of files) loadedWithABundle.add(f);
  const min = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const zipped = files.reduce((sum, f) => sum + gz(f), 0);
  const parts = files.length > 1 ? `, ${files.length} files` : '';
  rows.push({metric: `size: dist/cdn/${file} (min ${kb(min).toFixed(1)} KB${parts})`, value: kb(zipped), unit: 'KB', budget: SIZE_BUDGETS[file]});
}
if (existsSync(join(cdn, 'chunks'))) {
  // Lazily loaded chunks (the map engine), once per distinct name.
  const seen = new Set();
  for (const file of readdirSync(join(cdn, 'chunks')).filter((f) => f.endsWith('.js')).sort()) {
    const name = file.replace(/-[\w-]{8}\.js$/, '');
    if (seen.has(name) || loadedWithABundle.has(join(cdn, 'chunks', file))) continue;
    seen.add(name);
    const path = join(cdn, 'chunks', file);
    rows.push({metric: `size: lazy chunk ${name} (min ${kb(statSync(path).size).toFixed(1)} KB)${name === 'schema' ? ', only for feeds with invalid items' : ''}`, value: kb(gz(path)), unit: 'KB', budget: name === 'map-engine' ? 55 : undefined});
  }
}

// 2. Feeds for the speed benchmarks.
mkdirSync(join(out, 'feeds'), {recursive: true});
const benchNames = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => basename(f, '.bench.ts'))
  .filter((name) => !only || only.includes(name));
for (const size of [150, 1_000, 5_000, 10_000]) {
  writeFileSync(join(out, 'feeds', `feed-${size}.json`), JSON.stringify(generateFeed({initiatives: size, partners: size, events: size, seed: 7})));
}
writeFileSync(join(out, 'feeds', 'sample.json'), readFileSync('src/data/sample-feed.json'));

// 3. The bench page, built like the CDN bundles (production Lit, minified).
await build({
  ...productionResolve,
  configFile: false,
  logLevel: 'warn',
  root: resolve('bench'),
  base: './',
  build: {outDir: join(out, 'page'), emptyOutDir: true, target: 'es2022', minify: true},
});
const contentTypes = {'.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.png': 'image/png'};
// Plain pages as a gemeente site has them: one CDN bundle, one element, the sample feed.
const LOAD_PAGES = {
  'ncte-etalage': '<ncte-etalage src="/feeds/sample.json"></ncte-etalage>',
  'ncte-eligibility-check': '<ncte-eligibility-check src="/feeds/sample.json"></ncte-eligibility-check>',
  'ncte-partner-map': '<ncte-partner-map view="map" src="/feeds/sample.json"></ncte-partner-map>',
  'ncte-event-list': '<ncte-event-list src="/feeds/sample.json" show-past></ncte-event-list>',
};
const loadPage = (name) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${name}</title>` +
  `<script type="module" src="/cdn/${name}.js"></script></head><body><main><h1>Gemeente</h1>${LOAD_PAGES[name]}</main></body></html>`;
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const page = /^\/load\/([\w-]+)\.html$/.exec(path)?.[1];
  if (page && LOAD_PAGES[page]) {
    res.setHeader('content-type', 'text/html');
    return res.end(loadPage(page));
  }
  const file = path.startsWith('/feeds/')
    ? join(out, path)
    : path.startsWith('/cdn/')
      ? resolve(cdn, path.slice('/cdn/'.length))
      : join(out, 'page', path === '/' ? 'index.html' : path);
  if (!(file.startsWith(out) || file.startsWith(resolve(cdn))) || !existsSync(file) || statSync(file).isDirectory()) {
    res.statusCode = 404;
    return res.end();
  }
  res.setHeader('content-type', contentTypes[extname(file)] ?? 'application/octet-stream');
  createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// 4. Run each benchmark in a fresh page.
const browser = await puppeteer.launch({
  executablePath: requireChrome(),
  headless: true,
  // A busy machine can hold a page's main thread for minutes (10,000 markers on two maps, the CPU throttled 4×).
  protocolTimeout: 900_000,
  args: [...CHROME_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc', '--window-size=1280,900'],
});
let failures = 0;
for (const name of benchNames) {
  const page = await browser.newPage();
  await page.setViewport({width: 1280, height: 900});
  const started = Date.now();
  await page.goto(`${origin}/index.html?bench=${name}`);
  await page.waitForFunction(() => window.__bench?.done, {timeout: 240_000, polling: 200});
  const result = await page.evaluate(() => window.__bench);
  if (result.error) {
    failures++;
    console.error(`benchmark ${name} failed: ${result.error}`);
  } else {
    rows.push(...result.rows);
  }
  console.error(`ran ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await page.close();
}
// 5. Loading a page: the main-thread tasks from navigation until the widget shows
// the sample feed (the partner map: until its markers are drawn), 7 loads each,
// first at full speed, then with the CPU throttled 4× (Chrome DevTools Protocol
// Emulation.setCPUThrottlingRate, as Lighthouse's mobile profile does: a mid-range
// phone). The Long Tasks API reports tasks of 50 ms and more, so 0 means no such task.
// Total blocking time: the sum of each long task's time over 50 ms.
const LOADS = 7;
async function measureLoad(name, throttle) {
  const page = await browser.newPage();
  await page.setViewport({width: 1280, height: 900});
  if (throttle > 1) await page.emulateCPUThrottling(throttle);
  await page.evaluateOnNewDocument(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({type: 'longtask', buffered: true});
  });
  await page.goto(`${origin}/load/${name}.html`);
  await page.waitForFunction(
    (tag) => {
      const root = document.querySelector(tag)?.shadowRoot;
      if (!root || root.querySelector('.feed-state') || (root.textContent ?? '').length < 200) return false;
      return tag !== 'ncte-partner-map' || root.querySelectorAll('.leaflet-marker-icon').length > 0;
    },
    {timeout: 60_000, polling: 20},
    name,
  );
  await new Promise((done) => setTimeout(done, 500 * throttle));
  const tasks = await page.evaluate(() => window.__longTasks);
  await page.close();
  return {longest: Math.max(0, ...tasks), blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)};
}
if (!only || only.includes('load')) {
  for (const throttle of [1, 4]) {
    for (const name of Object.keys(LOAD_PAGES)) {
      const runs = [];
      for (let run = 0; run < LOADS; run++) runs.push(await measureLoad(name, throttle));
      const longest = runs.map((r) => r.longest);
      const blocking = runs.map((r) => r.blocking);
      const widget = name.replace(/^ncte-/, '');
      const what = name === 'ncte-partner-map' ? 'map view, until markers are drawn' : 'until the sample feed shows';
      if (throttle === 1) {
        rows.push({
          metric: `load: ${widget}, page with the CDN bundle (${what}): longest task of 50+ ms, 0 = none (median of ${LOADS})`,
          value: median(longest),
          unit: 'ms',
        });
        // Budget: no task of a widget's own over 50 ms at load; the worst load counts.
        rows.push({metric: `load: ${widget}: longest task, worst of ${LOADS} loads`, value: Math.max(...longest), unit: 'ms', budget: 50});
        rows.push({metric: `load: ${widget}: loads with a task of 50+ ms`, value: longest.filter((d) => d > 0).length, unit: 'count'});
        rows.push({metric: `load: ${widget}: total blocking time (time past 50 ms in each task; median of ${LOADS})`, value: median(blocking), unit: 'ms'});
      } else {
        // The phone budget: total blocking time ≤ 150 ms and no task over 100 ms, with the CPU 4× slower.
        rows.push({metric: `load 4× CPU: ${widget} (${what}): total blocking time, median of ${LOADS}`, value: median(blocking), unit: 'ms', budget: 150});
        rows.push({metric: `load 4× CPU: ${widget}: total blocking time, worst of ${LOADS}`, value: Math.max(...blocking), unit: 'ms'});
        rows.push({metric: `load 4× CPU: ${widget}: longest task, median of ${LOADS}`, value: median(longest), unit: 'ms'});
        rows.push({metric: `load 4× CPU: ${widget}: longest task, worst of ${LOADS}`, value: Math.max(...longest), unit: 'ms', budget: 100});
      }
    }
  }
}

await browser.close();
server.close();

// 6. The table.
const format = (row) => (row.unit === 'KB' || row.unit === 'MB' ? row.value.toFixed(1) : row.unit === 'count' ? String(row.value) : row.value.toFixed(2));
// A ratio prints as `0.42 ×`.
const unitOf = (row) => (row.unit === 'ratio' ? '×' : row.unit);
const width = Math.max(...rows.map((r) => r.metric.length));
console.log(`\n${'metric'.padEnd(width)} | ${'measured'.padStart(10)} | ${'budget'.padStart(9)} | ok`);
console.log(`${'-'.repeat(width)}-|-${'-'.repeat(10)}-|-${'-'.repeat(9)}-|---`);
let over = 0;
for (const row of rows) {
  const ok = row.budget === undefined ? '' : row.value <= row.budget ? 'yes' : 'NO';
  if (ok === 'NO') over++;
  const budget = row.budget === undefined ? '' : `${row.budget} ${unitOf(row)}`;
  console.log(`${row.metric.padEnd(width)} | ${`${format(row)} ${unitOf(row)}`.padStart(10)} | ${budget.padStart(9)} | ${ok}`);
}
console.log(`\nChromium ${await browserVersion()}, ${new Date().toISOString()}; ${over} over budget.`);
writeFileSync(join(out, 'results.json'), JSON.stringify({date: new Date().toISOString(), rows}, null, 2));
process.exit(failures ? 1 : 0);

async function browserVersion() {
  const result = spawnSync(requireChrome(), ['--version'], {encoding: 'utf8'});
  return (result.stdout || '').trim().replace(/^Chromium /, '');
}
