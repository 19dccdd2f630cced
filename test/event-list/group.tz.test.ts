import {expect} from '@open-wc/testing';
import {formatTimeRange, groupByDay, addDaysToKey} from '../../src/event-list/group.js';
import {amsterdamIso} from '../../src/i18n/amsterdam-iso.js';
import {formatDay} from '../../src/i18n/format.js';
import {dateOfKey} from '../../src/event-list/group.js';
import {eventListStrings} from '../../src/event-list/strings.js';

const ev = (id: string, start: string, end?: string) => ({id, title: id, start, end});

describe('event-list grouping and time ranges (any browser time zone)', () => {
  before(() => eventListStrings.load('en'));

  it('groups by the Amsterdam calendar day, not the browser day', () => {
    const days = groupByDay([
      ev('a', '2026-09-24T10:00:00+02:00'),
      ev('b', '2026-09-24T21:59:00Z'), // 23:59 in Amsterdam
      ev('c', '2026-09-24T22:30:00Z'), // 00:30 on the 25th in Amsterdam
      ev('d', '2026-09-25T09:00:00+02:00'),
    ]);
    expect(days.map((d) => d.key)).to.deep.equal(['2026-09-24', '2026-09-25']);
    expect(days[0].events.map((e) => e.id)).to.deep.equal(['a', 'b']);
    expect(days[1].events.map((e) => e.id)).to.deep.equal(['c', 'd']);
  });

  it('names the day of a group in Dutch and English', () => {
    expect(formatDay(dateOfKey('2026-09-24'), 'nl')).to.equal('donderdag 24 september');
    expect(formatDay(dateOfKey('2026-09-24'), 'en')).to.equal('Thursday 24 September');
    expect(formatDay(dateOfKey('2026-10-25'), 'nl')).to.equal('zondag 25 oktober');
  });

  it('writes a same-day range with an en dash', () => {
    expect(formatTimeRange(ev('x', '2026-09-24T14:00:00+02:00', '2026-09-24T16:00:00+02:00'), 'nl')).to.equal('14:00–16:00');
    expect(formatTimeRange(ev('x', '2026-09-24T12:00:00Z', '2026-09-24T14:00:00Z'), 'en')).to.equal('14:00–16:00');
  });

  it('writes a start time alone without an end, or with an end equal to the start', () => {
    expect(formatTimeRange(ev('x', '2026-09-24T14:00:00+02:00'), 'nl')).to.equal('14:00');
    expect(formatTimeRange(ev('x', '2026-09-24T14:00:00+02:00', '2026-09-24T14:00:00+02:00'), 'nl')).to.equal('14:00');
  });

  it('writes an event past midnight as ending the next day', () => {
    const late = ev('x', '2026-09-25T22:00:00+02:00', '2026-09-26T01:00:00+02:00');
    expect(formatTimeRange(late, 'nl')).to.equal('22:00–01:00 (volgende dag)');
    expect(formatTimeRange(late, 'en')).to.equal('22:00–01:00 (next day)');
    expect(groupByDay([late])[0].key).to.equal('2026-09-25');
  });

  it('writes an event ending at midnight as 24:00', () => {
    expect(formatTimeRange(ev('x', '2026-09-25T20:00:00+02:00', '2026-09-26T00:00:00+02:00'), 'nl')).to.equal('20:00–24:00');
  });

  it('writes a multi-day range with both days', () => {
    const expo = ev('x', '2026-09-24T10:00:00+02:00', '2026-09-26T17:00:00+02:00');
    expect(formatTimeRange(expo, 'nl')).to.equal('do 24 sep 10:00 – za 26 sep 17:00');
    expect(formatTimeRange(expo, 'en')).to.match(/^Thu 24 Sept? 10:00 – Sat 26 Sept? 17:00$/);
  });

  it('stays right across the summer/winter time change of 25 October 2026', () => {
    // 03:00 CEST becomes 02:00 CET: a night event from 23:00 CEST to 04:00 CET lasts six hours.
    const night = ev('x', '2026-10-24T23:00:00+02:00', '2026-10-25T04:00:00+01:00');
    expect(formatTimeRange(night, 'nl')).to.equal('23:00–04:00 (volgende dag)');
    expect(groupByDay([night])[0].key).to.equal('2026-10-24');
    // The same UTC hour is 14:00 the day before and 13:00 the day after.
    expect(formatTimeRange(ev('x', '2026-10-24T12:00:00Z', '2026-10-24T14:00:00Z'), 'nl')).to.equal('14:00–16:00');
    expect(formatTimeRange(ev('x', '2026-10-25T12:00:00Z', '2026-10-25T14:00:00Z'), 'nl')).to.equal('13:00–15:00');
    // Both 02:30s of the night of the change.
    expect(formatTimeRange(ev('x', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'), 'en')).to.equal('02:30–02:30');
    expect(amsterdamIso(new Date('2026-10-25T00:30:00Z'))).to.equal('2026-10-25T02:30:00+02:00');
    expect(amsterdamIso(new Date('2026-10-25T01:30:00Z'))).to.equal('2026-10-25T02:30:00+01:00');
    expect(amsterdamIso(new Date('2026-09-24T12:00:00Z'))).to.equal('2026-09-24T14:00:00+02:00');
    expect(amsterdamIso(new Date('2026-12-24T23:30:00Z'))).to.equal('2026-12-25T00:30:00+01:00');
  });

  it('counts days across month ends and the clock change', () => {
    expect(addDaysToKey('2026-09-30', 1)).to.equal('2026-10-01');
    expect(addDaysToKey('2026-10-24', 1)).to.equal('2026-10-25');
    expect(addDaysToKey('2026-10-25', 1)).to.equal('2026-10-26');
  });
});
