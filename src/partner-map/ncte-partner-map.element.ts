import {LitElement, html, nothing, render, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {AnnouncerController} from '../controllers/announcer.js';
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
import {heading} from '../internal/heading.js';
import {safeHref} from '../internal/safe-href.js';
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
import {NO_PROVINCE, groupPartners, isGroupBy, sortByName, splitByLocation, type GroupBy, type PartnerGroup, type Province} from './group.js';
import type {MapPartner, PartnerMapEngine} from './map-engine.js';
import {disclosureStyles} from '../styles/disclosure.styles.js';
import {partnerMapStyles} from './partner-map.styles.js';
import {SECTOR_SHAPES} from './sector-shapes.js';
import {partnerMapStrings, type PartnerMapStrings} from './strings.js';
import {tileSource} from './tiles.js';

export type PartnerMapView = 'map' | 'list';

/** Below this width (in CSS pixels) the element shows the list when `view` is not set. */
export const MAP_MIN_WIDTH = 600;
/** Partners shown per group before a "show all" button (keeps 10,000 partners fast). */
export const GROUP_LIMIT = 100;

const isView = (value: unknown): value is PartnerMapView => value === 'map' || value === 'list';

function sectorShape(sector: Sector): TemplateResult {
  return html`<svg class="shape shape-${sector}" viewBox="0 0 24 24" aria-hidden="true">
    <path d=${SECTOR_SHAPES[sector]}></path>
  </svg>`;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

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

  @query('.map') private mapContainer?: HTMLElement;
  @query('#search') private searchInput?: HTMLInputElement;

  @state() private filters: PartnerFilters = NO_FILTERS;
  @state() private chosenView?: PartnerMapView;
  @state() private autoView: PartnerMapView = 'map';
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private fullGroups: ReadonlySet<string> = new Set();
  @state() private mapStatus: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  @state() private tilesFailed = false;
  @state() private provinceOf?: (lat: number, lon: number) => Province | undefined;
  /** The sector/working group disclosure: open on wide screens, folded on phones. */
  @state() private filtersOpen = true;

  /** URL of the feed JSON. */
  @property() src?: string;
  /** The feed as an object (instead of `src` or a surrounding `<ncte-feed>`). */
  @property({attribute: false}) feed?: object;
  /** Milliseconds before loading counts as failed. */
  @property({type: Number}) timeout?: number;
  /**
   * `lazy` (default): more than about a screen from the viewport, the widget fetches its feed
   * early but parses and shows it only when the visitor scrolls near. `eager`: at once.
   */
  @property() loading: 'lazy' | 'eager' = 'lazy';
  /** Preset sector filter: one or more sector keys, comma separated (e.g. `bedrijf`). */
  @property() sector?: string;
  /** Preset working group filter: `1`–`4`, comma separated. */
  @property() workgroup?: string;
  /** `map` or `list`; unset: the map when the element is at least 600 px wide. */
  @property() view?: PartnerMapView;
  /** Base layer: unset for the built-in outline (no requests), `pdok`, `pdok-grijs`, `pdok-pastel`, `pdok-standaard`, or a tile URL template. */
  @property() tiles?: string;
  /** Attribution text for a custom `tiles` URL template. */
  @property({attribute: 'tiles-attribution'}) tilesAttribution?: string;
  /** Groups of the list: `sector` or `province`. */
  @property({attribute: 'group-by'}) groupBy: GroupBy = 'sector';
  /** Level of the widget's top headings (group names); cards use the next level. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  private lastFeed?: unknown;
  private prepared: PreparedPartner[] = [];
  private byId = new Map<string, Partner>();
  private results: Partner[] = [];
  private counts?: PartnerCounts;
  private located: Partner[] = [];
  private unlocated: Partner[] = [];
  private groups: PartnerGroup[] = [];
  private grouped = false;
  private engine?: PartnerMapEngine;
  private engineLoading?: Promise<void>;
  private mapLang?: Lang;
  private mapDirty = false;
  private fitOnNextMap = false;
  private provinceLoading = false;
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
    return this.engine;
  }

  private get t(): PartnerMapStrings {
    return partnerMapStrings[this.langController.lang];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal: render again, so the map is rebuilt.
    if (this.hasUpdated) this.requestUpdate();
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
    this.dropMap();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('sector') || changed.has('workgroup')) {
      this.filters = {...this.filters, sectors: parseSectors(this.sector), workgroups: parseWorkgroups(this.workgroup)};
    }
    if (changed.has('view')) this.chosenView = undefined;
    // The results are derived when the feed or the filters change.
    const state = this.feedController.state;
    let refilter = changed.has('filters');
    if (state.status === 'ready' && state.feed !== this.lastFeed) {
      this.lastFeed = state.feed;
      const partners = state.feed.partners ?? [];
      this.prepared = preparePartners(partners);
      this.byId = new Map(partners.map((partner) => [partner.id, partner]));
      this.expanded = new Set();
      this.fullGroups = new Set();
      this.fitOnNextMap = true;
      refilter = true;
    }
    if (refilter && state.status === 'ready') {
      const {matches, counts} = filterPartners(this.prepared, this.filters);
      this.results = matches;
      this.counts = counts;
      const {located, unlocated} = splitByLocation(matches);
      this.located = located;
      this.unlocated = sortByName(unlocated);
      this.mapDirty = true;
      this.grouped = false;
      // A new feed or a preset from the page: say how many there are. (The
      // visitor's own changes are announced once typing pauses, see changeFilters.)
      if (!this.userChange) this.announcer.announce(this.resultsText());
    }
    this.userChange = false;
    if (changed.has('groupBy') || changed.has('provinceOf')) this.grouped = false;
    if (!this.grouped && this.currentView === 'list') {
      // Grouping only when the list is shown (the map view does not need it).
      const by = isGroupBy(this.groupBy) ? this.groupBy : 'sector';
      this.groups = groupPartners(this.results, by === 'province' && !this.provinceOf ? 'sector' : by, this.provinceOf);
      this.grouped = true;
    }
    // Decided here rather than in updated(), where a state change would cost a second update.
    if (changed.has('tiles') || changed.has('tilesAttribution')) this.tilesFailed = false;
    if (state.status === 'ready' && this.currentView === 'map' && !this.engine && this.mapStatus === 'idle') this.mapStatus = 'loading';
  }

  protected override updated(changed: PropertyValues): void {
    if (this.engine && this.engine.map.getContainer() !== this.mapContainer) {
      // The map's element left the DOM (an error or loading state replaced the
      // views): start again on the new one when the map is shown.
      this.dropMap();
    }
    if (this.feedController.state.status !== 'ready') return;
    if (this.groupBy === 'province' && !this.provinceOf && !this.provinceLoading) {
      this.provinceLoading = true;
      import('./province.js').then(
        ({provinceAt}) => (this.provinceOf = provinceAt),
        () => (this.provinceLoading = false),
      );
    }
    if (this.currentView !== 'map') return;
    if (!this.engine) {
      this.loadMap();
      return;
    }
    if (changed.has('tiles') || changed.has('tilesAttribution')) {
      this.engine.setTiles(tileSource(this.tiles, this.tilesAttribution));
    }
    if (this.mapDirty) {
      this.mapDirty = false;
      this.engine.setPartners(this.mapPoints(), this.fitOnNextMap);
      this.fitOnNextMap = false;
    }
    const lang = this.langController.lang;
    if (lang !== this.mapLang) {
      this.mapLang = lang;
      this.engine.refreshLabels();
    }
    if (changed.has('chosenView') || changed.has('autoView') || changed.has('view')) this.engine.invalidateSize();
  }

  private dropMap(): void {
    this.engine?.destroy();
    this.engine = undefined;
    this.engineLoading = undefined;
    this.mapStatus = 'idle';
    this.mapDirty = true;
    this.fitOnNextMap = true;
  }

  /** Loads the map engine (Leaflet and the outline) the first time the map is shown. */
  private loadMap(): void {
    if (this.engineLoading) return;
    this.mapStatus = 'loading'; // already so when willUpdate saw the map coming
    const loading = import('./map-engine.js').then(
      async ({createPartnerMap}) => {
        // Starting the map takes three tasks, each under 50 ms at load: the engine
        // module (Leaflet) is evaluated, the map and its outline are drawn, the markers.
        await nextTask();
        if (this.engineLoading !== loading || !this.mapContainer) return;
        const points = this.mapPoints();
        const engine = createPartnerMap({
          container: this.mapContainer,
          shapes: SECTOR_SHAPES,
          tiles: tileSource(this.tiles, this.tilesAttribution),
          reducedMotion: prefersReducedMotion(),
          labels: () => this.mapLabels(),
          renderCard: (id, into, close) => {
            const partner = this.byId.get(id);
            if (partner) render(this.card(partner, close), into, {host: this});
          },
          onOpen: (id) => this.dispatchEvent(new PartnerSelectEvent({id})),
          onTilesFailed: () => {
            this.tilesFailed = true;
            this.announcer.announce(this.t.tilesFailed);
          },
          initialView: points,
        });
        this.engine = engine;
        await nextTask();
        if (this.engine !== engine) return;
        engine.setPartners(this.mapPoints());
        this.mapLang = this.langController.lang;
        this.mapDirty = false;
        this.fitOnNextMap = false;
        this.mapStatus = 'ready';
      },
      () => {
        if (this.engineLoading === loading) this.mapStatus = 'failed';
      },
    );
    this.engineLoading = loading;
  }

  /** Resolves once the map is on screen (after the engine loaded), for tests and hosts. */
  async mapReady(): Promise<PartnerMapEngine | undefined> {
    await this.updateComplete;
    await this.engineLoading;
    await this.updateComplete;
    return this.engine;
  }

  private mapPoints(): MapPartner[] {
    return this.located.map((partner) => ({
      id: partner.id,
      name: partner.name,
      sector: partner.sector,
      lat: partner.location!.lat,
      lon: partner.location!.lon,
    }));
  }

  private mapLabels() {
    const t = this.t;
    const lang = this.langController.lang;
    return {
      zoomIn: t.zoomIn,
      zoomOut: t.zoomOut,
      outlineAttribution: t.outlineAttribution,
      marker: (partner: MapPartner) => t.marker(partner.name, t.sectors[partner.sector]),
      card: (partner: MapPartner) => partner.name,
      cluster: (count: number, provinces: readonly (Province | undefined)[]) =>
        t.cluster(formatNumber(count, lang), clusterPlace(provinces, t)),
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

  private onSearch(event: Event): void {
    void this.changeFilters({...this.filters, query: (event.target as HTMLInputElement).value});
  }

  private onSector(sector: Sector, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const sectors = SECTORS.filter((s) => (s === sector ? checked : this.filters.sectors.includes(s)));
    void this.changeFilters({...this.filters, sectors});
  }

  private onWorkgroup(group: Workgroup, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const workgroups = WORKGROUPS.filter((g) => (g === group ? checked : this.filters.workgroups.includes(g)));
    void this.changeFilters({...this.filters, workgroups});
  }

  private onCoreTeam(event: Event): void {
    void this.changeFilters({...this.filters, coreTeam: (event.target as HTMLInputElement).checked});
  }

  private onClear(): void {
    void this.changeFilters(NO_FILTERS);
    this.searchInput?.focus();
  }

  private onFiltersToggle(event: Event): void {
    this.filtersOpen = (event.target as HTMLDetailsElement).open;
  }

  private onView(view: PartnerMapView): void {
    this.chosenView = view;
  }

  private async togglePartner(id: string): Promise<void> {
    const expanded = new Set(this.expanded);
    const open = !expanded.has(id);
    if (open) expanded.add(id);
    else expanded.delete(id);
    this.expanded = expanded;
    if (!open) return;
    await this.updateComplete;
    this.dispatchEvent(new PartnerSelectEvent({id}));
  }

  private async showGroup(key: string, index: number): Promise<void> {
    this.fullGroups = new Set(this.fullGroups).add(key);
    await this.updateComplete;
    // The button is gone: focus the first partner that was hidden.
    this.renderRoot
      .querySelector<HTMLElement>(`[data-group="${CSS.escape(key)}"] li:nth-child(${index + 1}) .partner-toggle`)
      ?.focus();
  }

  private card(partner: Partner, close?: () => void): TemplateResult {
    const t = this.t;
    const website = safeHref(partner.website);
    const inPopup = !!close;
    return html`<article class="card" part="card">
      ${inPopup ? heading(this.headingLevel + 1, partner.name, {class: 'card-name', focusable: true, autofocus: true}) : nothing}
      <p class="sector-line">
        ${sectorShape(partner.sector)}<span>${t.sectors[partner.sector]}</span>
        ${partner.coreTeam ? html`<span class="badge">${t.coreTeamBadge}</span>` : nothing}
      </p>
      ${partner.location ? html`<p>${t.place}: ${partner.location.place}</p>` : nothing}
      ${partner.description ? html`<p>${partner.description}</p>` : nothing}
      ${partner.workgroups?.length
        ? html`<p class="workgroups">
            ${partner.workgroups.map((n) => `${t.workgroupNumber(n)}: ${t.workgroups[n]}`).join('; ')}
          </p>`
        : nothing}
      ${website ? html`<p><a href=${website}>${t.website(partner.name)}</a></p>` : nothing}
      ${inPopup
        ? html`<button type="button" class="button secondary card-close" @click=${close}>${t.closeCard}</button>`
        : nothing}
    </article>`;
  }

  private partnerItem(partner: Partner): TemplateResult {
    const t = this.t;
    const open = this.expanded.has(partner.id);
    const place = partner.location?.place;
    return html`<li>
      <button
        type="button"
        class="partner-toggle"
        part="partner"
        data-id=${partner.id}
        aria-expanded=${open ? 'true' : 'false'}
        @click=${() => this.togglePartner(partner.id)}
      >
        ${sectorShape(partner.sector)}
        <span class="text">
          <span class="name">${partner.name}</span>
          <span class="meta">${t.sectors[partner.sector]}${place ? `, ${place}` : ''}</span>
        </span>
        <span class="chevron" aria-hidden="true"></span>
      </button>
      ${open ? this.card(partner) : nothing}
    </li>`;
  }

  private partnerList(key: string, partners: readonly Partner[], label: string): TemplateResult {
    const full = this.fullGroups.has(key) || partners.length <= GROUP_LIMIT;
    const shown = full ? partners : partners.slice(0, GROUP_LIMIT);
    const lang = this.langController.lang;
    return html`<ul class="partners" data-group=${key}>
        ${shown.map((partner) => this.partnerItem(partner))}
      </ul>
      ${full
        ? nothing
        : html`<button type="button" class="button secondary show-all" @click=${() => this.showGroup(key, GROUP_LIMIT)}>
            ${this.t.showAll(formatNumber(partners.length, lang), label)}
          </button>`}`;
  }

  private groupLabel(group: PartnerGroup): string {
    const t = this.t;
    if (group.key === NO_PROVINCE) return t.noProvince;
    if ((SECTORS as readonly string[]).includes(group.key)) return t.sectors[group.key as Sector];
    return t.provinces[group.key as Province];
  }

  private renderFilters(): TemplateResult {
    const t = this.t;
    const lang = this.langController.lang;
    const counts = this.counts!;
    const f = this.filters;
    const count = (n: number) => html`<span class="count">(${formatNumber(n, lang)})</span>`;
    const active = f.sectors.length + f.workgroups.length + (f.coreTeam ? 1 : 0);
    return html`<form class="filters" part="filters" role="search" aria-label=${t.filters} @submit=${(e: Event) => e.preventDefault()}>
      <div class="search">
        <label for="search">${t.search}</label>
        <input id="search" type="search" autocomplete="off" .value=${f.query} @input=${this.onSearch} />
      </div>
      <details class="more-filters disclosure" ?open=${this.filtersOpen} @toggle=${this.onFiltersToggle}>
        <summary>
          <span>${t.moreFilters}${active ? ` (${t.activeFilters(active)})` : ''}</span>
          <span class="chevron" aria-hidden="true"></span>
        </summary>
        <div class="fieldsets">
      <fieldset>
        <legend>${t.sector}</legend>
        ${SECTORS.map(
          (sector) => html`<label class="option ${counts.sectors[sector] === 0 ? 'zero' : ''}">
            <input
              type="checkbox"
              name="sector"
              value=${sector}
              .checked=${f.sectors.includes(sector)}
              @change=${(e: Event) => this.onSector(sector, e)}
            />
            ${sectorShape(sector)}<span class="label">${t.sectors[sector]}</span> ${count(counts.sectors[sector])}
          </label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${t.workgroup}</legend>
        ${WORKGROUPS.map(
          (group) => html`<label class="option ${counts.workgroups[group] === 0 ? 'zero' : ''}">
            <input
              type="checkbox"
              name="workgroup"
              value=${group}
              .checked=${f.workgroups.includes(group)}
              @change=${(e: Event) => this.onWorkgroup(group, e)}
            />
            <span class="label">${t.workgroupNumber(group)}: ${t.workgroups[group]}</span> ${count(counts.workgroups[group])}
          </label>`,
        )}
        <label class="option">
          <input type="checkbox" name="core-team" .checked=${f.coreTeam} @change=${this.onCoreTeam} />
          <span class="label">${t.coreTeam}</span> ${count(counts.coreTeam)}
        </label>
      </fieldset>
        </div>
      </details>
      <button type="button" class="button secondary clear" @click=${this.onClear}>${t.clearFilters}</button>
    </form>`;
  }

  private renderList(): TemplateResult {
    const lang = this.langController.lang;
    const level = this.headingLevel;
    return html`<div class="list-view" part="list" ?hidden=${this.currentView !== 'list'}>
      ${this.currentView !== 'list'
        ? nothing
        : this.results.length === 0
          ? this.renderEmpty()
          : this.groups.map((group) => {
              const label = this.groupLabel(group);
              return html`<section class="group" part="group">
                ${heading(
                  level,
                  html`${(SECTORS as readonly string[]).includes(group.key) ? sectorShape(group.key as Sector) : nothing}
                    <span>${label}</span> <span class="count">(${formatNumber(group.partners.length, lang)})</span>`,
                  {class: 'group-heading'},
                )}
                ${this.partnerList(group.key, group.partners, label)}
              </section>`;
            })}
    </div>`;
  }

  private renderEmpty(): TemplateResult {
    const t = this.t;
    return html`<div class="empty" role="note"><p>${t.empty}</p><p>${t.emptyHint}</p></div>`;
  }

  private renderMap(): TemplateResult {
    const t = this.t;
    const isMap = this.currentView === 'map';
    const level = this.headingLevel;
    let status: unknown = nothing;
    if (this.mapStatus === 'loading') status = html`<p class="map-status">${t.mapLoading}</p>`;
    else if (this.mapStatus === 'failed') status = html`<p class="map-status">${t.mapFailed}</p>`;
    else if (this.tilesFailed) status = html`<p class="map-status">${t.tilesFailed}</p>`;
    return html`<div class="map-view" ?hidden=${!isMap}>
      <p class="map-help" id="map-help">${t.mapHelp}</p>
      <div class="map" part="map" role="region" aria-label=${t.map} aria-describedby="map-help"></div>
      ${status}
      ${isMap && this.results.length === 0 ? this.renderEmpty() : nothing}
      ${isMap && this.unlocated.length > 0
        ? html`<section class="unlocated" part="unlocated" aria-labelledby="unlocated-heading">
            ${heading(level, t.unlocated, {class: 'unlocated-heading', id: 'unlocated-heading'})}
            <p>${t.unlocatedHint}</p>
            ${this.partnerList('unlocated', this.unlocated, t.unlocated)}
          </section>`
        : nothing}
    </div>`;
  }

  // On an English page the first render waits for the English words (LangController).
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.langController.whenReady(() => super.scheduleUpdate());
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
    return html`<div class="layout">
      ${this.renderFilters()}
      <div class="toolbar">
        <p class="result-count" part="result-count" tabindex="-1" data-focus-after-load>
          ${t.results(formatNumber(total, lang), total)}
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
      ${this.renderMap()} ${this.renderList()}
    </div>
    ${this.announcer.render()}`;
  }
}

/** Resolves in a later task, so the browser can paint and handle input in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** "Utrecht", "Utrecht en Gelderland", "Utrecht, Gelderland en omgeving" for a cluster's label. */
function clusterPlace(provinces: readonly (Province | undefined)[], t: PartnerMapStrings): string {
  const counts = new Map<string, number>();
  for (const province of provinces) {
    const name = province ? t.provinces[province] : t.abroad;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const names = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  if (names.length === 1) return names[0];
  if (names.length === 2) return t.clusterAnd(names[0], names[1]);
  return t.clusterMore(names[0], names[1]);
}

define('ncte-partner-map', NctePartnerMap);

declare global {
  interface HTMLElementTagNameMap {
    'ncte-partner-map': NctePartnerMap;
  }
}
