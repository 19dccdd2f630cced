/**
 * Styles every widget includes first: host defaults, the shared `--ncte-*` tokens
 * with their fallbacks, a visible focus ring, buttons, and helpers for text that
 * only screen readers hear. A host page themes every widget by setting the tokens
 * on any ancestor; a widget's own `--ncte-<widget>-*` properties fall back to them.
 *
 * Shared tokens (all optional):
 * - `--ncte-font-family` (inherit), `--ncte-font-size` (1rem), `--ncte-line-height` (1.5)
 * - `--ncte-color-text` (#1a1a1a), `--ncte-color-muted` (#4d4d4d), `--ncte-color-background` (#fff)
 * - `--ncte-color-surface` (#f5f5f3), `--ncte-color-border` (#8a8a8a)
 * - `--ncte-color-accent` (#8a2a5f, the coalition's aubergine), `--ncte-color-accent-contrast` (#fff)
 * - `--ncte-color-error` (#b00020), `--ncte-color-success` (#1b6e3a), `--ncte-color-highlight` (#fff1a8)
 * - `--ncte-radius` (0.5rem), `--ncte-space-xs|s|m|l` (0.25/0.5/1/1.5rem)
 * - `--ncte-focus-color` (#1a1a1a), `--ncte-focus-ring-width` (3px)
 */
import {css} from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--ncte-font-family, inherit);
    font-size: var(--ncte-font-size, 1rem);
    line-height: var(--ncte-line-height, 1.5);
    color: var(--ncte-color-text, #1a1a1a);
    text-align: start;
    --_accent: var(--ncte-color-accent, #8a2a5f);
    --_accent-contrast: var(--ncte-color-accent-contrast, #fff);
    --_text: var(--ncte-color-text, #1a1a1a);
    --_muted: var(--ncte-color-muted, #4d4d4d);
    --_background: var(--ncte-color-background, #fff);
    --_surface: var(--ncte-color-surface, #f5f5f3);
    --_border: var(--ncte-color-border, #8a8a8a);
    --_error: var(--ncte-color-error, #b00020);
    --_success: var(--ncte-color-success, #1b6e3a);
    --_highlight: var(--ncte-color-highlight, #fff1a8);
    --_radius: var(--ncte-radius, 0.5rem);
    --_space-xs: var(--ncte-space-xs, 0.25rem);
    --_space-s: var(--ncte-space-s, 0.5rem);
    --_space-m: var(--ncte-space-m, 1rem);
    --_space-l: var(--ncte-space-l, 1.5rem);
    --_focus: var(--ncte-focus-color, #1a1a1a);
    --_focus-width: var(--ncte-focus-ring-width, 3px);
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
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 calc(var(--_focus-width) + 2px) var(--_background);
  }
  a {
    color: var(--_accent);
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
    color: var(--_accent);
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
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;

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
