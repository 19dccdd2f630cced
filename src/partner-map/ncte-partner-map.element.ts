import {LitElement, html, render, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {AnnouncerController} from '../controllers/announcer.js';
import {LazyModule} from '../controllers/lazy-module.js';
import {FeedController} from '../feed/feed-controller.js';
import {partnersSection} from '../feed/sections.js';
import {feedStateAnnouncement, renderFeedState, retryKeepingFocus} from '../feed/feed-state-view.js';
import type {Partner, Sector, Workgroup} from '../feed/schema.js';
import {SECTORS, WORKGROUPS} from '../feed/vocabulary.js';
import {FilterChangeEvent} from '../events/filter-change.js';
import {PartnerSelectEvent} from '../events/partner-select.js';
import {formatNumber} from '../i18n/format.js';
import {LangController, type Lang} from '../i18n/lang.js';
import {commonStrings} from '../i18n/strings.js';
import {define} from '../internal/define.js';
import {firstUpdateInOwnTask} from '../internal/first-update.js';
import {toggledIn} from '../internal/sets.js';
import {baseStyles, feedStateStyles} from '../styles/base.styles.js';
import {checkContrast} from '../styles/contrast.js';
import {
  NO_FILTERS,
  filterPartners,
  filtersForEvent,
  parseSectors,
  parseWorkgroups,
  preparePartners,
  type PartnerCounts,
  type PartnerFilters,
  type PreparedPartner,
} from './filter.js';
import {groupPartners, isGroupBy, sortByName, splitByLocation, type GroupBy, type PartnerGroup} from './group.js';
import {MapController} from './map-controller.js';
import type {PartnerMapEngine} from './map-engine.js';
import {disclosureStyles} from '../styles/disclosure.styles.js';
import {partnerMapStyles} from './partner-map.styles.js';
import {card, filterForm, listView, mapView, type ListContext} from './partner-map.templates.js';
import {partnerMapStrings, type PartnerMapStrings} from './strings.js';

export {GROUP_LIMIT} from './partner-map.templates.js';
export type PartnerMapView = 'map' | 'list';

/** Below this width (in CSS pixels) the element shows the list when `view` is not set. */
export const MAP_MIN_WIDTH = 600;

const isView = (value: unknown): value is PartnerMapView => value === 'map' || value === 'list';

/**
 * The coalition's partners on a map and in a list: filter by sector, working
 * group, core team and name; every partner, also those without an address.
 *
 * @tagname ncte-partner-map
 * @csspart filters - The search and filter form.
 * @csspart view-toggle - The map/list switch.
 * @csspart result-count - The visible number of results.
 * @csspart map - The map (Leaflet's container).
 * @csspart list - The list view.
 * @csspart group - One group (sector or province) in the list.
 * @csspart partner - The button of one partner in a list.
 * @csspart card - A partner's card (in the list and in the map popup).
 * @csspart unlocated - The section of partners without an address, under the map.
 * @csspart feed-state - Loading and error states.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssprop --ncte-partner-map-height - Height of the map (32rem).
 * @cssprop --ncte-partner-map-gap - Space between the parts (--ncte-space-m, 1rem).
 * @cssprop --ncte-partner-map-filters-background - Background of the filters (--ncte-color-surface).
 * @cssprop --ncte-partner-map-water-color - The map's background around the land (#dbe7ee).
 * @cssprop --ncte-partner-map-land-color - Fill of the provinces (#f7f6f0).
 * @cssprop --ncte-partner-map-border-color - Province borders (#6b6b6b).
 * @cssprop --ncte-partner-map-cluster-color - Fill of cluster badges (--ncte-color-background).
 * @cssprop --ncte-partner-map-cluster-border-color - Ring of cluster badges (--ncte-color-accent).
 * @cssprop --ncte-partner-map-cluster-text-color - Numbers on cluster badges (--ncte-color-text).
 * @cssprop --ncte-partner-map-color-maatschappelijke-organisatie - Marker colour (circle) (#8a2a5f).
 * @cssprop --ncte-partner-map-color-bedrijf - Marker colour (square) (#1f5fa8).
 * @cssprop --ncte-partner-map-color-brancheorganisatie - Marker colour (diamond) (#a04e00).
 * @cssprop --ncte-partner-map-color-zorg-en-welzijn - Marker colour (triangle) (#1b6e3a).
 * @cssprop --ncte-partner-map-color-kennisinstelling - Marker colour (hexagon) (#5b3fa0).
 * @cssprop --ncte-partner-map-color-overheid - Marker colour (pentagon) (#00646e).
 *
 * @fires {FilterChangeEvent} ncte-filter-change - The visitor changed the search or a filter. `detail`: `{query, filters, resultCount}`.
 * @fires {PartnerSelectEvent} ncte-partner-select - The visitor opened a partner's card. `detail`: `{id}`.
 * @fires {FeedIssuesEvent} ncte-feed-issues - Items of the feed this widget shows were left out as invalid; `issues` lists each with its path (reported once per page, by the first widget that finds them).
 */
export class NctePartnerMap extends LitElement {
  static override styles = [baseStyles, feedStateStyles, disclosureStyles, partnerMapStyles];
  static {
    this.addInitializer(checkContrast);
  }

  private readonly feedController = new FeedController(this, {partners: partnersSection});
  private readonly langController = new LangController(this, [partnerMapStrings, commonStrings]);
  private readonly announcer = new AnnouncerController(this);
  /** Point-in-polygon for the province grouping of the list, loaded when asked for. */
  private readonly province = new LazyModule(this, () => import('./province.js'));
  private readonly map = new MapController(this, {
    show: () => this.mapContent(),
    labels: () => this.t,
    count: (n) => formatNumber(n, this.langController.lang),
    renderCard: (id, into, close) => {
      const partner = this.byId.get(id);
      if (partner) render(card(partner, this.t, this.headingLevel, close), into, {host: this});
    },
    onOpen: (id) => this.dispatchEvent(new PartnerSelectEvent({id})),
    onTilesFailed: () => this.announcer.announce(this.t.tilesFailed),
  });

  private get mapContainer(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.map') ?? undefined;
  }
  private get searchInput(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('#search');
  }

  static override properties: PropertyDeclarations = {
    filters: {state: true}, chosenView: {state: true}, autoView: {state: true}, expanded: {state: true}, fullGroups: {state: true}, filtersOpen: {state: true},
    src: {}, feed: {attribute: false}, timeout: {type: Number}, loading: {},
    sector: {}, workgroup: {}, view: {},
    tiles: {}, tilesAttribution: {attribute: 'tiles-attribution'}, groupBy: {attribute: 'group-by'}, headingLevel: {type: Number, attribute: 'heading-level'},
  };

  private filters: PartnerFilters = NO_FILTERS;
  private declare chosenView?: PartnerMapView;
  private autoView: PartnerMapView = 'map';
  private expanded: ReadonlySet<string> = new Set();
  private fullGroups: ReadonlySet<string> = new Set();
  /** The sector/working group disclosure: open on wide screens, folded on phones. */
  private filtersOpen = true;

  /** URL of the feed JSON. */
  declare src?: string;
  /** The feed as an object (instead of `src` or a surrounding `<ncte-feed>`). */
  declare feed?: object;
  /** Milliseconds before loading counts as failed. */
  declare timeout?: number;
  /**
   * `lazy` (default): more than about a screen from the viewport, the widget fetches its feed
   * early but parses and shows it only when the visitor scrolls near. `eager`: at once.
   */
  loading: 'lazy' | 'eager' = 'lazy';
  /** Preset sector filter: one or more sector keys, comma separated (e.g. `bedrijf`). */
  declare sector?: string;
  /** Preset working group filter: `1`–`4`, comma separated. */
  declare workgroup?: string;
  /** `map` or `list`; unset: the map when the element is at least 600 px wide. */
  declare view?: PartnerMapView;
  /** Base layer: unset for the built-in outline (no requests), `pdok`, `pdok-grijs`, `pdok-pastel`, `pdok-standaard`, or a tile URL template. */
  declare tiles?: string;
  /** Attribution text for a custom `tiles` URL template. */
  declare tilesAttribution?: string;
  /** Groups of the list: `sector` or `province`. */
  groupBy: GroupBy = 'sector';
  /** Level of the widget's top headings (group names); cards use the next level. */
  headingLevel = 2;

  private prepared: PreparedPartner[] = [];
  private byId = new Map<string, Partner>();
  private results: Partner[] = [];
  private counts?: PartnerCounts;
  private located: Partner[] = [];
  private unlocated: Partner[] = [];
  private groups: PartnerGroup[] = [];
  /** What the groups were made for (`groupBy`, or the province lookup once loaded); undefined: made again when the list shows. */
  private groupedFor?: unknown;
  private userChange = false;
  private resizeObserver?: ResizeObserver;

  /** Problems found in the feed (items left out), empty when none. */
  get issues() {
    return this.feedController.issues;
  }

  /** The view on screen now. */
  get currentView(): PartnerMapView {
    return this.chosenView ?? (isView(this.view) ? this.view : this.autoView);
  }

  /** The map engine once the map has been shown (for tests and advanced hosts). */
  get mapEngine(): PartnerMapEngine | undefined {
    return this.map.engine;
  }

  private get t(): PartnerMapStrings {
    return partnerMapStrings[this.langController.lang];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const width = this.getBoundingClientRect().width;
    if (width > 0) {
      this.autoView = width >= MAP_MIN_WIDTH ? 'map' : 'list';
      this.filtersOpen = width >= MAP_MIN_WIDTH;
    }
    this.resizeObserver = new ResizeObserver((entries) => {
      const size = entries[0]?.contentRect.width ?? 0;
      // Next frame: re-rendering inside the observer's callback would resize it again in the same frame.
      if (size > 0) requestAnimationFrame(() => (this.autoView = size >= MAP_MIN_WIDTH ? 'map' : 'list'));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('sector') || changed.has('workgroup')) {
      this.filters = {...this.filters, sectors: parseSectors(this.sector), workgroups: parseWorkgroups(this.workgroup)};
    }
    if (changed.has('view')) this.chosenView = undefined;
    // The results are derived when the feed or the filters change.
    const state = this.feedController.state;
    if (state.status !== 'ready') return;
    let refilter = changed.has('filters');
    if (this.feedController.changed) {
      const partners = state.feed.partners ?? [];
      this.prepared = preparePartners(partners);
      this.byId = new Map(partners.map((partner) => [partner.id, partner]));
      this.expanded = new Set();
      this.fullGroups = new Set();
      refilter = true;
    }
    if (refilter) {
      const {matches, counts} = filterPartners(this.prepared, this.filters);
      this.results = matches;
      this.counts = counts;
      const {located, unlocated} = splitByLocation(matches);
      this.located = located;
      this.unlocated = sortByName(unlocated);
      this.groupedFor = undefined;
      // A new feed or a preset from the page: say how many there are. (The
      // visitor's own changes are announced once typing pauses, see changeFilters.)
      if (!this.userChange) this.announcer.announce(this.resultsText());
    }
    this.userChange = false;
    if (this.groupBy === 'province') void this.province.load().catch(() => undefined);
    // Grouping only when the list is shown (the map view does not need it).
    const by = isGroupBy(this.groupBy) ? this.groupBy : 'sector';
    const provinceAt = this.province.value?.provinceAt;
    const groupedFor = by === 'province' && provinceAt ? provinceAt : by;
    if (this.groupedFor !== groupedFor && this.currentView === 'list') {
      this.groups = groupPartners(this.results, by === 'province' && !provinceAt ? 'sector' : by, provinceAt);
      this.groupedFor = groupedFor;
    }
  }

  /** Resolves once the map is on screen (after the engine loaded), for tests and hosts. */
  async mapReady(): Promise<PartnerMapEngine | undefined> {
    await this.updateComplete;
    await this.map.ready();
    await this.updateComplete;
    return this.map.engine;
  }

  /** What the map shows (nothing while the map is not shown). */
  private mapContent() {
    if (this.feedController.state.status !== 'ready' || this.currentView !== 'map') return undefined;
    return {
      container: this.mapContainer,
      partners: this.located,
      fitKey: this.prepared,
      tiles: this.tiles,
      tilesAttribution: this.tilesAttribution,
      lang: this.langController.lang,
    };
  }

  private resultsText(): string {
    const t = this.t;
    const lang = this.langController.lang;
    const total = this.results.length;
    return t.results(formatNumber(total, lang), total);
  }

  private async changeFilters(filters: PartnerFilters): Promise<void> {
    this.userChange = true;
    this.filters = filters;
    await this.updateComplete;
    // Said once the visitor pauses (typing), so the count is heard once.
    this.announcer.announceAfterPause(() => this.resultsText());
    this.dispatchEvent(
      new FilterChangeEvent({query: filters.query, filters: filtersForEvent(filters), resultCount: this.results.length}),
    );
  }

  private readonly onSearch = (event: Event): void => {
    void this.changeFilters({...this.filters, query: (event.target as HTMLInputElement).value});
  };

  private readonly onSector = (sector: Sector, event: Event): void => {
    const checked = (event.target as HTMLInputElement).checked;
    const sectors = SECTORS.filter((s) => (s === sector ? checked : this.filters.sectors.includes(s)));
    void this.changeFilters({...this.filters, sectors});
  };

  private readonly onWorkgroup = (group: Workgroup, event: Event): void => {
    const checked = (event.target as HTMLInputElement).checked;
    const workgroups = WORKGROUPS.filter((g) => (g === group ? checked : this.filters.workgroups.includes(g)));
    void this.changeFilters({...this.filters, workgroups});
  };

  private readonly onCoreTeam = (event: Event): void => {
    void this.changeFilters({...this.filters, coreTeam: (event.target as HTMLInputElement).checked});
  };

  private readonly onClear = (): void => {
    void this.changeFilters(NO_FILTERS);
    this.searchInput?.focus();
  };

  private readonly onFiltersToggle = (event: Event): void => {
    this.filtersOpen = (event.target as HTMLDetailsElement).open;
  };

  private onView(view: PartnerMapView): void {
    this.chosenView = view;
  }

  private readonly togglePartner = async (id: string): Promise<void> => {
    this.expanded = toggledIn(this.expanded, id);
    if (!this.expanded.has(id)) return;
    await this.updateComplete;
    this.dispatchEvent(new PartnerSelectEvent({id}));
  };

  private readonly showGroup = async (key: string, index: number): Promise<void> => {
    this.fullGroups = new Set(this.fullGroups).add(key);
    await this.updateComplete;
    // The button is gone: focus the first partner that was hidden.
    this.renderRoot
      .querySelector<HTMLElement>(`[data-group="${CSS.escape(key)}"] li:nth-child(${index + 1}) .partner-toggle`)
      ?.focus();
  };

  private listContext(): ListContext {
    return {
      t: this.t,
      lang: this.langController.lang,
      headingLevel: this.headingLevel,
      expanded: this.expanded,
      fullGroups: this.fullGroups,
      toggle: this.togglePartner,
      showGroup: this.showGroup,
    };
  }

  // On an English page the first render waits for the English words (LangController). The
  // first render is a task of its own, not part of the one that evaluates the bundle.
  protected override scheduleUpdate(): void | Promise<unknown> {
    return firstUpdateInOwnTask(this, () => this.langController.whenReady(() => super.scheduleUpdate()));
  }

  protected override render(): TemplateResult {
    const state = this.feedController.state;
    const lang: Lang = this.langController.lang;
    if (state.status !== 'ready' || !this.counts) {
      return html`${renderFeedState(state, lang, () => retryKeepingFocus(this, this.feedController))}
      ${this.announcer.render(feedStateAnnouncement(state, lang))}`;
    }
    const t = this.t;
    const view = this.currentView;
    const total = this.results.length;
    const list = this.listContext();
    return html`<div class="layout">
      ${filterForm({
        t,
        lang,
        filters: this.filters,
        counts: this.counts,
        open: this.filtersOpen,
        onSearch: this.onSearch,
        onSector: this.onSector,
        onWorkgroup: this.onWorkgroup,
        onCoreTeam: this.onCoreTeam,
        onToggle: this.onFiltersToggle,
        onClear: this.onClear,
      })}
      <div class="toolbar">
        <p class="result-count" part="result-count" tabindex="-1" data-focus-after-load>
          ${this.resultsText()}
          ${view === 'map' && total > 0
            ? t.resultsOnMap(formatNumber(this.located.length, lang), formatNumber(this.unlocated.length, lang))
            : ''}
        </p>
        <div class="view-toggle" part="view-toggle" role="group" aria-label=${t.view}>
          <button type="button" class="button" aria-pressed=${view === 'map' ? 'true' : 'false'} @click=${() => this.onView('map')}>
            ${t.viewMap}
          </button>
          <button type="button" class="button" aria-pressed=${view === 'list' ? 'true' : 'false'} @click=${() => this.onView('list')}>
            ${t.viewList}
          </button>
        </div>
      </div>
      ${mapView(list, view === 'map', this.map.status, this.map.tilesFailed, total, this.unlocated)}
      ${listView(list, view === 'list', total, this.groups)}
    </div>
    ${this.announcer.render()}`;
  }
}

define('ncte-partner-map', NctePartnerMap);

declare global {
  interface HTMLElementTagNameMap {
    'ncte-partner-map': NctePartnerMap;
  }
}
