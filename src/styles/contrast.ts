/**
 * A host theme never lowers contrast silently: once per element, after its first
 * render while connected, `checkContrast` looks whether a theme or the host sets
 * any of the colours that make up the checked pairs (accent-contrast on accent,
 * text and links on background). The defaults pass (tested), so with none set
 * nothing more happens; otherwise the checker (contrast-warning.ts, a lazily
 * loaded chunk, about 0.7 KB min+gzip) computes the ratios and logs one console
 * warning for pairs below 4.5:1. Nothing on the page changes.
 */
import type {ReactiveController, ReactiveElement} from 'lit';
import {CONTRAST_PAIRS, TOKENS, sourcesOf} from './tokens.js';

const checks = new WeakMap<Element, Promise<void>>();

/** For `static { this.addInitializer(checkContrast); }` in a widget. */
export function checkContrast(host: ReactiveElement): void {
  const controller: ReactiveController = {
    hostUpdated() {
      if (checks.has(host) || !host.isConnected) return;
      const style = getComputedStyle(host);
      const names = new Set<string>(CONTRAST_PAIRS.flat());
      const themed = TOKENS.some((token) => names.has(token[0]) && sourcesOf(token).some((source) => style.getPropertyValue(source).trim()));
      checks.set(
        host,
        themed
          ? import('./contrast-warning.js').then(
              ({contrastWarning}) => {
                const warning = contrastWarning(host);
                if (warning) console.warn(warning);
              },
              () => undefined,
            )
          : Promise.resolve(),
      );
    },
  };
  host.addController(controller);
}

/** Resolves when the element's contrast check has run (for tests). */
export const contrastChecked = (element: Element): Promise<void> => checks.get(element) ?? Promise.resolve();
