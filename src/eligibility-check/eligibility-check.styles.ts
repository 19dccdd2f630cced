import {css} from 'lit';

export const eligibilityCheckStyles = css`
  :host {
    --_gap: var(--ncte-eligibility-check-gap, var(--_space-m));
    --_met: var(--ncte-eligibility-check-met-color, var(--_success));
    --_unmet: var(--ncte-eligibility-check-unmet-color, var(--_error));
    --_error-color: var(--ncte-eligibility-check-error-color, var(--_error));
  }
  .check {
    container-type: inline-size;
    max-width: var(--ncte-eligibility-check-max-width, 40rem);
    overflow-wrap: break-word;
  }
  .step {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_gap);
  }
  .step > *,
  .step p {
    margin: 0;
    max-width: 100%;
  }
  .heading {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }
  .step .heading:not(#step-heading) {
    font-size: 1.2em;
  }
  .heading:focus:not(:focus-visible) {
    outline: none;
    box-shadow: none;
  }
  .caption {
    display: block;
    margin-block-end: var(--_space-xs);
    color: var(--_muted);
    font-size: 1rem;
    font-weight: 400;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space-s);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    width: 100%;
  }
  .field.has-error {
    border-inline-start: 4px solid var(--_error-color);
    padding-inline-start: var(--_space-m);
  }
  .hint {
    color: var(--_muted);
  }
  .error-message {
    color: var(--_error-color);
    font-weight: 700;
  }
  .radios {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .radio {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-height: 2.75rem;
  }
  .radio input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .radio label {
    padding-block: var(--_space-s);
    padding-inline-end: var(--_space-m);
    cursor: pointer;
  }
  .number {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .input {
    width: 10em;
    max-width: 100%;
    min-height: 2.75rem;
    padding: var(--_space-xs) var(--_space-s);
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_background);
  }
  .input[aria-invalid='true'] {
    border-color: var(--_error-color);
  }
  .error-summary {
    width: 100%;
    padding: var(--_space-m);
    border: 4px solid var(--_error-color);
  }
  .error-summary .heading {
    font-size: 1.2em;
  }
  .error-summary ul {
    margin: var(--_space-s) 0 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_error-color);
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .start-button {
    font-size: 1.125em;
  }
  .note {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  .summary {
    width: 100%;
    margin: 0;
    border-block-start: 1px solid var(--_border);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 12rem) auto;
    gap: var(--_space-s) var(--_space-m);
    padding-block: var(--_space-s);
    border-block-end: 1px solid var(--_border);
  }
  .summary dt {
    font-weight: 700;
  }
  .summary dd {
    margin: 0;
  }
  @container (max-width: 30rem) {
    .summary-row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .criteria {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    width: 100%;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .criterion {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_met);
    background: var(--_surface);
  }
  .criterion.unmet {
    border-inline-start-color: var(--_unmet);
  }
  .criterion .icon {
    font-weight: 700;
    color: var(--_met);
  }
  .criterion.unmet .icon {
    color: var(--_unmet);
  }
  @media print {
    :host {
      color: #000;
    }
    .actions,
    .note {
      display: none;
    }
    .criterion {
      background: none;
      break-inside: avoid;
    }
    .button {
      border: 0;
      padding: 0;
      background: none;
      color: #000;
      min-height: 0;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
`;
