/**
 * The map of `<ncte-partner-map>`: Leaflet with the province outlines shipped
 * in the package as its default base layer (no request to anyone), optional
 * tiles, and the partners as markers whose shape and colour tell the sector,
 * clustered through an index built once per filter state. Imported lazily (`import('./map-engine.js')`) the first
 * time the map is shown, so the list view never loads Leaflet.
 *
 * Keyboard: the markers form one tab stop (a roving tabindex in reading order);
 * arrow keys move between markers and clusters, Home and End go to the first
 * and last, Enter or Space opens a partner's card (a popup that takes focus and
 * gives it back on Escape) or zooms into a cluster, keeping focus on the marker
 * or cluster that holds its first partner; plus and minus zoom. The scroll
 * wheel zooms only once the map has been focused or clicked.
 */
import {
  control,
  divIcon,
  latLngBounds,
  map as leafletMap,
  marker as leafletMarker,
  polygon,
  popup as leafletPopup,
  svg,
  tileLayer,
  type Bounds,
  type BoundsTuple,
  type LeafletMap,
  type Marker,
  type Polygon,
  type Point,
  type Popup,
  type Renderer,
  type TileLayer,
} from 'leaflet/dist/leaflet-src.esm.js';
import type {Sector} from '../feed/schema.js';
import {ClusterIndex, clusterPlace, type Cluster, type PlaceWords} from './cluster.js';
import {leafletCss} from './leaflet-map.styles.js';
import {provinceAt, provinceOutlines} from './province.js';
import type {PartnerMapStrings} from './strings.js';
import {tileSource, type TileSource} from './tiles.js';

// The widget takes this from this chunk, so it loads with the map.
export {tileSource};

/** A partner with a location, as the map needs it. */
export interface MapPartner {
  id: string;
  name: string;
  sector: Sector;
  lat: number;
  lon: number;
}

/** A partner as the widget has it (the feed's shape); those without a location are left off the map. */
export interface MapInput {
  id: string;
  name: string;
  sector: Sector;
  location?: {lat: number; lon: number};
}

const located = (partners: readonly MapInput[]): MapPartner[] =>
  partners.flatMap(({id, name, sector, location}) => (location ? [{id, name, sector, lat: location.lat, lon: location.lon}] : []));

export interface MapEngineOptions {
  /** The element Leaflet takes over (inside the widget's shadow root). */
  container: HTMLElement;
  tiles?: TileSource;
  /** True to switch off zoom and fade animations; by default when the visitor prefers reduced motion. */
  reducedMotion?: boolean;
  /** SVG path data of each sector's marker shape (from `sector-shapes.ts`). */
  shapes: Record<Sector, string>;
  /** Texts; called again by `refreshLabels()` when the language changes. */
  labels: () => MapLabels;
  /** A number of partners as the page writes it (`1.234`). */
  count(n: number): string;
  /** Renders the card of partner `id` into the popup's `into`; `close` closes the popup. */
  renderCard(id: string, into: HTMLElement, close: () => void): void;
  /** The visitor opened a partner's card. */
  onOpen?(id: string): void;
  /** Tiles failed to load (once per tile source). */
  onTilesFailed?(): void;
  /**
   * Where the map first looks: at these partners (the whole country when none).
   * Only the view: show them with `setPartners`, which the widget does a task
   * later, so that starting the map does not block the page in one long task.
   */
  initialView?: readonly MapInput[];
}

/** The map's words: the widget's strings in the page's language. */
export type MapLabels = Pick<PartnerMapStrings, 'zoomIn' | 'zoomOut' | 'outlineAttribution' | 'marker' | 'cluster' | 'sectors'> & PlaceWords;

interface Item {
  key: string;
  ids: string[];
  lat: number;
  lon: number;
  bounds: BoundsTuple;
}

/** The Netherlands, for the first view and when nothing is on the map. */
export const NL_BOUNDS: BoundsTuple = [
  [50.75, 3.36],
  [53.56, 7.23],
];
const MAX_BOUNDS: BoundsTuple = [
  [49.6, 1.2],
  [54.6, 9.6],
];
const maxBounds = latLngBounds(MAX_BOUNDS);
/** From this zoom on every partner has its own marker. */
export const CLUSTER_OFF_ZOOM = 14;
const CELL = 56;
/** Markers and outline are drawn this part of the view beyond each edge, so most pans draw nothing. */
const BEYOND = 0.3;
const MIN_ZOOM = 6;
const SVG = 'http://www.w3.org/2000/svg';
/** The cluster badge: a circle. */
const CLUSTER_SHAPE = 'M12 1a11 11 0 1 0 0 22a11 11 0 1 0 0-22z';

function svgShape(path: string, className: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', className);
  const shape = document.createElementNS(SVG, 'path');
  shape.setAttribute('d', path);
  svg.append(shape);
  return svg;
}

/** The listeners Leaflet's map adds to every move, which the engine replaces. */
interface MapInternals {
  _proxy?: HTMLElement;
  _animMoveEnd(): void;
  _panInsideMaxBounds(): void;
  on(types: string, fn: () => void, context: unknown): void;
  off(types: string, fn: () => void, context?: unknown): void;
}

/** What the outline's renderer keeps of Leaflet's (private) renderer state. */
interface RendererState {
  _map: LeafletMap;
  _bounds?: Bounds;
  _zoom?: number;
  _update(moved?: unknown): void;
}

/**
 * The outline's renderer. Leaflet's SVG renderer clips and simplifies every
 * province again after each move; this one draws `BEYOND` of the view past
 * each edge, as the markers are, and leaves the outline alone after a move
 * (pan) that stays inside what is drawn, at the same zoom and layer origin.
 * Zooms and view resets (which come without a move event) draw as before.
 */
function outlineRenderer(): Renderer {
  const renderer = svg({padding: BEYOND});
  const state = renderer as Renderer & RendererState;
  const update = state._update;
  let origin: Point | undefined;
  state._update = function (this: RendererState, moved?: unknown) {
    const map = this._map;
    const now = map.getPixelOrigin();
    if (moved && this._bounds && this._zoom === map.getZoom() && origin?.equals(now)) {
      const min = map.containerPointToLayerPoint([0, 0]);
      if (this._bounds.contains(min) && this._bounds.contains(min.add(map.getSize()))) return;
    }
    const drawn = this._bounds;
    update.call(this);
    if (this._bounds !== drawn) origin = now;
  };
  return renderer;
}

function keyOf(cluster: Cluster): string {
  return cluster.ids.length === 1 ? `p:${cluster.ids[0]}` : `c:${cluster.ids[0]}:${cluster.ids.length}`;
}

export class PartnerMapEngine {
  readonly map: LeafletMap;
  private readonly options: MapEngineOptions;
  private readonly container: HTMLElement;
  private readonly root: Document | ShadowRoot;
  private readonly resizeObserver: ResizeObserver;
  private points: MapPartner[] = [];
  /** The clusters of every zoom for `points`: a pan or zoom only reads it. */
  private index = new ClusterIndex([]);
  private byId = new Map<string, MapPartner>();
  private items: Item[] = [];
  private markers = new Map<string, Marker>();
  /** Markers taken off the map, kept to put back on a later zoom or pan (as markercluster does); per set of partners. */
  private spare = new Map<string, {marker: Marker; label: string}>();
  private itemCache = new WeakMap<Cluster, Item>();
  /** The zoom and area the markers were last drawn for. */
  private drawn?: {zoom: number; south: number; west: number; north: number; east: number};
  private activeKey?: string;
  private activeId?: string;
  private focusAfterRender = false;
  private popup?: Popup;
  private openId?: string;
  private tiles?: TileLayer;
  private tilesFailed = false;
  /** The provinces of the outline drawn so far, out of `provinces`. */
  private readonly outline: Polygon[] = [];
  private readonly provinces = provinceOutlines();
  private readonly outlineRenderer = outlineRenderer();

  constructor(options: MapEngineOptions) {
    this.options = options;
    this.container = options.container;
    this.root = this.container.getRootNode() as Document | ShadowRoot;
    adoptLeafletStyles(this.root);
    const animate = !(options.reducedMotion ?? matchMedia('(prefers-reduced-motion: reduce)').matches);
    this.map = leafletMap(this.container, {
      zoomControl: false,
      attributionControl: false,
      keyboard: false,
      scrollWheelZoom: false,
      minZoom: MIN_ZOOM,
      maxZoom: 18,
      maxBounds: MAX_BOUNDS,
      maxBoundsViscosity: 0.9,
      zoomAnimation: animate,
      fadeAnimation: animate,
      markerZoomAnimation: animate,
      inertia: animate,
      zoomSnap: 0.5,
    });
    const internals = this.map as unknown as MapInternals;
    // Leaflet checks maxBounds after every move; `render` does it, with the view's bounds it reads anyway.
    internals.off('moveend', internals._panInsideMaxBounds);
    const labels = options.labels();
    control.zoom({position: 'topright', zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut}).addTo(this.map);
    control
      .attribution({position: 'bottomright', prefix: '<a href="https://leafletjs.com/">Leaflet</a>'})
      .addTo(this.map);
    // One view from the start, before the outline is drawn at it (`drawOutline`).
    this.fit(located(options.initialView ?? []));
    this.setTiles(options.tiles);
    // Leaflet sets its zoom-animation proxy (an invisible element whose transition ends a zoom
    // animation) after every move, and reads it only when a zoom animation starts: set it then
    // (from here on, once the map has a view).
    if (internals._proxy) {
      internals.off('moveend', internals._animMoveEnd, internals);
      internals.on('zoomstart', internals._animMoveEnd, internals);
    }

    this.map.on('moveend', () => this.render(false));
    this.container.addEventListener('keydown', this.onKeyDown);
    this.container.addEventListener('focusin', this.enableWheel);
    this.container.addEventListener('pointerdown', this.enableWheel);
    this.container.addEventListener('focusout', this.onFocusOut);
    this.container.addEventListener('pointerleave', this.onPointerLeave);
    // Created while hidden (no size): fit the partners the first time it shows. Shown again
    // later (list, then map), it keeps the view the visitor left.
    let fitWhenShown = this.container.clientWidth === 0;
    this.resizeObserver = new ResizeObserver(() => {
      this.map.invalidateSize({animate: false});
      if (fitWhenShown && this.container.clientWidth > 0) {
        fitWhenShown = false;
        this.fit();
      }
    });
    this.resizeObserver.observe(this.container);
  }

  /** Shows these partners; `fit` zooms to them (on load). */
  setPartners(partners: readonly MapInput[], fit = false): void {
    const points = (this.points = located(partners));
    this.byId = new Map(points.map((point) => [point.id, point]));
    this.index = new ClusterIndex(this.points, {radius: CELL, minZoom: MIN_ZOOM, maxZoom: CLUSTER_OFF_ZOOM - 1});
    this.spare.clear();
    if (this.openId && !this.byId.has(this.openId)) this.map.closePopup();
    if (fit) this.fit();
    this.render();
  }

  /** Zooms to the partners (those on the map unless given), or to the whole country when there are none. */
  fit(points: readonly MapPartner[] = this.points): void {
    if (points.length === 0) {
      this.map.fitBounds(NL_BOUNDS, {animate: false});
      return;
    }
    let south = 90;
    let west = 180;
    let north = -90;
    let east = -180;
    for (const {lat, lon} of points) {
      south = Math.min(south, lat);
      north = Math.max(north, lat);
      west = Math.min(west, lon);
      east = Math.max(east, lon);
    }
    this.map.fitBounds(
      [
        [south, west],
        [north, east],
      ],
      {padding: [32, 32], maxZoom: 11, animate: false},
    );
  }

  /**
   * Draws the next `count` provinces of the outline (all when not given); true
   * once the whole outline is on the map. The widget draws it over a few tasks.
   */
  drawOutline(count = Infinity): boolean {
    const labels = this.options.labels();
    for (const [, rings] of this.provinces.slice(this.outline.length, this.outline.length + count)) {
      this.outline.push(
        polygon(
          rings.map((ring) => ring.map(([lat, lon]) => [lat, lon] as [number, number])),
          {
            className: 'pm-province',
            renderer: this.outlineRenderer,
            interactive: false,
            weight: 1,
            attribution: this.outline.length === 0 ? labels.outlineAttribution : undefined,
          },
        ).addTo(this.map),
      );
    }
    return this.outline.length === this.provinces.length;
  }

  /** Switches the base layer under the outline (`undefined`: the outline only). */
  setTiles(source: TileSource | undefined): void {
    this.tiles?.remove();
    this.tiles = undefined;
    this.tilesFailed = false;
    this.container.classList.toggle('pm-has-tiles', !!source);
    if (!source) return;
    this.tiles = tileLayer(source.url, {attribution: source.attribution, maxZoom: source.maxZoom}).addTo(this.map);
    this.tiles.on('tileerror', () => {
      if (this.tilesFailed) return;
      this.tilesFailed = true;
      this.container.classList.add('pm-tiles-failed');
      this.options.onTilesFailed?.();
    });
  }

  /** Renders the labels again (after a language change). */
  refreshLabels(): void {
    this.spare.clear();
    for (const item of this.items) {
      const element = this.markers.get(item.key)?.getElement();
      if (element) element.setAttribute('aria-label', this.label(item));
    }
    const labels = this.options.labels();
    for (const [selector, text] of [['.leaflet-control-zoom-in', labels.zoomIn], ['.leaflet-control-zoom-out', labels.zoomOut]]) {
      const button = this.container.querySelector(selector);
      button?.setAttribute('title', text);
      button?.setAttribute('aria-label', text);
    }
  }

  /** Moves keyboard focus to the map's tab stop (the active marker). */
  focus(): boolean {
    const element = this.activeElement();
    element?.focus();
    return !!element;
  }

  /** Opens the card of a partner on the map; `focus` moves focus into it. */
  open(id: string, focus = true): void {
    const partner = this.byId.get(id);
    if (!partner) return;
    this.map.closePopup();
    this.activeId = id;
    const content = document.createElement('div');
    content.className = 'pm-popup';
    content.setAttribute('role', 'dialog');
    content.setAttribute('aria-label', partner.name);
    content.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        this.close(true);
      }
    });
    this.options.renderCard(id, content, () => this.close(true));
    const popup = leafletPopup({
      closeButton: false,
      closeOnEscapeKey: false,
      autoPanPadding: [16, 16],
      maxWidth: 320,
      minWidth: 200,
      offset: [0, -8],
    })
      .setLatLng([partner.lat, partner.lon])
      .setContent(content);
    this.popup = popup;
    this.openId = id;
    popup.on('remove', () => {
      if (this.popup !== popup) return;
      const hadFocus = content.contains(this.root.activeElement);
      this.popup = undefined;
      this.openId = undefined;
      this.markOpen();
      // Closed by a click on the map or a filter change: focus is not lost, it goes back to the marker.
      if (hadFocus) {
        this.activeId = id;
        this.syncActive();
        this.focus();
      }
    });
    popup.openOn(this.map);
    this.markOpen();
    if (focus) (content.querySelector<HTMLElement>('[data-autofocus]') ?? content).focus({preventScroll: true});
    this.options.onOpen?.(id);
  }

  /** Closes the card; `returnFocus` puts focus back on the partner's marker. */
  close(returnFocus = false): void {
    const id = this.openId;
    this.map.closePopup();
    if (!returnFocus || !id) return;
    this.activeId = id;
    this.syncActive();
    this.focus();
  }

  /** The id of the partner whose card is open. */
  get openPartner(): string | undefined {
    return this.openId;
  }

  /** What is on the map now, in keyboard order: accessible names (for tests and debugging). */
  get renderedLabels(): string[] {
    return this.items.map((item) => this.label(item));
  }

  invalidateSize(): void {
    this.map.invalidateSize({animate: false});
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.container.removeEventListener('keydown', this.onKeyDown);
    this.container.removeEventListener('focusin', this.enableWheel);
    this.container.removeEventListener('pointerdown', this.enableWheel);
    this.container.removeEventListener('focusout', this.onFocusOut);
    this.container.removeEventListener('pointerleave', this.onPointerLeave);
    // Leaflet finishes a zoom animation from a timer, which throws once the map
    // is gone (Leaflet issue 6868); mark the animation as done before removing.
    (this.map as unknown as {_animatingZoom?: boolean})._animatingZoom = false;
    this.map.remove();
    this.markers.clear();
    this.spare.clear();
    this.outline.length = 0;
  }

  private label(item: Item): string {
    const labels = this.options.labels();
    if (item.ids.length === 1) {
      const {name, sector} = this.byId.get(item.ids[0])!;
      return labels.marker(name, labels.sectors[sector]);
    }
    // provinceAt keeps each position's province (a point-in-polygon test) in a cache of its own.
    const provinces = item.ids.map((id) => {
      const {lat, lon} = this.byId.get(id)!;
      return provinceAt(lat, lon);
    });
    return labels.cluster(this.options.count(item.ids.length), clusterPlace(provinces, labels));
  }

  /**
   * Clusters for the current zoom and puts the markers in and around the view on
   * the map (30% of the view beyond each edge). After a pan (`force` false) that
   * stays inside what is drawn at the same zoom, there is nothing to do.
   */
  private render(force = true): void {
    const zoom = this.map.getZoom();
    const bounds = this.map.getBounds();
    // What Leaflet's maxBounds does after a move, only when the view is not inside them.
    if (!force && !maxBounds.contains(bounds)) this.map.panInsideBounds(MAX_BOUNDS);
    if (!force && this.drawn && this.drawn.zoom === zoom) {
      const {lat: s, lng: w} = bounds.getSouthWest();
      const {lat: n, lng: e} = bounds.getNorthEast();
      const d = this.drawn;
      if (s >= d.south && w >= d.west && n <= d.north && e <= d.east) return;
    }
    const hadFocus = this.hasMarkerFocus();
    const view = bounds.pad(BEYOND);
    const {lat: south, lng: west} = view.getSouthWest();
    const {lat: north, lng: east} = view.getNorthEast();
    this.drawn = {zoom, south, west, north, east};
    this.items = this.index
      .clusters(zoom, [
        [south, west],
        [north, east],
      ])
      .map((cluster) => this.itemOf(cluster));
    const next = new Map<string, Marker>();
    for (const item of this.items) {
      let marker = this.markers.get(item.key);
      const spare = marker ? undefined : this.spare.get(item.key);
      if (marker) {
        this.markers.delete(item.key);
      } else if (spare) {
        // Back on the map: Leaflet makes a new outer element, so it gets its role and name again.
        this.spare.delete(item.key);
        marker = spare.marker.addTo(this.map);
        this.decorate(marker, item, spare.label);
      } else {
        marker = this.createMarker(item);
      }
      const at = marker.getLatLng();
      if (at.lat !== item.lat || at.lng !== item.lon) marker.setLatLng([item.lat, item.lon]);
      next.set(item.key, marker);
    }
    for (const [key, stale] of this.markers) {
      this.spare.set(key, {marker: stale, label: stale.getElement()?.getAttribute('aria-label') ?? ''});
      stale.remove();
    }
    this.markers = next;
    this.syncActive();
    this.markOpen();
    if (hadFocus && !this.hasMarkerFocus()) this.focusAfterRender = true;
    if (this.focusAfterRender) {
      this.focusAfterRender = false;
      this.focus();
    }
  }

  /** The item of a cluster of the index, made once per cluster. */
  private itemOf(cluster: Cluster): Item {
    let item = this.itemCache.get(cluster);
    if (!item) {
      item = {key: keyOf(cluster), ids: cluster.ids, lat: cluster.lat, lon: cluster.lon, bounds: cluster.bounds};
      this.itemCache.set(cluster, item);
    }
    return item;
  }

  private createMarker(item: Item): Marker {
    const single = item.ids.length === 1;
    let html: HTMLElement | SVGSVGElement;
    let size: number;
    let className: string;
    if (single) {
      const sector = this.byId.get(item.ids[0])!.sector;
      html = svgShape(this.options.shapes[sector], `shape shape-${sector}`);
      size = 28;
      className = 'pm-marker';
    } else {
      const wrap = document.createElement('span');
      wrap.className = 'pm-cluster-inner';
      const count = document.createElement('span');
      count.className = 'pm-count';
      count.textContent = String(item.ids.length);
      count.setAttribute('aria-hidden', 'true');
      wrap.append(svgShape(CLUSTER_SHAPE, 'shape'), count);
      html = wrap;
      size = item.ids.length < 10 ? 36 : item.ids.length < 100 ? 42 : 48;
      className = 'pm-marker pm-cluster';
    }
    const icon = divIcon({
      html: html as HTMLElement,
      className,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
    const marker = leafletMarker([item.lat, item.lon], {icon, keyboard: false, riseOnHover: true});
    marker.on('click', () => this.activate(item.key));
    marker.addTo(this.map);
    this.decorate(marker, item, this.label(item));
    return marker;
  }

  /** A marker's element as a button with its accessible name. */
  private decorate(marker: Marker, item: Item, label: string): void {
    const element = marker.getElement()!;
    element.setAttribute('role', 'button');
    element.setAttribute('tabindex', '-1');
    element.setAttribute('aria-label', label);
    if (item.ids.length === 1) element.setAttribute('aria-haspopup', 'dialog');
    element.dataset.key = item.key;
  }

  private hasMarkerFocus(): boolean {
    const active = this.root.activeElement;
    return !!active && active instanceof HTMLElement && !!active.dataset.key && this.container.contains(active);
  }

  private activeElement(): HTMLElement | undefined {
    return this.activeKey ? this.markers.get(this.activeKey)?.getElement() : undefined;
  }

  /** Keeps exactly one marker in the tab order: the one holding `activeId`, else the first. */
  private syncActive(): void {
    let key = this.items[0]?.key;
    if (this.activeId) {
      const holder = this.items.find((item) => item.ids.includes(this.activeId!));
      if (holder) key = holder.key;
    }
    this.activeKey = key;
    for (const [itemKey, marker] of this.markers) {
      const element = marker.getElement();
      if (!element) continue;
      // Only what changes: a pan touches no marker that stays.
      const active = itemKey === key;
      if (element.tabIndex !== (active ? 0 : -1)) element.tabIndex = active ? 0 : -1;
      if (element.classList.contains('pm-active') !== active) element.classList.toggle('pm-active', active);
    }
  }

  private markOpen(): void {
    for (const [key, marker] of this.markers) {
      const list = marker.getElement()?.classList;
      const open = !!this.openId && key === `p:${this.openId}`;
      if (list && list.contains('pm-open') !== open) list.toggle('pm-open', open);
    }
  }

  private moveTo(index: number): void {
    const item = this.items[Math.max(0, Math.min(this.items.length - 1, index))];
    if (!item) return;
    this.activeId = item.ids[0];
    this.syncActive();
    this.focus();
    this.map.panInside([item.lat, item.lon], {padding: [40, 40]});
  }

  /** Enter, Space or a click on a marker: open the card, or zoom into the cluster. */
  private activate(key: string): void {
    const item = this.items.find((candidate) => candidate.key === key);
    if (!item) return;
    this.activeId = item.ids[0];
    this.syncActive();
    if (item.ids.length === 1) {
      this.open(item.ids[0], true);
      return;
    }
    const current = this.map.getZoom();
    const fitted = this.map.getBoundsZoom(item.bounds, false, [48, 48]);
    const target = Math.min(this.map.getMaxZoom(), Math.max(current + 1, Math.min(fitted, CLUSTER_OFF_ZOOM)));
    this.focusAfterRender = true;
    this.map.fitBounds(item.bounds, {padding: [48, 48], maxZoom: target});
    if (this.map.getZoom() === current && target === current) this.render();
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-key]');
    if (!target || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = this.items.findIndex((item) => item.key === target.dataset.key);
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        this.moveTo(index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        this.moveTo(index - 1);
        break;
      case 'Home':
        this.moveTo(0);
        break;
      case 'End':
        this.moveTo(this.items.length - 1);
        break;
      case 'Enter':
      case ' ':
        this.activate(target.dataset.key!);
        break;
      case '+':
      case '=':
        this.focusAfterRender = true;
        this.map.zoomIn(1);
        break;
      case '-':
      case '_':
        this.focusAfterRender = true;
        this.map.zoomOut(1);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  private readonly enableWheel = (): void => {
    this.map.scrollWheelZoom.enable();
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    if (!this.container.contains(event.relatedTarget as Node | null)) this.map.scrollWheelZoom.disable();
  };

  private readonly onPointerLeave = (): void => {
    if (!this.container.contains(this.root.activeElement)) this.map.scrollWheelZoom.disable();
  };
}

let sheet: CSSStyleSheet | undefined;

/** Adds Leaflet's styles to the shadow root (or document) the map lives in, once. */
function adoptLeafletStyles(root: Document | ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(leafletCss);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Creates the map; the element calls this after `import('./map-engine.js')`. */
export function createPartnerMap(options: MapEngineOptions): PartnerMapEngine {
  return new PartnerMapEngine(options);
}
