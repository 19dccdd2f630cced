import {LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {FeedController} from '../feed/feed-controller.js';
import {feedStateAnnouncement, renderFeedState, retryKeepingFocus} from '../feed/feed-state-view.js';
import type {Initiative} from '../feed/schema.js';
import {initiativesSection} from '../feed/sections.js';
import type {FeedIssue} from '../feed/validate.js';
import {LOADING} from '../feed/feed-state.js';
import {dutchCollator, formatNumber} from '../i18n/format.js';
import {LangController, type Lang} from '../i18n/lang.js';
import {commonStrings} from '../i18n/strings.js';
import {baseStyles, feedStateStyles} from '../styles/base.styles.js';
import {checkContrast} from '../styles/contrast.js';
import {disclosureStyles} from '../styles/disclosure.styles.js';
import {define} from '../internal/define.js';
import {firstUpdateInOwnTask} from '../internal/first-update.js';
import {toggledIn} from '../internal/sets.js';
import {yieldToMain} from '../internal/yield-to-main.js';
import {heading} from '../internal/heading.js';
import {FilterChangeEvent} from '../events/filter-change.js';
import {InitiativeOpenEvent} from '../events/initiative-open.js';
import {AnnouncerController} from '../controllers/announcer.js';
import {LazyModule} from '../controllers/lazy-module.js';
import {PrintController} from '../controllers/print.js';
import {UrlStateController, type HistoryMode} from '../controllers/url-state.js';
import type {Outcome} from './catalogue.js';
import {CatalogueController} from './catalogue-controller.js';
import {FACET_GROUPS, type FacetGroup} from './facets.js';
import {byGroup, inGroups, lockedGroups, PRESET_GROUPS, presetEntries, shownGroups, toggled, type FilterEntry} from './filters.js';
import {pageCount, pageItems} from './pagination.js';
import type {SortKey} from './sort.js';
import {readUrlState, URL_PARAMS, urlValues} from './url-state.js';
import {strings} from './strings.js';
import {etalageStyles} from './etalage.styles.js';
// The templates last: beside the other widgets' templates in ncte-all.js they compress better (about 0.1 KB).
import {card, detail, thisYear, type CardView} from './card.js';
import {chips, empty, facet, pager, sortSelect} from './controls.js';
import {printList} from './print-list.js';

/** From this width (in rem) the filters sit beside the results (the styles' container query says the same). */
const WIDE_LAYOUT = 48;

/**
 * The Etalage: proven initiatives against loneliness, to search, filter, sort,
 * page through and open, for gemeenten looking for what to start or support.
 *
 * @tagname ncte-etalage
 * @slot heading - The heading above the Etalage (replaces "Initiatieven tegen eenzaamheid").
 * @slot empty - The message shown when nothing matches (the buttons to remove a filter or clear the search stay).
 *
 * @csspart heading - The default heading.
 * @csspart search - The search field.
 * @csspart facets - The box with the filter groups.
 * @csspart facet - One filter group (a fieldset).
 * @csspart chips - The active filters and "clear all".
 * @csspart chip - One active filter button.
 * @csspart count - The result count heading ("24 initiatieven").
 * @csspart results - The list of results.
 * @csspart card - One initiative.
 * @csspart card-title - The name of an initiative (the button that opens it).
 * @csspart badge - One badge ("al 7 jaar actief").
 * @csspart logo - A logo.
 * @csspart empty - The box shown when nothing matches.
 * @csspart pagination - The page navigation.
 * @csspart dialog - The dialog with one initiative.
 * @csspart feed-state - The loading and error box.
 *
 * @cssprop --ncte-etalage-card-gap - Space between cards (`--ncte-space-m`, 1rem).
 * @cssprop --ncte-etalage-card-min-width - Narrowest card before the grid drops a column (16rem).
 * @cssprop --ncte-etalage-card-background - Card background (`--ncte-color-background`, #fff).
 * @cssprop --ncte-etalage-card-border - Card border colour (`--ncte-color-border`, #8a8a8a).
 * @cssprop --ncte-etalage-badge-background - Badge background (`--ncte-color-surface`, #f5f5f3).
 * @cssprop --ncte-etalage-facets-width - Width of the filter column on wide screens (16rem).
 * @cssprop --ncte-etalage-logo-size - Height of a logo (3rem).
 *
 * @fires {FilterChangeEvent} ncte-filter-change - The visitor changed the search or a filter; `detail` is `{query, filters, resultCount}`.
 * @fires {InitiativeOpenEvent} ncte-initiative-open - The visitor opened an initiative; `detail` is `{id}`.
 * @fires {FeedIssuesEvent} ncte-feed-issues - Items of the feed this widget shows were left out as invalid; `issues` lists each with its path (reported once per page, by the first widget that finds them).
 */
export class NcteEtalage extends LitElement {
  static override styles = [baseStyles, feedStateStyles, disclosureStyles, etalageStyles];
  static {
    this.addInitializer(checkContrast);
  }

  // Only the initiatives are validated, so this bundle carries only their schema.
  private readonly feedController = new FeedController(
    this,
    {initiatives: initiativesSection},
    // A deep link (state in the URL, an initiative to open) shows at once; so does a printed page.
    {atOnce: () => !!this.initiative || (this.syncUrl && this.url.has()), printing: () => this.printer.printing},
  );
  private readonly langController = new LangController(this, [strings, commonStrings]);
  private readonly url = new UrlStateController(this, URL_PARAMS, () => this.readUrl());
  private readonly announcer = new AnnouncerController(this);
  private readonly catalogues = new CatalogueController(this, this.feedController, () => this.printer.printing);
  // On paper every result shows, rendered within `beforeprint`.
  private readonly printer = new PrintController(this, () => this.performUpdate());
  // Marking the query words: loaded when the visitor is about to search (unmarked until it is in; offline: tried again).
  private readonly highlighter = new LazyModule(this, () => import('./highlight.js'));
  private readonly loadHighlighter = () => void this.highlighter.load().catch(() => {});

  private get dialog() {
    return this.renderRoot.querySelector('dialog');
  }
  private get searchInput() {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type=search]');
  }
  private get countHeading() {
    return this.renderRoot.querySelector<HTMLElement>('.count');
  }

  // A line per concern (state; feed; display; presets; URL and heading), each documented at its field below.
  static override properties: PropertyDeclarations = {
    search: {state: true}, filters: {state: true}, sortChoice: {state: true}, page: {state: true}, expanded: {state: true},
    src: {}, feed: {attribute: false}, timeout: {type: Number}, loading: {},
    layout: {reflect: true}, pageSize: {type: Number, attribute: 'page-size'}, facets: {},
    gemeente: {}, province: {}, audience: {}, theme: {}, query: {}, locked: {type: Boolean},
    syncUrl: {type: Boolean, attribute: 'sync-url'}, urlPrefix: {attribute: 'url-prefix'}, initiative: {}, headingLevel: {type: Number, attribute: 'heading-level'},
  };

  private search = '';
  private filters: readonly FilterEntry[] = [];
  private declare sortChoice?: SortKey;
  private page = 1;
  private expanded: ReadonlySet<FacetGroup> = new Set();

  /** URL of the feed JSON. */
  declare src?: string;
  /** A feed object given from JavaScript; takes precedence over `src`. */
  declare feed?: object;
  /** Milliseconds before a load counts as failed. */
  timeout = 10_000;
  /**
   * `lazy` (default): more than about a screen from the viewport, the widget fetches its feed
   * early but parses and shows it only when the visitor scrolls near. `eager`: at once.
   */
  loading: 'lazy' | 'eager' = 'lazy';
  /** `cards` (default) or a compact `list`. */
  layout: 'cards' | 'list' = 'cards';
  /** Results per page. */
  pageSize = 12;
  /** The filter groups to show, comma-separated, from `audience,theme,lonelinessType,province,gemeente`. */
  facets = FACET_GROUPS.join(',');
  /** Preset gemeente filter (comma-separated for several). */
  declare gemeente?: string;
  /** Preset province filter (comma-separated for several). */
  declare province?: string;
  /** Preset audience filter (comma-separated for several). */
  declare audience?: string;
  /** Preset theme filter (comma-separated for several). */
  declare theme?: string;
  /** The search to start with. */
  declare query?: string;
  /** Locks the preset filters: the visitor cannot remove them and their groups are not shown. */
  locked = false;
  /** Mirrors search, filters, sort, page and the open initiative in the page URL (`zoek`, `thema`, …; see the docs). */
  syncUrl = false;
  /** Put before every URL parameter name with `sync-url`, for two Etalages on one page (`a-` gives `a-zoek`, …). */
  urlPrefix = '';
  /** The `id` of the open initiative; set it to open one (a deep link), clear it to close. */
  declare initiative?: string;
  /** Level of the Etalage's heading; the count and the names are one and two levels below it. */
  headingLevel = 2;

  /** The initiative the dialog was last opened for. */
  private shownInitiative?: string;
  /** The filters start open beside the results when the Etalage is wide, folded above them when narrow. */
  private filtersOpen = true;

  /** Problems found in the feed (items left out); empty when none. */
  get issues(): FeedIssue[] {
    return this.feedController.issues;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      // The element's own width, as the layout's container query: it may sit in a narrow column on a wide screen.
      // Measured here, in the first update's task, rather than while the bundle is evaluated (a layout of the page).
      const width = this.getBoundingClientRect().width;
      if (width > 0) this.filtersOpen = width >= WIDE_LAYOUT * parseFloat(getComputedStyle(document.documentElement).fontSize);
    }
    if (changed.has('query')) this.search = this.query ?? '';
    // A changed preset attribute replaces the selection of its group.
    const presets = PRESET_GROUPS.filter((p) => changed.has(p));
    if (presets.length) this.filters = [...inGroups(this.filters, presets, false), ...presetEntries(this, presets)];
    if (changed.has('syncUrl') && this.syncUrl) this.readUrl(true);
    // The results when the search, filters or sort change (private states, so not in `PropertyValues<this>`).
    const selectionChanged = ['search', 'filters', 'sortChoice', 'locked'].some((key) => (changed as PropertyValues).has(key));
    const selection = () => ({query: this.search, filters: byGroup(this.filters), sort: this.sortChoice});
    // A new feed: say how many there are once they are known.
    if (this.catalogues.update(selection, selectionChanged)) this.announcer.announce(this.countText);
    if (this.catalogues.outcome?.tokens.length) this.loadHighlighter();
  }

  protected override firstUpdated(): void {
    // The year's time-zone formatter and the Dutch collator each in a task of their own, before the results need them.
    void yieldToMain().then(thisYear).then(yieldToMain).then(dutchCollator);
  }

  protected override updated(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    // Open once per initiative: the dialog closes before its `close` event
    // clears `initiative`, and an update in between must not open it again.
    if (this.openInitiative && this.shownInitiative !== this.initiative) {
      this.shownInitiative = this.initiative;
      if (!dialog.open) dialog.showModal();
    } else if (!this.openInitiative && dialog.open) {
      dialog.close();
    }
  }

  private get catalogue() {
    return this.catalogues.catalogue;
  }

  private get openInitiative(): Initiative | undefined {
    return this.initiative ? this.catalogue?.byId.get(this.initiative) : undefined;
  }

  // ---- URL ---------------------------------------------------------------

  /** Takes the state from the URL; a URL without our parameters means the presets (on load: leaves them). */
  private readUrl(initial = false): void {
    const inUrl = this.url.has();
    if (!this.syncUrl || (!inUrl && initial)) return;
    const params = new URLSearchParams(inUrl ? location.search : '');
    const locked = lockedGroups(this);
    const url = readUrlState((key) => params.getAll(this.url.param(key)), locked);
    this.search = inUrl ? url.query : (this.query ?? '');
    this.filters = [...inGroups(this.filters, locked), ...(inUrl ? url.filters : inGroups(presetEntries(this), locked, false))];
    ({sort: this.sortChoice, page: this.page, initiative: this.initiative} = url);
  }

  private writeUrl(mode: HistoryMode): void {
    const locked = lockedGroups(this);
    // With presets the visitor may change, an empty state is written too (see urlValues).
    const changeablePresets = !!this.query || inGroups(presetEntries(this), locked, false).length > 0;
    const state = {query: this.search, filters: this.filters, sort: this.sortChoice, page: this.page, initiative: this.initiative};
    this.url.write(urlValues(state, locked, changeablePresets), mode);
  }

  // ---- Changes by the visitor ----------------------------------------------

  /**
   * The visitor changed the search or the filters: back to page 1, into the URL, the count said after a pause and
   * `ncte-filter-change` once rendered. If the focused control went away, focus goes to `focus()` (or the search).
   */
  private async select(filters: readonly FilterEntry[], search: string, typing?: boolean, focus?: () => HTMLElement | null | undefined): Promise<void> {
    this.filters = filters;
    this.search = search;
    this.page = 1;
    this.writeUrl(typing ? 'replace' : 'push');
    this.announcer.announceAfterPause(() => this.countText);
    await this.updateComplete;
    if (focus && !this.shadowRoot!.activeElement) (focus() ?? this.searchInput)?.focus();
    this.dispatchEvent(new FilterChangeEvent({query: this.search, filters: byGroup(this.filters), resultCount: this.catalogues.outcome?.results.length ?? 0}));
  }

  private get countText(): string {
    const n = this.catalogues.outcome?.results.length ?? 0;
    return strings[this.langController.lang].count(formatNumber(n, this.langController.lang), n === 1);
  }

  private removeFilter(entry: FilterEntry, focus: () => HTMLElement | null | undefined): void {
    void this.select(this.filters.filter((f) => f !== entry), this.search, false, focus);
  }

  private async clearSearch(): Promise<void> {
    await this.select(this.filters, '');
    this.searchInput?.focus();
  }

  private onSort(event: Event): void {
    this.sortChoice = (event.target as HTMLSelectElement).value as SortKey;
    this.page = 1;
    this.writeUrl('push');
  }

  private async goToPage(page: number, pages: number): Promise<void> {
    this.page = page;
    this.writeUrl('push');
    this.announcer.announce(strings[this.langController.lang].page(page, pages));
    await this.updateComplete;
    this.countHeading?.focus();
    this.countHeading?.scrollIntoView?.({block: 'start'});
  }

  private async open(id: string): Promise<void> {
    this.initiative = id;
    this.writeUrl('push');
    await this.updateComplete;
    this.dispatchEvent(new InitiativeOpenEvent({id}));
  }

  private async onDialogClose(): Promise<void> {
    const id = this.initiative;
    this.shownInitiative = undefined;
    if (!id) return;
    this.initiative = undefined;
    this.writeUrl('replace');
    await this.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>(`button[data-id="${CSS.escape(id)}"]`) ?? this.countHeading)?.focus();
  }

  // ---- Rendering ------------------------------------------------------------

  // Complete once the marks of a first search are shown too.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this.highlighter.pending ? this.highlighter.pending.then(() => super.getUpdateComplete(), () => done) : done;
  }

  // The first render in a task of its own, after the bundle's evaluation; on an
  // English page it waits for the English words too (LangController).
  protected override scheduleUpdate(): void | Promise<unknown> {
    return firstUpdateInOwnTask(this, () => this.langController.whenReady(() => super.scheduleUpdate()));
  }

  override render(): TemplateResult {
    const lang = this.langController.lang;
    const state = this.feedController.state;
    const {outcome} = this.catalogues;
    return html`
      <slot name="heading">${heading(this.headingLevel, strings[lang].heading, {class: 'heading', part: 'heading'})}</slot>
      ${state.status === 'ready' && outcome
        ? this.renderReady(outcome, lang)
        : renderFeedState(state.status === 'ready' ? LOADING : state, lang, () => retryKeepingFocus(this, this.feedController))}
      ${this.announcer.render(feedStateAnnouncement(state, lang))}
    `;
  }

  private renderReady({results, counts, tokens, sort}: Outcome, lang: Lang): TemplateResult {
    const t = strings[lang];
    const {printing} = this.printer;
    const view: CardView = {lang, tokens, level: this.headingLevel, year: thisYear(), mark: this.highlighter.value?.marks};
    const pages = pageCount(results.length, this.pageSize);
    const page = Math.min(this.page, pages);
    const locked = lockedGroups(this);
    const groups = shownGroups(this.facets, locked, this.catalogue!.options);
    const removable = inGroups(this.filters, locked, false);
    const chosen = (group: FacetGroup) => new Set(byGroup(this.filters)[group]);
    const filtered = inGroups(this.filters, groups).length;
    const searching = !!this.search.trim();
    const open = this.openInitiative;
    // With `sync-url`, the dialog links straight to its initiative.
    const link = open && this.syncUrl ? this.url.href(urlValues({query: '', filters: [], page: 1, initiative: open.id})) : undefined;
    return html`
      <div class="layout ${groups.length ? '' : 'no-facets'}">
        <div class="controls">
          <label class="search" part="search">
            <span>${t.search}</span>
            <input type="search" .value=${this.search} @focus=${this.loadHighlighter} @input=${(e: Event) => this.select(this.filters, (e.target as HTMLInputElement).value, true)} autocomplete="off" spellcheck="false" />
          </label>
          ${groups.length
            ? html`<details class="filters disclosure" ?open=${this.filtersOpen}>
                <summary><span>${t.filters}${filtered ? ` (${filtered})` : ''}</span><span class="chevron" aria-hidden="true"></span></summary>
                <div class="facets" part="facets">
                  ${groups.map((g) =>
                    facet(lang, g, this.catalogue!.options[g], counts[g], chosen(g), this.expanded.has(g), (value, on) => this.select(toggled(this.filters, g, value, on), this.search, false, () => this.countHeading), () => (this.expanded = toggledIn(this.expanded, g))),
                  )}
                </div>
              </details>`
            : nothing}
        </div>
        <div class="main">
          ${chips(
            lang,
            inGroups(this.filters, locked),
            removable,
            this.search,
            () => this.clearSearch(),
            (f, i) => this.removeFilter(f, () => this.renderRoot.querySelectorAll<HTMLElement>('.chips button')[i + (searching ? 1 : 0)]),
            () => this.select(inGroups(this.filters, locked), '', false, () => this.searchInput),
          )}
          <div class="bar">
            ${heading(this.headingLevel + 1, this.countText, {class: 'count', part: 'count', focusable: true, focusAfterLoad: true})}
            ${results.length > 1 ? sortSelect(lang, searching, sort, this.onSort) : nothing}
            ${results.length
              ? html`<button type="button" class="button secondary print" @click=${() => this.printer.print()}>${commonStrings[lang].print}</button>`
              : nothing}
          </div>
          ${results.length
            ? html`<ul class="results" part="results">${printing ? nothing : pageItems(results, page, this.pageSize).map((i) => card(view, i, (id) => void this.open(id)))}</ul>`
            : empty(lang, removable.at(-1), searching, () => this.removeFilter(removable.at(-1)!, () => this.countHeading), () => this.clearSearch())}
          ${printing ? printList(results, lang) : pages > 1 ? pager(lang, page, pages, (to) => this.goToPage(to, pages)) : nothing}
        </div>
      </div>
      <dialog part="dialog" aria-labelledby="dialog-title" closedby="any" @close=${this.onDialogClose}>
        ${open ? detail(view, open, link, () => this.dialog?.close()) : nothing}
      </dialog>
    `;
  }
}

define('ncte-etalage', NcteEtalage);

declare global {
  interface HTMLElementTagNameMap {
    'ncte-etalage': NcteEtalage;
  }
}
