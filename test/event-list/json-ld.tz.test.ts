import {expect} from '@open-wc/testing';
import {eventToJsonLd, eventsToJsonLd, serializeJsonLd} from '../../src/event-list/json-ld.js';
import {googleCalendarUrl, outlookCalendarUrl} from '../../src/event-list/calendar-links.js';
import {haversineKm, requestPosition, sortByDistance, GeoError} from '../../src/event-list/distance.js';
import type {FeedEvent} from '../../src/feed/schema.js';

const base: FeedEvent = {
  id: 'koffie',
  title: 'Koffieochtend',
  description: 'Samen koffie drinken.',
  start: '2026-09-24T08:00:00Z',
  end: '2026-09-24T10:00:00Z',
  location: {name: 'De Linde', address: 'Lindenlaan 1', postcode: '3701 AA', place: 'Zeist', lat: 52.09, lon: 5.23},
  organiser: 'Welzijn Zeist',
  audiences: ['ouderen'],
  price: 2.5,
  registration: 'https://example.org/aanmelden',
};

describe('event-list schema.org JSON-LD', () => {
  it('describes an event on location with offset dates, place, organiser and offer', () => {
    const data = eventToJsonLd(base, 'https://gemeente.example/week?activiteit=koffie');
    expect(data).to.deep.equal({
      '@type': 'Event',
      name: 'Koffieochtend',
      startDate: '2026-09-24T10:00:00+02:00',
      endDate: '2026-09-24T12:00:00+02:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'Place',
        name: 'De Linde',
        address: {'@type': 'PostalAddress', addressLocality: 'Zeist', addressCountry: 'NL', streetAddress: 'Lindenlaan 1', postalCode: '3701 AA'},
        geo: {'@type': 'GeoCoordinates', latitude: 52.09, longitude: 5.23},
      },
      description: 'Samen koffie drinken.',
      organizer: {'@type': 'Organization', name: 'Welzijn Zeist'},
      audience: [{'@type': 'Audience', audienceType: 'ouderen'}],
      offers: {'@type': 'Offer', price: '2.50', priceCurrency: 'EUR', url: 'https://example.org/aanmelden'},
      url: 'https://gemeente.example/week?activiteit=koffie',
    });
  });

  it('uses VirtualLocation and the right attendance mode and status', () => {
    const online = eventToJsonLd({...base, location: undefined, online: 'https://meet.example.org/x', price: 0});
    expect(online.location).to.deep.equal({'@type': 'VirtualLocation', url: 'https://meet.example.org/x'});
    expect(online.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect((online.offers as {price: string}).price).to.equal('0.00');
    const mixed = eventToJsonLd({...base, online: 'https://meet.example.org/x'});
    expect(mixed.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
    expect(mixed.location).to.have.length(2);
    const moved = eventToJsonLd({...base, status: 'moved-online', online: 'https://meet.example.org/x'});
    expect(moved.eventStatus).to.equal('https://schema.org/EventMovedOnline');
    expect(moved.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(eventToJsonLd({...base, status: 'cancelled'}).eventStatus).to.equal('https://schema.org/EventCancelled');
    expect(eventToJsonLd({...base, status: 'postponed'}).eventStatus).to.equal('https://schema.org/EventPostponed');
  });

  it('writes winter dates with +01:00', () => {
    expect(eventToJsonLd({...base, start: '2026-10-26T09:00:00Z', end: undefined}).startDate).to.equal('2026-10-26T10:00:00+01:00');
  });

  it('serializes so that no feed text can close the script', () => {
    const text = serializeJsonLd(eventsToJsonLd([{...base, title: '</script><script>alert(1)</script> <!-- x'}]));
    expect(text).not.to.contain('</');
    expect(text).not.to.contain('<!--');
    const parsed = JSON.parse(text);
    expect(parsed['@context']).to.equal('https://schema.org');
    expect(parsed['@graph'][0].name).to.equal('</script><script>alert(1)</script> <!-- x');
  });
});

describe('event-list calendar links', () => {
  it('builds a Google Calendar link with UTC dates', () => {
    const url = new URL(googleCalendarUrl(base));
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.get('text')).to.equal('Koffieochtend');
    expect(url.searchParams.get('dates')).to.equal('20260924T080000Z/20260924T100000Z');
    expect(url.searchParams.get('location')).to.equal('De Linde, Lindenlaan 1, 3701 AA Zeist');
  });

  it('builds an Outlook web link, giving an hour when there is no end', () => {
    const url = new URL(outlookCalendarUrl({...base, end: undefined}));
    expect(url.hostname).to.equal('outlook.live.com');
    expect(url.searchParams.get('rru')).to.equal('addevent');
    expect(url.searchParams.get('subject')).to.equal('Koffieochtend');
    expect(url.searchParams.get('startdt')).to.equal('2026-09-24T08:00:00.000Z');
    expect(url.searchParams.get('enddt')).to.equal('2026-09-24T09:00:00.000Z');
  });
});

describe('event-list distance', () => {
  it('computes great-circle distances', () => {
    const amsterdam = {lat: 52.3731, lon: 4.8922};
    const utrecht = {lat: 52.0907, lon: 5.1214};
    expect(haversineKm(amsterdam, utrecht)).to.be.closeTo(35, 1.5);
    expect(haversineKm(amsterdam, amsterdam)).to.equal(0);
  });

  it('sorts nearest first, unknown positions last in their order', () => {
    const items = [{n: 'far', at: {lat: 53.2, lon: 6.56}}, {n: 'none'}, {n: 'near', at: {lat: 52.1, lon: 5.12}}, {n: 'none2'}];
    const sorted = sortByDistance(items, {lat: 52.09, lon: 5.12}, (i) => i.at);
    expect(sorted.map((i) => i.n)).to.deep.equal(['near', 'far', 'none', 'none2']);
  });

  it('turns a refusal into a polite error kind', async () => {
    const denied = {getCurrentPosition: (_ok: PositionCallback, fail: PositionErrorCallback) => fail({code: 1, message: 'denied'} as GeolocationPositionError)} as unknown as Geolocation;
    const error = await requestPosition(denied).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(GeoError);
    expect((error as GeoError).kind).to.equal('denied');
    const missing = await requestPosition(null).catch((e: unknown) => e);
    expect((missing as GeoError).kind).to.equal('unsupported');
    const ok = {getCurrentPosition: (ok: PositionCallback) => ok({coords: {latitude: 52, longitude: 5}} as GeolocationPosition)} as unknown as Geolocation;
    expect(await requestPosition(ok)).to.deep.equal({lat: 52, lon: 5});
  });
});
