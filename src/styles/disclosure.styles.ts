import {css} from 'lit';

/**
 * A `<details class="disclosure">` that looks tappable: its summary is a full-height
 * row with a chevron (`<span class="chevron" aria-hidden="true"></span>`) that
 * turns when open. The chevron also turns in any `[aria-expanded='true']` toggle.
 * Shared by the widgets that fold their filters on narrow screens.
 */
export const disclosureStyles = css`
  .disclosure > summary {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    list-style: none;
    min-height: 2.75rem;
    font-weight: 600;
    cursor: pointer;
    color: var(--_accent);
  }
  .disclosure > summary::-webkit-details-marker {
    display: none;
  }
  .chevron {
    flex: none;
    width: 0.6rem;
    height: 0.6rem;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
    margin-inline: var(--_space-xs);
  }
  .disclosure[open] > summary .chevron,
  [aria-expanded='true'] .chevron {
    transform: rotate(-135deg);
  }
`;
