import {LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {FeedController} from '../feed/feed-controller.js';
import {feedStateAnnouncement, renderFeedState, retryKeepingFocus} from '../feed/feed-state-view.js';
import type {Initiative} from '../feed/schema.js';
import {initiativesSection} from '../feed/sections.js';
import type {FeedIssue} from '../feed/validate.js';
import {LOADING} from '../feed/feed-state.js';
import {amsterdamDateKey, formatNumber} from '../i18n/format.js';
import {LangController, type Lang} from '../i18n/lang.js';
import {commonStrings} from '../i18n/strings.js';
import {baseStyles, feedStateStyles} from '../styles/base.styles.js';
import {checkContrast} from '../styles/contrast.js';
import {disclosureStyles} from '../styles/disclosure.styles.js';
import {define} from '../internal/define.js';
import {firstUpdateInOwnTask} from '../internal/first-update.js';
import {yieldToMain} from '../internal/yield-to-main.js';
import {heading} from '../internal/heading.js';
import {FilterChangeEvent} from '../events/filter-change.js';
import {InitiativeOpenEvent} from '../events/initiative-open.js';
import {AnnouncerController} from '../controllers/announcer.js';
import {PrintController} from '../controllers/print.js';
import {UrlStateController, type HistoryMode} from '../controllers/url-state.js';
import type {Outcome} from './catalogue.js';
import {CatalogueController} from './catalogue-controller.js';
import {FACET_GROUPS, isFacetGroup, type FacetGroup, type Filters} from './facets.js';
import {pageCount, pageItems} from './pagination.js';
import type {SortKey} from './sort.js';
import {hasUrlState, readUrlState, URL_PARAMS, writeUrlState, type ParamName} from './url-state.js';
import {strings} from './strings.js';
import {etalageStyles} from './etalage.styles.js';
// The templates last: beside the other widgets' templates in ncte-all.js they compress better (about 0.1 KB).
import {card, detail, type CardView} from './card.js';
import {chips, empty, facet, pager, sortSelect, type FilterEntry} from './controls.js';
import {printList} from './print-list.js';

/** The filter groups an embedding page can preset by attribute. */
const PRESET_GROUPS = ['gemeente', 'province', 'audience', 'theme'] as const;
/** From this width (in rem) the filters sit beside the results (the styles' container query says the same). */
const WIDE_LAYOUT = 48;

const list = (value: string | undefined) => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);

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
    // A deep link (state in the URL, an initiative to open) shows at once.
    {atOnce: () => !!this.initiative || (this.syncUrl && this.url.has())},
  );
  private readonly langController = new LangController(this, [strings, commonStrings]);
  private readonly url = new UrlStateController(this, URL_PARAMS, () => this.readUrl());
  private readonly announcer = new AnnouncerController(this);
  private readonly catalogues = new CatalogueController(this, this.feedController);
  // On paper every result shows, rendered within `beforeprint`.
  private readonly printer = new PrintController(this, () => this.performUpdate());

  // Queries as plain getters: no decorator code in the bundle for three look-ups.
  private get dialog() {
    return this.renderRoot.querySelector('dialog');
  }
  private get searchInput() {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type=search]');
  }
  private get countHeading() {
    return this.renderRoot.querySelector<HTMLElement>('.count');
  }

  static override properties: PropertyDeclarations = {
    search: {state: true},
    filters: {state: true},
    sortChoice: {state: true},
    page: {state: true},
    expanded: {state: true},
    src: {},
    feed: {attribute: false},
    timeout: {type: Number},
    loading: {},
    layout: {reflect: true},
    pageSize: {type: Number, attribute: 'page-size'},
    facets: {},
    gemeente: {},
    province: {},
    audience: {},
    theme: {},
    query: {},
    locked: {type: Boolean},
    syncUrl: {type: Boolean, attribute: 'sync-url'},
    urlPrefix: {attribute: 'url-prefix'},
    initiative: {},
    headingLevel: {type: Number, attribute: 'heading-level'},
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
  private shownYear?: number;
  /** The filters start open beside the results when the Etalage is wide, folded above them when narrow. */
  private filtersOpen = true;

  /**
   * This year in Amsterdam, for "al 7 jaar actief". Made when first needed, not
   * while the bundle is evaluated: the first time-zone formatter takes a while.
   */
  private get year(): number {
    return (this.shownYear ??= Number(amsterdamDateKey(new Date()).slice(0, 4)));
  }

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
    if (presets.length) {
      this.filters = [
        ...this.filters.filter((f) => !(presets as readonly FacetGroup[]).includes(f.group)),
        ...this.presetEntries(presets),
      ];
    }
    if (changed.has('syncUrl') && this.syncUrl) this.readUrl(true);
    // The results when the search, filters or sort change (private states, so not in `PropertyValues<this>`).
    const selectionChanged = ['search', 'filters', 'sortChoice', 'locked'].some((key) => (changed as PropertyValues).has(key));
    const selection = () => ({query: this.search, filters: this.activeFilters, sort: this.sortChoice});
    // A new feed: say how many there are once they are known.
    if (this.catalogues.update(selection, selectionChanged)) this.announcer.announce(this.countText);
  }

  protected override firstUpdated(): void {
    // The year's time-zone formatter in a task of its own, before the results need it.
    void yieldToMain().then(() => this.year);
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

  /** The groups whose preset the visitor may not change. */
  private get lockedGroups(): FacetGroup[] {
    return this.locked ? PRESET_GROUPS.filter((g) => list(this[g]).length) : [];
  }

  private get activeFilters(): Filters {
    const filters: Record<string, string[]> = {};
    for (const {group, value} of this.filters) (filters[group] ??= []).push(value);
    return filters;
  }

  private get catalogue() {
    return this.catalogues.catalogue;
  }

  private get openInitiative(): Initiative | undefined {
    return this.initiative ? this.catalogue?.byId.get(this.initiative) : undefined;
  }

  /** The chosen filter groups that are not locked and have options in this feed. */
  private get shownGroups(): FacetGroup[] {
    const locked = this.lockedGroups;
    const options = this.catalogue?.options;
    return list(this.facets).filter(
      (g): g is FacetGroup => isFacetGroup(g) && !locked.includes(g) && !!options?.[g].length,
    );
  }

  // ---- URL ---------------------------------------------------------------

  private get urlGroups(): FacetGroup[] {
    const locked = this.lockedGroups;
    return FACET_GROUPS.filter((g) => !locked.includes(g));
  }

  /** Takes the state from the URL; a URL without our parameters means the presets. */
  private readUrl(initial = false): void {
    if (!this.syncUrl) return;
    const inUrl = hasUrlState(location.search, this.param);
    // On load, a URL without our parameters leaves the presets as they are.
    if (!inUrl && initial) return;
    const url = readUrlState(location.search, this.urlGroups, this.param);
    const locked = this.lockedGroups;
    const chosen = inUrl
      ? FACET_GROUPS.flatMap((group) => (url.filters[group] ?? []).map((value) => ({group, value})))
      : this.presetEntries(PRESET_GROUPS);
    this.search = inUrl ? url.query : (this.query ?? '');
    this.filters = [
      ...this.filters.filter((f) => locked.includes(f.group)),
      ...chosen.filter((f) => !locked.includes(f.group)),
    ];
    this.sortChoice = url.sort;
    this.page = url.page;
    this.initiative = url.initiative;
  }

  /** The filters the preset attributes of `groups` ask for. */
  private presetEntries(groups: readonly (typeof PRESET_GROUPS)[number][]): FilterEntry[] {
    return groups.flatMap((group) => list(this[group]).map((value) => ({group, value})));
  }

  private readonly param: ParamName = (key) => this.url.param(key);

  private writeUrl(mode: HistoryMode): void {
    if (!this.syncUrl) return;
    const filters = this.activeFilters;
    // With presets the visitor may change, an empty state is written too (see writeUrlState).
    const locked = this.lockedGroups;
    const changeablePresets = !!this.query || this.presetEntries(PRESET_GROUPS).some((f) => !locked.includes(f.group));
    const href = writeUrlState(
      location.href,
      {query: this.search, filters, sort: this.sortChoice, page: this.page, initiative: this.initiative},
      this.urlGroups,
      changeablePresets,
      this.param,
    );
    this.url.go(href, mode);
  }

  // ---- Changes by the visitor ----------------------------------------------

  /** Applies a change to the search or the filters, then tells the page and the screen reader. */
  private async changed(typing: boolean, focusFallback?: () => HTMLElement | null | undefined): Promise<void> {
    this.page = 1;
    this.writeUrl(typing ? 'replace' : 'push');
    this.announcer.announceAfterPause(() => this.countText);
    await this.updateComplete;
    if (focusFallback && !this.shadowRoot!.activeElement) (focusFallback() ?? this.searchInput)?.focus();
    this.dispatchEvent(
      new FilterChangeEvent({query: this.search, filters: {...this.activeFilters} as Record<string, string[]>, resultCount: this.catalogues.outcome?.results.length ?? 0}),
    );
  }

  private get countText(): string {
    const n = this.catalogues.outcome?.results.length ?? 0;
    return strings[this.langController.lang].count(formatNumber(n, this.langController.lang), n === 1);
  }

  private onSearchInput(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
    void this.changed(true);
  }

  private toggleFilter(group: FacetGroup, value: string, on: boolean): void {
    const rest = this.filters.filter((f) => f.group !== group || f.value !== value);
    this.filters = on ? [...rest, {group, value}] : rest;
    void this.changed(false, () => this.countHeading);
  }

  private removeFilter(entry: FilterEntry, focusFallback: () => HTMLElement | null | undefined): void {
    this.filters = this.filters.filter((f) => f !== entry);
    void this.changed(false, focusFallback);
  }

  private async clearSearch(): Promise<void> {
    this.search = '';
    await this.changed(false);
    this.searchInput?.focus();
  }

  private clearAll(): void {
    const locked = this.lockedGroups;
    this.filters = this.filters.filter((f) => locked.includes(f.group));
    this.search = '';
    void this.changed(false, () => this.searchInput);
  }

  private toggleExpanded(group: FacetGroup): void {
    const next = new Set(this.expanded);
    if (!next.delete(group)) next.add(group);
    this.expanded = next;
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
    const opener = [...this.shadowRoot!.querySelectorAll<HTMLElement>('button[data-id]')].find((b) => b.dataset.id === id);
    (opener ?? this.countHeading)?.focus();
  }

  // ---- Rendering ------------------------------------------------------------

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
    const view: CardView = {lang, tokens, level: this.headingLevel, year: this.year};
    const pages = pageCount(results.length, this.pageSize);
    const page = Math.min(this.page, pages);
    const groups = this.shownGroups;
    const locked = this.lockedGroups;
    const removable = this.filters.filter((f) => !locked.includes(f.group));
    const chosen = (group: FacetGroup) => new Set(this.filters.filter((f) => f.group === group).map((f) => f.value));
    const filtered = this.filters.filter((f) => groups.includes(f.group)).length;
    const searching = !!this.search.trim();
    const open = this.openInitiative;
    const onOpen = (id: string) => void this.open(id);
    // With `sync-url`, the dialog links straight to its initiative.
    const link = open && this.syncUrl ? writeUrlState(location.href, {query: '', filters: {}, page: 1, initiative: open.id}, undefined, false, this.param) : undefined;
    return html`
      <div class="layout ${groups.length ? '' : 'no-facets'}">
        <div class="controls">
          <label class="search" part="search">
            <span>${t.search}</span>
            <input type="search" .value=${this.search} @input=${this.onSearchInput} autocomplete="off" spellcheck="false" />
          </label>
          ${groups.length
            ? html`<details class="filters disclosure" ?open=${this.filtersOpen}>
                <summary><span>${t.filters}${filtered ? ` (${filtered})` : ''}</span><span class="chevron" aria-hidden="true"></span></summary>
                <div class="facets" part="facets">
                  ${groups.map((g) =>
                    facet(lang, g, this.catalogue!.options[g], counts[g], chosen(g), this.expanded.has(g), (value, on) => this.toggleFilter(g, value, on), () => this.toggleExpanded(g)),
                  )}
                </div>
              </details>`
            : nothing}
        </div>
        <div class="main">
          ${chips(
            lang,
            this.filters.filter((f) => locked.includes(f.group)),
            removable,
            this.search,
            () => this.clearSearch(),
            (f, i) => this.removeFilter(f, () => this.renderRoot.querySelectorAll<HTMLElement>('.chips button')[i + (searching ? 1 : 0)]),
            () => this.clearAll(),
          )}
          <div class="bar">
            ${heading(this.headingLevel + 1, this.countText, {class: 'count', part: 'count', focusable: true, focusAfterLoad: true})}
            ${results.length > 1 ? sortSelect(lang, searching, sort, this.onSort) : nothing}
            ${results.length
              ? html`<button type="button" class="button secondary print" @click=${() => this.printer.print()}>${commonStrings[lang].print}</button>`
              : nothing}
          </div>
          ${results.length
            ? html`<ul class="results" part="results">${printing ? nothing : pageItems(results, page, this.pageSize).map((i) => card(view, i, onOpen))}</ul>`
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
