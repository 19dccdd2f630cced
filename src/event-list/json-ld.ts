/**
 * schema.org `Event` data (JSON-LD) for the shown events, which the element
 * writes into the light DOM where search engines read it.
 */
import type {FeedEvent} from '../feed/schema.js';
import {amsterdamIso} from '../i18n/amsterdam-iso.js';

type Json = Record<string, unknown>;

const SCHEMA = 'https://schema.org/';
const STATUS: Record<string, string> = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  'moved-online': 'EventMovedOnline',
};

function place(event: FeedEvent): Json | undefined {
  const location = event.location;
  if (!location) return undefined;
  const address: Json = {'@type': 'PostalAddress', addressLocality: location.place, addressCountry: 'NL'};
  if (location.address) address.streetAddress = location.address;
  if (location.postcode) address.postalCode = location.postcode;
  const result: Json = {'@type': 'Place', name: location.name ?? location.place, address};
  if (location.lat !== undefined && location.lon !== undefined) {
    result.geo = {'@type': 'GeoCoordinates', latitude: location.lat, longitude: location.lon};
  }
  return result;
}

/** One schema.org Event. `pageUrl` gives the event's own page (the deep link) when known. */
export function eventToJsonLd(event: FeedEvent, pageUrl?: string): Json {
  const movedOnline = event.status === 'moved-online';
  const physical = movedOnline ? undefined : place(event);
  const virtual = event.online ? {'@type': 'VirtualLocation', url: event.online} : undefined;
  const locations = [physical, virtual].filter((l): l is Json => l !== undefined);
  const mode = physical && virtual ? 'MixedEventAttendanceMode' : physical ? 'OfflineEventAttendanceMode' : 'OnlineEventAttendanceMode';
  const data: Json = {
    '@type': 'Event',
    name: event.title,
    startDate: amsterdamIso(new Date(event.start)),
  };
  if (event.end) data.endDate = amsterdamIso(new Date(event.end));
  data.eventAttendanceMode = SCHEMA + mode;
  data.eventStatus = SCHEMA + STATUS[event.status ?? 'scheduled'];
  if (locations.length) data.location = locations.length === 1 ? locations[0] : locations;
  if (event.description) data.description = event.description;
  if (event.organiser) data.organizer = {'@type': 'Organization', name: event.organiser};
  if (event.audiences?.length) {
    data.audience = event.audiences.map((audienceType) => ({'@type': 'Audience', audienceType}));
  }
  if (event.price !== undefined) {
    const offer: Json = {'@type': 'Offer', price: event.price.toFixed(2), priceCurrency: 'EUR'};
    if (event.registration) offer.url = event.registration;
    data.offers = offer;
  }
  const url = pageUrl ?? event.registration;
  if (url) data.url = url;
  return data;
}

/** The JSON-LD document for a list of events. */
export function eventsToJsonLd(events: readonly FeedEvent[], pageUrl?: (event: FeedEvent) => string | undefined): Json {
  return {'@context': 'https://schema.org', '@graph': events.map((event) => eventToJsonLd(event, pageUrl?.(event)))};
}

/**
 * JSON for inside a `<script type="application/ld+json">`: `</` is written as
 * `<\/` and `<!--` as `\u003c!--`, so no text in the feed can end the script.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/<\//g, '<\\/').replace(/<!--/g, '\\u003c!--');
}
