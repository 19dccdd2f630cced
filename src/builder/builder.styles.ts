import {css} from 'lit';

/** The builder's layout: the form beside the preview on wide screens, one column below 60rem (and at 400% zoom). */
export const builderStyles = css`
  :host {
    display: block;
    max-width: 90rem;
    margin-inline: auto;
  }
  h1,
  h2,
  h3 {
    line-height: 1.2;
    margin-block: var(--_space-l) var(--_space-s);
  }
  h1 {
    font-size: 1.75rem;
  }
  h2 {
    font-size: 1.375rem;
  }
  h3 {
    font-size: 1.125rem;
  }
  .layout {
    display: grid;
    gap: var(--_space-l);
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 60rem) {
    .layout {
      grid-template-columns: minmax(0, 26rem) minmax(0, 1fr);
      align-items: start;
    }
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    min-width: 0;
  }
  fieldset.dragging {
    outline: 3px dashed var(--_accent);
  }
  legend {
    font-weight: 700;
    padding-inline: var(--_space-xs);
  }
  label {
    display: block;
    font-weight: 600;
  }
  .choice label,
  .option-boolean label {
    display: inline;
  }
  .choice {
    display: block;
    margin-block: var(--_space-xs);
  }
  .option {
    margin-block: var(--_space-m);
  }
  .option-boolean {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space-s);
    align-items: baseline;
  }
  .option-boolean .help {
    grid-column: 2;
  }
  input:not([type='checkbox'], [type='radio'], [type='file']),
  select {
    display: block;
    inline-size: 100%;
    font: inherit;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_background);
    color: var(--_text);
  }
  input[type='file'] {
    max-inline-size: 100%;
    font: inherit;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  .help {
    overflow-wrap: anywhere;
    color: var(--_muted);
    margin-block: var(--_space-xs);
    font-size: 0.9375rem;
  }
  .help span {
    display: block;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
  }
  .ok {
    color: var(--_success);
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: end;
  }
  .row > input {
    flex: 1 1 12rem;
  }
  .preview {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    min-height: 10rem;
    overflow: auto;
  }
  table {
    border-collapse: collapse;
    margin-block: var(--_space-s);
    inline-size: 100%;
    max-inline-size: 40rem;
    table-layout: fixed;
  }
  th,
  td {
    text-align: start;
    padding: var(--_space-xs);
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  thead th:first-child {
    inline-size: 40%;
  }
  .issues {
    padding-inline-start: var(--_space-l);
  }
  .issues li {
    margin-block: var(--_space-s);
  }
  .issues li > * {
    display: block;
  }
  .label {
    color: var(--_muted);
  }
  code {
    overflow-wrap: anywhere;
  }
  pre {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: var(--_space-s);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin-block: var(--_space-s);
  }
  .snippet {
    margin-block-end: var(--_space-l);
  }
  .lang-toggle {
    float: inline-end;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
`;
