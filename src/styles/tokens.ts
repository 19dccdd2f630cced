/**
 * The shared tokens and where each one comes from: the one place where the
 * fallback chains are written (docs/theming.md shows the same table, and a test
 * keeps the two equal). Every widget resolves them once, on its host, into a
 * private `--_<name>` property (see `tokenStyles`), in this order:
 *
 * 1. `--ncte-*`, set by the host page on any ancestor: always wins;
 * 2. the NL Design System basis token (`--basis-*`), set by themes built on the
 *    shared basis layer (the Voorbeeld theme, Rijkshuisstijl community, …);
 * 3. the Utrecht common token (`--utrecht-*`) that most gemeente themes set
 *    (Utrecht, Den Haag, …);
 * 4. the widget's own default.
 *
 * An empty source means there is none; a token without a default (the font)
 * inherits from the page when nothing is set.
 */
import {unsafeCSS} from 'lit';

/** One token: private name (`--_<name>`), then its sources in order, then the default. */
export type Token = readonly [name: string, ncte: string, basis: string, utrecht: string, fallback: string];

export const TOKENS: readonly Token[] = [
  ['font', '--ncte-font-family', '--basis-text-font-family-default', '--utrecht-document-font-family', ''],
  ['font-size', '--ncte-font-size', '--basis-text-font-size-md', '--utrecht-document-font-size', '1rem'],
  ['line-height', '--ncte-line-height', '--basis-text-line-height-md', '--utrecht-document-line-height', '1.5'],
  ['text', '--ncte-color-text', '--basis-color-default-color-document', '--utrecht-document-color', '#1a1a1a'],
  ['muted', '--ncte-color-muted', '--basis-color-default-color-subtle', '', '#4d4d4d'],
  ['background', '--ncte-color-background', '--basis-color-default-bg-document', '--utrecht-document-background-color', '#fff'],
  ['surface', '--ncte-color-surface', '--basis-color-default-bg-default', '', '#f5f5f3'],
  ['border', '--ncte-color-border', '--basis-color-default-border-default', '--utrecht-form-control-border-color', '#8a8a8a'],
  ['accent', '--ncte-color-accent', '--basis-color-action-1-inverse-bg-default', '--utrecht-button-primary-action-background-color', '#8a2a5f'],
  ['accent-contrast', '--ncte-color-accent-contrast', '--basis-color-action-1-inverse-color-default', '--utrecht-button-primary-action-color', '#fff'],
  ['link', '--ncte-color-link', '--basis-color-action-2-color-default', '--utrecht-link-color', 'var(--_accent)'],
  ['focus', '--ncte-focus-color', '--basis-focus-outline-color', '--utrecht-focus-outline-color', '#1a1a1a'],
  ['focus-width', '--ncte-focus-ring-width', '--basis-focus-outline-width', '--utrecht-focus-outline-width', '3px'],
  ['focus-offset', '--ncte-focus-offset', '--basis-focus-outline-offset', '--utrecht-focus-outline-offset', '2px'],
  ['focus-style', '--ncte-focus-style', '--basis-focus-outline-style', '--utrecht-focus-outline-style', 'solid'],
  ['radius', '--ncte-radius', '--basis-border-radius-md', '--utrecht-border-radius-md', '0.5rem'],
  ['error', '--ncte-color-error', '', '', '#b00020'],
  ['success', '--ncte-color-success', '', '', '#1b6e3a'],
  ['highlight', '--ncte-color-highlight', '', '', '#fff1a8'],
  ['space-xs', '--ncte-space-xs', '', '', '0.25rem'],
  ['space-s', '--ncte-space-s', '', '', '0.5rem'],
  ['space-m', '--ncte-space-m', '', '', '1rem'],
  ['space-l', '--ncte-space-l', '', '', '1.5rem'],
];

/** The colour pairs the contrast warning checks: [foreground, background], private names. */
export const CONTRAST_PAIRS = [
  ['accent-contrast', 'accent'],
  ['text', 'background'],
  ['link', 'background'],
] as const;

/** The sources of a token, in order, without the empty ones. */
export const sourcesOf = (token: Token): string[] => token.slice(1, 4).filter(Boolean);

/** `var(--a, var(--b, var(--c, fallback)))` for one token. */
export function chainOf(token: Token): string {
  const fallback = token[4];
  return sourcesOf(token).reduceRight((inner, source) => `var(${source}${inner ? `,${inner}` : ''})`, fallback);
}

/** The private layer: each chain resolved once, on the host, into `--_<name>`. */
export const tokenStyles = unsafeCSS(`:host{${TOKENS.map((token) => `--_${token[0]}:${chainOf(token)}`).join(';')}}`);
