import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {clearFeedCache} from '../../src/feed/load.js';
import '../../src/etalage/index.js';
import '../../src/event-list/index.js';
import '../../src/partner-map/index.js';
import '../../src/eligibility-check/index.js';
import type {NcteEtalage} from '../../src/etalage/index.js';
import type {NcteEventList} from '../../src/event-list/index.js';
import {sampleFeed} from '../../src/data/sample.js';
import {inSlices, yieldToMain} from '../../src/internal/yield-to-main.js';
import {countFrames} from '../helpers.js';

const SAMPLE = '/__test/sample-feed';
/** A spacer of three screens puts whatever follows it far from the viewport. */
const spacer = () => html`<div class="spacer" style="block-size: ${3 * innerHeight}px"></div>`;
const loadingBox = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.feed-state.loading');
const cards = (el: Element) => el.shadowRoot!.querySelectorAll('.card').length;

/** Counts `JSON.parse` calls on text longer than `min` characters (a feed) while installed. */
function countFeedParses(min = 1000) {
  const original = JSON.parse;
  const calls = {count: 0, restore: () => (JSON.parse = original)};
  JSON.parse = ((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    if (typeof text === 'string' && text.length > min) calls.count++;
    return original(text, reviver);
  }) as typeof JSON.parse;
  return calls;
}

/** Long tasks (50 ms or more) seen while installed. */
function watchLongTasks() {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({type: 'longtask'});
  return {tasks, stop: () => observer.disconnect()};
}

/** Resolves once the URL was fetched in full (the Resource Timing entry is there). */
const fetched = (url: string) =>
  waitUntil(() => performance.getEntriesByType('resource').some((e) => e.name.includes(url) && (e as PerformanceResourceTiming).responseEnd > 0), `${url} fetched`, {timeout: 10_000});

describe('lazy start (NearViewportController)', () => {
  beforeEach(() => {
    clearFeedCache();
    performance.clearResourceTimings();
    history.replaceState(null, '', location.pathname);
    scrollTo(0, 0);
  });

  it('a widget far from the viewport fetches its feed early but parses and renders it only when scrolled near', async () => {
    const url = `/__test/generated?initiatives=10000&key=${Math.random()}`;
    const box = await fixture<HTMLElement>(html`<div>${spacer()}<ncte-etalage src=${url}></ncte-etalage></div>`);
    const el = box.querySelector('ncte-etalage')!;
    await el.updateComplete;
    const parses = countFeedParses();
    const long = watchLongTasks();
    try {
      await fetched(url);
      // Give it the time it would take to parse, validate and index 10,000 initiatives.
      for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(parses.count, 'no feed parsed').to.equal(0);
      // Parsing, validating and indexing 10,000 initiatives at once is a task of several hundred ms;
      // a loaded machine adds tasks of up to about 200 ms of its own (descheduling), so the bar is 300 ms.
      expect(long.tasks.filter((d) => d >= 300), 'no long task before scrolling').to.deep.equal([]);
      expect(loadingBox(el), 'still the loading box').to.exist;
      expect(cards(el)).to.equal(0);

      const scrolled = performance.now();
      el.scrollIntoView();
      await waitUntil(() => cards(el) > 0, 'cards after scrolling near', {timeout: 10_000});
      expect(parses.count, 'parsed once').to.equal(1);
      // The 10,000-initiative feed takes longer than the sample feed (next test: within a second).
      expect(performance.now() - scrolled).to.be.lessThan(5_000);
    } finally {
      parses.restore();
      long.stop();
    }
  });

  it('shows the sample feed within a second after the visitor scrolls near, and keeps the reserved height until then', async () => {
    const box = await fixture<HTMLElement>(html`<div>${spacer()}<ncte-etalage src=${SAMPLE}></ncte-etalage></div>`);
    const el = box.querySelector('ncte-etalage')!;
    await fetched(SAMPLE);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const reserved = loadingBox(el)!.getBoundingClientRect().height;
    expect(reserved, 'the loading box keeps its height (12rem)').to.be.at.least(150);
    const scrolled = performance.now();
    el.scrollIntoView();
    await waitUntil(() => cards(el) > 0, 'cards', {timeout: 1000});
    expect(performance.now() - scrolled).to.be.lessThan(1000);
  });

  it('waits for a feed given as an object too, and starts at once when it is near', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <ncte-etalage class="near" .feed=${sampleFeed()}></ncte-etalage>
      ${spacer()}
      <ncte-etalage class="far" .feed=${sampleFeed()}></ncte-etalage>
    </div>`);
    const near = box.querySelector<NcteEtalage>('.near')!;
    const far = box.querySelector<NcteEtalage>('.far')!;
    await near.updateComplete;
    await far.updateComplete;
    expect(cards(near), 'near: rendered in its first update').to.be.greaterThan(0);
    expect(loadingBox(far)).to.exist;
    far.scrollIntoView();
    await waitUntil(() => cards(far) > 0, 'far one after scrolling', {timeout: 1000});
  });

  it('loading="eager" shows the feed at once, however far away', async () => {
    const box = await fixture<HTMLElement>(html`<div>${spacer()}<ncte-etalage loading="eager" src=${SAMPLE}></ncte-etalage>
      <ncte-event-list loading="eager" show-past .feed=${sampleFeed()}></ncte-event-list></div>`);
    const etalage = box.querySelector('ncte-etalage')!;
    const list = box.querySelector('ncte-event-list')!;
    await list.updateComplete;
    expect(loadingBox(list)).to.be.null;
    await waitUntil(() => cards(etalage) > 0, 'cards without scrolling', {timeout: 5000});
  });

  it('every widget waits when far and shows its content after scrolling near', async () => {
    const feed = sampleFeed();
    const box = await fixture<HTMLElement>(html`<div>${spacer()}
      <ncte-etalage .feed=${feed}></ncte-etalage>
      <ncte-event-list show-past .feed=${feed}></ncte-event-list>
      <ncte-partner-map view="list" .feed=${feed}></ncte-partner-map>
      <ncte-eligibility-check src=${SAMPLE}></ncte-eligibility-check>
    </div>`);
    const widgets = [...box.querySelectorAll<HTMLElement & {updateComplete: Promise<unknown>}>('ncte-etalage, ncte-event-list, ncte-partner-map, ncte-eligibility-check')];
    await fetched(SAMPLE);
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const widget of widgets) expect(loadingBox(widget), `${widget.localName} waits`).to.exist;
    for (const widget of widgets) {
      widget.scrollIntoView();
      await waitUntil(() => !loadingBox(widget), `${widget.localName} shows its content`, {timeout: 1000});
    }
  });

  it('renders at once for printing', async () => {
    const box = await fixture<HTMLElement>(html`<div>${spacer()}<ncte-etalage src=${SAMPLE}></ncte-etalage>
      <ncte-event-list show-past .feed=${sampleFeed()}></ncte-event-list></div>`);
    const etalage = box.querySelector('ncte-etalage')!;
    const list = box.querySelector('ncte-event-list')!;
    await fetched(SAMPLE);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(loadingBox(etalage)).to.exist;
    window.dispatchEvent(new Event('beforeprint'));
    // The update runs in the microtask after the event, before the page is laid out for print.
    await etalage.updateComplete;
    await list.updateComplete;
    // Printed, the Etalage lists every initiative.
    expect(etalage.shadowRoot!.querySelectorAll('.print-list li').length).to.equal((sampleFeed().initiatives as unknown[]).length);
    expect(loadingBox(list)).to.be.null;
    window.dispatchEvent(new Event('afterprint'));
  });

  it('renders at once with an initiative to open, or the Etalage state in the URL (sync-url)', async () => {
    const id = (sampleFeed().initiatives as Array<{id: string}>)[0].id;
    const box = await fixture<HTMLElement>(html`<div>${spacer()}<ncte-etalage initiative=${id} .feed=${sampleFeed()}></ncte-etalage></div>`);
    const el = box.querySelector<NcteEtalage>('ncte-etalage')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dialog')?.open, 'the initiative is open').to.be.true;

    history.replaceState(null, '', `${location.pathname}?zoek=eten`);
    const box2 = await fixture<HTMLElement>(html`<div>${spacer()}<ncte-etalage sync-url .feed=${sampleFeed()}></ncte-etalage></div>`);
    const synced = box2.querySelector<NcteEtalage>('ncte-etalage')!;
    await synced.updateComplete;
    expect(loadingBox(synced)).to.be.null;
    expect(cards(synced)).to.be.greaterThan(0);
  });

  it('renders the event list at once for a deep link to an activity', async () => {
    const event = (sampleFeed().events as Array<{id: string}>)[0].id;
    history.replaceState(null, '', `${location.pathname}?activiteit=${encodeURIComponent(event)}`);
    const box = await fixture<HTMLElement>(html`<div>${spacer()}<ncte-event-list show-past .feed=${sampleFeed()}></ncte-event-list></div>`);
    const el = box.querySelector<NcteEventList>('ncte-event-list')!;
    await el.updateComplete;
    expect(loadingBox(el)).to.be.null;
  });
});

describe('yieldToMain and inSlices', () => {
  const busy = (ms: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // work
    }
  };

  it('yieldToMain ends the task: 2 × 20 ms of work with a yield between is no long task', async () => {
    const long = watchLongTasks();
    // Out of the task the observer started in (it reports that one too when it ends).
    await new Promise((resolve) => setTimeout(resolve, 20));
    busy(20);
    await yieldToMain();
    busy(20);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const split = [...long.tasks];
    // The same work without the yield is one task of 60 ms: the observer sees it (so it can see one).
    busy(60);
    await new Promise((resolve) => setTimeout(resolve, 100));
    long.stop();
    expect(split).to.deep.equal([]);
    expect(long.tasks.length).to.be.greaterThan(0);
  });

  it('inSlices runs every index in order, yields between slices and stops when aborted', async () => {
    const seen: number[] = [];
    // Frames drawn while the work runs: none if it held the main thread throughout.
    const frameCount = countFrames();
    // About 200 ms of work in all, in slices of 8 ms.
    const done = await inSlices(4000, (i) => {
      seen.push(i);
      busy(0.05);
    });
    const frames = frameCount.stop();
    expect(done).to.be.true;
    expect(seen).to.deep.equal([...Array(4000).keys()]);
    expect(frames, 'the page drew frames in between').to.be.greaterThan(1);

    const abort = new AbortController();
    let count = 0;
    const stopped = await inSlices(
      100_000,
      () => {
        if (++count === 10) abort.abort();
      },
      abort.signal,
    );
    expect(stopped).to.be.false;
    expect(count).to.equal(10);
  });
});
