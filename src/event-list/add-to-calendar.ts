/**
 * Everything "add to calendar" needs, as one module that the event list loads
 * the first time an activity is opened or all shown activities are put in a
 * calendar: most visitors browse without doing either. The calendar links of an
 * opened activity are drawn here too: they show only once this module is in.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {FeedEvent} from '../feed/schema.js';
import type {Lang} from '../i18n/lang.js';
import {googleCalendarUrl, outlookCalendarUrl} from './calendar-links.js';
import {eventsToIcs, icsFileName, type IcsOptions} from './ics.js';
import type {EventListStrings} from './strings.js';

/**
 * The calendar's name and the words inside the files, per language of the page.
 * Only calendar files use them, so they come with this module rather than with
 * the interface text (strings.ts). The Dutch labels are ics.ts's default.
 */
export const calendarWords: Record<Lang, Pick<IcsOptions, 'labels'> & {calendarName: string}> = {
  nl: {calendarName: 'Week tegen Eenzaamheid'},
  en: {
    calendarName: 'Week against Loneliness',
    labels: {register: 'Register', online: 'Online', organiser: 'Organiser', cancelled: 'CANCELLED', postponed: 'POSTPONED'},
  },
};

/** A Blob URL with an `.ics` file of `events`. */
export function icsUrl(events: readonly FeedEvent[], options: IcsOptions): string {
  return URL.createObjectURL(new Blob([eventsToIcs(events, options)], {type: 'text/calendar;charset=utf-8'}));
}

/** Offers an `.ics` file of `events` as a download named after `name`: a hidden link, clicked in `root`. */
export function downloadIcs(events: readonly FeedEvent[], options: IcsOptions, name: string, root: Node): void {
  const url = icsUrl(events, options);
  const link = document.createElement('a');
  link.href = url;
  link.download = icsFileName(name);
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The `.ics` file (`icsHref`) and the Google and Outlook links of one activity.
 * Every link passes `safeHref` (src/internal/safe-href.ts), given by the caller:
 * imported here, the npm build would put that shared module in this chunk, and
 * every widget would then load the chunk at once.
 */
export function calendarLinks(event: FeedEvent, t: EventListStrings, icsHref: string, safeHref: (href: string) => string | undefined): TemplateResult {
  const google = safeHref(googleCalendarUrl(event));
  const outlook = safeHref(outlookCalendarUrl(event));
  return html`<p class="calendar-links" part="calendar-links">
    <span class="calendar-label">${t.addToCalendar}:</span>
    <a class="ics" href=${icsHref} download=${icsFileName(event.title)}
      >${t.icsFile}<span class="visually-hidden"> (${event.title})</span></a
    >
    ${google ? html`<a class="google" href=${google}>${t.google}<span class="visually-hidden"> (${event.title})</span></a>` : nothing}
    ${outlook ? html`<a class="outlook" href=${outlook}>${t.outlook}<span class="visually-hidden"> (${event.title})</span></a>` : nothing}
  </p>`;
}
