import {css} from 'lit';

export const eventListStyles = css`
  :host {
    --_gap: var(--ncte-event-list-gap, var(--_space-m));
    --_day-color: var(--ncte-event-list-day-color, var(--_accent));
    --_card-background: var(--ncte-event-list-card-background, var(--_background));
    --_card-border: var(--ncte-event-list-card-border, 1px solid var(--_border));
    --_status: var(--ncte-event-list-status-color, var(--_error));
    --_filter-column: var(--ncte-event-list-filter-columns, 14rem);
    overflow-wrap: break-word;
  }
  .filters {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-m);
    margin-block-end: var(--_space-m);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    min-width: 0;
  }
  .field-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_filter-column)), 1fr));
    gap: var(--_space-m);
    align-items: end;
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  input[type='search'],
  select {
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .modes {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-m);
  }
  .modes legend {
    padding: 0;
    margin-block-end: var(--_space-xs);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-height: 2.75rem;
    font-weight: 400;
    cursor: pointer;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .presets {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin: 0;
    font-weight: 600;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
    margin-block-end: var(--_space-m);
  }
  .toolbar .count {
    margin: 0;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .geo-message {
    flex-basis: 100%;
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  .day {
    margin-block-end: var(--_space-l);
  }
  .day-heading {
    margin: 0 0 var(--_space-s);
    padding-block-end: var(--_space-xs);
    border-block-end: 2px solid var(--_day-color);
    color: var(--_day-color);
    font-size: 1.25em;
    line-height: 1.3;
  }
  .day-heading::first-letter {
    text-transform: uppercase;
  }
  .events {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event {
    min-width: 0;
    padding: var(--_space-m);
    border: var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-background);
  }
  .event:focus {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus);
    outline-offset: var(--_focus-offset);
  }
  .event.cancelled .title-text {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }
  .event.past {
    background: var(--_surface);
  }
  .title {
    margin: 0 0 var(--_space-xs);
    font-size: 1.125em;
    line-height: 1.35;
  }
  .status {
    display: inline-block;
    margin-inline-end: var(--_space-s);
    padding: 0 var(--_space-s);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    color: var(--_status);
    font-size: 0.8125em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.02em;
    vertical-align: 0.1em;
  }
  .status.moved-online,
  .status.now {
    color: var(--_success);
  }
  .status.past-label {
    color: var(--_muted);
  }
  .when {
    margin: 0 0 var(--_space-xs);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .status-note {
    margin: 0 0 var(--_space-xs);
    font-weight: 600;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-m);
    margin: 0 0 var(--_space-s);
  }
  .meta > div {
    min-width: 0;
    max-width: 100%;
  }
  .meta dt,
  .meta dd {
    display: inline;
  }
  .meta dt {
    color: var(--_muted);
    margin-inline-end: var(--_space-xs);
  }
  .meta dt::after {
    content: ':';
  }
  .meta dd {
    margin: 0;
  }
  .links,
  .calendar-links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0 0 var(--_space-s);
  }
  .links a,
  .calendar-links a,
  .share {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
  }
  .register {
    font-weight: 700;
  }
  details summary {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    color: var(--_link);
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  details summary::before {
    content: '▸';
    display: inline-block;
    width: 1.25em;
    text-decoration: none;
  }
  details[open] summary::before {
    content: '▾';
  }
  details summary::-webkit-details-marker {
    display: none;
  }
  .details-body {
    padding-block-start: var(--_space-s);
  }
  .details-body > :last-child {
    margin-block-end: 0;
  }
  .description {
    margin: 0 0 var(--_space-s);
    white-space: pre-line;
  }
  .print-only {
    display: none;
  }
  .show-more {
    margin-block-start: var(--_space-s);
  }
  .empty p {
    margin: 0 0 var(--_space-xs);
  }
  .button.small {
    padding-block: var(--_space-xs);
    font-size: 0.875em;
  }

  :host([layout='compact']) .event {
    padding: var(--_space-s) var(--_space-m);
  }
  :host([layout='compact']) .events {
    gap: var(--_space-s);
  }
  :host([layout='compact']) .title {
    font-size: 1em;
  }
  :host([layout='compact']) .when,
  :host([layout='compact']) .meta {
    display: inline-flex;
    margin-inline-end: var(--_space-m);
  }

  @media (forced-colors: active) {
    .status {
      border-color: CanvasText;
    }
  }

  @media print {
    :host {
      color: #000;
      font-size: 11pt;
    }
    .filters,
    .toolbar,
    .show-more,
    details,
    .links {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .event {
      padding: 0 0 0.5em;
      border: 0;
      border-block-end: 1px solid #999;
      border-radius: 0;
      background: none;
      break-inside: avoid;
    }
    .day-heading {
      color: #000;
      border-color: #000;
      break-after: avoid;
    }
    .status {
      color: #000;
    }
    a {
      color: #000;
    }
  }
`;
