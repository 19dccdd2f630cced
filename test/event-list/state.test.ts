import {expect, waitUntil} from '@open-wc/testing';
import {NO_FILTERS, clearedFilters, eventWindow, filterInput, prepareEvents, presetsOf, searchTextRun} from '../../src/event-list/filter.js';
import {listDays} from '../../src/event-list/group.js';
import {kept, pageSizeOf, settledWithin} from '../../src/event-list/list-state.js';

describe('event list: the visitor\'s filter state', () => {
  it('trims the page\'s presets', () => {
    expect(presetsOf({gemeente: ' Zeist ', place: '\tAusterlitz\n', audience: ''})).to.deep.equal({gemeente: 'Zeist', place: 'Austerlitz', audience: ''});
  });

  it('clears to no filter at all, or to the locked presets only', () => {
    const presets = {gemeente: 'Zeist', place: '', audience: ''};
    expect(clearedFilters(presets, false)).to.equal(NO_FILTERS);
    expect(clearedFilters(presets, true)).to.deep.equal({...NO_FILTERS, gemeente: 'Zeist'});
    expect(clearedFilters({gemeente: '', place: 'Austerlitz', audience: 'ouderen'}, true)).to.deep.equal({...NO_FILTERS, place: 'Austerlitz', audience: 'ouderen'});
  });

  it('takes from and to only as YYYY-MM-DD', () => {
    expect(eventWindow(5, {showPast: true, from: '2026-09-24', to: '2026-09-30'})).to.deep.equal({now: 5, showPast: true, from: '2026-09-24', to: '2026-09-30'});
    for (const bad of ['', '24-09-2026', '2026-9-24', '2026-09-24T10:00', ' 2026-09-24', 'morgen']) {
      expect(eventWindow(0, {showPast: false, from: bad, to: bad}), bad).to.deep.equal({now: 0, showPast: false, from: undefined, to: undefined});
    }
  });

  it('turns a control into a change: typing replaces the history entry, a chosen filter adds one', () => {
    const control = (name: string, value = '', checked = false) => ({name, value, checked});
    expect(filterInput(control('query', 'koffie'))).to.deep.equal([{query: 'koffie'}, 'replace']);
    expect(filterInput(control('free', 'on', true))).to.deep.equal([{freeOnly: true}, 'push']);
    expect(filterInput(control('free', 'on', false))).to.deep.equal([{freeOnly: false}, 'push']);
    expect(filterInput(control('gemeente', 'Zeist'))).to.deep.equal([{gemeente: 'Zeist'}, 'push']);
    expect(filterInput(control('day', ''))).to.deep.equal([{day: ''}, 'push']);
    expect(filterInput(control('mode', 'online'))).to.deep.equal([{mode: 'online'}, 'push']);
  });
});

describe('event list: the list\'s bookkeeping', () => {
  it('makes the search texts in a run that a new run stops', async () => {
    const events = prepareEvents(Array.from({length: 50}, (_, i) => ({id: `e${i}`, title: `Activiteit ${i}`, start: '2026-09-24T10:00:00Z'})));
    const first = searchTextRun(events);
    const second = searchTextRun(events, first);
    expect([first.signal.aborted, second.signal.aborted]).to.deep.equal([true, false]);
    expect(events.some((p) => p.text !== undefined), 'not in the caller\'s task').to.equal(false);
    await waitUntil(() => events.every((p) => p.text !== undefined), 'the second run makes them all');
    expect(events.find((p) => p.event.id === 'e7')!.text).to.equal('activiteit 7');
  });

  it('takes page-size as a positive whole number, else 20', () => {
    expect([5, 5.9, '7', 1].map(pageSizeOf)).to.deep.equal([5, 5, 7, 1]);
    expect([0, -3, 0.5, NaN, Infinity, 'veel', undefined, null].map(pageSizeOf)).to.deep.equal([20, 20, 20, 20, 20, 20, 20, 20]);
  });

  it('keeps the shown list when it holds the same items', () => {
    const [a, b, c] = [{}, {}, {}];
    const before = [a, b];
    expect(kept(before, [a, b])).to.equal(before);
    const others = [[a], [a, b, c], [b, a], [a, c], []];
    for (const now of others) expect(kept(before, now)).to.equal(now);
    const empty: object[] = [];
    expect(kept(empty, [])).to.equal(empty);
  });

  it('waits for promises to settle, failed ones too, but not longer than asked', async () => {
    expect(await settledWithin([Promise.resolve(1), Promise.reject(new Error('offline'))], 1_000)).to.equal(true);
    expect(await settledWithin([], 1_000)).to.equal(true);
    const started = performance.now();
    expect(await settledWithin([Promise.resolve(), new Promise(() => {})], 50)).to.equal(false);
    expect(performance.now() - started).to.be.at.least(45);
  });

  it('groups by day, lists an activity still on under today, and has one day when sorted by distance', () => {
    const now = Date.parse('2026-09-24T11:00:00+02:00');
    const p = (id: string, dayKey: string, untilMs: number) => ({id, dayKey, untilMs});
    const events = [p('gisteren-nog-bezig', '2026-09-23', now + 1), p('gisteren-voorbij', '2026-09-23', now), p('vandaag', '2026-09-24', now + 5), p('morgen', '2026-09-25', now + 9)];
    const days = listDays(events, '2026-09-24', now, false);
    expect(days.map((d) => [d.key, d.events.map((e) => e.id)])).to.deep.equal([
      ['2026-09-24', ['gisteren-nog-bezig', 'vandaag']],
      ['2026-09-23', ['gisteren-voorbij']],
      ['2026-09-25', ['morgen']],
    ]);
    expect(listDays(events, '2026-09-24', now, true)).to.deep.equal([{key: 'distance', events}]);
  });
});
