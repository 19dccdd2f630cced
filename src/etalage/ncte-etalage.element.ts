import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {FeedController} from '../feed/feed-controller.js';
import {feedStateAnnouncement, renderFeedState, retryKeepingFocus} from '../feed/feed-state-view.js';
import type {Initiative} from '../feed/schema.js';
import {initiativesSection} from '../feed/sections.js';
import type {FeedIssue} from '../feed/validate.js';
import {amsterdamDateKey, formatNumber} from '../i18n/format.js';
import {LangController, type Lang} from '../i18n/lang.js';
import {commonStrings} from '../i18n/strings.js';
import {baseStyles, feedStateStyles} from '../styles/base.styles.js';
import {checkContrast} from '../styles/contrast.js';
import {disclosureStyles} from '../styles/disclosure.styles.js';
import {define} from '../internal/define.js';
import {heading} from '../internal/heading.js';
import {mailtoHref, safeHref, telHref} from '../internal/safe-href.js';
import {FilterChangeEvent} from '../events/filter-change.js';
import {InitiativeOpenEvent} from '../events/initiative-open.js';
import {buildCatalogue, buildCatalogueInSlices, select, type Catalogue, type Outcome} from './catalogue.js';
import {LOADING} from '../feed/feed-state.js';
import {FACET_GROUPS, facetValues, isFacetGroup, isNational, type FacetGroup, type Filters} from './facets.js';
import {pageCount, pageItems} from './pagination.js';
import {highlightPieces, highlightRanges} from './search.js';
import type {SortKey} from './sort.js';
import {hasUrlState, readUrlState, URL_PARAMS, writeUrlState, type ParamName} from './url-state.js';
import {UrlStateController, type HistoryMode} from '../controllers/url-state.js';
import {AnnouncerController} from '../controllers/announcer.js';
import {strings} from './strings.js';
import {etalageStyles} from './etalage.styles.js';

/** One active filter; the order is the order the visitor chose them. */
interface FilterEntry {
  group: FacetGroup;
  value: string;
}

/** The filter groups an embedding page can preset by attribute. */
const PRESET_GROUPS = ['gemeente', 'province', 'audience', 'theme'] as const;
/** Options shown per group before "show all". */
const SHOWN_OPTIONS = 6;
/** From this width (in rem) the filters sit beside the results (the styles' container query says the same). */
const WIDE_LAYOUT = 48;

const list = (value: string | undefined) => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);

/** The text with the query words in `<mark>`, always rendered as text. */
function marked(text: string, tokens: readonly string[]): unknown {
  if (!tokens.length) return text;
  return highlightPieces(text, highlightRanges(text, tokens)).map((p) => (p.mark ? html`<mark>${p.text}</mark>` : p.text));
}

function label(group: FacetGroup, value: string, lang: Lang): string {
  return group === 'lonelinessType' ? (strings[lang].lonelinessTypes[value] ?? value) : value;
}

/** "al 7 jaar actief", "bereikt 1.200 mensen per jaar", "landelijk" / "in 4 gemeenten". */
function badges(initiative: Initiative, lang: Lang, year: number): string[] {
  const t = strings[lang];
  const out: string[] = [];
  const years = initiative.activeSince === undefined ? 0 : year - initiative.activeSince;
  if (years >= 1) out.push(t.yearsActive(years));
  if (initiative.reachPerYear !== undefined) out.push(t.reach(formatNumber(initiative.reachPerYear, lang)));
  const gemeenten = facetValues(initiative, 'gemeente').length;
  const provinces = facetValues(initiative, 'province').length;
  if (isNational(initiative)) out.push(t.national);
  else if (gemeenten) out.push(t.inGemeenten(gemeenten));
  else if (provinces) out.push(t.inProvinces(provinces));
  return out;
}

function where(initiative: Initiative, lang: Lang): string {
  if (isNational(initiative)) return strings[lang].national;
  return [...facetValues(initiative, 'province'), ...facetValues(initiative, 'gemeente')].join(', ');
}

/** From this many initiatives on, the search catalogue is built in slices (10,000 take a few hundred ms at once). */
const SLICED_FROM = 1_000;

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

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('input[type=search]') private searchInput?: HTMLInputElement;
  @query('.count') private countHeading?: HTMLElement;

  @state() private search = '';
  @state() private filters: readonly FilterEntry[] = [];
  @state() private sortChoice?: SortKey;
  @state() private page = 1;
  @state() private expanded: ReadonlySet<FacetGroup> = new Set();
  @state() private printing = false;

  /** URL of the feed JSON. */
  @property() src?: string;
  /** A feed object given from JavaScript; takes precedence over `src`. */
  @property({attribute: false}) feed?: object;
  /** Milliseconds before a load counts as failed. */
  @property({type: Number}) timeout = 10_000;
  /**
   * `lazy` (default): more than about a screen from the viewport, the widget fetches its feed
   * early but parses and shows it only when the visitor scrolls near. `eager`: at once.
   */
  @property() loading: 'lazy' | 'eager' = 'lazy';
  /** `cards` (default) or a compact `list`. */
  @property({reflect: true}) layout: 'cards' | 'list' = 'cards';
  /** Results per page. */
  @property({type: Number, attribute: 'page-size'}) pageSize = 12;
  /** The filter groups to show, comma-separated, from `audience,theme,lonelinessType,province,gemeente`. */
  @property() facets = FACET_GROUPS.join(',');
  /** Preset gemeente filter (comma-separated for several). */
  @property() gemeente?: string;
  /** Preset province filter (comma-separated for several). */
  @property() province?: string;
  /** Preset audience filter (comma-separated for several). */
  @property() audience?: string;
  /** Preset theme filter (comma-separated for several). */
  @property() theme?: string;
  /** The search to start with. */
  @property() query?: string;
  /** Locks the preset filters: the visitor cannot remove them and their groups are not shown. */
  @property({type: Boolean}) locked = false;
  /** Mirrors search, filters, sort, page and the open initiative in the page URL (`zoek`, `thema`, …; see the docs). */
  @property({type: Boolean, attribute: 'sync-url'}) syncUrl = false;
  /** Put before every URL parameter name with `sync-url`, for two Etalages on one page (`a-` gives `a-zoek`, …). */
  @property({attribute: 'url-prefix'}) urlPrefix = '';
  /** The `id` of the open initiative; set it to open one (a deep link), clear it to close. */
  @property() initiative?: string;
  /** Level of the Etalage's heading; the count and the names are one and two levels below it. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  private catalogueSource?: readonly Initiative[];
  /** The initiative the dialog was last opened for. */
  private shownInitiative?: string;
  private catalogue?: Catalogue;
  /** A catalogue being built in slices (big feeds); aborted when the feed changes or the Etalage leaves. */
  private catalogueBuild?: AbortController;
  private outcome?: Outcome;
  /** A new feed's count is yet to be announced. */
  private countUnsaid = false;
  /** This year in Amsterdam, for "al 7 jaar actief". */
  private readonly year = Number(amsterdamDateKey(new Date()).slice(0, 4));
  /** The filters start open beside the results when the Etalage is wide, folded above them when narrow. */
  private filtersOpen = true;
  private readonly onBeforePrint = () => {
    this.printing = true;
    // Render every result now, before the browser lays out the printout.
    this.performUpdate();
  };
  private readonly onAfterPrint = () => (this.printing = false);

  /** Problems found in the feed (items left out); empty when none. */
  get issues(): FeedIssue[] {
    return this.feedController.issues;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The element's own width, as the layout's container query: it may sit in a narrow column on a wide screen.
    const width = this.getBoundingClientRect().width;
    if (width > 0 && !this.hasUpdated) this.filtersOpen = width >= WIDE_LAYOUT * parseFloat(getComputedStyle(document.documentElement).fontSize);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    if (this.catalogueBuild && !this.catalogue) {
      // Unfinished: built again when the Etalage comes back.
      this.catalogueBuild.abort();
      this.catalogueSource = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
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
    this.derive(changed);
  }

  /** The catalogue when the feed changes, the results when the search, filters or sort change. */
  private derive(changed: PropertyValues): void {
    const state = this.feedController.state;
    const initiatives = state.status === 'ready' ? (state.feed.initiatives ?? []) : undefined;
    let dirty = changed.has('search') || changed.has('filters') || changed.has('sortChoice') || changed.has('locked');
    if (initiatives && initiatives !== this.catalogueSource) {
      this.catalogueSource = initiatives;
      this.catalogueBuild?.abort();
      this.catalogueBuild = undefined;
      if (initiatives.length >= SLICED_FROM) {
        // Big feeds: built in slices that yield to the page; the loading box shows meanwhile.
        this.catalogue = this.outcome = undefined;
        const build = (this.catalogueBuild = new AbortController());
        void buildCatalogueInSlices(initiatives, build.signal).then((catalogue) => {
          if (!catalogue || build.signal.aborted) return;
          this.catalogue = catalogue;
          this.requestUpdate();
        });
      } else {
        this.catalogue = buildCatalogue(initiatives);
        dirty = true;
      }
      this.countUnsaid = true;
    }
    if (this.catalogue && (dirty || !this.outcome)) {
      this.outcome = select(this.catalogue, {query: this.search, filters: this.activeFilters, sort: this.sortChoice});
    }
    // A new feed: say how many there are once they are known.
    if (this.countUnsaid && this.outcome) {
      this.countUnsaid = false;
      this.announcer.announce(this.countText);
    }
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
      new FilterChangeEvent({query: this.search, filters: {...this.activeFilters} as Record<string, string[]>, resultCount: this.outcome?.results.length ?? 0}),
    );
  }

  private get countText(): string {
    const n = this.outcome?.results.length ?? 0;
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

  private removeFilter(entry: FilterEntry, focusFallback: () => HTMLElement | undefined): void {
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

  private retry(): Promise<void> {
    return retryKeepingFocus(this, this.feedController);
  }

  private toggleExpanded(group: FacetGroup): void {
    const next = new Set(this.expanded);
    if (!next.delete(group)) next.add(group);
    this.expanded = next;
  }

  private get chipButtons(): HTMLButtonElement[] {
    return [...this.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chips button')];
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

  // On an English page the first render waits for the English words (LangController).
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.langController.whenReady(() => super.scheduleUpdate());
  }

  override render(): TemplateResult {
    const lang = this.langController.lang;
    const state = this.feedController.state;
    return html`
      <slot name="heading">${heading(this.headingLevel, strings[lang].heading, {class: 'heading', part: 'heading'})}</slot>
      ${state.status === 'ready' && this.outcome
        ? this.renderReady(this.outcome, lang)
        : renderFeedState(state.status === 'ready' ? LOADING : state, lang, () => this.retry())}
      ${this.announcer.render(feedStateAnnouncement(state, lang))}
    `;
  }

  private renderReady(outcome: Outcome, lang: Lang): TemplateResult {
    const t = strings[lang];
    const {results} = outcome;
    const pages = pageCount(results.length, this.pageSize);
    const page = Math.min(this.page, pages);
    const shown = this.printing ? [] : pageItems(results, page, this.pageSize);
    const groups = this.shownGroups;
    const chosen = this.filters.filter((f) => groups.includes(f.group)).length;
    return html`
      <div class="layout ${groups.length ? '' : 'no-facets'}">
        <div class="controls">
          <label class="search" part="search">
            <span>${t.search}</span>
            <input type="search" .value=${this.search} @input=${this.onSearchInput} autocomplete="off" spellcheck="false" />
          </label>
          ${groups.length
            ? html`<details class="filters disclosure" ?open=${this.filtersOpen}>
                <summary><span>${t.filters}${chosen ? ` (${chosen})` : ''}</span><span class="chevron" aria-hidden="true"></span></summary>
                <div class="facets" part="facets">${groups.map((g) => this.renderFacet(g, outcome, lang))}</div>
              </details>`
            : nothing}
        </div>
        <div class="main">
          ${this.renderChips(lang)}
          <div class="bar">
            ${heading(this.headingLevel + 1, this.countText, {class: 'count', part: 'count', focusable: true, focusAfterLoad: true})}
            ${results.length > 1 ? this.renderSort(outcome, lang) : nothing}
            ${results.length
              ? html`<button type="button" class="button secondary print" @click=${() => window.print()}>${commonStrings[lang].print}</button>`
              : nothing}
          </div>
          ${results.length
            ? html`<ul class="results" part="results">${shown.map((i) => this.renderCard(i, outcome.tokens, lang))}</ul>`
            : this.renderEmpty(lang)}
          ${pages > 1 && !this.printing ? this.renderPager(page, pages, lang) : nothing}
          ${this.printing ? this.renderPrintList(results, lang) : nothing}
        </div>
      </div>
      <dialog part="dialog" aria-labelledby="dialog-title" closedby="any" @close=${this.onDialogClose}>
        ${this.openInitiative ? this.renderDetail(this.openInitiative, outcome.tokens, lang) : nothing}
      </dialog>
    `;
  }

  private renderFacet(group: FacetGroup, outcome: Outcome, lang: Lang): TemplateResult {
    const t = strings[lang];
    const counts = outcome.counts[group];
    const chosen = new Set(this.filters.filter((f) => f.group === group).map((f) => f.value));
    const options = this.catalogue!.options[group].filter((v) => chosen.has(v) || counts.get(v)! > 0);
    const expanded = this.expanded.has(group);
    const visible = expanded ? options : options.filter((v, i) => i < SHOWN_OPTIONS || chosen.has(v));
    return html`<fieldset class="facet" part="facet">
      <legend>${t.groups[group]}</legend>
      <ul>
        ${visible.map(
          (value) => html`<li>
            <label>
              <input
                type="checkbox"
                .checked=${chosen.has(value)}
                @change=${(e: Event) => this.toggleFilter(group, value, (e.target as HTMLInputElement).checked)}
              />
              <span>${label(group, value, lang)}</span>
              <span class="option-count">(${formatNumber(counts.get(value)!, lang)})</span>
            </label>
          </li>`,
        )}
      </ul>
      ${options.length > SHOWN_OPTIONS
        ? html`<button
            type="button"
            class="more link-button"
            aria-expanded=${expanded}
            @click=${() => this.toggleExpanded(group)}
          >
            ${expanded ? t.showFewer : t.showAll(options.length)}
          </button>`
        : nothing}
    </fieldset>`;
  }

  private renderChips(lang: Lang): TemplateResult | typeof nothing {
    const t = strings[lang];
    const locked = this.lockedGroups;
    const lockedEntries = this.filters.filter((f) => locked.includes(f.group));
    const entries = this.filters.filter((f) => !locked.includes(f.group));
    const text = (f: FilterEntry) => `${t.groups[f.group]}: ${label(f.group, f.value, lang)}`;
    return html`
      ${lockedEntries.length
        ? html`<p class="locked">${t.lockedTo} ${lockedEntries.map(text).join(', ')}</p>`
        : nothing}
      ${entries.length || this.search.trim()
        ? html`<div class="chips" part="chips" role="group" aria-label=${t.activeFilters}>
            <ul>
              ${this.search.trim()
                ? html`<li>
                    <button type="button" class="chip" part="chip" aria-label=${commonStrings[lang].removeFilter(`${t.searchFor}: ${this.search}`)} @click=${() => this.clearSearch()}>
                      ${t.searchFor}: ${this.search}<span aria-hidden="true">×</span>
                    </button>
                  </li>`
                : nothing}
              ${entries.map(
                (f, i) => html`<li>
                  <button
                    type="button"
                    class="chip"
                    part="chip"
                    aria-label=${commonStrings[lang].removeFilter(text(f))}
                    @click=${() => this.removeFilter(f, () => this.chipButtons[i + (this.search.trim() ? 1 : 0)])}
                  >
                    ${text(f)}<span aria-hidden="true">×</span>
                  </button>
                </li>`,
              )}
            </ul>
            <button type="button" class="clear-all link-button" @click=${() => this.clearAll()}>${commonStrings[lang].clearAll}</button>
          </div>`
        : nothing}
    `;
  }

  private renderSort(outcome: Outcome, lang: Lang): TemplateResult {
    const t = strings[lang];
    const keys: SortKey[] = this.search.trim() ? ['relevance', 'name', 'recent'] : ['name', 'recent'];
    return html`<label class="sort">
      <span>${t.sortBy}</span>
      <select @change=${this.onSort}>
        ${keys.map((key) => html`<option value=${key} ?selected=${outcome.sort === key}>${t.sorts[key]}</option>`)}
      </select>
    </label>`;
  }

  private renderCard(initiative: Initiative, tokens: readonly string[], lang: Lang): TemplateResult {
    const logo = safeHref(initiative.logo);
    const tags = [...(initiative.audiences ?? []), ...(initiative.themes ?? [])];
    return html`<li class="card" part="card">
      ${logo ? html`<img class="logo" part="logo" src=${logo} alt="" loading="lazy" decoding="async" />` : nothing}
      ${heading(
        this.headingLevel + 2,
        html`<button type="button" class="link-button" part="card-title" data-id=${initiative.id} aria-haspopup="dialog" @click=${() => this.open(initiative.id)}>
          ${marked(initiative.name, tokens)}
        </button>`,
        {class: 'card-title'},
      )}
      <p class="organisation">${marked(initiative.organisation, tokens)}</p>
      <p class="summary">${marked(initiative.summary, tokens)}</p>
      ${renderBadges(initiative, lang, this.year)}
      ${tags.length ? html`<p class="tags">${marked(tags.join(' · '), tokens)}</p>` : nothing}
    </li>`;
  }

  private renderEmpty(lang: Lang): TemplateResult {
    const t = strings[lang];
    const locked = this.lockedGroups;
    const last = this.filters.filter((f) => !locked.includes(f.group)).at(-1);
    return html`<div class="empty" part="empty">
      <slot name="empty"><p>${t.empty}</p></slot>
      <div class="actions">
        ${last
          ? html`<button type="button" class="button secondary" @click=${() => this.removeFilter(last, () => this.countHeading)}>
              ${t.removeLast(`${t.groups[last.group]}: ${label(last.group, last.value, lang)}`)}
            </button>`
          : nothing}
        ${this.search.trim()
          ? html`<button type="button" class="button secondary" @click=${() => this.clearSearch()}>${t.clearSearch}</button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderPager(page: number, pages: number, lang: Lang): TemplateResult {
    const common = commonStrings[lang];
    return html`<nav class="pager" part="pagination" aria-label=${strings[lang].pages}>
      <button type="button" class="button secondary" ?disabled=${page <= 1} @click=${() => this.goToPage(page - 1, pages)}>${common.previous}</button>
      <span>${strings[lang].page(page, pages)}</span>
      <button type="button" class="button secondary" ?disabled=${page >= pages} @click=${() => this.goToPage(page + 1, pages)}>${common.next}</button>
    </nav>`;
  }

  private renderPrintList(results: readonly Initiative[], lang: Lang): TemplateResult {
    return html`<ol class="print-list">
      ${results.map(
        (i) => html`<li>
          <strong>${i.name}</strong> (${i.organisation})<br />${i.summary}<br />
          ${[where(i, lang), i.website, i.email, i.phone].filter(Boolean).join(' · ')}
        </li>`,
      )}
    </ol>`;
  }

  private renderDetail(initiative: Initiative, tokens: readonly string[], lang: Lang): TemplateResult {
    const t = strings[lang];
    const paragraphs = (initiative.description ?? initiative.summary).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const website = safeHref(initiative.website);
    const email = mailtoHref(initiative.email);
    const phone = telHref(initiative.phone);
    const logo = safeHref(initiative.logo);
    const facts: Array<[string, string | undefined]> = [
      [t.audiences, initiative.audiences?.join(', ')],
      [t.themes, initiative.themes?.join(', ')],
      [t.groups.lonelinessType, initiative.lonelinessTypes?.map((v) => label('lonelinessType', v, lang)).join(', ')],
      [t.where, where(initiative, lang)],
      [t.activeSince, initiative.activeSince?.toString()],
    ];
    const link = this.syncUrl
      ? writeUrlState(location.href, {query: '', filters: {}, page: 1, initiative: initiative.id}, undefined, false, this.param)
      : undefined;
    return html`<div class="detail">
      <button type="button" class="button secondary close" @click=${() => this.dialog?.close()}>${commonStrings[lang].close}</button>
      ${logo ? html`<img class="logo" part="logo" src=${logo} alt="" loading="lazy" />` : nothing}
      ${heading(this.headingLevel, initiative.name, {id: 'dialog-title'})}
      <p class="organisation">${initiative.organisation}</p>
      ${renderBadges(initiative, lang, this.year)}
      ${paragraphs.map((p) => html`<p>${marked(p, tokens)}</p>`)}
      <dl class="facts">
        ${facts.filter(([, value]) => value).map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
      </dl>
      ${website || email || phone
        ? html`${heading(this.headingLevel + 1, t.contact)}
            <ul class="contact">
              ${website ? html`<li>${t.website}: <a href=${website}>${initiative.website}</a></li>` : nothing}
              ${email ? html`<li>${t.email}: <a href=${email}>${initiative.email}</a></li>` : nothing}
              ${phone ? html`<li>${t.phone}: <a href=${phone}>${initiative.phone}</a></li>` : nothing}
            </ul>`
        : nothing}
      ${link ? html`<p><a href=${link}>${t.link}</a></p>` : nothing}
    </div>`;
  }
}

function renderBadges(initiative: Initiative, lang: Lang, year: number): TemplateResult | typeof nothing {
  const items = badges(initiative, lang, year);
  return items.length
    ? html`<ul class="badges">${items.map((b) => html`<li class="badge" part="badge">${b}</li>`)}</ul>`
    : nothing;
}

define('ncte-etalage', NcteEtalage);

declare global {
  interface HTMLElementTagNameMap {
    'ncte-etalage': NcteEtalage;
  }
}
