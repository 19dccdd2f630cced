import {expect} from '@open-wc/testing';
import {NO_FILTERS, filterEvents, hasFilters, isOngoing, isPast, normalizeText, prepareEvents, type EventFilters, type EventWindow} from '../../src/event-list/filter.js';
import type {FeedEvent} from '../../src/feed/schema.js';

const loc = (place: string, gemeente?: string) => ({place, gemeente});
const events: FeedEvent[] = [
  {id: 'a', title: 'Koffieochtend', start: '2026-09-24T10:00:00+02:00', end: '2026-09-24T12:00:00+02:00', location: loc('Zeist', 'Zeist'), audiences: ['ouderen'], price: 0},
  {id: 'b', title: 'Wandeling door het bos', start: '2026-09-24T14:00:00+02:00', end: '2026-09-24T16:00:00+02:00', location: loc('Austerlitz', 'Zeist'), audiences: ['iedereen'], price: 2.5},
  {id: 'c', title: 'Online praatgroep', start: '2026-09-25T19:00:00+02:00', end: '2026-09-25T20:30:00+02:00', online: 'https://meet.example.org/c', audiences: ['jongeren']},
  {id: 'd', title: 'Eetcafé Fryslân', description: 'Samen eten in Leeuwarden', start: '2026-09-26T18:00:00+02:00', end: '2026-09-26T21:00:00+02:00', location: loc('Leeuwarden', 'Leeuwarden'), online: 'https://meet.example.org/d', audiences: ['Ouderen', 'mantelzorgers'], price: 0},
  {id: 'e', title: 'Nachtwandeling', start: '2026-09-25T23:00:00+02:00', end: '2026-09-26T01:30:00+02:00', location: loc('Utrecht'), status: 'moved-online', online: 'https://meet.example.org/e', price: 5},
  {id: 'f', title: 'Vroege vogels', start: '2026-09-20T08:00:00+02:00', end: '2026-09-20T09:00:00+02:00', location: loc('Zeist', 'Zeist')},
];
const prepared = prepareEvents(events);
const now = Date.parse('2026-09-24T11:00:00+02:00');
const win: EventWindow = {now, showPast: false};
const run = (change: Partial<EventFilters> = {}, w = win) => filterEvents(prepared, {...NO_FILTERS, ...change}, w);
const ids = (r: ReturnType<typeof run>) => r.events.map((p) => p.event.id);

describe('event-list filters', () => {
  it('prepares events in start order with Amsterdam day keys', () => {
    expect(prepared.map((p) => p.event.id)).to.deep.equal(['f', 'a', 'b', 'c', 'e', 'd']);
    const night = prepared.find((p) => p.event.id === 'e')!;
    expect(night.dayKey).to.equal('2026-09-25');
    expect(night.endDayKey).to.equal('2026-09-26');
    expect(night.online).to.equal(true);
    expect(night.onLocation).to.equal(false);
    expect(prepared.find((p) => p.event.id === 'd')!.gemeente).to.equal('Leeuwarden');
    expect(prepared.find((p) => p.event.id === 'e')!.gemeente).to.equal('Utrecht');
  });

  it('shows upcoming events (including the one going on now) by default, and past ones with showPast', () => {
    expect(ids(run())).to.deep.equal(['a', 'b', 'c', 'e', 'd']);
    expect(ids(run({}, {now, showPast: true}))).to.deep.equal(['f', 'a', 'b', 'c', 'e', 'd']);
    const a = prepared.find((p) => p.event.id === 'a')!;
    expect(isOngoing(a, now)).to.equal(true);
    expect(isPast(a, now)).to.equal(false);
    expect(isPast(a, Date.parse('2026-09-24T12:00:01+02:00'))).to.equal(true);
    expect(isOngoing(prepared.find((p) => p.event.id === 'b')!, now)).to.equal(false);
  });

  it('keeps an event without an end listed until the end of its Amsterdam day, summer and winter', () => {
    const [summer, winter] = prepareEvents([
      {id: 's', title: 'Koffie', start: '2026-09-24T10:00:00+02:00', location: loc('Zeist')},
      {id: 'w', title: 'Koffie', start: '2026-11-24T10:00:00+01:00', location: loc('Zeist')},
    ]);
    expect(isPast(summer, Date.parse('2026-09-24T10:05:00+02:00'))).to.equal(false);
    expect(isPast(summer, Date.parse('2026-09-24T23:59:00+02:00'))).to.equal(false);
    expect(isPast(summer, Date.parse('2026-09-25T00:00:00+02:00'))).to.equal(true);
    expect(isPast(winter, Date.parse('2026-11-24T23:59:00+01:00'))).to.equal(false);
    expect(isPast(winter, Date.parse('2026-11-25T00:00:00+01:00'))).to.equal(true);
    expect(isOngoing(summer, Date.parse('2026-09-24T10:05:00+02:00'))).to.equal(false);
  });

  it('limits to from/to days (inclusive, Amsterdam dates, overlapping events count)', () => {
    expect(ids(run({}, {...win, from: '2026-09-25', to: '2026-09-25'}))).to.deep.equal(['c', 'e']);
    expect(ids(run({}, {...win, from: '2026-09-26'}))).to.deep.equal(['e', 'd']);
    expect(ids(run({}, {...win, to: '2026-09-24'}))).to.deep.equal(['a', 'b']);
  });

  it('filters by gemeente (case-insensitive) and counts each gemeente with the other filters applied', () => {
    const all = run();
    expect(all.counts.gemeente).to.deep.equal([
      {value: 'Leeuwarden', count: 1},
      {value: 'Utrecht', count: 1},
      {value: 'Zeist', count: 2},
    ]);
    // Zeist's own two, and the online-only event, which anyone in Zeist can join.
    expect(ids(run({gemeente: 'zeist'}))).to.deep.equal(['a', 'b', 'c']);
    // The gemeente's own counts do not shrink when one is chosen; other facets do.
    const zeist = run({gemeente: 'Zeist'});
    expect(zeist.counts.gemeente.find((c) => c.value === 'Leeuwarden')!.count).to.equal(1);
    expect(zeist.counts.day).to.deep.equal([
      {value: '2026-09-24', count: 2},
      {value: '2026-09-25', count: 1},
    ]);
    expect(zeist.counts.free).to.equal(1);
    // An event with a location elsewhere (even with an online link too) stays out.
    expect(ids(run({gemeente: 'Utrecht'}))).to.deep.equal(['c', 'e']);
  });

  it('filters by place; online-only events match every place', () => {
    expect(ids(run({place: 'Austerlitz'}))).to.deep.equal(['b', 'c']);
  });

  it('filters by day with counts per day', () => {
    expect(run().counts.day).to.deep.equal([
      {value: '2026-09-24', count: 2},
      {value: '2026-09-25', count: 2},
      {value: '2026-09-26', count: 1},
    ]);
    expect(ids(run({day: '2026-09-25'}))).to.deep.equal(['c', 'e']);
  });

  it('filters by audience (case-insensitive), counting each audience', () => {
    expect(ids(run({audience: 'ouderen'}))).to.deep.equal(['a', 'd']);
    const counts = run().counts.audience;
    expect(counts.find((c) => c.value.toLowerCase() === 'ouderen')!.count).to.equal(2);
    expect(counts.map((c) => c.value)).to.include.members(['iedereen', 'jongeren', 'mantelzorgers']);
  });

  it('filters online or on location, with counts', () => {
    expect(ids(run({mode: 'online'}))).to.deep.equal(['c', 'e', 'd']);
    expect(ids(run({mode: 'location'}))).to.deep.equal(['a', 'b', 'd']);
    expect(run().counts.mode).to.deep.equal({all: 5, online: 3, location: 3});
  });

  it('filters free events only', () => {
    expect(ids(run({freeOnly: true}))).to.deep.equal(['a', 'd']);
    expect(run().counts.free).to.equal(2);
  });

  it('searches title, description, place and audience, ignoring case and accents', () => {
    expect(ids(run({query: 'koffie'}))).to.deep.equal(['a']);
    expect(ids(run({query: 'FRYSLAN'}))).to.deep.equal(['d']);
    expect(ids(run({query: 'leeuwarden eten'}))).to.deep.equal(['d']);
    expect(ids(run({query: 'wandeling'}))).to.deep.equal(['b', 'e']);
    expect(ids(run({query: 'wandeling', day: '2026-09-24'}))).to.deep.equal(['b']);
    expect(run({query: 'wandeling'}).counts.day).to.deep.equal([
      {value: '2026-09-24', count: 1},
      {value: '2026-09-25', count: 1},
    ]);
    expect(ids(run({query: 'geen treffer'}))).to.deep.equal([]);
    expect(normalizeText('  Café   Één ')).to.equal('cafe een');
  });

  it('combines filters', () => {
    expect(ids(run({mode: 'online', freeOnly: true}))).to.deep.equal(['d']);
    expect(hasFilters(NO_FILTERS)).to.equal(false);
    expect(hasFilters({...NO_FILTERS, query: ' x '})).to.equal(true);
    expect(hasFilters({...NO_FILTERS, query: '   '})).to.equal(false);
  });
});
