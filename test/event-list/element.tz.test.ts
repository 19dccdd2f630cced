import {expect, fixture, html} from '@open-wc/testing';
import '../../src/event-list/index.js';
import type {NcteEventList} from '../../src/event-list/index.js';

// Runs under Amsterdam, New York and Tokyo time: the list must look the same.
describe('<ncte-event-list> in any browser time zone', () => {
  it('shows Amsterdam days and times around midnight and the clock change', async () => {
    const events = [
      {id: 'laat', title: 'Laat', start: '2026-10-24T23:00:00+02:00', end: '2026-10-25T04:00:00+01:00', location: {place: 'Zeist'}},
      {id: 'middag', title: 'Middag', start: '2026-10-25T12:00:00Z', end: '2026-10-25T14:00:00Z', location: {place: 'Zeist'}},
      {id: 'vroeg', title: 'Vroeg', start: '2026-10-24T22:30:00Z', online: 'https://meet.example.org/v'},
    ];
    const el = await fixture<NcteEventList>(
      html`<ncte-event-list .now=${new Date('2026-10-20T12:00:00Z')} .feed=${{version: 1, events}}></ncte-event-list>`,
    );
    await el.updateComplete;
    const root = el.shadowRoot!;
    const text = (selector: string) => root.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
    expect([...root.querySelectorAll('.day-heading')].map((h) => h.textContent!.trim())).to.deep.equal([
      'zaterdag 24 oktober',
      'zondag 25 oktober',
    ]);
    expect(text('#e-laat .when')).to.equal('23:00–04:00 (volgende dag)');
    expect(text('#e-vroeg .when')).to.equal('00:30');
    expect(text('#e-middag .when')).to.equal('13:00–15:00');
    const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data['@graph'].map((e: {startDate: string}) => e.startDate)).to.deep.equal([
      '2026-10-24T23:00:00+02:00',
      '2026-10-25T00:30:00+02:00',
      '2026-10-25T13:00:00+01:00',
    ]);
  });
});
