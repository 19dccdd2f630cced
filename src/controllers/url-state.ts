/**
 * A widget's state in the page URL (its `sync-url` attribute), written once for
 * every widget: each widget keeps its parameters under its own documented names,
 * optionally behind a prefix (`url-prefix`), and leaves every other parameter
 * alone, so two widgets with `sync-url` on one page keep separate state through
 * reload and back/forward. One history policy: `push` for deliberate navigation
 * (a filter chosen, an item opened, another page), `replace` for typing and for
 * closing what was opened.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** The properties a widget with URL state has. */
export interface UrlStateHost extends ReactiveControllerHost {
  /** Mirror the state in the page URL. */
  syncUrl: boolean;
  /** Put before every parameter name, for two widgets of one kind on a page. */
  urlPrefix?: string;
}

/** How a change goes into the browser history. */
export type HistoryMode = 'push' | 'replace';

/** Values to write: a string (empty: leave the parameter out) or several (each written, an empty one too). */
export type UrlValues<K extends string> = Partial<Record<K, string | readonly string[]>>;

export class UrlStateController<K extends string> implements ReactiveController {
  readonly #host: UrlStateHost;
  readonly #names: Readonly<Record<K, string>>;
  readonly #onBack: () => void;

  /**
   * @param names the parameter name of each key, without prefix
   * @param onBack called on back/forward (with `sync-url`): read the state again
   */
  constructor(host: UrlStateHost, names: Readonly<Record<K, string>>, onBack: () => void) {
    this.#host = host;
    this.#names = names;
    this.#onBack = onBack;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  readonly #onPopState = () => {
    if (this.#host.syncUrl) this.#onBack();
  };

  /** The parameter name of `key` on this page (with the prefix). */
  param(key: K): string {
    return (this.#host.urlPrefix ?? '') + this.#names[key];
  }

  /** The first value of `key` in `search`, trimmed; '' when absent. */
  get(key: K, search = location.search): string {
    return new URLSearchParams(search).get(this.param(key))?.trim() ?? '';
  }

  /** Whether `search` holds any of this widget's parameters (even an empty one). */
  has(search = location.search): boolean {
    const params = new URLSearchParams(search);
    return (Object.keys(this.#names) as K[]).some((key) => params.has(this.param(key)));
  }

  /**
   * `href` with `values` written under this widget's names: every key given is
   * replaced (an empty string removes it, `['']` writes `name=`), keys not given
   * and other parameters stay.
   */
  href(values: UrlValues<K>, href = location.href): string {
    const url = new URL(href);
    for (const [key, value] of Object.entries(values) as Array<[K, string | readonly string[]]>) {
      const name = this.param(key);
      url.searchParams.delete(name);
      for (const v of typeof value === 'string' ? [value].filter(Boolean) : value) url.searchParams.append(name, v);
    }
    return url.href;
  }

  /** Writes `values` into the page URL (only with `sync-url`), as a new history entry or in place. */
  write(values: UrlValues<K>, mode: HistoryMode): void {
    if (!this.#host.syncUrl) return;
    this.go(this.href(values), mode);
  }

  /** Moves the page URL to `href` (only with `sync-url`, only when it differs). */
  go(href: string, mode: HistoryMode): void {
    if (!this.#host.syncUrl || href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }
}
