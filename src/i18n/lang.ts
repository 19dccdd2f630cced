/**
 * Language resolution: the element's own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `<html lang>`; Dutch unless that says English.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {prepareFormatting} from './format.js';

export type Lang = 'nl' | 'en';
export const DEFAULT_LANG: Lang = 'nl';

/** Maps any BCP 47 tag to a supported language: `en`, `en-GB` → `en`; everything else → `nl`. */
export function toSupportedLang(tag: string | null | undefined): Lang {
  return tag && /^en(-|$)/i.test(tag.trim()) ? 'en' : DEFAULT_LANG;
}

/** The nearest `lang` attribute from `node` upwards, through shadow boundaries. */
export function nearestLangTag(node: Node | null): string | null {
  for (let current: Node | null = node; current; ) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang');
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return document.documentElement.getAttribute('lang');
}

export function resolveLang(element: Element): Lang {
  return toSupportedLang(nearestLangTag(element));
}

/** An element whose language a {@link LangController} keeps (a LitElement). */
type LangHost = ReactiveControllerHost & HTMLElement & {readonly hasUpdated: boolean};

/** Strings that can be loaded per language (a widget's {@link Translations}). */
export interface LoadableStrings {
  has(lang: Lang): boolean;
  load(lang: Lang): Promise<void>;
}

/**
 * Keeps `lang` of a host up to date: resolved on connect, and again whenever a
 * `lang` attribute changes anywhere in the document (a language switcher on the page).
 *
 * Given the host's strings, `lang` turns to a language only once its words are
 * loaded. On a page that asks for English, the host's first render waits for them
 * (pass the update through {@link whenReady} in `scheduleUpdate`), so no Dutch
 * shows first; a later switch keeps showing the old language until the new words
 * are in. Should the words fail to load, the host stays Dutch and says so in
 * the console.
 */
export class LangController implements ReactiveController {
  /** The language the host shows. */
  lang: Lang = DEFAULT_LANG;
  readonly #host: LangHost;
  readonly #strings: readonly LoadableStrings[];
  #observer?: MutationObserver;
  #wanted: Lang = DEFAULT_LANG;
  #firstWords?: Promise<void>;

  constructor(host: LangHost, strings: readonly LoadableStrings[] = []) {
    this.#host = host;
    this.#strings = strings;
    host.addController(this);
  }

  hostConnected(): void {
    this.#refresh();
    prepareFormatting(this.#wanted);
    this.#observer = new MutationObserver(() => this.#refresh());
    this.#observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
    this.#observer.observe(this.#host, {attributes: true, attributeFilter: ['lang']});
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /**
   * Runs `update` (the host's `super.scheduleUpdate()`) at once, or, before the
   * host's first render on a page whose words are still loading, once they are in.
   */
  whenReady<T>(update: () => T): T | Promise<T> {
    return this.#firstWords ? this.#firstWords.then(update) : update();
  }

  #refresh(): void {
    const wanted = resolveLang(this.#host);
    if (wanted === this.#wanted && wanted === this.lang) return;
    this.#wanted = wanted;
    const missing = this.#strings.filter((s) => !s.has(wanted));
    if (!missing.length) return this.#show(wanted);
    const words = Promise.all(missing.map((s) => s.load(wanted))).then(
      () => this.#wanted === wanted && this.#show(wanted),
      (error: unknown) => console.warn(`ncte-widgets: the "${wanted}" interface text could not be loaded; showing Dutch.`, error),
    );
    if (!this.#host.hasUpdated) {
      const first = (this.#firstWords = words.then(() => {
        if (this.#firstWords === first) this.#firstWords = undefined;
      }));
    }
  }

  #show(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.#host.requestUpdate();
  }
}
