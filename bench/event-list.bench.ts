/**
 * `<ncte-event-list>` with 5,000 events: first render after the data arrives,
 * a filter change (typing in the search, choosing a day), and an .ics of 1,000 events.
 * The generated events fall in the 2026 Week (24 September – 1 October); `now`
 * is set before it so they are all upcoming.
 */
import '../src/event-list/index.js';
import type {NcteEventList} from '../src/event-list/index.js';
import {filterEvents, NO_FILTERS as NO_EVENT_FILTERS, prepareEvents} from '../src/event-list/filter.js';
import {eventsSection} from '../src/feed/sections.js';
import {readEnvelope, validateSections} from '../src/feed/validate.js';
import {eventsToIcs} from '../src/event-list/ics.js';
import type {FeedEvent} from '../src/feed/schema.js';
import {median, nextPaint, timeRuns, whenShown, type Benchmark, type BenchRow} from './harness.js';

const NOW = new Date('2026-09-01T08:00:00Z');

export default (async (ctx) => {
  const rows: BenchRow[] = [];
  const raw = await ctx.feed(5_000);
  const events = raw.events as FeedEvent[];

  // 1. First render: from setting `feed` to the list shown (validated in slices first) and the next paint.
  const firstRenders: number[] = [];
  const wholeFeed: number[] = [];
  for (let i = 0; i < 7; i++) {
    for (const [feed, into] of [
      [{version: 1, events: structuredClone(events)}, firstRenders],
      [structuredClone(raw), wholeFeed],
    ] as const) {
      const el = document.createElement('ncte-event-list') as NcteEventList;
      el.now = NOW;
      ctx.container().append(el);
      await el.updateComplete;
      await nextPaint();
      const start = performance.now();
      el.feed = feed;
      await whenShown(el, 'input[type="search"]');
      await nextPaint();
      into.push(performance.now() - start);
    }
  }
  rows.push({metric: 'event-list: first render, 5,000 events, from feed set to paint (median of 7)', value: median(firstRenders), unit: 'ms', budget: 100});
  rows.push({metric: 'event-list: first render, whole feed with 5,000 items in each section (median of 7)', value: median(wholeFeed), unit: 'ms'});

  // Where the first render's time goes: validating, then preparing and filtering;
  // the rest is rendering the first page, style, layout, paint and garbage collection.
  const validating: number[] = [];
  const preparing: number[] = [];
  for (let run = 0; run < 8; run++) {
    const envelope = readEnvelope({version: 1, events: structuredClone(events)});
    const start = performance.now();
    const valid = validateSections(envelope, {events: eventsSection}).feed.events ?? [];
    const validated = performance.now();
    filterEvents(prepareEvents(valid), NO_EVENT_FILTERS, {now: NOW.getTime(), showPast: false});
    if (run > 0) {
      validating.push(validated - start);
      preparing.push(performance.now() - validated);
    }
  }
  rows.push({metric: 'event-list: of which validating 5,000 events (median of 7)', value: median(validating), unit: 'ms'});
  rows.push({metric: 'event-list: of which preparing, sorting and filtering them (median of 7)', value: median(preparing), unit: 'ms'});

  // 2. Filter changes on the same element.
  const el = document.createElement('ncte-event-list') as NcteEventList;
  el.now = NOW;
  ctx.container().append(el);
  el.feed = {version: 1, events: structuredClone(events)};
  await whenShown(el, 'input[type="search"]');
  await nextPaint();
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  const queries = ['k', 'ko', 'kof', 'koff', 'koffi', 'koffie', 'koffie ', 'koffie u', 'koffie ut', 'koffie utr', 'w', 'wa', 'wan', 'wand', ''];
  let q = 0;
  const typing = await timeRuns(async () => {
    input.value = queries[q++ % queries.length];
    input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await el.updateComplete;
  }, 45);
  rows.push({metric: 'event-list: keystroke in the search, 5,000 events (median)', value: median(typing), unit: 'ms', budget: 16});

  const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select#day')!;
  const days = [...select.options].map((o) => o.value);
  let d = 0;
  const choosing = await timeRuns(async () => {
    select.value = days[d++ % days.length];
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await el.updateComplete;
  }, 30);
  rows.push({metric: 'event-list: choose a day filter, 5,000 events (median)', value: median(choosing), unit: 'ms', budget: 16});

  // 3. An .ics file of 1,000 events.
  const thousand = events.slice(0, 1_000);
  const ics = await timeRuns(() => eventsToIcs(thousand, {now: NOW}), 20);
  rows.push({metric: 'event-list: .ics for 1,000 events (median)', value: median(ics), unit: 'ms', budget: 50});
  return rows;
}) satisfies Benchmark;
