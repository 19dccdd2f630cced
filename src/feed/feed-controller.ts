/**
 * Gives a widget its feed. In order of precedence: a `feed` object set from
 * JavaScript, the widget's own `src`, or the feed of the nearest `<ncte-feed>`
 * around it (through @lit/context). Loads are shared per URL and aborted when
 * the widget leaves the page.
 */
import {ContextConsumer} from '@lit/context';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {feedContext, type FeedContextValue} from './context.js';
import {IDLE, LOADING, type FeedState} from './feed-state.js';
import {acceptFeedObject, loadFeed} from './load.js';
import {FeedError, type FeedIssue} from './validate.js';
import {FeedIssuesEvent} from '../events/feed-issues.js';

/** The properties a widget exposes for its feed. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** URL of the feed JSON. */
  src?: string;
  /** A feed object given from JavaScript. */
  feed?: unknown;
  /** Milliseconds before a load counts as failed. */
  timeout?: number;
}

/** Turns anything thrown while loading into a `FeedError`. */
export function toFeedError(error: unknown): FeedError {
  if (error instanceof FeedError) return error;
  return new FeedError('shape', error instanceof Error ? error.message : String(error));
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export class FeedController implements ReactiveController {
  private readonly host: FeedHost;
  private readonly consumer: ContextConsumer<{__context__: FeedContextValue}, FeedHost>;
  private ownState: FeedState = IDLE;
  private loadedSrc?: string;
  private loadedFeed?: unknown;
  private abort?: AbortController;
  private lastReported?: FeedState;

  constructor(host: FeedHost) {
    this.host = host;
    host.addController(this);
    this.consumer = new ContextConsumer(host, {context: feedContext, subscribe: true});
  }

  /**
   * The current state of the feed this widget shows. Reading it also takes in a
   * changed `feed` or `src`, so `willUpdate` (which Lit runs before controllers'
   * `hostUpdate`) already sees the new state.
   */
  get state(): FeedState {
    this.sync();
    if (this.host.feed !== undefined || this.host.src) return this.ownState;
    return this.consumer.value?.state ?? IDLE;
  }

  /** Problems found in the feed (items left out), empty when none. */
  get issues(): FeedIssue[] {
    const state = this.state;
    return state.status === 'ready' ? state.issues : [];
  }

  /** True when the feed comes from a surrounding `<ncte-feed>`. */
  get fromProvider(): boolean {
    return this.host.feed === undefined && !this.host.src && this.consumer.value !== undefined;
  }

  hostConnected(): void {
    // Coming back after a disconnect aborted the load: load again.
    if (this.ownState === IDLE && (this.host.src || this.host.feed !== undefined)) this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.sync();
  }

  private sync(): void {
    if (!this.host.isConnected) return;
    const {feed, src} = this.host;
    if (feed !== undefined) {
      if (feed !== this.loadedFeed) this.acceptObject(feed);
    } else if (src) {
      if (src !== this.loadedSrc || this.loadedFeed !== undefined) this.load(src, false);
    } else if (this.loadedSrc !== undefined || this.loadedFeed !== undefined) {
      this.reset();
    }
  }

  hostUpdated(): void {
    // Own loads report their problems once; a provider reports for its widgets.
    const state = this.ownState;
    if (state !== this.lastReported && state.status === 'ready' && !this.fromProvider) {
      this.lastReported = state;
      if (state.issues.length > 0) this.host.dispatchEvent(new FeedIssuesEvent(state.issues));
    }
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    if (this.ownState.status === 'loading') {
      // Load again when the widget comes back.
      this.loadedSrc = undefined;
      this.ownState = IDLE;
    }
  }

  /** Loads the feed again (the retry button). */
  retry(): void {
    if (this.host.feed !== undefined) {
      this.acceptObject(this.host.feed);
    } else if (this.host.src) {
      this.load(this.host.src, true);
    } else {
      this.consumer.value?.retry();
    }
  }

  private reset(): void {
    this.abort?.abort();
    this.loadedSrc = undefined;
    this.loadedFeed = undefined;
    this.ownState = IDLE;
  }

  private acceptObject(feed: unknown): void {
    this.abort?.abort();
    this.loadedSrc = undefined;
    this.loadedFeed = feed;
    try {
      const {feed: valid, issues} = acceptFeedObject(feed);
      this.ownState = {status: 'ready', feed: valid, issues};
    } catch (error) {
      this.ownState = {status: 'error', error: toFeedError(error)};
    }
  }

  private load(src: string, reload: boolean): void {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loadedSrc = src;
    this.loadedFeed = undefined;
    this.ownState = LOADING;
    this.host.requestUpdate();
    loadFeed(src, {signal: abort.signal, reload, timeout: this.host.timeout}).then(
      ({feed, issues}) => {
        if (abort.signal.aborted) return;
        this.ownState = {status: 'ready', feed, issues};
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (abort.signal.aborted || isAbort(error)) return;
        this.ownState = {status: 'error', error: toFeedError(error)};
        this.host.requestUpdate();
      },
    );
  }
}
