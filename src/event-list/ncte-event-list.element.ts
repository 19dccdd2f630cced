import {LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {AnnouncerController} from '../controllers/announcer.js';
import {PrintController} from '../controllers/print.js';
import {UrlStateController, type HistoryMode} from '../controllers/url-state.js';
import {EventSelectEvent} from '../events/event-select.js';
import {FilterChangeEvent} from '../events/filter-change.js';
import {FeedController} from '../feed/feed-controller.js';
import {feedStateAnnouncement, renderFeedState, retryKeepingFocus} from '../feed/feed-state-view.js';
import type {FeedEvent} from '../feed/schema.js';
import {eventsSection} from '../feed/sections.js';
import type {FeedIssue} from '../feed/validate.js';
import {amsterdamDateKey, formatNumber} from '../i18n/format.js';
import {LangController} from '../i18n/lang.js';
import {commonStrings} from '../i18n/strings.js';
import {define} from '../internal/define.js';
import {firstUpdateInOwnTask} from '../internal/first-update.js';
import {toggledIn} from '../internal/sets.js';
import {yieldToMain} from '../internal/yield-to-main.js';
import {baseStyles, feedStateStyles} from '../styles/base.styles.js';
import {checkContrast} from '../styles/contrast.js';
import {CalendarController} from './calendar.js';
import {DeepLinkController} from './deep-link.js';
import {eventListStyles} from './event-list.styles.js';
import {domId, emptyTemplate, filtersTemplate, listTemplate, toolbarTemplate} from './event-list.templates.js';
import {NO_FILTERS, chosenFilters, clearedFilters, eventWindow, filterEvents, filterInput, prepareEvents, presetsOf, searchTextRun} from './filter.js';
import type {EventFilters, FilterCounts, PreparedEvent} from './filter.js';
import {listDays, prepareDayFormatting, type EventDay} from './group.js';
import {kept, pageSizeOf, settledWithin} from './list-state.js';
import {NearMeController} from './near-me.js';
import {eventListStrings, type EventListStrings} from './strings.js';
import {StructuredDataController} from './structured-data.js';
import {URL_PARAMS, filtersFromUrl, urlValues} from './url-state.js';

/** Activities rendered in the task that shows a new feed (a phone's screenful); the rest follow in the next task. */
const FIRST_SCREEN = 5;
/** How long `updateComplete` waits for a chunk it asked for (calendar, JSON-LD) at most. */
const CHUNK_WAIT_MS = 5_000;

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

  readonly #deepLink: DeepLinkController = new DeepLinkController(this, () => this.#url.get('event'), () => this.#feedController.state.status === 'ready');
  // A deep link (an activity to open, filters in the URL) shows at once.
  readonly #feedController = new FeedController(this, {events: eventsSection}, {atOnce: () => !!this.#deepLink.id || (this.syncUrl && this.#url.has()), printing: () => this.#printer.printing});
  readonly #langController = new LangController(this, [eventListStrings, commonStrings]);
  readonly #url = new UrlStateController(this, URL_PARAMS, () => this.#readBackUrl());
  readonly #announcer = new AnnouncerController(this);
  readonly #printer = new PrintController(this, () => this.performUpdate());
  readonly #calendar = new CalendarController(this, () => ({lang: this.#langController.lang, pageUrl: (e) => this.#eventUrl(e)}));
  readonly #nearMe = new NearMeController(this, (message) => this.#announcer.announce(message(this.#strings)));
  private readonly structuredData = new StructuredDataController<PreparedEvent>(this, {
    items: () => (this.noStructuredData || this.#feedController.state.status !== 'ready' ? undefined : this.#visible),
    url: (e) => this.#eventUrl(e),
    hold: () => this.#printer.printing,
  });

  static override properties: PropertyDeclarations = {
    filters: {state: true}, visibleCount: {state: true}, openIds: {state: true}, tick: {state: true},
    src: {}, feed: {attribute: false}, timeout: {type: Number}, loading: {},
    gemeente: {}, place: {}, audience: {}, locked: {type: Boolean}, from: {}, to: {}, showPast: {type: Boolean, attribute: 'show-past'},
    layout: {reflect: true}, pageSize: {type: Number, attribute: 'page-size'},
    syncUrl: {type: Boolean, attribute: 'sync-url'}, urlPrefix: {attribute: 'url-prefix'},
    noStructuredData: {type: Boolean, attribute: 'no-structured-data'}, headingLevel: {type: Number, attribute: 'heading-level'}, now: {attribute: false},
  };

  private filters: EventFilters = NO_FILTERS;
  private visibleCount = 0;
  private openIds: ReadonlySet<string> = new Set();
  /** Bumped every minute so "today", "happening now" and "upcoming" follow the clock. */
  private tick = 0;

  /** URL of the feed JSON. */
  declare src?: string;
  /** A feed object set from JavaScript (validated item by item). */
  declare feed?: object;
  /** Milliseconds before loading the feed counts as failed. */
  declare timeout?: number;
  /**
   * `lazy` (default): more than about a screen from the viewport, the widget fetches its feed
   * early but parses and shows it only when the visitor scrolls near. `eager`: at once.
   */
  loading: 'lazy' | 'eager' = 'lazy';
  /** Show only activities in this gemeente (a preset the visitor can change unless `locked`). */
  gemeente = '';
  /** Show only activities in this place. */
  place = '';
  /** Show only activities for this audience (e.g. `ouderen`). */
  audience = '';
  /** The visitor cannot change the `gemeente`, `place` and `audience` presets. */
  locked = false;
  /** First day shown, `YYYY-MM-DD` (Amsterdam). */
  from = '';
  /** Last day shown, `YYYY-MM-DD` (Amsterdam). */
  to = '';
  /** Show activities that have ended too. */
  showPast = false;
  /** `compact` for one dense line per activity. */
  layout: 'default' | 'compact' = 'default';
  /** How many activities are shown before "show more". */
  pageSize = 20;
  /** Keep the search and filters in the page URL, and write the opened activity there. */
  syncUrl = false;
  /** Put before every URL parameter name, for two event lists on one page (`a-` gives `a-activiteiten-zoek`, …). */
  urlPrefix = '';
  /** Do not write schema.org JSON-LD into the page. */
  noStructuredData = false;
  /** Level of the day headings (activity titles are one level lower). */
  headingLevel = 2;
  /** The clock for "upcoming", "today" and "happening now"; the visitor's clock when unset (tests set it). */
  declare now?: Date;

  private prepared: PreparedEvent[] = [];
  #counts?: FilterCounts;
  #shown: PreparedEvent[] = [];
  #visible: PreparedEvent[] = [];
  #days: EventDay<PreparedEvent>[] = [];
  #nowMs = 0;
  #todayKey = '';
  /** A new feed: only the first screenful is rendered in this update, the rest in the next task. */
  #firstScreen = false;
  #restOfScreen?: Promise<void>;
  /** The position the results were sorted from ("near me"), undefined when by date. */
  #sortedFrom?: object;
  #clock?: ReturnType<typeof setInterval>;
  /** The result count the live region said last: said at once for loads and presets, after a pause for the visitor's changes. */
  #announcedCount?: number;
  #visitorChange = false;
  /** The run making the search text of the feed's events (see searchTextRun). */
  #searchText?: AbortController;

  /** Problems found in the feed (events left out), empty when none. */
  get issues(): FeedIssue[] {
    return this.#feedController.issues;
  }

  /** The activities that match now, in the order shown (all of them, not only the first page). */
  get results(): FeedEvent[] {
    return this.#shown.map((p) => p.event);
  }

  get #strings(): EventListStrings {
    return eventListStrings[this.#langController.lang];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back after leaving the page stopped it: the rest of the search text (texts made are kept).
    if (this.prepared.length) this.#searchText = searchTextRun(this.prepared);
    this.#clock = setInterval(() => {
      if (!this.now) this.tick++;
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clock);
    this.#searchText?.abort();
  }

  // The list is derived when its inputs change.
  protected override willUpdate(changed: PropertyValues<this>): void {
    const feedState = this.#feedController.state;
    const ready = feedState.status === 'ready';
    const lang = this.#langController.lang;
    const changes = changed as Map<PropertyKey, unknown>;
    const newFeed = this.#feedController.changed;
    let recompute = newFeed;
    if (newFeed) {
      // A new feed may change any activity.
      this.#calendar.revoke();
      this.prepared = ready ? prepareEvents(feedState.feed.events ?? []) : [];
      this.#searchText = searchTextRun(this.prepared, this.#searchText);
    }
    if (!this.hasUpdated || changes.has('gemeente') || changes.has('place') || changes.has('audience')) {
      this.filters = {...this.filters, ...presetsOf(this)};
      // The first update: the visitor's filters in the URL, on top of the presets.
      if (!this.hasUpdated && this.syncUrl) this.filters = filtersFromUrl((key) => this.#url.get(key), this.filters, this.locked);
      recompute = true;
    }
    // "Near me" was pressed: sorted by distance from the first page, or by date again.
    const resorted = this.#nearMe.origin !== this.#sortedFrom;
    this.#sortedFrom = this.#nearMe.origin;
    if (newFeed || changes.has('pageSize') || (resorted && this.#sortedFrom)) this.visibleCount = pageSizeOf(this.pageSize);
    if (recompute || resorted || ['filters', 'showPast', 'from', 'to', 'now', 'tick'].some((key) => changes.has(key))) {
      this.#nowMs = (this.now ?? new Date()).getTime();
      const result = filterEvents(this.prepared, this.filters, eventWindow(this.#nowMs, this));
      this.#counts = result.counts;
      this.#shown = this.#nearMe.sort(result.events);
      if (!this.#visitorChange && ready && this.#shown.length !== this.#announcedCount) this.#announcer.announce(this.#countMessage());
    }
    const linked = this.#deepLink.find(this.#shown);
    if (linked >= 0) {
      this.visibleCount = Math.max(this.visibleCount, linked + 1);
      this.openIds = toggledIn(this.openIds, this.#deepLink.id!, true);
    }
    // An activity was opened: its calendar links need the add-to-calendar code (asked once
    // per opening, so a chunk that failed is not fetched again on every update).
    if (changes.has('openIds') && this.openIds.size > 0 && !this.#calendar.value) void this.#calendar.load().catch(() => undefined);
    // Nothing is formatted before the feed shows: the first date formatter starts the
    // browser's formatting (Intl), which LangController does in a task of its own.
    if (!ready) return prepareDayFormatting(lang);
    const printing = this.#printer.printing;
    const visible = this.#shown.slice(0, printing ? this.#shown.length : Math.max(this.visibleCount, 1));
    // Kept when unchanged, so the JSON-LD is only rewritten when the shown events change.
    this.#visible = kept(this.#visible, visible);
    // A new feed shows the first screenful in this task and the rest in the next (see updated);
    // printing and a deep link show everything at once.
    if (newFeed && !this.#deepLink.pending) this.#firstScreen = true;
    this.#todayKey = amsterdamDateKey(new Date(this.#nowMs));
    this.#days = listDays(this.#firstScreen && !printing ? visible.slice(0, FIRST_SCREEN) : this.#visible, this.#todayKey, this.#nowMs, !!this.#sortedFrom);
  }

  protected override updated(): void {
    if (this.#firstScreen) {
      this.#firstScreen = false;
      this.#restOfScreen = yieldToMain().then(() => {
        this.#restOfScreen = undefined;
        this.requestUpdate();
      });
    }
  }

  // An update is complete once the rest of a first screenful and the chunks it asked
  // for (calendar links, JSON-LD) are in and shown too; but a chunk that never arrives may not hold `updateComplete` for ever.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const loading = [this.#restOfScreen, this.#calendar.pending, this.structuredData.pending].filter((p) => p !== undefined);
    return loading.length && (await settledWithin(loading, CHUNK_WAIT_MS)) ? super.getUpdateComplete() : done;
  }

  /** The render of the pending update without the chunks `updateComplete` waits for: handlers move focus and write the URL at once. */
  #rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  /** The link to one event on this page: `?activiteit=<id>`. */
  #eventUrl(event: FeedEvent): string {
    const url = new URL(this.#url.href({event: event.id}));
    url.hash = '';
    return url.href;
  }

  /**
   * Back or forward (with `sync-url`): the filters and the open activity of that entry,
   * on top of the page's presets (not the visitor's choice, which the entry may undo).
   */
  #readBackUrl(): void {
    this.filters = filtersFromUrl((key) => this.#url.get(key), {...this.filters, ...presetsOf(this)}, this.locked);
    const id = this.#url.get('event');
    this.openIds = new Set(id ? [id] : []);
  }

  /** A change by the visitor: typing replaces the URL's history entry, anything else adds one. */
  async #setFilters(change: Partial<EventFilters>, history: HistoryMode = 'push'): Promise<void> {
    this.filters = {...this.filters, ...change};
    this.visibleCount = pageSizeOf(this.pageSize);
    this.#visitorChange = true;
    await this.#rendered();
    this.#visitorChange = false;
    // Typing changes the count on every key: say it once the visitor pauses.
    this.#announcer.announceAfterPause(() => this.#countMessage());
    this.#url.write(urlValues(this.filters, this.locked), history);
    this.dispatchEvent(new FilterChangeEvent({query: this.filters.query, filters: chosenFilters(this.filters), resultCount: this.#shown.length}));
  }

  /** "Clear all filters" or the place preset's "remove": then on to the search field. */
  async #refilter(change: Partial<EventFilters>): Promise<void> {
    await this.#setFilters(change);
    this.renderRoot.querySelector<HTMLElement>('input[type="search"]')?.focus();
  }

  /** The handlers the templates bind. */
  readonly #on = {
    input: (e: Event) => void this.#setFilters(...filterInput(e.target as HTMLInputElement)),
    clear: () => this.#refilter(clearedFilters(presetsOf(this), this.locked)),
    removePlace: () => this.#refilter({place: ''}),
    nearMe: () => void this.#nearMe.toggle(),
    showMore: async () => {
      const first = this.#visible.length;
      this.visibleCount = first + pageSizeOf(this.pageSize);
      const lang = this.#langController.lang;
      await this.#rendered();
      this.#announcer.announce(this.#strings.shownOf(formatNumber(this.#visible.length, lang), formatNumber(this.#shown.length, lang)));
      const next = this.#visible[first];
      if (next) this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(domId(next.event))}`)?.focus();
    },
    toggle: (e: Event) => {
      const {open, dataset} = e.target as HTMLDetailsElement;
      const id = dataset.id!;
      if (open === this.openIds.has(id)) return;
      this.openIds = toggledIn(this.openIds, id, open);
      // Opening is navigation (back closes it again); closing replaces the entry.
      if (open) {
        this.#url.write({event: id}, 'push');
        this.dispatchEvent(new EventSelectEvent({id}));
      } else if (this.#url.get('event') === id) this.#url.write({event: ''}, 'replace');
    },
    eventLink: (e: MouseEvent) => this.dispatchEvent(new EventSelectEvent({id: (e.currentTarget as HTMLElement).dataset.id!})),
    downloadAll: async () => {
      const offered = await this.#calendar.download(this.results, this.renderRoot);
      if (!offered) this.#announcer.announce(this.#strings.calendarUnavailable);
    },
    print: () => this.#printer.print(),
  };

  /** Shows the first page again and clears the visitor's filters (locked presets stay). */
  resetFilters(): void {
    this.filters = clearedFilters(presetsOf(this), this.locked);
    this.visibleCount = pageSizeOf(this.pageSize);
  }

  // The first render waits for the next task, so that evaluating the bundle is a task of its
  // own; on an English page it waits for the English words too (LangController).
  protected override scheduleUpdate(): void | Promise<unknown> {
    return firstUpdateInOwnTask(this, () => this.#langController.whenReady(() => super.scheduleUpdate()));
  }

  /** The result count as the live region says it; remembered, so a count is said again only when it changes. */
  #countMessage(): string {
    const n = (this.#announcedCount = this.#shown.length);
    return this.#strings.results(formatNumber(n, this.#langController.lang), n);
  }

  override render(): TemplateResult {
    const lang = this.#langController.lang;
    const feedState = this.#feedController.state;
    const t = eventListStrings[lang];
    const nearMe = this.#nearMe;
    const count = this.#shown.length;
    const calendar = this.#calendar.value;
    const list = () =>
      listTemplate(
        {
          days: this.#days,
          rest: count - this.#visible.length,
          // Day headings at 1–5, so activity titles (one level lower) stay within h6.
          level: Math.min(Math.max(Math.floor(this.headingLevel) || 2, 1), 5),
          todayKey: this.#todayKey,
          nowMs: this.#nowMs,
          compact: this.layout === 'compact',
          printing: this.#printer.printing,
          byDistance: !!nearMe.origin,
          km: nearMe.active ? (p) => nearMe.km(p) : undefined,
          open: this.openIds,
          calendar: calendar && {module: calendar, icsHref: (e) => this.#calendar.icsHref(e, calendar)},
          eventUrl: (e) => this.#eventUrl(e),
        },
        t,
        lang,
        this.#on,
      );
    return html`
      <slot name="heading"></slot>
      ${feedState.status === 'ready'
        ? html`${filtersTemplate({filters: this.filters, counts: this.#counts!, presets: presetsOf(this), locked: this.locked, todayKey: this.#todayKey}, t, lang, this.#on)}
          ${toolbarTemplate({count, byDistance: !!nearMe.origin, nearMe: nearMe.status}, t, lang, this.#on)} ${count ? list() : emptyTemplate(t)}`
        : renderFeedState(feedState, lang, () => retryKeepingFocus(this, this.#feedController))}
      ${this.#announcer.render(feedStateAnnouncement(feedState, lang))}
    `;
  }
}

define('ncte-event-list', NcteEventList);

declare global {
  interface HTMLElementTagNameMap {
    'ncte-event-list': NcteEventList;
  }
}
