/**
 * Language resolution: the element's own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `<html lang>`; Dutch unless that says English.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

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

/**
 * Keeps `lang` of a host up to date: resolved on connect, and again whenever a
 * `lang` attribute changes anywhere in the document (a language switcher on the page).
 */
export class LangController implements ReactiveController {
  lang: Lang = DEFAULT_LANG;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer?: MutationObserver;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
    this.observer.observe(this.host, {attributes: true, attributeFilter: ['lang']});
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private refresh(): void {
    const lang = resolveLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  }
}
