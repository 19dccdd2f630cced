/**
 * <ncte-etalage>: first render after the data arrives (the sample feed; and
 * 10,000 initiatives, for information), one keystroke of search with 10,000
 * initiatives (filter, count, facet counts and the first page rendered, to
 * `updateComplete` and to the next paint) over 100+ keystrokes, and the JS heap
 * of a page showing 10,000 initiatives loaded as an embed does (through `src`).
 */
import '../src/etalage/index.js';
import type {NcteEtalage} from '../src/etalage/index.js';
import {buildCatalogue, buildCatalogueInSlices} from '../src/etalage/catalogue.js';
import type {Initiative} from '../src/feed/schema.js';
import {initiativesSection} from '../src/feed/sections.js';
import {readEnvelope, validateSections} from '../src/feed/validate.js';
import {heapMB, max, median, nextPaint, timeRuns, whenShown, type Benchmark, type BenchRow} from './harness.js';

async function attached(container: HTMLElement): Promise<NcteEtalage> {
  const el = document.createElement('ncte-etalage');
  container.append(el);
  await el.updateComplete;
  return el;
}

/** Full garbage collections (the bench runs Chromium with --expose-gc). */
async function collectGarbage(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    (globalThis as {gc?: () => void}).gc?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export default (async (ctx) => {
  const rows: BenchRow[] = [];
  const sample = await ctx.sampleFeed();

  // First render: from setting `feed` (validation included) to the next painted frame.
  const first: number[] = [];
  for (let run = 0; run < 22; run++) {
    const el = await attached(ctx.container());
    const feed = structuredClone(sample);
    const start = performance.now();
    el.feed = feed;
    await el.updateComplete;
    await nextPaint();
    if (run >= 2) first.push(performance.now() - start);
  }
  rows.push({metric: 'etalage: first render after the sample feed arrives, to next paint (median of 20)', value: median(first), unit: 'ms', budget: 50});

  // 10,000 initiatives loaded from a URL, as an embed on a gemeente site does.
  const container = ctx.container();
  await collectGarbage();
  const heapBefore = heapMB();
  const el = document.createElement('ncte-etalage');
  el.src = './feeds/feed-10000.json';
  el.timeout = 60_000;
  container.append(el);
  while (!el.shadowRoot?.querySelector('input[type=search]')) await new Promise((resolve) => setTimeout(resolve, 20));
  await nextPaint();

  // Keystrokes: type words letter by letter, then delete them letter by letter.
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
  const queries: string[] = [];
  for (const text of ['ontmoeting ouderen', 'jongeren zwolle', 'maatje vrijwilliger']) {
    for (let i = 1; i <= text.length; i++) queries.push(text.slice(0, i));
    for (let i = text.length - 1; i >= 0; i--) queries.push(text.slice(0, i));
  }
  const keystrokes: number[] = [];
  const withPaint: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input', {bubbles: true}));
    await el.updateComplete;
    keystrokes.push(performance.now() - start);
    await nextPaint();
    withPaint.push(performance.now() - start);
  }
  rows.push({metric: `etalage: keystroke search, 10,000 initiatives: filter+count+facets+first page (median of ${keystrokes.length})`, value: median(keystrokes), unit: 'ms', budget: 16});
  rows.push({metric: `etalage: keystroke search, 10,000 initiatives (worst of ${keystrokes.length})`, value: max(keystrokes), unit: 'ms', budget: 50});
  rows.push({metric: 'etalage: keystroke search, 10,000 initiatives, to next paint (median)', value: median(withPaint), unit: 'ms'});

  await collectGarbage();
  rows.push({metric: 'etalage: JS heap growth, 10,000 initiatives loaded by src and searched (after GC)', value: heapMB() - heapBefore, unit: 'MB', budget: 50});
  rows.push({metric: 'etalage: JS heap of the whole bench page at that point (after GC)', value: heapMB(), unit: 'MB'});

  // For information: 10,000 initiatives given as an object (a fresh copy each run,
  // made before the clock starts), then the two parts of that time.
  const generated = await ctx.feed(10_000);
  const big = {version: 1, initiatives: generated.initiatives};
  // The catalogue is built in slices: the page's long tasks meanwhile (50 ms or more) are recorded too.
  const bigFirst: number[] = [];
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  for (let run = 0; run < 4; run++) {
    const other = await attached(ctx.container());
    const feed = structuredClone(big);
    // A task of its own first: the observer also reports the task it was started in (the copy above).
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (run > 0) observer.observe({type: 'longtask'});
    const start = performance.now();
    other.feed = feed;
    await whenShown(other, '.card');
    await nextPaint();
    if (run > 0) bigFirst.push(performance.now() - start);
    observer.disconnect();
  }
  rows.push({metric: 'etalage: first render after 10,000 initiatives arrive as an object, incl. validation, until the cards show (median of 3)', value: median(bigFirst), unit: 'ms'});
  rows.push({metric: 'etalage: longest task meanwhile, 0 = none of 50+ ms (worst of 3)', value: Math.max(0, ...longTasks), unit: 'ms'});
  // A parent that re-renders with a new but identical feed object (React without useMemo).
  const shown = await attached(ctx.container());
  shown.feed = structuredClone(big);
  await shown.updateComplete;
  const identical: number[] = [];
  for (let run = 0; run < 4; run++) {
    const again = structuredClone(big);
    const start = performance.now();
    shown.feed = again;
    await shown.updateComplete;
    await nextPaint();
    if (run > 0) identical.push(performance.now() - start);
  }
  rows.push({metric: 'etalage: an identical feed (new object, same 10,000 initiatives) set again, to next paint (median of 3)', value: median(identical), unit: 'ms'});
  const validation: number[] = [];
  let initiatives: Initiative[] = [];
  for (let run = 0; run < 4; run++) {
    const envelope = readEnvelope(structuredClone(big));
    const start = performance.now();
    initiatives = validateSections(envelope, {initiatives: initiativesSection}).feed.initiatives ?? [];
    if (run > 0) validation.push(performance.now() - start);
  }
  rows.push({metric: 'etalage: of which validating the 10,000 initiatives (shared feed layer, median of 3)', value: median(validation), unit: 'ms'});
  const catalogue = await timeRuns(() => buildCatalogue(initiatives), 3, 1);
  rows.push({metric: 'etalage: building the search catalogue for 10,000 initiatives in one piece (median of 3)', value: median(catalogue), unit: 'ms'});
  // What the Etalage does for 1,000+ initiatives: in slices; the longest slice is what blocks the page.
  const sliceTasks: number[] = [];
  const sliceObserver = new PerformanceObserver((list) => sliceTasks.push(...list.getEntries().map((e) => e.duration)));
  await new Promise((resolve) => setTimeout(resolve, 50)); // out of the task that built it in one piece
  sliceObserver.observe({type: 'longtask'});
  const sliced = await timeRuns(() => buildCatalogueInSlices(initiatives), 3, 1);
  await new Promise((resolve) => setTimeout(resolve, 100));
  sliceObserver.disconnect();
  rows.push({metric: 'etalage: building it in slices, 10,000 initiatives, start to end (median of 3)', value: median(sliced), unit: 'ms'});
  rows.push({metric: 'etalage: building it in slices: longest task, 0 = none of 50+ ms (4 builds)', value: Math.max(0, ...sliceTasks), unit: 'ms', budget: 50});
  return rows;
}) satisfies Benchmark;
