import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import {filtersTemplate, listTemplate, toolbarTemplate, type ListView} from '../../src/event-list/event-list.templates.js';
import {NO_FILTERS, filterEvents, prepareEvents, type FilterCounts} from '../../src/event-list/filter.js';
import {groupByDay} from '../../src/event-list/group.js';
import {eventListStrings} from '../../src/event-list/strings.js';
import type {FeedEvent} from '../../src/feed/schema.js';
import {text} from '../helpers.js';

const t = eventListStrings.nl;
const NOW = Date.parse('2026-09-24T09:00:00Z');
const noop = () => undefined;
const on = {input: noop, clear: noop, removePlace: noop, nearMe: noop, downloadAll: noop, print: noop, toggle: noop, eventLink: noop, showMore: noop};

const events: FeedEvent[] = [
  {id: 'a', title: 'Koffie', start: '2026-09-24T10:00:00+02:00', location: {place: 'Zeist', gemeente: 'Zeist', lat: 52.09, lon: 5.23}, price: 0},
  {id: 'b', title: 'Wandeling', start: '2026-09-25T14:00:00+02:00', location: {place: 'Utrecht', gemeente: 'Utrecht'}, status: 'cancelled', registration: 'https://example.org/b'},
];
const prepared = prepareEvents(events);
const counts: FilterCounts = filterEvents(prepared, NO_FILTERS, {now: NOW, showPast: false}).counts;

async function shown(template: unknown): Promise<HTMLElement> {
  const box = await fixture<HTMLElement>(html`<div></div>`);
  render(template, box);
  return box;
}

const listView = (change: Partial<ListView> = {}): ListView => ({
  days: groupByDay(prepared, (p) => p.dayKey),
  rest: 0,
  level: 2,
  todayKey: '2026-09-24',
  nowMs: NOW,
  compact: false,
  printing: false,
  byDistance: false,
  open: new Set(),
  eventUrl: (e) => `https://gemeente.example/week?activiteit=${e.id}`,
  ...change,
});

describe('event list templates', () => {
  it('the filter form: counts per option, a chosen value kept with 0, locked presets as text instead of selects', async () => {
    const box = await shown(
      filtersTemplate({filters: {...NO_FILTERS, gemeente: 'Amersfoort'}, counts, presets: {gemeente: '', place: '', audience: ''}, locked: false, todayKey: '2026-09-24'}, t, 'nl', on),
    );
    const options = [...box.querySelectorAll<HTMLOptionElement>('select#gemeente option')].map((o) => text(o));
    expect(options).to.deep.equal(['Alle gemeenten', 'Amersfoort (0)', 'Utrecht (1)', 'Zeist (1)']);
    expect(box.querySelector<HTMLSelectElement>('select#gemeente')!.value).to.equal('Amersfoort');
    expect([...box.querySelectorAll('select#day option')].map((o) => text(o))).to.deep.equal([
      'Alle dagen',
      'Vandaag, donderdag 24 september (1)',
      'Morgen, vrijdag 25 september (1)',
    ]);
    expect(box.querySelector('button.clear'), 'a chosen gemeente can be cleared').to.exist;

    const locked = await shown(
      filtersTemplate({filters: {...NO_FILTERS, gemeente: 'Zeist', audience: 'ouderen'}, counts, presets: {gemeente: 'Zeist', place: '', audience: 'ouderen'}, locked: true, todayKey: '2026-09-24'}, t, 'nl', on),
    );
    expect(locked.querySelector('select#gemeente')).to.equal(null);
    expect(locked.querySelector('select#audience')).to.equal(null);
    expect(text(locked.querySelector('.presets'))).to.equal('Activiteiten in Zeist · Voor ouderen');
    expect(locked.querySelector('button.clear'), 'locked presets are not the visitor\'s filters').to.equal(null);
  });

  it('the toolbar: count, "near me" or "by date", the refusal, and no calendar button without results', async () => {
    const box = await shown(toolbarTemplate({count: 2, byDistance: false, nearMe: 'idle'}, t, 'nl', on));
    expect(text(box.querySelector('.count'))).to.equal('2 activiteiten gevonden.');
    expect(text(box.querySelector('button.near-me'))).to.equal(t.nearMe);
    expect(box.querySelector('button.near-me')!.getAttribute('aria-describedby')).to.equal('near-me-hint');
    expect(box.querySelector('button.all-ics')).to.exist;
    expect(box.querySelector('.geo-message')).to.equal(null);
    const sorted = await shown(toolbarTemplate({count: 0, byDistance: true, nearMe: 'locating'}, t, 'nl', on));
    expect(text(sorted.querySelector('button.near-me'))).to.equal(t.sortByDate);
    expect(sorted.querySelector('button.near-me')!.getAttribute('aria-disabled')).to.equal('true');
    expect(sorted.querySelector('button.all-ics')).to.equal(null);
    expect(sorted.querySelector('.geo-message')).to.equal(null);
    const refused = await shown(toolbarTemplate({count: 1, byDistance: false, nearMe: 'denied'}, t, 'nl', on));
    expect(text(refused.querySelector('.geo-message'))).to.equal(t.geoError.denied);
    expect(refused.querySelector('button.near-me')!.hasAttribute('aria-disabled')).to.equal(false);
  });

  it('the list: days, status, distances while sorted by distance, "show more", and paper without folds', async () => {
    const box = await shown(listTemplate(listView({rest: 3}), t, 'nl', on));
    expect([...box.querySelectorAll('.day-heading')].map((h) => text(h))).to.deep.equal(['Vandaag, donderdag 24 september', 'Morgen, vrijdag 25 september']);
    expect(box.querySelectorAll('h3').length).to.equal(2);
    expect(text(box.querySelector('#e-b .status'))).to.equal(t.status.cancelled);
    expect(box.querySelector('#e-b a.register'), 'no registration for a cancelled activity').to.equal(null);
    expect(box.querySelector('.distance')).to.equal(null);
    expect(text(box.querySelector('button.show-more'))).to.equal('Toon meer activiteiten (nog 3)');
    expect(box.querySelectorAll('details').length).to.equal(2);

    const near = await shown(
      listTemplate(listView({days: [{key: 'distance', events: prepared}], byDistance: true, km: (p) => (p.event.id === 'a' ? 12.34 : undefined)}), t, 'nl', on),
    );
    expect(text(near.querySelector('.day-heading'))).to.equal(t.byDistance);
    expect(text(near.querySelector('#e-a .distance'))).to.equal(`· ${t.distance('12')}`);
    expect(text(near.querySelector('#e-b .distance'))).to.equal(`· ${t.distanceUnknown}`);

    const paper = await shown(listTemplate(listView({rest: 3, printing: true, compact: true}), t, 'nl', on));
    expect(paper.querySelector('details')).to.equal(null);
    expect(paper.querySelector('button.show-more')).to.equal(null);
  });
});
