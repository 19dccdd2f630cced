/**
 * The map's lifecycle for `<ncte-partner-map>`: loads the map engine (Leaflet,
 * a chunk of its own) the first time the map is shown, creates the map on the
 * element's map container, drops it when that container leaves the DOM or the
 * element leaves the page (and starts again on the next container), and pushes
 * what changed: partners (fitting the view once per feed), tiles, labels and
 * the size. The element only says what to show (`show`); this controller does
 * the rest after each update.
 *
 * Starting the map is split over tasks so no one of them blocks the page long
 * (each under 100 ms with the CPU throttled 4×, as on a mid-range phone): the
 * engine module is evaluated; the map is made at its first view; the province
 * outline is drawn a third at a time; then the markers.
 */
import type {LitElement, ReactiveController} from 'lit';
import {LazyModule} from '../controllers/lazy-module.js';
import {yieldToMain} from '../internal/yield-to-main.js';
import type {MapEngineOptions, MapInput, MapLabels, PartnerMapEngine} from './map-engine.js';
import {SECTOR_SHAPES} from './sector-shapes.js';

/** What the map shows; the element gives it after each update (`undefined`: the map is not shown now). */
export interface MapContent {
  /** The element Leaflet takes over (inside the widget's shadow root); not there before the first render. */
  container?: HTMLElement;
  /** The partners on the map (those with a location); a new array means new partners. */
  partners: readonly MapInput[];
  /** The view is fitted to the partners once for each new value (the feed). */
  fitKey: unknown;
  /** The `tiles` and `tiles-attribution` attributes. */
  tiles?: string;
  tilesAttribution?: string;
  /** The language of the labels; a change relabels the map. */
  lang: string;
}

export interface MapControllerOptions extends Pick<MapEngineOptions, 'count' | 'renderCard' | 'onOpen'> {
  /** What to show now; called in the host's update cycle. */
  show(): MapContent | undefined;
  /** The map's texts, in the current language. */
  labels(): MapLabels;
  /** Tiles failed to load (once per tile source); `tilesFailed` is true from then on. */
  onTilesFailed?(): void;
}

export type MapStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** Provinces of the outline drawn per task while the map starts (of twelve; 10-30 ms at 4× CPU). */
const OUTLINE_PER_TASK = 4;

/** The tiles a content asks for, as one value to compare. */
const tilesOf = (content?: MapContent) => `${content?.tiles}\n${content?.tilesAttribution}`;

export class MapController implements ReactiveController {
  /** `loading` from the update that first shows the map until its markers are drawn. */
  status: MapStatus = 'idle';
  /** The tiles of the current `tiles` value failed to load. */
  tilesFailed = false;
  /** The map, once created. */
  engine?: PartnerMapEngine;
  private readonly host: LitElement;
  private readonly options: MapControllerOptions;
  private readonly module: LazyModule<typeof import('./map-engine.js')>;
  /** The start under way or done (module, map, markers), for `ready()`. */
  #starting?: Promise<void>;
  /** What the engine shows: the partners, the feed it fitted, the tiles and language it has. */
  private partners?: readonly MapInput[];
  #fitted?: unknown;
  private tiles?: string;
  private lang?: string;

  constructor(host: LitElement, options: MapControllerOptions) {
    (this.host = host).addController(this);
    this.options = options;
    this.module = new LazyModule(host, () => import('./map-engine.js'));
  }

  hostConnected(): void {
    // Back on the page after a removal: render again, so the map is rebuilt.
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.drop();
  }

  hostUpdate(): void {
    // Decided before rendering, where a state change would cost a second update.
    const content = this.options.show();
    if (content && tilesOf(content) !== this.tiles) this.tilesFailed = false;
    if (content && !this.engine && this.status === 'idle') this.status = 'loading';
  }

  hostUpdated(): void {
    const content = this.options.show();
    if (this.engine && !this.engine.map.getContainer().isConnected) {
      // The map's element left the DOM (an error or loading state replaced the
      // views): start again on the new one when the map is shown.
      this.drop();
    }
    if (!content?.container) return;
    // While the map starts, `start()` shows what is current when it is done.
    if (this.status !== 'ready') {
      if (!this.#starting) this.#start();
      return;
    }
    this.#push(content);
  }

  /**
   * Gives the map what changed in `content`: partners (fitting once per feed), tiles, labels.
   * (Its size after it was hidden: the engine follows its container's size itself.)
   */
  #push(content: MapContent): void {
    const engine = this.engine!;
    if (tilesOf(content) !== this.tiles) {
      this.tiles = tilesOf(content);
      engine.setTiles(this.module.value!.tileSource(content.tiles, content.tilesAttribution));
    }
    if (content.partners !== this.partners) {
      this.partners = content.partners;
      engine.setPartners(content.partners, content.fitKey !== this.#fitted);
      this.#fitted = content.fitKey;
    }
    if (content.lang !== this.lang) {
      this.lang = content.lang;
      engine.refreshLabels();
    }
  }

  /** Resolves once the map is on screen (after the engine loaded), or at once when it is not started. */
  async ready(): Promise<PartnerMapEngine | undefined> {
    await this.#starting;
    return this.engine;
  }

  /** Removes the map; it starts again the next time it is shown. */
  drop(): void {
    this.engine?.destroy();
    this.engine = undefined;
    this.#starting = undefined;
    this.status = 'idle'; // the next start sets what the new map shows
  }

  /** Loads the engine (Leaflet and the outline), creates the map, draws the outline, then the markers, in tasks of their own. */
  #start(): void {
    this.status = 'loading'; // already so when hostUpdate saw the map coming
    const starting = this.module.load().then(
      async ({createPartnerMap, tileSource}) => {
        await yieldToMain();
        const content = this.options.show();
        if (this.#starting !== starting) return;
        if (!content?.container) {
          // The map was hidden (the list view) while the engine loaded: start again when it is shown.
          this.#starting = undefined;
          this.status = 'idle';
          return;
        }
        const engine = createPartnerMap({
          container: content.container,
          shapes: SECTOR_SHAPES,
          tiles: tileSource(content.tiles, content.tilesAttribution),
          labels: this.options.labels,
          count: this.options.count,
          renderCard: this.options.renderCard,
          onOpen: this.options.onOpen,
          onTilesFailed: () => {
            this.tilesFailed = true;
            this.host.requestUpdate();
            this.options.onTilesFailed?.();
          },
          initialView: content.partners,
        });
        this.engine = engine;
        // What the map has now: the view of these partners (the markers come last), its tiles and labels.
        this.partners = undefined;
        this.#fitted = content.fitKey;
        this.tiles = tilesOf(content);
        this.lang = content.lang;
        // The outline a few provinces per task, then the markers of what is shown by then (once).
        do await yieldToMain();
        while (this.engine === engine && !engine.drawOutline(OUTLINE_PER_TASK));
        if (this.engine !== engine) return;
        this.status = 'ready';
        this.#push(this.options.show() ?? content);
        this.host.requestUpdate();
      },
      () => {
        if (this.#starting !== starting) return;
        this.status = 'failed';
        this.host.requestUpdate();
      },
    );
    this.#starting = starting;
  }
}
