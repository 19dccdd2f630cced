import {css} from 'lit';

export const etalageStyles = css`
  :host {
    container-type: inline-size;
    --_gap: var(--ncte-etalage-card-gap, var(--_space-m));
    --_card-bg: var(--ncte-etalage-card-background, var(--_background));
    --_card-border: var(--ncte-etalage-card-border, var(--_border));
    --_badge-bg: var(--ncte-etalage-badge-background, var(--_surface));
    --_logo: var(--ncte-etalage-logo-size, 3rem);
  }
  .heading {
    margin-block: 0 var(--_space-m);
  }
  .layout {
    display: grid;
    gap: var(--_space-l);
    grid-template-columns: minmax(0, 1fr);
  }
  /* Two columns when the Etalage itself is wide, not the screen: it may sit in a narrow column. */
  @container (min-width: 48rem) {
    .layout:not(.no-facets) {
      grid-template-columns: var(--ncte-etalage-facets-width, 16rem) minmax(0, 1fr);
    }
  }
  .controls,
  .facets {
    display: grid;
    gap: var(--_space-m);
    align-content: start;
  }
  .search span,
  .sort span {
    display: block;
    font-weight: 600;
  }
  .search input,
  .sort select {
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_space-s);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .facets {
    margin-block-start: var(--_space-s);
  }
  .facet {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .facet legend {
    padding: 0;
    font-weight: 600;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .facet label {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-height: 2.75rem;
    /* Inside the minimum height while on one line; space between options once a label wraps. */
    padding-block: var(--_space-xs);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .facet input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_accent);
  }
  .option-count {
    white-space: nowrap;
  }
  .option-count,
  .organisation,
  .tags {
    color: var(--_muted);
  }
  .chips,
  .chips ul,
  .bar,
  .badges,
  .pager,
  .actions,
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .chips,
  .locked {
    margin-block: 0 var(--_space-m);
  }
  .chip {
    display: inline-flex;
    gap: var(--_space-s);
    align-items: center;
    min-height: 2.75rem;
    padding-inline: var(--_space-m);
    border: 1px solid var(--_accent);
    border-radius: 1.5rem;
    background: var(--_background);
    color: var(--_accent);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .bar {
    justify-content: space-between;
    margin-block-end: var(--_space-m);
  }
  .count {
    margin: 0;
    font-size: 1.25em;
  }
  .count:focus {
    outline: none;
  }
  .count:focus-visible {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus);
  }
  .sort select {
    width: auto;
  }
  .results {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ncte-etalage-card-min-width, 16rem)), 1fr));
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    overflow-wrap: anywhere;
  }
  .card p,
  .card-title,
  .detail p {
    margin: 0;
  }
  .card-title {
    font-size: 1.125em;
  }
  .card-title button {
    font-weight: 700;
  }
  .logo {
    height: var(--_logo);
    width: auto;
    max-width: 100%;
    object-fit: contain;
    align-self: flex-start;
  }
  .badge {
    /* Transparent, so forced colours (which drop backgrounds) still outline it. */
    border: 1px solid transparent;
    padding: var(--_space-xs) var(--_space-s);
    border-radius: var(--_radius);
    background: var(--_badge-bg);
    font-size: 0.875em;
  }
  .tags {
    font-size: 0.875em;
  }
  :host([layout='list']) .results {
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
  }
  :host([layout='list']) .card {
    gap: var(--_space-xs);
    border-width: 0 0 1px;
    border-radius: 0;
    padding-inline: 0;
  }
  :host([layout='list']) .card .logo,
  :host([layout='list']) .card .tags {
    display: none;
  }
  .empty {
    display: grid;
    gap: var(--_space-m);
  }
  .pager {
    justify-content: center;
    margin-block-start: var(--_space-l);
  }
  dialog {
    width: min(100% - 2rem, 44rem);
    max-height: calc(100% - 2rem);
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .detail {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-l);
  }
  .detail :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
  }
  .close {
    justify-self: end;
  }
  .facts {
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
  }
  .facts dt {
    display: inline;
    font-weight: 600;
  }
  .facts dt::after {
    content: ': ';
  }
  .facts dd {
    display: inline;
    margin: 0;
  }
  .contact li {
    min-height: 2.75rem;
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
  @media screen {
    .print-list {
      display: none;
    }
  }
  @media print {
    .controls,
    .chips,
    .bar label,
    .bar button,
    .results,
    .pager,
    dialog,
    .actions {
      display: none !important;
    }
    .layout {
      display: block;
    }
    .print-list li {
      break-inside: avoid;
      margin-block-end: 0.75em;
    }
  }
`;
