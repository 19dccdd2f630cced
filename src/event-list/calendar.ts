/**
 * "Add to calendar" for the event list. The calendar code (ICS files, Google
 * and Outlook links) is a chunk of its own, loaded when an activity is first
 * opened or the whole list is put in a calendar: most visitors do neither. Each
 * opened activity's `.ics` is a Blob URL, made once per activity while the feed
 * and the language stay the same, revoked when either changes (the element
 * calls `revoke` for a new feed) or the widget leaves the page (made again when
 * it comes back).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {LazyModule} from '../controllers/lazy-module.js';
import type {FeedEvent} from '../feed/schema.js';
import type {Lang} from '../i18n/lang.js';
import type {IcsOptions} from './ics.js';

export type CalendarModule = typeof import('./add-to-calendar.js');

export interface CalendarOptions {
  /** The page's language: the calendar's name and the words in the files. */
  lang: Lang;
  /** The page of an activity (its deep link). */
  pageUrl: (event: FeedEvent) => string;
}

export class CalendarController implements ReactiveController {
  private readonly module: LazyModule<CalendarModule>;
  private readonly options: () => CalendarOptions;
  private readonly blobUrls = new Map<string, string>();
  private readonly host: ReactiveControllerHost;
  /** Files were revoked when the host left the page: the links shown point to nothing. */
  private revokedOnLeave = false;
  /** The language of the files made. */
  private lang?: Lang;

  /** @param options the language and page links of the files, read when a file is made */
  constructor(host: ReactiveControllerHost, options: () => CalendarOptions) {
    (this.host = host).addController(this);
    this.module = new LazyModule(host, () => import('./add-to-calendar.js'));
    this.options = options;
  }

  hostConnected(): void {
    if (!this.revokedOnLeave) return;
    this.revokedOnLeave = false;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.blobUrls.size) this.revokedOnLeave = true;
    this.revoke();
  }

  /** The calendar code, once it is in. */
  get value(): CalendarModule | undefined {
    return this.module.value;
  }

  /** The load under way, if the code is not in yet. */
  get pending(): Promise<CalendarModule> | undefined {
    return this.module.pending;
  }

  /** Loads the calendar code (once; again after a failure); the host renders again when it is in. */
  load(): Promise<CalendarModule> {
    return this.module.load();
  }

  /** A Blob URL with the activity's `.ics` (the code must be in). */
  icsHref(event: FeedEvent, calendar: CalendarModule): string {
    const {lang} = this.options();
    if (lang !== this.lang) {
      this.revoke();
      this.lang = lang;
    }
    let url = this.blobUrls.get(event.id);
    if (!url) {
      url = calendar.icsUrl([event], this.ics(calendar));
      this.blobUrls.set(event.id, url);
    }
    return url;
  }

  /** Forgets the files made (a new feed may change any activity). */
  revoke(): void {
    for (const url of this.blobUrls.values()) URL.revokeObjectURL(url);
    this.blobUrls.clear();
  }

  /**
   * Offers one `.ics` with `events` as a download named after the calendar (a hidden
   * link clicked in `root`). False when the calendar code cannot be loaded now.
   */
  async download(events: readonly FeedEvent[], root: Node): Promise<boolean> {
    try {
      const calendar = await this.load();
      const options = this.ics(calendar);
      calendar.downloadIcs(events, options, options.calendarName, root);
      return true;
    } catch {
      return false;
    }
  }

  /** The options of a file: the words of the page's language and the activity's page. */
  private ics(calendar: CalendarModule): IcsOptions & {calendarName: string} {
    const {lang, pageUrl} = this.options();
    return {...calendar.calendarWords[lang], pageUrl};
  }
}
