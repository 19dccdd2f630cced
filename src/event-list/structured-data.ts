/**
 * schema.org data for search engines: one `<script type="application/ld+json"
 * data-ncte-event-list>` as the host's own light-DOM child, with the activities
 * shown, kept in sync after each update and removed when the host leaves the
 * page. The JSON-LD builder (`json-ld.ts`) is a chunk loaded once the list is
 * shown: it draws nothing, so it stays out of the bundle and out of the task
 * that shows the list. Printing keeps the data of the page as it was.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {LazyModule} from '../controllers/lazy-module.js';
import type {FeedEvent} from '../feed/schema.js';

type JsonLdModule = typeof import('./json-ld.js');

export interface StructuredDataOptions<T> {
  /** The items (each with its activity) to describe now: the same array while they stay the same; undefined: none. */
  items: () => readonly T[] | undefined;
  /** The deep link of an activity. */
  url: (event: FeedEvent) => string;
  /** While true, the data written stays as it is (printing). */
  hold: () => boolean;
}

export class StructuredDataController<T extends {event: FeedEvent}> implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: StructuredDataOptions<T>;
  private readonly jsonLd: LazyModule<JsonLdModule>;
  private script?: HTMLScriptElement;
  /** The items the script describes. */
  private written?: readonly T[];
  /** The items the builder was last asked for. */
  private asked?: readonly T[];

  constructor(host: ReactiveControllerHost & HTMLElement, options: StructuredDataOptions<T>) {
    (this.host = host).addController(this);
    this.options = options;
    this.jsonLd = new LazyModule(host, () => import('./json-ld.js'));
  }

  /** The builder's load under way, if it is not in yet. */
  get pending(): Promise<unknown> | undefined {
    return this.jsonLd.pending;
  }

  hostConnected(): void {
    // Back on the page (the script was removed when it left): written again.
    if (this.script) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.remove();
  }

  hostUpdated(): void {
    const host = this.host;
    const current = this.options.items();
    if (!current || !host.isConnected) {
      this.remove();
      return;
    }
    const items = this.options.hold() ? (this.written ?? current) : current;
    if (this.script?.parentNode === host && this.written === items) return;
    const jsonLd = this.jsonLd.value;
    if (!jsonLd) {
      // The host renders again when the builder is in, and this runs again. After a
      // failure (offline) it is asked for again when the items change, not on every update.
      if (this.asked !== items) this.jsonLd.load().catch(() => undefined);
      this.asked = items;
      return;
    }
    this.written = items;
    const script = (this.script ??= document.createElement('script'));
    script.type = 'application/ld+json';
    script.dataset.ncteEventList = '';
    script.textContent = jsonLd.serializeJsonLd(jsonLd.eventsToJsonLd(items.map((item) => item.event), this.options.url));
    if (script.parentNode !== host) host.append(script);
  }

  private remove(): void {
    this.script?.remove();
    this.written = undefined;
  }
}
