/**
 * "Add event" links for the Google Calendar and Outlook web apps. Both need an
 * end: an event without one gets an hour.
 */
import type {FeedEvent} from '../feed/schema.js';
import {icsUtc} from './ics.js';

const HOUR_MS = 3_600_000;

function range(event: FeedEvent): [Date, Date] {
  const start = new Date(event.start);
  const end = event.end && Date.parse(event.end) > start.getTime() ? new Date(event.end) : new Date(start.getTime() + HOUR_MS);
  return [start, end];
}

function where(event: FeedEvent): string {
  const location = event.location;
  if (location && event.status !== 'moved-online') {
    return [location.name, location.address, [location.postcode, location.place].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  }
  return event.online ?? '';
}

function details(event: FeedEvent): string {
  return [event.description, event.online, event.registration].filter(Boolean).join('\n\n');
}

/** `https://calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=…Z/…Z…`. */
export function googleCalendarUrl(event: FeedEvent): string {
  const [start, end] = range(event);
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${icsUtc(start)}/${icsUtc(end)}`,
    ctz: 'Europe/Amsterdam',
  });
  const d = details(event);
  if (d) params.set('details', d);
  const w = where(event);
  if (w) params.set('location', w);
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** The Outlook.com (Outlook on the web) compose link. */
export function outlookCalendarUrl(event: FeedEvent): string {
  const [start, end] = range(event);
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: start.toISOString(),
    enddt: end.toISOString(),
  });
  const d = details(event);
  if (d) params.set('body', d);
  const w = where(event);
  if (w) params.set('location', w);
  return `https://outlook.live.com/calendar/0/deeplink/compose?${params}`;
}
