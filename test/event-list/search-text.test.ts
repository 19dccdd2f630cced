import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/event-list/index.js';
import type {NcteEventList} from '../../src/event-list/index.js';
import {prepareEvents, prepareSearchText, searchText, type PreparedEvent} from '../../src/event-list/filter.js';
import type {FeedEvent} from '../../src/feed/schema.js';

const NOW = new Date('2026-09-01T08:00:00Z');

/** `n` events whose text needs accent folding (the slow path). */
function events(n: number): FeedEvent[] {
  return Array.from({length: n}, (_, i) => ({
    id: `e${i}`,
    title: `Koffieochtend ${i} in Súdwest-Fryslân`,
    description: 'Samen koffie drinken en praten over Financiële zorgen; iedereen is welkom, ook met rolstoel.',
    start: `2026-09-${String(24 + (i % 7)).padStart(2, '0')}T10:00:00+02:00`,
    location: {place: 'Zeist', gemeente: 'Zeist'},
    audiences: ['ouderen'],
  }));
}

describe('the event list prepares its search text ahead of the first search', () => {
  it('makes every search text in slices, with the page free in between', async () => {
    // Enough events for several slices of SLICE_MS (about 5 µs per text).
    const prepared = prepareEvents(events(20_000));
    let between = 0;
    const ticking = setInterval(() => between++, 0);
    await prepareSearchText(prepared, new AbortController().signal);
    clearInterval(ticking);
    expect(prepared.every((p) => p.text === searchText({...p, text: undefined}))).to.equal(true);
    expect(between, 'the page ran other tasks between slices').to.be.at.least(3);
  });

  it('starts in a task of its own, and stops when aborted', async () => {
    const prepared = prepareEvents(events(50));
    const abort = new AbortController();
    const done = prepareSearchText(prepared, abort.signal);
    expect(prepared.filter((p) => p.text !== undefined), 'nothing made in the caller\'s task').to.have.length(0);
    abort.abort();
    await done;
    expect(prepared.filter((p) => p.text !== undefined)).to.have.length(0);
  });

  it('<ncte-event-list> with 10,000 events: the search text is ready before the visitor types', async function () {
    this.timeout(30_000);
    const el = await fixture<NcteEventList>(html`<ncte-event-list .now=${NOW}></ncte-event-list>`);
    el.feed = {version: 1, events: events(10_000)};
    await el.updateComplete;
    // What the list searches (private: read here only to show that no text is left to make at the first keystroke).
    const prepared = () => (el as unknown as {prepared: PreparedEvent[]}).prepared;
    // The feed itself is validated in slices first (the loading box shows meanwhile).
    await waitUntil(() => prepared().length === 10_000, 'the events prepared', {timeout: 20_000});
    await waitUntil(() => prepared().every((p) => p.text !== undefined), 'every search text made', {timeout: 20_000});
  });

  it('<ncte-event-list> moved in the page while making the search text makes the rest when it is back', async function () {
    this.timeout(30_000);
    const el = await fixture<NcteEventList>(html`<ncte-event-list .now=${NOW}></ncte-event-list>`);
    el.feed = {version: 1, events: events(10_000)};
    const prepared = () => (el as unknown as {prepared: PreparedEvent[]}).prepared;
    await waitUntil(() => prepared().length === 10_000, 'the events prepared', {timeout: 20_000, interval: 1});
    const parent = el.parentElement!;
    el.remove();
    expect(prepared().some((p) => p.text === undefined), 'left unfinished').to.equal(true);
    parent.append(el);
    await waitUntil(() => prepared().every((p) => p.text !== undefined), 'every search text made', {timeout: 5_000});
  });
});
