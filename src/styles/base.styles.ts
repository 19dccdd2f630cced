/**
 * Styles every widget includes first: the shared tokens (`tokenStyles`, their
 * fallback chains through the NL Design System basis and Utrecht tokens are in
 * `tokens.ts`, documented in docs/theming.md), host defaults, a visible focus
 * ring, buttons, and helpers for text that only screen readers hear. A host page
 * themes every widget by setting `--ncte-*` tokens on any ancestor, or by being
 * inside an NL Design System theme; a widget's own `--ncte-<widget>-*`
 * properties fall back to the private `--_*` layer resolved here.
 *
 * In Windows high contrast (`forced-colors: active`) the browser replaces the
 * colours; state that would otherwise be told by colour alone (pressed
 * toggles, buttons' fills) is drawn with system colours.
 */
import {css, type CSSResultGroup} from 'lit';
import {tokenStyles} from './tokens.js';

export const baseStyles: CSSResultGroup = [
  tokenStyles,
  css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    text-align: start;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus);
    outline-offset: var(--_focus-offset);
    box-shadow: 0 0 0 calc(var(--_focus-width) + 2px) var(--_background);
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button.secondary {
    background: var(--_background);
    color: var(--_accent);
  }
  .button:hover {
    filter: brightness(1.1);
  }
  /* A button that looks like a link (change, clear all, a card's title). */
  .link-button {
    min-height: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  mark {
    background: var(--_highlight);
    color: inherit;
    padding: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  /* Windows high contrast: fills are gone, so state is drawn with system colours. */
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .button[disabled],
    .button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
    .link-button {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`,
];

/** Styles of the loading, error and empty states (see `renderFeedState`). */
export const feedStateStyles = css`
  .feed-state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-height: var(--ncte-loading-min-height, 12rem);
  }
  .feed-state.error {
    border-inline-start: 4px solid var(--_error);
  }
  .feed-state p {
    margin: 0;
  }
  .feed-state .title {
    font-weight: 700;
  }
  /* Nothing matches: the box that holds the widget's "empty" message and its way out. */
  .empty {
    padding: var(--_space-m);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .skeleton {
    width: 100%;
    height: 1.25rem;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, #e9e9e6 0%, #f7f7f5 50%, #e9e9e6 100%);
    background-size: 200% 100%;
    animation: ncte-shimmer 1.4s ease-in-out infinite;
  }
  .skeleton.short {
    width: 60%;
  }
  @keyframes ncte-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
