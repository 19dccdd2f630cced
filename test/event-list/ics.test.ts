import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import {eventsToIcs, escapeText, foldLine, icsFileName} from '../../src/event-list/ics.js';
import type {FeedEvent} from '../../src/feed/schema.js';

const now = new Date('2026-09-01T08:00:00Z');
const base: FeedEvent = {
  id: 'koffie-zeist',
  title: 'Koffieochtend',
  start: '2026-09-24T10:00:00+02:00',
  end: '2026-09-24T12:00:00+02:00',
  location: {name: 'Buurthuis De Linde', address: 'Lindenlaan 1', postcode: '3701 AA', place: 'Zeist', gemeente: 'Zeist'},
  organiser: 'Welzijn Zeist',
  price: 0,
  registration: 'https://example.org/aanmelden',
};

const utf8 = new TextEncoder();

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  return {calendar: component, events: component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))};
}

describe('event-list ics', () => {
  it('writes a calendar a real iCalendar parser reads back', () => {
    const ics = eventsToIcs([base], {now, calendarName: 'Week tegen Eenzaamheid'});
    const {calendar, events} = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).to.contain('ncte-widgets');
    expect(events).to.have.length(1);
    const [event] = events;
    expect(event.uid).to.equal('koffie-zeist@ncte-widgets.eenzaamheid.nl');
    expect(event.summary).to.equal('Koffieochtend');
    expect(event.location).to.equal('Buurthuis De Linde, Lindenlaan 1, 3701 AA Zeist');
    expect(event.startDate.toJSDate().toISOString()).to.equal('2026-09-24T08:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).to.equal('2026-09-24T10:00:00.000Z');
    expect(event.startDate.zone.tzid).to.equal('UTC');
    const vevent = event.component;
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2026-09-01T08:00:00Z');
    expect(vevent.getFirstPropertyValue('url')).to.equal('https://example.org/aanmelden');
    expect(vevent.getFirstPropertyValue('status')).to.equal('CONFIRMED');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
  });

  it('uses CRLF for every line end', () => {
    const ics = eventsToIcs([base], {now});
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('marks cancelled and postponed events', () => {
    const ics = eventsToIcs(
      [
        {...base, id: 'a', status: 'cancelled'},
        {...base, id: 'b', status: 'postponed'},
        {...base, id: 'c', status: 'moved-online', online: 'https://meet.example.org/c'},
      ],
      {now},
    );
    const {events} = parse(ics);
    expect(events.map((e) => e.component.getFirstPropertyValue('status'))).to.deep.equal(['CANCELLED', 'TENTATIVE', 'CONFIRMED']);
    expect(events[0].description).to.match(/^AFGELAST/);
    expect(events[2].location).to.equal('https://meet.example.org/c');
  });

  it('escapes backslashes, semicolons, commas and new lines, and parses back to the original text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    const title = 'Koffie; thee, en \\ taart\nmet "iedereen" <script>';
    const description = 'Regel één\r\nRegel twee; drie, vier \\ vijf';
    const {events} = parse(eventsToIcs([{...base, title, description}], {now}));
    expect(events[0].summary).to.equal('Koffie; thee, en \\ taart\nmet "iedereen" <script>');
    expect(events[0].description.startsWith('Regel één\nRegel twee; drie, vier \\ vijf')).to.equal(true);
  });

  it('folds lines at 75 octets without splitting a multi-byte character', () => {
    const title = 'Ontmoeting 🎉 café één ' + 'ëéû€😀'.repeat(40) + ' einde';
    const description = 'x'.repeat(500) + ' Fryslân ' + '€'.repeat(100);
    const ics = eventsToIcs([{...base, title, description}], {now});
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(utf8.encode(line).length, line).to.be.at.most(75);
      expect(line).not.to.contain('\uFFFD');
      // No lone surrogate: every line is valid on its own.
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(line), line).to.equal(false);
    }
    expect(lines.some((l) => l.startsWith(' '))).to.equal(true);
    const {events} = parse(ics);
    expect(events[0].summary).to.equal(title);
    expect(events[0].description.startsWith(description)).to.equal(true);
  });

  it('folds exactly at the limit', () => {
    expect(foldLine('a'.repeat(75))).to.equal('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).to.equal(`${'a'.repeat(75)}\r\n a`);
    // 74 ASCII + a 2-byte character would be 76 octets: the character moves to the next line whole.
    expect(foldLine(`${'a'.repeat(74)}é`)).to.equal(`${'a'.repeat(74)}\r\n é`);
  });

  it('leaves DTEND out when there is no end, and makes a valid file for many events', () => {
    const many = Array.from({length: 50}, (_, i) => ({...base, id: `e${i}`, end: undefined}));
    const ics = eventsToIcs(many, {now});
    expect(ics).not.to.contain('DTEND');
    const {events} = parse(ics);
    expect(events).to.have.length(50);
    expect(new Set(events.map((e) => e.uid)).size).to.equal(50);
  });

  it('makes UIDs from odd ids and names files after the title', () => {
    const {events} = parse(eventsToIcs([{...base, id: 'a b/c@d'}], {now}));
    expect(events[0].uid).to.equal('a-b-c-d@ncte-widgets.eenzaamheid.nl');
    expect(icsFileName('Breicafé met Granny’s Finest!')).to.equal('breicafe-met-granny-s-finest.ics');
    expect(icsFileName('🎉')).to.equal('activiteit.ics');
  });

  it('writes 1,000 events quickly', () => {
    const many = Array.from({length: 1000}, (_, i) => ({...base, id: `e${i}`, description: 'Een middag samen koffie drinken, met taart; iedereen welkom.'}));
    const start = performance.now();
    const ics = eventsToIcs(many, {now});
    const ms = performance.now() - start;
    expect(ics.length).to.be.greaterThan(100_000);
    expect(ms).to.be.below(200);
  });
});
