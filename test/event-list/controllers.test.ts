import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {ReactiveControllerHost} from 'lit';
import '../../src/event-list/index.js';
import type {NcteEventList} from '../../src/event-list/index.js';
import {DeepLinkController} from '../../src/event-list/deep-link.js';
import {NearMeController} from '../../src/event-list/near-me.js';
import {NO_FILTERS, chosenFilters, prepareEvents} from '../../src/event-list/filter.js';
import {eventListStrings, type EventListStrings} from '../../src/event-list/strings.js';
import {URL_PARAMS, filtersFromUrl, urlValues, type UrlKey} from '../../src/event-list/url-state.js';
import type {FeedEvent} from '../../src/feed/schema.js';
import {$$} from '../helpers.js';

const NOW = new Date('2026-09-24T11:00:00+02:00');
const feedOf = (events: unknown[]) => ({version: 1, events});
const many = (n: number): FeedEvent[] =>
  Array.from({length: n}, (_, i) => ({
    id: `e${i}`,
    title: `Activiteit ${i}`,
    start: new Date(Date.parse('2026-09-24T12:00:00Z') + i * 3_600_000).toISOString(),
    location: {place: 'Zeist'},
  }));

describe('event list: near me', () => {
  const host = () => {
    const h = {updates: 0, addController() {}, removeController() {}, requestUpdate: () => h.updates++, updateComplete: Promise.resolve(true)};
    return h as typeof h & ReactiveControllerHost;
  };
  const events = prepareEvents([
    {id: 'far', title: 'Ver', start: '2026-09-24T10:00:00Z', location: {place: 'Groningen', lat: 53.22, lon: 6.57}},
    {id: 'online', title: 'Online', start: '2026-09-24T11:00:00Z', online: 'https://meet.example.org/x'},
    {id: 'near', title: 'Dichtbij', start: '2026-09-24T12:00:00Z', location: {place: 'Zeist', lat: 52.09, lon: 5.23}},
  ]);

  it('asks for the position only when pressed, sorts nearest first, says each step, and sorts by date again', async () => {
    const said: string[] = [];
    const t = eventListStrings.nl;
    const h = host();
    const nearMe = new NearMeController(h, (message: (t: EventListStrings) => string) => said.push(message(t)));
    const geo = navigator.geolocation;
    const original = geo.getCurrentPosition;
    let asked = 0;
    geo.getCurrentPosition = (ok: PositionCallback) => {
      asked++;
      ok({coords: {latitude: 52.1, longitude: 5.2}} as GeolocationPosition);
    };
    try {
      expect(nearMe.sort(events).map((p) => p.event.id)).to.deep.equal(['far', 'online', 'near']);
      expect(asked).to.equal(0);
      await nearMe.toggle();
      expect(asked).to.equal(1);
      expect(nearMe.status).to.equal('active');
      expect(nearMe.active).to.equal(true);
      expect(nearMe.sort(events).map((p) => p.event.id)).to.deep.equal(['near', 'far', 'online']);
      expect(nearMe.km(events[2])).to.be.below(5);
      expect(nearMe.km(events[1])).to.equal(undefined);
      expect(said).to.deep.equal([t.locating, t.sortedByDistance]);
      await nearMe.toggle();
      expect(nearMe.origin).to.equal(undefined);
      expect(nearMe.sort(events).map((p) => p.event.id)).to.deep.equal(['far', 'online', 'near']);
      expect(said.at(-1)).to.equal(t.sortedByDate);
      expect(h.updates).to.be.at.least(3);
    } finally {
      geo.getCurrentPosition = original;
    }
  });

  it('turns a refusal into its kind (the toolbar says it politely) and keeps the date order', async () => {
    const nearMe = new NearMeController(host(), () => undefined);
    const geo = navigator.geolocation;
    const original = geo.getCurrentPosition;
    geo.getCurrentPosition = (_ok: PositionCallback, fail?: PositionErrorCallback | null) => fail!({code: 1, message: 'denied'} as GeolocationPositionError);
    try {
      await nearMe.toggle();
      expect(nearMe.status).to.equal('denied');
      expect(nearMe.sort(events).map((p) => p.event.id)).to.deep.equal(['far', 'online', 'near']);
    } finally {
      geo.getCurrentPosition = original;
    }
  });
});

describe('event list: deep link', () => {
  const host = {addController() {}} as unknown as ConstructorParameters<typeof DeepLinkController>[0];
  const items = ['a', 'b', 'c'].map((id) => ({event: {id}}));

  it('finds the linked activity once the feed shows, and lets go of one the list does not hold', () => {
    let ready = false;
    const link = new DeepLinkController(host, () => 'b', () => ready);
    expect(link.find(items), 'nothing asked before the host connects').to.equal(-1);
    link.hostConnected();
    expect([link.pending, link.find(items)], 'not before the feed shows').to.deep.equal([true, -1]);
    ready = true;
    expect(link.find(items)).to.equal(1);
    expect(link.pending, 'still to be shown and focused').to.equal(true);
    const gone = new DeepLinkController(host, () => 'x', () => true);
    gone.hostConnected();
    expect([gone.find(items), gone.pending]).to.deep.equal([-1, false]);
    const none = new DeepLinkController(host, () => '', () => true);
    none.hostConnected();
    expect([none.find(items), none.pending]).to.deep.equal([-1, false]);
  });
});

describe('event list: URL state', () => {
  const url = (values: Partial<Record<UrlKey, string>>) => (key: UrlKey) => values[key] ?? '';

  it('reads filters from the URL over the presets, except locked presets, and ignores bad days and modes', () => {
    const base = {...NO_FILTERS, gemeente: 'Zeist'};
    const read = filtersFromUrl(url({query: 'koffie', gemeente: 'Utrecht', day: '2026-09-25', mode: 'online', free: '1'}), base, false);
    expect(read).to.deep.equal({...NO_FILTERS, query: 'koffie', gemeente: 'Utrecht', day: '2026-09-25', mode: 'online', freeOnly: true});
    expect(filtersFromUrl(url({gemeente: 'Utrecht'}), base, true).gemeente).to.equal('Zeist');
    const bad = filtersFromUrl(url({day: '25-09-2026', mode: 'overal', free: 'ja'}), NO_FILTERS, false);
    expect([bad.day, bad.mode, bad.freeOnly]).to.deep.equal(['', 'all', false]);
  });

  it('writes what it reads back, without locked presets', () => {
    const filters = {...NO_FILTERS, query: ' koffie ', gemeente: 'Utrecht', mode: 'location' as const, freeOnly: true};
    const values = urlValues(filters, false);
    expect(values).to.deep.equal({query: 'koffie', gemeente: 'Utrecht', day: '', audience: '', mode: 'locatie', free: '1'});
    expect(filtersFromUrl(url(values as Record<UrlKey, string>), NO_FILTERS, false)).to.deep.equal({...filters, query: 'koffie'});
    expect(urlValues(filters, true).gemeente).to.equal('');
    expect(Object.values(URL_PARAMS).every((name) => name.startsWith('activiteit'))).to.equal(true);
  });

  it('tells the chosen filters by name for ncte-filter-change', () => {
    expect(chosenFilters(NO_FILTERS)).to.deep.equal({});
    expect(chosenFilters({...NO_FILTERS, gemeente: 'Zeist', day: '2026-09-24', mode: 'online', freeOnly: true})).to.deep.equal({
      gemeente: ['Zeist'],
      day: ['2026-09-24'],
      mode: ['online'],
      free: ['true'],
    });
  });
});

describe('<ncte-event-list> at load', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  /** The number of activities in the list after each update. */
  function watchRenders(el: NcteEventList): number[] {
    const counts: number[] = [];
    const target = el as unknown as {updated: (changed: unknown) => void};
    const updated = target.updated.bind(el);
    target.updated = (changed) => {
      counts.push($$(el, '.event').length);
      updated(changed);
    };
    return counts;
  }

  it('shows a new feed\'s first screenful in one task and the rest in the next; updateComplete waits for all', async () => {
    const el = await fixture<NcteEventList>(html`<ncte-event-list loading="eager" .now=${NOW}></ncte-event-list>`);
    const counts = watchRenders(el);
    el.feed = feedOf(many(30));
    await waitUntil(() => counts.some((n) => n > 0), 'the list shows');
    const first = counts.find((n) => n > 0);
    expect(first, 'the first render with the feed: one screenful').to.equal(5);
    await el.updateComplete;
    expect($$(el, '.event').length, 'then the whole first page').to.equal(20);
    expect(el.querySelector('script[type="application/ld+json"]'), 'and the JSON-LD').to.exist;
  });

  it('a deep link shows everything up to the linked activity at once', async () => {
    history.replaceState(null, '', `${location.pathname}?activiteit=e12`);
    const el = await fixture<NcteEventList>(html`<ncte-event-list loading="eager" .now=${NOW}></ncte-event-list>`);
    const counts = watchRenders(el);
    el.feed = feedOf(many(30));
    await el.updateComplete;
    expect(counts.find((n) => n > 0)).to.equal(20);
    expect(el.shadowRoot!.activeElement?.id).to.equal('e-e12');
  });

  it('an identical feed set again rebuilds nothing (FeedController.changed)', async () => {
    const el = await fixture<NcteEventList>(html`<ncte-event-list .now=${NOW} .feed=${feedOf(many(30))}></ncte-event-list>`);
    await el.updateComplete;
    const prepared = () => (el as unknown as {prepared: unknown[]}).prepared;
    const before = {prepared: prepared(), item: el.shadowRoot!.querySelector('#e-e0'), results: el.results};
    el.feed = feedOf(many(30));
    await el.updateComplete;
    expect(prepared()).to.equal(before.prepared);
    expect(el.shadowRoot!.querySelector('#e-e0')).to.equal(before.item);
    el.feed = feedOf(many(31));
    await el.updateComplete;
    expect(prepared()).not.to.equal(before.prepared);
    expect(el.results.length).to.equal(before.results.length + 1);
  });

  it('printing while a big feed is still validated in slices prints the activities, not the loading box', async () => {
    const el = document.createElement('ncte-event-list') as NcteEventList;
    el.now = NOW;
    el.feed = feedOf(many(1_200));
    document.body.append(el);
    await new Promise((resolve) => setTimeout(resolve));
    await new Promise((resolve) => setTimeout(resolve));
    // 1,200 activities are validated in slices first: the loading box shows meanwhile.
    // (Booleans and numbers only: a failing assertion on an element of 1,200 would be serialised whole.)
    expect(!!el.shadowRoot!.querySelector('.feed-state'), 'loading at first').to.be.true;
    window.dispatchEvent(new Event('beforeprint'));
    expect(!!el.shadowRoot!.querySelector('.feed-state'), 'no loading box on paper').to.be.false;
    expect($$(el, '.event').length, 'every activity on paper').to.equal(1_200);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$(el, '.event').length).to.equal(20);
    el.remove();
  });

  it('printing keeps the JSON-LD of the page as shown, and renders everything', async () => {
    const el = await fixture<NcteEventList>(html`<ncte-event-list .now=${NOW} .feed=${feedOf(many(30))}></ncte-event-list>`);
    await el.updateComplete;
    const names = () => JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'].length;
    expect(names()).to.equal(20);
    window.dispatchEvent(new Event('beforeprint'));
    expect($$(el, '.event').length, 'rendered for paper within beforeprint').to.equal(30);
    await el.updateComplete;
    expect(names()).to.equal(20);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$(el, '.event').length).to.equal(20);
    expect(names()).to.equal(20);
  });
});
