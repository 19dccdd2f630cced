/**
 * iCalendar (RFC 5545) files for one event or a whole list: UTC times, escaped
 * text, lines folded at 75 octets (counted in UTF-8, never splitting a
 * character) and CRLF line ends.
 */
import type {FeedEvent} from '../feed/schema.js';

export interface IcsOptions {
  /** The DTSTAMP: when the file was made. */
  now?: Date;
  /** The calendar's name (X-WR-CALNAME). */
  calendarName?: string;
  /** The domain part of each UID: `<event id>@<domain>`. */
  uidDomain?: string;
  /** The page of the event, used as URL when it has no registration link. */
  pageUrl?: (event: FeedEvent) => string | undefined;
  /** Words used in the description. */
  labels?: {register: string; online: string; organiser: string; cancelled: string; postponed: string};
}

export const PRODID = '-//Nationale Coalitie tegen Eenzaamheid//ncte-widgets event list//NL';
const DEFAULT_LABELS = {register: 'Aanmelden', online: 'Online', organiser: 'Organisator', cancelled: 'AFGELAST', postponed: 'UITGESTELD'};

/** Escapes a TEXT value: `\` `;` `,` and line breaks; drops other control characters. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- TEXT values may not hold control characters (RFC 5545, 3.3.11)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds a content line so that no physical line is longer than 75 octets in
 * UTF-8 (the leading space of a continuation counts), never inside a character.
 */
export function foldLine(line: string): string {
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) >= 0x80) {
      octets = -1;
      break;
    }
  }
  if (octets === 0 && line.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let limit = 75;
  octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // after the leading space
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20260924T120000Z`. */
export function icsUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function locationText(event: FeedEvent): string | undefined {
  const location = event.location;
  if (location && event.status !== 'moved-online') {
    const line = [location.name, location.address, [location.postcode, location.place].filter(Boolean).join(' ')];
    return line.filter(Boolean).join(', ');
  }
  return event.online;
}

function descriptionText(event: FeedEvent, labels: typeof DEFAULT_LABELS): string | undefined {
  const parts: string[] = [];
  if (event.status === 'cancelled') parts.push(labels.cancelled);
  if (event.status === 'postponed') parts.push(labels.postponed);
  if (event.description) parts.push(event.description);
  if (event.organiser) parts.push(`${labels.organiser}: ${event.organiser}`);
  if (event.online) parts.push(`${labels.online}: ${event.online}`);
  if (event.registration) parts.push(`${labels.register}: ${event.registration}`);
  return parts.length ? parts.join('\n\n') : undefined;
}

/** A UID-safe id: anything outside a conservative set becomes `-`. */
function uidOf(id: string, domain: string): string {
  return `${id.replace(/[^A-Za-z0-9._~-]/g, '-')}@${domain}`;
}

/** The VEVENT lines of one event (unfolded). */
export function veventLines(event: FeedEvent, stamp: string, options: IcsOptions = {}): string[] {
  const labels = options.labels ?? DEFAULT_LABELS;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${uidOf(event.id, options.uidDomain ?? 'ncte-widgets.eenzaamheid.nl')}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icsUtc(new Date(event.start))}`,
  ];
  if (event.end && Date.parse(event.end) > Date.parse(event.start)) lines.push(`DTEND:${icsUtc(new Date(event.end))}`);
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  const description = descriptionText(event, labels);
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const location = locationText(event);
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  const {lat, lon} = event.location ?? {};
  if (lat !== undefined && lon !== undefined && event.status !== 'moved-online') lines.push(`GEO:${lat};${lon}`);
  const url = event.registration ?? event.online ?? options.pageUrl?.(event);
  if (url && /^https?:/i.test(url) && !/[\s"]/.test(url)) lines.push(`URL:${url}`);
  lines.push(`STATUS:${event.status === 'cancelled' ? 'CANCELLED' : event.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED'}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A complete iCalendar file with the given events, CRLF line ends. */
export function eventsToIcs(events: readonly FeedEvent[], options: IcsOptions = {}): string {
  const stamp = icsUtc(options.now ?? new Date());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName) lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  for (const event of events) lines.push(...veventLines(event, stamp, options));
  lines.push('END:VCALENDAR');
  let out = '';
  for (const line of lines) out += `${foldLine(line)}\r\n`;
  return out;
}

/** A file name for an event's `.ics`: `koffieochtend-de-linde.ics`. */
export function icsFileName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'activiteit'}.ics`;
}
