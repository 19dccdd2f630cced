/**
 * Lazy start: tells a widget whether it should do its work yet. A widget more
 * than about one screen away from the viewport waits (an IntersectionObserver
 * with a margin of one screen) until the visitor scrolls near it. It starts at
 * once with `loading="eager"`, when the page is printed, when `atOnce` says so
 * (a deep link, an item to open), or where IntersectionObserver is missing.
 * Once started it stays started.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** How far from the viewport a widget starts: one screen above, below and beside it. */
export const NEAR_MARGIN = '100%';

export interface LazyHost extends ReactiveControllerHost, HTMLElement {
  /** `eager` starts at once; anything else waits until the widget is near the viewport. */
  loading?: string;
}

export interface NearViewportOptions {
  /** Asked whenever the widget wonders whether to start: true starts it at once. */
  atOnce?: () => boolean;
  /** Called once when the widget starts after having waited (default: `host.requestUpdate()`). */
  onStart?: () => void;
}

const printing = () => typeof matchMedia === 'function' && matchMedia('print').matches;

export class NearViewportController implements ReactiveController {
  readonly #host: LazyHost;
  readonly #options: NearViewportOptions;
  #started = false;
  #observer?: IntersectionObserver;
  /** Whether the observer has reported since the widget was connected. */
  #observed = false;
  #measured = false;
  // Printing cannot wait: the widget renders before the page is laid out for print.
  readonly #onBeforePrint = () => {
    this.start(false);
    this.#host.requestUpdate();
  };

  constructor(host: LazyHost, options: NearViewportOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /**
   * Whether the widget should do its work now. Asked before the observer has
   * reported (a feed given as an object at the first render), it measures the
   * widget once, so content near the viewport shows in the same frame.
   */
  get near(): boolean {
    if (!this.#started && (this.#host.loading === 'eager' || this.#options.atOnce?.() || printing() || this.#measure())) {
      this.start(false);
    }
    return this.#started;
  }

  /** Starts the widget now (printing, a deep link); does nothing when it has started. */
  start(notify = true): void {
    if (this.#started) return;
    this.#started = true;
    this.#stopWatching();
    if (notify) (this.#options.onStart ?? (() => this.#host.requestUpdate()))();
  }

  hostConnected(): void {
    if (this.#started) return;
    this.#observed = false;
    this.#measured = false;
    if (typeof IntersectionObserver !== 'function') {
      this.#started = true;
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        this.#observed = true;
        if (entries.some((entry) => entry.isIntersecting)) this.start();
      },
      {rootMargin: NEAR_MARGIN},
    );
    this.#observer.observe(this.#host);
    window.addEventListener('beforeprint', this.#onBeforePrint);
  }

  hostDisconnected(): void {
    this.#stopWatching();
  }

  #stopWatching(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    window.removeEventListener('beforeprint', this.#onBeforePrint);
  }

  /** Once per connection, before the observer reports: is the widget within a screen of the viewport? */
  #measure(): boolean {
    if (this.#observed || this.#measured || !this.#host.isConnected) return false;
    this.#measured = true;
    if (this.#host.getClientRects().length === 0) return false; // not rendered (display: none)
    const rect = this.#host.getBoundingClientRect();
    const height = innerHeight;
    const width = innerWidth;
    return rect.bottom >= -height && rect.top <= 2 * height && rect.right >= -width && rect.left <= 2 * width;
  }
}
