/**
 * Gives a widget its feed. In order of precedence: a `feed` object set from
 * JavaScript, the widget's own `src`, or the feed of the nearest `<ncte-feed>`
 * around it (through @lit/context). Loads are shared per URL and aborted when
 * the widget leaves the page. The widget names the sections it shows; only those
 * are validated (once per feed, however many widgets show them), so a widget's
 * bundle carries only its own schemas.
 *
 * Lazy start (`NearViewportController`): a widget far from the viewport starts
 * its request at once but parses, validates and renders the feed only when it
 * comes near; until then it shows its loading state. Once near, parsing,
 * validating and rendering run in separate tasks, so none of them blocks the
 * page long.
 *
 * Inside an `<ncte-feed>` that is not defined yet (single-widget CDN bundles
 * do not carry it), the widget loads it and shows its loading state until it
 * can ask again (`#awaitProvider`).
 */
import {ContextConsumer} from '@lit/context';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {feedContext, type FeedContextValue} from './context.js';
import {IDLE, LOADING, type FeedSourceState, type FeedState} from './feed-state.js';
import {acceptFeedObject, feedSource, reportIssues, requestFeed, type ReadFeed} from './load.js';
import {FeedError, isAbortError, messageOf, toFeedError, type FeedEnvelope, type FeedIssue} from './envelope.js';
import {SLICED_FROM, unvalidatedItems, validateSections, validateSectionsInSlices, type SectionSchemas} from './validate.js';
import {feedFromStringifiedAttribute, sameContent} from './upgrade.js';
import {FeedIssuesEvent} from '../events/feed-issues.js';
import {NearViewportController, type NearViewportOptions} from '../controllers/near-viewport.js';
import {yieldToMain} from '../internal/yield-to-main.js';

/** The properties a widget exposes for its feed. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** URL of the feed JSON. */
  src?: string;
  /** A feed object given from JavaScript. */
  feed?: unknown;
  /** Milliseconds before a load counts as failed. */
  timeout?: number;
  /** `eager`: show the feed at once, even far from the viewport. */
  loading?: string;
}

export class FeedController implements ReactiveController {
  readonly #host: FeedHost;
  readonly #sections: SectionSchemas;
  readonly #consumer: ContextConsumer<{__context__: FeedContextValue}, FeedHost>;
  #ownSource: FeedSourceState = IDLE;
  #loadedSrc?: string;
  #loadedFeed?: unknown;
  #abort?: AbortController;
  #shownSource?: FeedSourceState;
  #shownState: FeedState = IDLE;
  #pendingIssues: FeedIssue[] = [];
  #settledWaiters: Array<() => void> = [];
  /** A fetched feed not parsed yet (the widget was far from the viewport). */
  #fetched?: ReadFeed;
  readonly #lazy: NearViewportController;
  #preparing = 0;
  /** A big feed being validated in slices (`done` once it is). */
  #slicing?: {envelope: FeedEnvelope; done: boolean};
  /** The state of the update under way, and of the last one the host rendered. */
  #updating?: FeedState;
  #rendered?: FeedState;
  /** Inside an `<ncte-feed>` that did not answer: loading while it is awaited, an error if its module failed to load, idle once asked again. */
  #provider?: FeedSourceState;
  readonly #printing?: () => boolean;

  /**
   * @param sections the item schema of each feed section this widget shows
   * @param options `atOnce`: when the widget must show the feed at once, near the viewport or not;
   * `printing`: while the page is printed, a big feed is validated at once, not in slices
   */
  constructor(host: FeedHost, sections: SectionSchemas, options: Pick<NearViewportOptions, 'atOnce'> & {printing?: () => boolean} = {}) {
    this.#host = host;
    this.#sections = sections;
    this.#printing = options.printing;
    host.addController(this);
    this.#consumer = new ContextConsumer(host, {context: feedContext, subscribe: true});
    this.#lazy = new NearViewportController(host, {...options, onStart: () => void this.#prepare()});
  }

  /**
   * The current state of the feed this widget shows. Reading it also takes in a
   * changed `feed` or `src`, so `willUpdate` (which Lit runs before controllers'
   * `hostUpdate`) already sees the new state. The same object is returned until
   * something changes.
   */
  get state(): FeedState {
    this.#sync();
    if (this.#fetched && this.#lazy.near) this.#takeFetched();
    const source = this.#source();
    // Far from the viewport: the feed waits, the loading box keeps its place.
    if (source.status === 'loaded' && !this.#lazy.near) return LOADING;
    if (source.status === 'loaded' && source !== this.#shownSource && !this.#printing?.()) {
      // A big feed (10,000 items) is validated in slices first; the loading box shows meanwhile (not on paper).
      const {envelope} = source;
      if (this.#slicing?.envelope !== envelope && unvalidatedItems(envelope, this.#sections) >= SLICED_FROM) void this.#validateInSlices(envelope);
      if (this.#slicing?.envelope === envelope && !this.#slicing.done) return LOADING;
    }
    if (source !== this.#shownSource) {
      this.#shownSource = source;
      this.#shownState = this.#toState(source);
    }
    return this.#shownState;
  }

  /**
   * Whether the feed state differs from the one the host last rendered: true
   * during the update (`willUpdate`, `render`) that shows a new feed, or a new
   * loading or error state. An identical feed set again is not new. The one
   * signal a widget needs to derive from its feed again (catalogue, lists).
   */
  get changed(): boolean {
    return this.state !== this.#rendered;
  }

  /** Problems found in this widget's sections of the feed (items left out); empty when none. */
  get issues(): FeedIssue[] {
    const state = this.state;
    return state.status === 'ready' ? state.issues : [];
  }

  hostConnected(): void {
    // React 19 rendered the element before it was defined and set feed="[object Object]": take the object it meant.
    if (this.#host.feed === undefined) {
      const recovered = feedFromStringifiedAttribute(this.#host);
      if (recovered) this.#host.feed = recovered;
    }
    // Coming back after a disconnect aborted the load: load again.
    if (this.#ownSource === IDLE && (this.#host.src || this.#host.feed !== undefined)) this.#host.requestUpdate();
  }

  hostUpdate(): void {
    this.#updating = this.state;
  }

  /** Resolves once the feed is no longer loading (after the widget rendered that). */
  settled(): Promise<void> {
    return this.state.status === 'loading'
      ? new Promise((resolve) => this.#settledWaiters.push(resolve))
      : this.#host.updateComplete.then(() => undefined);
  }

  hostUpdated(): void {
    this.#rendered = this.#updating;
    if (this.#settledWaiters.length > 0 && this.#shownState.status !== 'loading') {
      for (const resolve of this.#settledWaiters.splice(0)) resolve();
    }
    // Problems are reported once per page: by the first widget that validates a section.
    if (this.#pendingIssues.length > 0) {
      const issues = this.#pendingIssues;
      this.#pendingIssues = [];
      this.#host.dispatchEvent(new FeedIssuesEvent(issues));
    }
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.#ownSource.status === 'loading') {
      this.#loadedSrc = undefined;
      this.#fetched = undefined;
      this.#ownSource = IDLE;
    }
  }

  /** Loads the feed again (the retry button). */
  retry(): void {
    if (this.#host.feed !== undefined) {
      this.#acceptObject(this.#host.feed);
    } else if (this.#host.src) {
      this.#load(this.#host.src, true);
    } else if (this.#provider?.status === 'error') {
      this.#provider = undefined;
      this.#host.requestUpdate();
    } else {
      this.#consumer.value?.retry();
    }
  }

  async #validateInSlices(envelope: FeedEnvelope): Promise<void> {
    const mark: {envelope: FeedEnvelope; done: boolean} = {envelope, done: false};
    this.#slicing = mark;
    await yieldToMain();
    await validateSectionsInSlices(envelope, this.#sections);
    mark.done = true;
    if (this.#slicing === mark) this.#host.requestUpdate();
  }

  /** Parses a fetched feed. */
  #takeFetched(): void {
    const read = this.#fetched!;
    this.#fetched = undefined;
    try {
      this.#ownSource = {status: 'loaded', envelope: read()};
    } catch (error) {
      this.#ownSource = {status: 'error', error: toFeedError(error)};
    }
  }

  /** The widget's own feed (`feed` or `src`), else that of the `<ncte-feed>` around it. */
  #source(): FeedSourceState {
    if (this.#host.feed !== undefined || this.#host.src) return this.#ownSource;
    if (!this.#consumer.value && !this.#provider && this.#host.isConnected && insideFeedElement(this.#host)) this.#awaitProvider();
    return this.#consumer.value?.state ?? this.#provider ?? IDLE;
  }

  /**
   * The widget sits inside an `<ncte-feed>` that did not answer when it asked
   * for the feed: `<ncte-feed>` was not defined yet. A single-widget CDN bundle
   * does not carry it (most pages have none), so it is loaded now, unless a
   * bundle that has it (`ncte-feed.js`, `ncte-all.js`) defined it meanwhile.
   * Once it is defined the widget asks again (as the context consumer does on
   * connect; the provider answers at once); until then it shows its loading state.
   */
  #awaitProvider(): void {
    this.#provider = LOADING;
    if (!customElements.get('ncte-feed')) {
      import('./ncte-feed.element.js').catch((error: unknown) => {
        if (customElements.get('ncte-feed')) return;
        this.#provider = {status: 'error', error: new FeedError('network', messageOf(error))};
        this.#host.requestUpdate();
      });
    }
    void customElements.whenDefined('ncte-feed').then(() => {
      this.#provider = IDLE;
      if (this.#host.isConnected) this.#consumer.hostConnected();
      this.#host.requestUpdate();
    });
  }

  /**
   * Once the feed is here and the widget near: parses, validates and renders in
   * three tasks, yielding to the page in between. An update asked for meanwhile
   * (a property set) does what is left at once.
   */
  async #prepare(): Promise<void> {
    const run = ++this.#preparing;
    const stale = () => run !== this.#preparing || !this.#host.isConnected;
    await yieldToMain();
    if (stale() || !this.#lazy.near) return;
    if (this.#fetched) {
      this.#takeFetched();
      await yieldToMain();
      if (stale()) return;
    }
    void this.state; // validates the feed (cached per feed); a big one is validated in slices meanwhile (state loading)
    await yieldToMain();
    if (!stale()) this.#host.requestUpdate();
  }

  #toState(source: FeedSourceState): FeedState {
    if (source.status !== 'loaded') return source;
    const {envelope} = source;
    let now = true;
    const validation = validateSections(envelope, this.#sections, {
      // Dispatched after the next render (hostUpdated), when `issues` tells the same;
      // problems found later are dispatched after the final state rendered (below).
      onNewIssues: (fresh) => {
        reportIssues(feedSource(envelope), fresh);
        this.#pendingIssues = [...this.#pendingIssues, ...fresh];
        if (now) this.#host.requestUpdate();
      },
    });
    now = false;
    // Invalid items are already left out; once zod has said why, show the final state.
    const showFinal = () => {
      if (this.#shownSource === source) this.#shownSource = undefined;
      this.#host.requestUpdate();
    };
    validation.complete?.then(showFinal, showFinal);
    return {status: 'ready', feed: validation.feed, issues: validation.issues};
  }

  #sync(): void {
    if (!this.#host.isConnected) return;
    const {feed, src} = this.#host;
    if (feed !== undefined) {
      // A new object with the content already shown (a parent that re-renders) changes nothing.
      if (feed !== this.#loadedFeed && !sameContent(feed, this.#loadedFeed)) this.#acceptObject(feed);
      this.#loadedFeed = feed;
    } else if (src) {
      if (src !== this.#loadedSrc || this.#loadedFeed !== undefined) this.#load(src, false);
    } else if (this.#loadedSrc !== undefined || this.#loadedFeed !== undefined) {
      this.#abort?.abort();
      this.#loadedSrc = undefined;
      this.#loadedFeed = undefined;
      this.#ownSource = IDLE;
    }
  }

  #acceptObject(feed: unknown): void {
    this.#abort?.abort();
    this.#fetched = undefined;
    this.#loadedSrc = undefined;
    this.#loadedFeed = feed;
    try {
      this.#ownSource = {status: 'loaded', envelope: acceptFeedObject(feed)};
    } catch (error) {
      this.#ownSource = {status: 'error', error: toFeedError(error)};
    }
    this.#host.requestUpdate();
  }

  #load(src: string, reload: boolean): void {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#loadedSrc = src;
    this.#loadedFeed = undefined;
    this.#fetched = undefined;
    this.#ownSource = LOADING;
    this.#host.requestUpdate();
    requestFeed(src, {signal: abort.signal, reload, timeout: this.#host.timeout}).then(
      (read) => {
        if (abort.signal.aborted) return;
        this.#fetched = read;
        void this.#prepare();
      },
      (error: unknown) => {
        if (abort.signal.aborted || isAbortError(error)) return;
        this.#ownSource = {status: 'error', error: toFeedError(error)};
        this.#host.requestUpdate();
      },
    );
  }
}

/** Whether an `<ncte-feed>` element is around `node`, across shadow roots. */
function insideFeedElement(node: Node): boolean {
  let at: Node | null = node;
  while ((at = at.parentNode ?? (at as ShadowRoot).host ?? null)) if (at.nodeName === 'NCTE-FEED') return true;
  return false;
}
