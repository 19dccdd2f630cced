/**
 * The Etalage's catalogue of the feed it shows, and the outcome of the current
 * search, filters and sort. The catalogue is built when a new feed is shown
 * (`FeedController.changed`), not when an identical feed is set again; a big
 * feed's catalogue is built in slices that yield to the page (the loading box
 * shows meanwhile), aborted when the feed changes or the Etalage leaves the
 * page, and built again when it comes back.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {FeedController} from '../feed/feed-controller.js';
import {yieldToMain} from '../internal/yield-to-main.js';
import {buildCatalogue, buildCatalogueInSlices, select, type Catalogue, type Outcome, type Selection} from './catalogue.js';

/** From this many initiatives on, the catalogue is built in slices (10,000 take a few hundred ms at once). */
export const SLICED_FROM = 1_000;

export class CatalogueController implements ReactiveController {
  /** The catalogue of the feed shown; undefined while a big one is built. */
  catalogue?: Catalogue;
  /** The results of the current selection; undefined until the catalogue is there. */
  outcome?: Outcome;
  private readonly host: ReactiveControllerHost;
  private readonly feed: Pick<FeedController, 'state' | 'changed'>;
  /** A build in slices under way. */
  private building?: AbortController;
  /** A new feed's count is yet to be said. */
  private unsaid = false;

  /** While true (the page is printed), a big catalogue is built at once: paper cannot wait for slices. */
  private readonly printing: () => boolean;

  constructor(host: ReactiveControllerHost, feed: Pick<FeedController, 'state' | 'changed'>, printing = () => false) {
    (this.host = host).addController(this);
    this.feed = feed;
    this.printing = printing;
  }

  hostConnected(): void {
    // Back after a disconnect aborted a build: build it again (`update` starts it).
    if (!this.catalogue && this.feed.state.status === 'ready') this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Unfinished: built again when the host comes back (see hostConnected).
    this.building?.abort();
    this.building = undefined;
  }

  /**
   * Called in the host's `willUpdate`: builds the catalogue of a new feed, and
   * selects again when `selectionChanged` (or a catalogue just came in).
   * Returns true once per new feed, in the update where its outcome is first
   * known (to announce the count).
   */
  update(selection: () => Selection, selectionChanged: boolean): boolean {
    const state = this.feed.state;
    const initiatives = state.status === 'ready' ? (state.feed.initiatives ?? []) : undefined;
    const now = this.printing();
    if (initiatives && (this.feed.changed || (!this.catalogue && (!this.building || now)))) {
      this.building?.abort();
      this.building = undefined;
      this.unsaid = true;
      this.catalogue = this.outcome = undefined;
      if (initiatives.length >= SLICED_FROM && !now) {
        const build = (this.building = new AbortController());
        void buildCatalogueInSlices(initiatives, build.signal).then((catalogue) => {
          if (!catalogue || build.signal.aborted) return;
          this.building = undefined;
          this.catalogue = catalogue;
          this.host.requestUpdate();
        });
      } else {
        const catalogue = (this.catalogue = buildCatalogue(initiatives));
        // The search texts in a task of their own after this render: not shown, but ready for the first keystroke.
        void yieldToMain().then(() => catalogue.texts);
      }
    }
    if (this.catalogue && (selectionChanged || !this.outcome)) this.outcome = select(this.catalogue, selection());
    const say = this.unsaid && !!this.outcome;
    if (say) this.unsaid = false;
    return say;
  }
}
