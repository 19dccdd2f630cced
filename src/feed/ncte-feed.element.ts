import {ContextProvider} from '@lit/context';
import {LitElement, css, html, type PropertyDeclarations, type PropertyValues} from 'lit';
import {feedContext} from './context.js';
import {IDLE, LOADING, type FeedSourceState} from './feed-state.js';
import {acceptFeedObject, loadFeed, parseFeedText} from './load.js';
import {isAbortError, knownIssues, toFeedError, type FeedEnvelope, type FeedIssue} from './envelope.js';
import {feedFromStringifiedAttribute, sameContent} from './upgrade.js';
import {define} from '../internal/define.js';

/**
 * Loads one feed and shares it with every widget inside it, so a page with
 * several widgets makes one request and validates once. The feed comes from
 * `src`, from a `feed` object set in JavaScript, or from an inline
 * `<script type="application/json">` child (for a CMS where hosting a file is hard).
 * It renders nothing of its own: each widget shows the loading and error states,
 * and validates the sections it shows (once per feed, however many widgets show
 * them); problems are reported by the first widget that finds them, in an
 * `ncte-feed-issues` event that bubbles through this element. With
 * `validate-all` it validates every section itself (a check page for the feed's
 * maintainers, with or without widgets inside) and fires that event itself.
 *
 * @tagname ncte-feed
 * @slot - The widgets that use this feed, and optionally one `<script type="application/json">` holding the feed.
 *
 * @fires {FeedIssuesEvent} ncte-feed-issues - With `validate-all`: items of the feed were left out as invalid; `issues` lists each with its path. (Without it, the widgets inside fire it and it bubbles through.)
 */
export class NcteFeed extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  readonly #provider = new ContextProvider(this, {
    context: feedContext,
    initialValue: {state: IDLE, retry: () => this.reload()},
  });

  static override properties: PropertyDeclarations = {
    src: {},
    feed: {attribute: false},
    timeout: {type: Number},
    validateAll: {type: Boolean, attribute: 'validate-all'},
  };

  /** URL of the feed JSON. */
  declare src?: string;

  /** A feed object given from JavaScript; takes precedence over `src` and inline JSON. */
  declare feed?: object;

  /** Milliseconds before a load counts as failed. */
  timeout = 10_000;

  /** Validates every section of the feed, not only those the widgets inside show, and reports the problems (for a check page). */
  validateAll = false;

  #abort?: AbortController;
  #loadedKey?: unknown;
  /** The feed `validate-all` last checked. */
  #checked?: FeedEnvelope;

  /** Where the feed is: idle, loading, loaded or error. */
  get state(): FeedSourceState {
    return this.#provider.value.state;
  }

  /**
   * Problems found so far in the sections the widgets inside validated, or in
   * every section with `validate-all` (items left out); empty when none.
   */
  get issues(): FeedIssue[] {
    const state = this.state;
    return state.status === 'loaded' ? knownIssues(state.envelope) : [];
  }

  override connectedCallback(): void {
    // React 19 rendered this element before it was defined and set feed="[object Object]": take the object it meant.
    if (this.feed === undefined) this.feed = feedFromStringifiedAttribute(this);
    super.connectedCallback();
    // Reload when coming back after a disconnect aborted the load (Lit does not update on reconnect by itself).
    if (this.state.status === 'loading') {
      this.#loadedKey = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') || changed.has('src') || this.#loadedKey === undefined) this.#start(false);
    else if (changed.has('validateAll')) this.#checkAll();
  }

  /** Loads the feed again (also what a widget's retry button calls). */
  reload(): void {
    this.#start(true);
  }

  #inlineJson(): string | undefined {
    const script = this.querySelector(':scope > script[type="application/json"]');
    return script?.textContent ?? undefined;
  }

  #setState(state: FeedSourceState): void {
    this.#provider.setValue({state, retry: () => this.reload()});
    this.#checkAll();
  }

  /** With `validate-all`, validates every section of a newly loaded feed and fires what it finds. */
  #checkAll(): void {
    const state = this.state;
    if (!this.validateAll || state.status !== 'loaded' || state.envelope === this.#checked) return;
    const envelope = (this.#checked = state.envelope);
    void import('./validate-all.js').then(({validateAllSections}) => validateAllSections(this, envelope));
  }

  #start(reload: boolean): void {
    // A new object with the content already shared (a parent that re-renders) changes nothing.
    if (!reload && this.feed !== undefined && this.feed !== this.#loadedKey && sameContent(this.feed, this.#loadedKey)) {
      this.#loadedKey = this.feed;
      return;
    }
    this.#abort?.abort();
    const key = this.feed ?? this.src ?? this.#inlineJson();
    if (!reload && key === this.#loadedKey && key !== undefined) return;
    this.#loadedKey = key ?? null;
    try {
      if (this.feed !== undefined) {
        this.#setState({status: 'loaded', envelope: acceptFeedObject(this.feed)});
      } else if (this.src) {
        this.#fetchFeed(this.src, reload);
      } else {
        const text = this.#inlineJson();
        if (text === undefined) return this.#setState(IDLE);
        this.#setState({status: 'loaded', envelope: parseFeedText(text)});
      }
    } catch (error) {
      this.#setState({status: 'error', error: toFeedError(error)});
    }
  }

  #fetchFeed(src: string, reload: boolean): void {
    const abort = (this.#abort = new AbortController());
    this.#setState(LOADING);
    loadFeed(src, {signal: abort.signal, timeout: this.timeout, reload}).then(
      (envelope) => {
        if (!abort.signal.aborted) this.#setState({status: 'loaded', envelope});
      },
      (error: unknown) => {
        if (!abort.signal.aborted && !isAbortError(error)) this.#setState({status: 'error', error: toFeedError(error)});
      },
    );
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

define('ncte-feed', NcteFeed);

declare global {
  interface HTMLElementTagNameMap {
    'ncte-feed': NcteFeed;
  }
}
