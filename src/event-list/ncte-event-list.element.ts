import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {FeedController} from '../feed/feed-controller.js';
import {feedStateAnnouncement, renderFeedState, retryKeepingFocus} from '../feed/feed-state-view.js';
import type {FeedState} from '../feed/feed-state.js';
import type {FeedEvent} from '../feed/schema.js';
import {eventsSection} from '../feed/sections.js';
import type {FeedIssue} from '../feed/validate.js';
import {FilterChangeEvent} from '../events/filter-change.js';
import {EventSelectEvent} from '../events/event-select.js';
import {amsterdamDateKey, formatDay, formatEuro, formatNumber} from '../i18n/format.js';
import {LangController, type Lang} from '../i18n/lang.js';
import {commonStrings} from '../i18n/strings.js';
import {define} from '../internal/define.js';
import {heading} from '../internal/heading.js';
import {safeHref} from '../internal/safe-href.js';
import {baseStyles, feedStateStyles} from '../styles/base.styles.js';
import {checkContrast} from '../styles/contrast.js';
import type {GeoError, LatLon} from './distance.js';
import {eventListStyles} from './event-list.styles.js';
import {
  NO_FILTERS,
  filterEvents,
  hasFilters,
  isOngoing,
  isPast,
  prepareEvents,
  prepareSearchText,
  type AttendanceMode,
  type EventFilters,
  type FilterCounts,
  type PreparedEvent,
} from './filter.js';
import {addDaysToKey, dateOfKey, formatTimeRange, groupByDay, type EventDay} from './group.js';
import {eventsToJsonLd, serializeJsonLd} from './json-ld.js';
import {eventListStrings, type EventListStrings} from './strings.js';
import {AnnouncerController} from '../controllers/announcer.js';
import {UrlStateController, type HistoryMode} from '../controllers/url-state.js';

/**
 * The URL parameters used with `sync-url`, and for deep links to one event: the
 * event list's own names, so that it keeps its state apart from an Etalage with
 * `sync-url` on the same page (which uses `zoek`, `gemeente`, …).
 */
export const URL_PARAMS = {
  query: 'activiteiten-zoek',
  gemeente: 'activiteiten-gemeente',
  day: 'activiteiten-dag',
  audience: 'activiteiten-doelgroep',
  mode: 'activiteiten-vorm',
  free: 'activiteiten-gratis',
  event: 'activiteit',
} as const;

const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** How long `updateComplete` waits for the add-to-calendar chunk at most. */
const CALENDAR_WAIT_MS = 5_000;
const MODES: readonly AttendanceMode[] = ['all', 'location', 'online'];
const MODE_PARAM: Record<AttendanceMode, string> = {all: '', location: 'locatie', online: 'online'};

type GeoStatus = 'idle' | 'locating' | 'active' | GeoError['kind'];

// Loaded when first needed: the calendar files and links when an activity is
// opened (or all are put in a calendar), distances when "near me" is pressed.
type CalendarModule = typeof import('./add-to-calendar.js');
type DistanceModule = typeof import('./distance.js');

const domId = (event: FeedEvent) => `e-${encodeURIComponent(event.id)}`;

/** Where an activity takes place, for "near me": its coordinates when it is on location. */
function positionOf(p: PreparedEvent): LatLon | undefined {
  const l = p.event.location;
  return p.onLocation && l?.lat !== undefined && l.lon !== undefined ? {lat: l.lat, lon: l.lon} : undefined;
}

function formatKm(km: number, lang: Lang): string {
  return formatNumber(km, lang, {maximumFractionDigits: km < 10 ? 1 : 0});
}

function placeText(p: PreparedEvent, t: EventListStrings): string {
  const location = p.event.location;
  if (!location || p.event.status === 'moved-online') return t.online;
  const where = [location.name, location.address, location.place].filter(Boolean).join(', ');
  return p.online ? t.onlineAnd(where) : where;
}

function priceText(price: number | undefined, lang: Lang, t: EventListStrings): string | undefined {
  if (price === undefined) return undefined;
  return price === 0 ? t.free : formatEuro(price, lang);
}

/** Options with counts; the chosen value stays listed (with 0) so the select never loses it. */
function facetOptions(counts: FilterCounts['gemeente'], chosen: string): {value: string; count: number}[] {
  if (!chosen || counts.some((c) => c.value.toLowerCase() === chosen.toLowerCase())) return counts;
  return [{value: chosen, count: 0}, ...counts];
}

/**
 * The Week tegen Eenzaamheid event list: activities grouped by day, with filters,
 * search, "near me" sorting, add-to-calendar, print and schema.org data.
 *
 * @tagname ncte-event-list
 * @slot heading - A heading or intro above the list.
 * @slot empty - Shown instead of the default message when no activity matches (e.g. "Organiseer zelf een activiteit").
 *
 * @csspart filters - The search and filter form.
 * @csspart search - The search input.
 * @csspart toolbar - The bar with the result count, "near me", calendar and print buttons.
 * @csspart list - The list of days.
 * @csspart day - One day (a section).
 * @csspart day-heading - The heading of a day.
 * @csspart event - One activity.
 * @csspart event-title - The title of an activity.
 * @csspart status - The status label (cancelled, postponed, moved online, happening now, past).
 * @csspart register - The registration link.
 * @csspart details - The expandable part of an activity.
 * @csspart calendar-links - The add-to-calendar links of an activity.
 * @csspart show-more - The "show more" button.
 * @csspart empty - The message when nothing matches.
 * @csspart feed-state - The loading or error box.
 * @csspart retry-button - The retry button of the error box.
 *
 * @cssprop --ncte-event-list-gap - Space between activities (default `var(--ncte-space-m, 1rem)`).
 * @cssprop --ncte-event-list-day-color - Colour of the day headings (default the accent colour).
 * @cssprop --ncte-event-list-card-background - Background of an activity (default `var(--ncte-color-background, #fff)`).
 * @cssprop --ncte-event-list-card-border - Border of an activity (default `1px solid var(--ncte-color-border, #8a8a8a)`).
 * @cssprop --ncte-event-list-status-color - Colour of the cancelled/postponed label (default `var(--ncte-color-error, #b00020)`).
 * @cssprop --ncte-event-list-filter-columns - Minimum width of a filter column (default `14rem`).
 *
 * @fires {EventSelectEvent} ncte-event-select - The visitor opened an activity; `detail.id` is its id.
 * @fires {FilterChangeEvent} ncte-filter-change - The visitor changed the search or a filter; `detail` has `query`, `filters` and `resultCount`.
 * @fires {FeedIssuesEvent} ncte-feed-issues - Items of the feed this widget shows were left out as invalid; `issues` lists each with its path (reported once per page, by the first widget that finds them).
 */
export class NcteEventList extends LitElement {
  static override styles = [baseStyles, feedStateStyles, eventListStyles];
  static {
    this.addInitializer(checkContrast);
  }

  private readonly feedController = new FeedController(
    this,
    {events: eventsSection},
    // A deep link (an activity to open, filters in the URL) shows at once.
    {atOnce: () => !!this.deepLinkId || (this.syncUrl && this.url.has())},
  );
  private readonly langController = new LangController(this, [eventListStrings, commonStrings]);
  private readonly url = new UrlStateController(this, URL_PARAMS, () => this.readBackUrl());
  private readonly announcer = new AnnouncerController(this);

  @query('input[type="search"]') private searchInput?: HTMLInputElement;

  @state() private filters: EventFilters = NO_FILTERS;
  @state() private visibleCount = 0;
  @state() private openIds: ReadonlySet<string> = new Set();
  @state() private origin?: LatLon;
  @state() private calendar?: CalendarModule;
  @state() private geoStatus: GeoStatus = 'idle';
  @state() private printing = false;
  /** Bumped every minute so "today", "happening now" and "upcoming" follow the clock. */
  @state() private tick = 0;

  /** URL of the feed JSON. */
  @property() src?: string;
  /** A feed object set from JavaScript (validated item by item). */
  @property({attribute: false}) feed?: object;
  /** Milliseconds before loading the feed counts as failed. */
  @property({type: Number}) timeout?: number;
  /**
   * `lazy` (default): more than about a screen from the viewport, the widget fetches its feed
   * early but parses and shows it only when the visitor scrolls near. `eager`: at once.
   */
  @property() loading: 'lazy' | 'eager' = 'lazy';
  /** Show only activities in this gemeente (a preset the visitor can change unless `locked`). */
  @property() gemeente = '';
  /** Show only activities in this place. */
  @property() place = '';
  /** Show only activities for this audience (e.g. `ouderen`). */
  @property() audience = '';
  /** The visitor cannot change the `gemeente`, `place` and `audience` presets. */
  @property({type: Boolean}) locked = false;
  /** First day shown, `YYYY-MM-DD` (Amsterdam). */
  @property() from = '';
  /** Last day shown, `YYYY-MM-DD` (Amsterdam). */
  @property() to = '';
  /** Show activities that have ended too. */
  @property({type: Boolean, attribute: 'show-past'}) showPast = false;
  /** `compact` for one dense line per activity. */
  @property({reflect: true}) layout: 'default' | 'compact' = 'default';
  /** How many activities are shown before "show more". */
  @property({type: Number, attribute: 'page-size'}) pageSize = 20;
  /** Keep the search and filters in the page URL, and write the opened activity there. */
  @property({type: Boolean, attribute: 'sync-url'}) syncUrl = false;
  /** Put before every URL parameter name, for two event lists on one page (`a-` gives `a-activiteiten-zoek`, …). */
  @property({attribute: 'url-prefix'}) urlPrefix = '';
  /** Do not write schema.org JSON-LD into the page. */
  @property({type: Boolean, attribute: 'no-structured-data'}) noStructuredData = false;
  /** Level of the day headings (activity titles are one level lower). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;
  /** The clock for "upcoming", "today" and "happening now"; the visitor's clock when unset (tests set it). */
  @property({attribute: false}) now?: Date;

  private lastFeedState?: FeedState;
  private prepared: PreparedEvent[] = [];
  private counts?: FilterCounts;
  private shown: PreparedEvent[] = [];
  private visible: PreparedEvent[] = [];
  private days: EventDay<PreparedEvent>[] = [];
  private nowMs = 0;
  private blobUrls = new Map<string, string>();
  private calendarLoading?: Promise<CalendarModule>;
  private distance?: DistanceModule;
  private ldScript?: HTMLScriptElement;
  private ldFor?: readonly PreparedEvent[];
  private deepLinkId?: string;
  private deepLinkDone = false;
  private urlApplied = false;
  private clock?: ReturnType<typeof setInterval>;
  /** The result count the live region said last: said at once for loads and presets, after a pause for the visitor's changes. */
  private announcedCount?: number;
  private visitorChange = false;
  /** Stops making the search text of the last feed's events (see prepareSearchText). */
  private searchTextAbort?: AbortController;

  /** Problems found in the feed (events left out), empty when none. */
  get issues(): FeedIssue[] {
    return this.feedController.issues;
  }

  /** The activities that match now, in the order shown (all of them, not only the first page). */
  get results(): FeedEvent[] {
    return this.shown.map((p) => p.event);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.clock = setInterval(() => {
      if (!this.now) this.tick++;
    }, 60_000);
    this.deepLinkId = this.url.get('event') || undefined;
    if (this.hasUpdated) {
      this.ldFor = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    clearInterval(this.clock);
    this.removeStructuredData();
    this.revokeBlobUrls();
    this.searchTextAbort?.abort();
  }

  // The list is derived when its inputs change.
  protected override willUpdate(changed: PropertyValues<this>): void {
    const feedState = this.feedController.state;
    let recompute = false;
    if (feedState !== this.lastFeedState) {
      this.lastFeedState = feedState;
      this.revokeBlobUrls();
      this.prepared = feedState.status === 'ready' ? prepareEvents(feedState.feed.events ?? []) : [];
      this.searchTextAbort?.abort();
      this.searchTextAbort = new AbortController();
      void prepareSearchText(this.prepared, this.searchTextAbort.signal);
      this.visibleCount = this.pageSizeValue();
      recompute = true;
    }
    if (changed.has('gemeente') || changed.has('place') || changed.has('audience') || !this.urlApplied) {
      this.filters = {
        ...this.filters,
        gemeente: this.gemeente.trim(),
        place: this.place.trim(),
        audience: this.audience.trim(),
      };
      recompute = true;
    }
    if (!this.urlApplied) {
      this.urlApplied = true;
      if (this.syncUrl) this.filters = this.filtersFromUrl(this.filters);
      recompute = true;
    }
    if (changed.has('pageSize')) this.visibleCount = this.pageSizeValue();
    const windowKeys = ['filters', 'showPast', 'from', 'to', 'now', 'origin', 'tick'] as const;
    const changes = changed as Map<PropertyKey, unknown>;
    if (recompute || windowKeys.some((key) => changes.has(key))) {
      this.computeResults();
      if (!this.visitorChange && feedState.status === 'ready' && this.shown.length !== this.announcedCount) this.announcer.announce(this.countMessage());
    }

    if (this.deepLinkId && !this.deepLinkDone && feedState.status === 'ready') {
      const index = this.shown.findIndex((p) => p.event.id === this.deepLinkId);
      if (index >= 0) {
        this.visibleCount = Math.max(this.visibleCount, index + 1);
        this.openIds = new Set([...this.openIds, this.deepLinkId]);
      } else {
        this.deepLinkDone = true;
      }
    }
    // An activity was opened: its calendar links need the add-to-calendar code (asked once
    // per opening, so a chunk that failed is not fetched again on every update).
    if (changes.has('openIds') && this.openIds.size > 0 && !this.calendar) void this.loadCalendar().catch(() => undefined);
    const count = this.printing ? this.shown.length : Math.max(this.visibleCount, 1);
    const visible = this.shown.slice(0, count);
    // Kept when unchanged, so the JSON-LD is only rewritten when the shown events change.
    if (visible.length !== this.visible.length || visible.some((p, i) => p !== this.visible[i])) this.visible = visible;
    // An event that began on an earlier day and is still on is listed under today.
    const todayKey = amsterdamDateKey(new Date(this.nowMs));
    this.days = this.origin
      ? [{key: 'distance', events: this.visible}]
      : groupByDay(this.visible, (p) => (p.dayKey < todayKey && !isPast(p, this.nowMs) ? todayKey : p.dayKey));
  }

  protected override updated(): void {
    this.writeStructuredData();
    if (this.deepLinkId && !this.deepLinkDone && this.feedController.state.status === 'ready') {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(domId({id: this.deepLinkId} as FeedEvent))}`);
      if (target) {
        this.deepLinkDone = true;
        target.scrollIntoView({block: 'start'});
        target.focus({preventScroll: true});
      }
    }
  }

  private pageSizeValue(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) && size > 0 ? size : 20;
  }

  private computeResults(): void {
    this.nowMs = (this.now ?? new Date()).getTime();
    const from = DATE_KEY.test(this.from) ? this.from : undefined;
    const to = DATE_KEY.test(this.to) ? this.to : undefined;
    const result = filterEvents(this.prepared, this.filters, {now: this.nowMs, showPast: this.showPast, from, to});
    this.counts = result.counts;
    this.shown = this.origin && this.distance ? this.distance.sortByDistance(result.events, this.origin, positionOf) : result.events;
  }

  // ----- URL -----

  private filtersFromUrl(base: EventFilters): EventFilters {
    const get = (key: keyof typeof URL_PARAMS) => this.url.get(key);
    const mode = MODES.find((m) => MODE_PARAM[m] === get('mode')) ?? 'all';
    const day = get('day');
    return {
      ...base,
      query: get('query'),
      gemeente: this.locked && base.gemeente ? base.gemeente : get('gemeente') || base.gemeente,
      audience: this.locked && base.audience ? base.audience : get('audience') || base.audience,
      day: DATE_KEY.test(day) ? day : '',
      mode,
      freeOnly: get('free') === '1',
    };
  }

  private writeUrl(mode: HistoryMode): void {
    const f = this.filters;
    this.url.write(
      {
        query: f.query.trim(),
        gemeente: this.locked ? '' : f.gemeente,
        day: f.day,
        audience: this.locked ? '' : f.audience,
        mode: MODE_PARAM[f.mode],
        free: f.freeOnly ? '1' : '',
      },
      mode,
    );
  }

  /** The link to one event on this page: `?activiteit=<id>`. */
  private eventUrl(event: FeedEvent): string {
    const url = new URL(this.url.href({event: event.id}));
    url.hash = '';
    return url.href;
  }

  /** Back or forward (with `sync-url`): the filters and the open activity of that entry. */
  private readBackUrl(): void {
    this.filters = this.filtersFromUrl(this.filters);
    const id = this.url.get('event');
    this.openIds = new Set(id ? [id] : []);
  }

  private readonly onBeforePrint = () => {
    this.printing = true;
  };

  private readonly onAfterPrint = () => {
    this.printing = false;
  };

  // ----- structured data and files -----

  private writeStructuredData(): void {
    if (this.noStructuredData || this.feedController.state.status !== 'ready' || !this.isConnected) {
      this.removeStructuredData();
      return;
    }
    const events = this.printing ? this.ldFor ?? this.visible : this.visible;
    if (this.ldScript?.parentNode === this && this.ldFor === events) return;
    this.ldFor = events;
    if (!this.ldScript) {
      this.ldScript = document.createElement('script');
      this.ldScript.type = 'application/ld+json';
      this.ldScript.dataset.ncteEventList = '';
    }
    this.ldScript.textContent = serializeJsonLd(eventsToJsonLd(events.map((p) => p.event), (e) => this.eventUrl(e)));
    if (this.ldScript.parentNode !== this) this.append(this.ldScript);
  }

  private removeStructuredData(): void {
    this.ldScript?.remove();
    this.ldFor = undefined;
  }

  /** Loads the add-to-calendar module once (again after a failure); the list renders again when it is in. */
  private loadCalendar(): Promise<CalendarModule> {
    this.calendarLoading ??= import('./add-to-calendar.js').then(
      (module) => (this.calendar = module),
      (error: unknown) => {
        this.calendarLoading = undefined;
        throw error;
      },
    );
    return this.calendarLoading;
  }

  // An update is complete once the calendar links it asked for are shown too;
  // but a chunk that never arrives may not hold `updateComplete` for ever.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const loading = this.calendar ? undefined : this.calendarLoading;
    if (!loading) return done;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arrived = await Promise.race([
      loading.then(() => true, () => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(resolve, CALENDAR_WAIT_MS, false))),
    ]);
    clearTimeout(timer);
    return arrived ? super.getUpdateComplete() : done;
  }

  private icsOptions() {
    const t = eventListStrings[this.langController.lang];
    return {calendarName: t.calendarName, labels: t.calendarLabels, pageUrl: (e: FeedEvent) => this.eventUrl(e)};
  }

  /** A Blob URL with the event's `.ics`, made once per event while the feed stays the same. */
  private icsHref(event: FeedEvent, calendar: CalendarModule): string {
    let url = this.blobUrls.get(event.id);
    if (!url) {
      const ics = calendar.eventsToIcs([event], this.icsOptions());
      url = URL.createObjectURL(new Blob([ics], {type: 'text/calendar;charset=utf-8'}));
      this.blobUrls.set(event.id, url);
    }
    return url;
  }

  private revokeBlobUrls(): void {
    for (const url of this.blobUrls.values()) URL.revokeObjectURL(url);
    this.blobUrls.clear();
  }

  // ----- handlers -----

  /** A change by the visitor: typing replaces the URL's history entry, anything else adds one. */
  private setFilters(change: Partial<EventFilters>, history: HistoryMode = 'push'): void {
    this.filters = {...this.filters, ...change};
    this.visibleCount = this.pageSizeValue();
    this.visitorChange = true;
    void this.afterFilterChange(history);
  }

  private async afterFilterChange(history: HistoryMode): Promise<void> {
    await this.updateComplete;
    this.visitorChange = false;
    // Typing changes the count on every key: say it once the visitor pauses.
    this.announcer.announceAfterPause(() => this.countMessage());
    this.writeUrl(history);
    const f = this.filters;
    const filters: Record<string, string[]> = {};
    if (f.gemeente) filters.gemeente = [f.gemeente];
    if (f.place) filters.place = [f.place];
    if (f.day) filters.day = [f.day];
    if (f.audience) filters.audience = [f.audience];
    if (f.mode !== 'all') filters.mode = [f.mode];
    if (f.freeOnly) filters.free = ['true'];
    this.dispatchEvent(new FilterChangeEvent({query: f.query, filters, resultCount: this.shown.length}));
  }

  private readonly onSearchInput = (e: Event) => {
    this.setFilters({query: (e.target as HTMLInputElement).value}, 'replace');
  };

  private readonly onSelect = (e: Event) => {
    const select = e.target as HTMLSelectElement;
    this.setFilters({[select.name]: select.value} as Partial<EventFilters>);
  };

  private readonly onMode = (e: Event) => {
    this.setFilters({mode: (e.target as HTMLInputElement).value as AttendanceMode});
  };

  private readonly onFree = (e: Event) => {
    this.setFilters({freeOnly: (e.target as HTMLInputElement).checked});
  };

  private readonly onClear = async () => {
    const keep = this.locked;
    this.setFilters({
      ...NO_FILTERS,
      gemeente: keep ? this.filters.gemeente : '',
      place: keep ? this.filters.place : '',
      audience: keep ? this.filters.audience : '',
    });
    await this.updateComplete;
    this.searchInput?.focus();
  };

  private readonly onRemovePlace = async () => {
    this.setFilters({place: ''});
    await this.updateComplete;
    this.searchInput?.focus();
  };

  private readonly onNearMe = async () => {
    // While asking, the button stays focusable (a disabled button would drop focus) but does nothing.
    if (this.geoStatus === 'locating') return;
    const t = eventListStrings[this.langController.lang];
    if (this.origin) {
      this.origin = undefined;
      this.geoStatus = 'idle';
      this.announcer.announce(t.sortedByDate);
      return;
    }
    this.geoStatus = 'locating';
    this.announcer.announce(t.locating);
    try {
      this.distance ??= await import('./distance.js');
      this.origin = await this.distance.requestPosition();
      this.geoStatus = 'active';
      this.visibleCount = this.pageSizeValue();
      this.announcer.announce(eventListStrings[this.langController.lang].sortedByDistance);
    } catch (error) {
      const kind = this.distance && error instanceof this.distance.GeoError ? error.kind : 'unavailable';
      this.geoStatus = kind;
      this.announcer.announce(eventListStrings[this.langController.lang].geoError[kind]);
    }
  };

  private readonly onShowMore = async () => {
    const first = this.visible.length;
    this.visibleCount = first + this.pageSizeValue();
    const lang = this.langController.lang;
    await this.updateComplete;
    this.announcer.announce(eventListStrings[lang].shownOf(formatNumber(this.visible.length, lang), formatNumber(this.shown.length, lang)));
    const next = this.visible[first];
    if (next) this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(domId(next.event))}`)?.focus();
  };

  private readonly onToggle = (e: Event) => {
    const details = e.target as HTMLDetailsElement;
    const id = details.dataset.id!;
    const open = this.openIds.has(id);
    if (details.open === open) return;
    const next = new Set(this.openIds);
    if (details.open) next.add(id);
    else next.delete(id);
    this.openIds = next;
    // Opening is navigation (back closes it again); closing replaces the entry.
    if (details.open) this.url.write({event: id}, 'push');
    else if (this.url.get('event') === id) this.url.write({event: ''}, 'replace');
    if (details.open) this.dispatchEvent(new EventSelectEvent({id}));
  };

  private readonly onEventLink = (e: MouseEvent) => {
    const id = (e.currentTarget as HTMLElement).dataset.id!;
    this.dispatchEvent(new EventSelectEvent({id}));
  };

  private readonly onDownloadAll = async () => {
    let calendar: CalendarModule;
    try {
      calendar = await this.loadCalendar();
    } catch {
      this.announcer.announce(eventListStrings[this.langController.lang].calendarUnavailable);
      return;
    }
    const ics = calendar.eventsToIcs(this.shown.map((p) => p.event), this.icsOptions());
    const url = URL.createObjectURL(new Blob([ics], {type: 'text/calendar;charset=utf-8'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = calendar.icsFileName(eventListStrings[this.langController.lang].calendarName);
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  private readonly onPrint = async () => {
    this.printing = true;
    await this.updateComplete;
    window.print();
  };

  /** Shows the first page again and clears the visitor's filters (locked presets stay). */
  resetFilters(): void {
    this.filters = {
      ...NO_FILTERS,
      gemeente: this.locked ? this.gemeente : '',
      place: this.locked ? this.place : '',
      audience: this.locked ? this.audience : '',
    };
    this.visibleCount = this.pageSizeValue();
  }

  // ----- rendering -----

  // On an English page the first render waits for the English words (LangController).
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.langController.whenReady(() => super.scheduleUpdate());
  }

  /** The result count as the live region says it; remembered, so a count is said again only when it changes. */
  private countMessage(): string {
    const n = (this.announcedCount = this.shown.length);
    return eventListStrings[this.langController.lang].results(formatNumber(n, this.langController.lang), n);
  }

  override render(): TemplateResult {
    const lang = this.langController.lang;
    const feedState = this.feedController.state;
    const ready = feedState.status === 'ready';
    const t = eventListStrings[lang];
    const resultText = t.results(formatNumber(this.shown.length, lang), this.shown.length);
    return html`
      <slot name="heading"></slot>
      ${ready
        ? html`${this.renderFilters(t, lang)} ${this.renderToolbar(t, lang, resultText)}
          ${this.shown.length ? this.renderList(t, lang) : this.renderEmpty(t)}`
        : renderFeedState(feedState, lang, () => retryKeepingFocus(this, this.feedController))}
      ${this.announcer.render(feedStateAnnouncement(feedState, lang))}
    `;
  }

  private renderFilters(t: EventListStrings, lang: Lang): TemplateResult {
    const f = this.filters;
    const counts = this.counts!;
    const n = (count: number) => formatNumber(count, lang);
    const lockGemeente = this.locked && (this.gemeente.trim() !== '' || this.place.trim() !== '');
    const lockAudience = this.locked && this.audience.trim() !== '';
    const todayKey = amsterdamDateKey(new Date(this.nowMs));
    const presets: string[] = [];
    if (this.locked && this.gemeente.trim()) presets.push(t.presetGemeente(this.gemeente.trim()));
    if (f.place) presets.push(t.presetPlace(f.place));
    if (lockAudience) presets.push(t.presetAudience(this.audience.trim()));
    return html`
      <form class="filters" part="filters" role="search" aria-label=${t.filters} @submit=${(e: Event) => e.preventDefault()}>
        ${presets.length
          ? html`<p class="presets">
              ${presets.join(' · ')}
              ${f.place && !this.locked
                ? html`<button type="button" class="button secondary small" @click=${this.onRemovePlace}>
                    ${commonStrings[lang].removeFilter(f.place)}
                  </button>`
                : nothing}
            </p>`
          : nothing}
        <div class="field search-field">
          <label for="q">${t.search}</label>
          <input
            id="q"
            part="search"
            type="search"
            name="query"
            autocomplete="off"
            aria-describedby="q-hint"
            .value=${f.query}
            @input=${this.onSearchInput}
          />
          <span id="q-hint" class="hint">${t.searchHint}</span>
        </div>
        <div class="field-row">
          ${lockGemeente
            ? nothing
            : html`<div class="field">
                <label for="gemeente">${t.gemeente}</label>
                <select id="gemeente" name="gemeente" @change=${this.onSelect}>
                  <option value="" ?selected=${!f.gemeente}>${t.allGemeenten}</option>
                  ${facetOptions(counts.gemeente, f.gemeente).map(
                    (c) =>
                      html`<option value=${c.value} ?selected=${c.value.toLowerCase() === f.gemeente.toLowerCase()}>
                        ${c.value} (${n(c.count)})
                      </option>`,
                  )}
                </select>
              </div>`}
          <div class="field">
            <label for="day">${t.day}</label>
            <select id="day" name="day" @change=${this.onSelect}>
              <option value="" ?selected=${!f.day}>${t.allDays}</option>
              ${facetOptions(counts.day, f.day).map(
                (c) =>
                  html`<option value=${c.value} ?selected=${c.value === f.day}>
                    ${this.dayLabel(c.value, todayKey, lang, t)} (${n(c.count)})
                  </option>`,
              )}
            </select>
          </div>
          ${lockAudience
            ? nothing
            : html`<div class="field">
                <label for="audience">${t.audience}</label>
                <select id="audience" name="audience" @change=${this.onSelect}>
                  <option value="" ?selected=${!f.audience}>${t.allAudiences}</option>
                  ${facetOptions(counts.audience, f.audience).map(
                    (c) =>
                      html`<option value=${c.value} ?selected=${c.value.toLowerCase() === f.audience.toLowerCase()}>
                        ${c.value} (${n(c.count)})
                      </option>`,
                  )}
                </select>
              </div>`}
        </div>
        <div class="field-row">
          <fieldset class="modes">
            <legend>${t.mode}</legend>
            ${MODES.map(
              (mode) => html`<label class="choice">
                <input type="radio" name="mode" value=${mode} .checked=${f.mode === mode} @change=${this.onMode} />
                ${mode === 'all' ? t.modeAll : mode === 'online' ? t.modeOnline : t.modeLocation}
                (${n(counts.mode[mode])})
              </label>`,
            )}
          </fieldset>
          <label class="choice free">
            <input type="checkbox" name="free" .checked=${f.freeOnly} @change=${this.onFree} />
            ${t.freeOnly} (${n(counts.free)})
          </label>
          ${hasFilters({...f, gemeente: lockGemeente ? '' : f.gemeente, place: '', audience: lockAudience ? '' : f.audience})
            ? html`<button type="button" class="button secondary clear" @click=${this.onClear}>${t.clearFilters}</button>`
            : nothing}
        </div>
      </form>
    `;
  }

  private renderToolbar(t: EventListStrings, lang: Lang, resultText: string): TemplateResult {
    const geoMessage =
      this.geoStatus === 'idle' || this.geoStatus === 'active' || this.geoStatus === 'locating'
        ? ''
        : t.geoError[this.geoStatus];
    return html`<div class="toolbar" part="toolbar">
      <p class="count">${resultText}</p>
      <div class="actions">
        <button
          type="button"
          class="button secondary near-me"
          aria-describedby=${this.origin ? nothing : 'near-me-hint'}
          aria-disabled=${this.geoStatus === 'locating' ? 'true' : nothing}
          @click=${this.onNearMe}
        >
          ${this.origin ? t.sortByDate : t.nearMe}
        </button>
        <span id="near-me-hint" class="visually-hidden">${t.nearMeHint}</span>
        ${this.shown.length
          ? html`<button type="button" class="button secondary all-ics" @click=${this.onDownloadAll}>
              ${t.allToCalendar(formatNumber(this.shown.length, lang))}
            </button>`
          : nothing}
        <button type="button" class="button secondary print" @click=${this.onPrint}>${t.print}</button>
      </div>
      ${geoMessage ? html`<p class="geo-message">${geoMessage}</p>` : nothing}
    </div>`;
  }

  private dayLabel(key: string, todayKey: string, lang: Lang, t: EventListStrings): string {
    const day = formatDay(dateOfKey(key), lang);
    if (key === todayKey) return `${t.today}, ${day}`;
    if (key === addDaysToKey(todayKey, 1)) return `${t.tomorrow}, ${day}`;
    return day;
  }

  private renderList(t: EventListStrings, lang: Lang): TemplateResult {
    // Day headings at 1–5, so activity titles (one level lower) stay within h6.
    const level = Math.min(Math.max(Math.floor(this.headingLevel) || 2, 1), 5);
    const todayKey = amsterdamDateKey(new Date(this.nowMs));
    const rest = this.shown.length - this.visible.length;
    return html`
      <div class="list" part="list">
        ${repeat(
          this.days,
          (day) => day.key,
          (day) => html`<section class="day" part="day" aria-labelledby=${`d-${day.key}`}>
            ${heading(level, day.key === 'distance' ? t.byDistance : this.dayLabel(day.key, todayKey, lang, t), {
              class: 'day-heading',
              part: 'day-heading',
              id: `d-${day.key}`,
            })}
            <ul class="events">
              ${repeat(
                day.events,
                (p) => p.event.id,
                (p) => this.renderEvent(p, t, lang, level + 1),
              )}
            </ul>
          </section>`,
        )}
      </div>
      ${rest > 0 && !this.printing
        ? html`<button type="button" class="button secondary show-more" part="show-more" @click=${this.onShowMore}>
            ${t.showMore(formatNumber(rest, lang))}
          </button>`
        : nothing}
    `;
  }

  private renderEvent(p: PreparedEvent, t: EventListStrings, lang: Lang, titleLevel: number): TemplateResult {
    const event = p.event;
    const id = domId(event);
    const status = event.status && event.status !== 'scheduled' ? event.status : undefined;
    const past = isPast(p, this.nowMs);
    const ongoing = !past && isOngoing(p, this.nowMs);
    const price = priceText(event.price, lang, t);
    const register = status === 'cancelled' ? undefined : safeHref(event.registration);
    const online = status === 'cancelled' ? undefined : safeHref(event.online);
    const position = this.origin ? positionOf(p) : undefined;
    const compact = this.layout === 'compact' && !this.printing;
    const open = this.openIds.has(event.id);
    const extra = html`
      ${event.organiser ? html`<div><dt>${t.organiser}</dt><dd>${event.organiser}</dd></div>` : nothing}
      ${p.audiences.length ? html`<div><dt>${t.audiences}</dt><dd>${p.audiences.join(', ')}</dd></div>` : nothing}
      ${event.accessibility ? html`<div><dt>${t.accessibility}</dt><dd>${event.accessibility}</dd></div>` : nothing}
    `;
    const title = html`
      ${status ? html`<span class="status ${status}" part="status">${t.status[status]}</span><span class="visually-hidden">: </span>` : nothing}
      ${ongoing ? html`<span class="status now" part="status">${t.nowOn}</span><span class="visually-hidden">: </span>` : nothing}
      ${past ? html`<span class="status past-label" part="status">${t.past}</span><span class="visually-hidden">: </span>` : nothing}
      <span class="title-text">${event.title}</span>
    `;
    return html`<li
      class="event ${status ?? ''} ${past ? 'past' : ''}"
      part="event"
      id=${id}
      tabindex="-1"
      aria-labelledby=${`${id}-t`}
    >
      ${heading(titleLevel, title, {class: 'title', part: 'event-title', id: `${id}-t`})}
      <p class="when">
        <time datetime=${event.start}>${formatTimeRange(event, lang, this.origin !== undefined)}</time>
        ${this.origin && this.distance
          ? html`<span class="distance">· ${position ? t.distance(formatKm(this.distance.haversineKm(this.origin, position), lang)) : t.distanceUnknown}</span>`
          : nothing}
      </p>
      ${status ? html`<p class="status-note">${t.statusNote[status]}</p>` : nothing}
      <dl class="meta">
        <div><dt>${t.where}</dt><dd>${placeText(p, t)}</dd></div>
        ${price ? html`<div><dt>${t.price}</dt><dd>${price}</dd></div>` : nothing}
        ${compact ? nothing : extra}
      </dl>
      ${register || online
        ? html`<p class="links">
            ${register
              ? html`<a class="register" part="register" href=${register}>${t.register}<span class="visually-hidden"> (${event.title})</span></a>`
              : nothing}
            ${online
              ? html`<a class="online" href=${online}>${t.joinOnline}<span class="visually-hidden"> (${event.title})</span></a>`
              : nothing}
          </p>`
        : nothing}
      ${this.printing ? nothing : html`<details part="details" data-id=${event.id} ?open=${open} @toggle=${this.onToggle}>
        <summary>${t.more}<span class="visually-hidden"> (${event.title})</span></summary>
        ${open ? this.renderDetailsBody(event, t, compact ? extra : undefined) : nothing}
      </details>`}
      ${event.description ? html`<p class="description print-only">${event.description}</p>` : nothing}
    </li>`;
  }

  /** The inside of an opened activity: made only when it is open (links and files cost time). */
  private renderDetailsBody(event: FeedEvent, t: EventListStrings, extra?: TemplateResult): TemplateResult {
    return html`<div class="details-body">
          ${event.description ? html`<p class="description">${event.description}</p>` : nothing}
          ${extra ? html`<dl class="meta">${extra}</dl>` : nothing}
          ${this.calendar ? this.renderCalendarLinks(event, t, this.calendar) : nothing}
          <p><a class="share" href=${this.eventUrl(event)} data-id=${event.id} @click=${this.onEventLink}
            >${t.link}<span class="visually-hidden"> (${event.title})</span></a
          ></p>
        </div>`;
  }

  /** The `.ics` file and the Google and Outlook links of one activity (once the calendar module is in). */
  private renderCalendarLinks(event: FeedEvent, t: EventListStrings, calendar: CalendarModule): TemplateResult {
    const google = safeHref(calendar.googleCalendarUrl(event));
    const outlook = safeHref(calendar.outlookCalendarUrl(event));
    return html`<p class="calendar-links" part="calendar-links">
      <span class="calendar-label">${t.addToCalendar}:</span>
      <a class="ics" href=${this.icsHref(event, calendar)} download=${calendar.icsFileName(event.title)}
        >${t.icsFile}<span class="visually-hidden"> (${event.title})</span></a
      >
      ${google ? html`<a class="google" href=${google}>${t.google}<span class="visually-hidden"> (${event.title})</span></a>` : nothing}
      ${outlook ? html`<a class="outlook" href=${outlook}>${t.outlook}<span class="visually-hidden"> (${event.title})</span></a>` : nothing}
    </p>`;
  }

  private renderEmpty(t: EventListStrings): TemplateResult {
    return html`<div class="empty" part="empty">
      <slot name="empty"><p>${t.empty}</p><p>${t.emptyHint}</p></slot>
    </div>`;
  }
}

define('ncte-event-list', NcteEventList);

declare global {
  interface HTMLElementTagNameMap {
    'ncte-event-list': NcteEventList;
  }
}
