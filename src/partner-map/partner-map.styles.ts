import {css} from 'lit';

/** Styles of `<ncte-partner-map>` (Leaflet's own, the outline's and the markers' come with the map engine). */
export const partnerMapStyles = css`
  :host {
    display: block;
    --_map-height: var(--ncte-partner-map-height, 32rem);
    --_gap: var(--ncte-partner-map-gap, var(--_space-m));
  }
  .layout {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: flex-start;
    padding: var(--_space-m);
    border-radius: var(--_radius);
    background: var(--ncte-partner-map-filters-background, var(--_surface));
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    flex: 1 1 100%;
  }
  .search label {
    font-weight: 600;
  }
  .search input {
    min-height: 2.75rem;
    padding: var(--_space-s);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    width: 100%;
    max-width: 32rem;
  }
  .more-filters {
    flex: 1 1 100%;
  }
  .fieldsets {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    padding-block-start: var(--_space-s);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
    flex: 1 1 16rem;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space-xs);
    font-weight: 600;
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-height: 2.75rem;
    /* Inside the minimum height while on one line; space between options once a label wraps. */
    padding-block: var(--_space-xs);
    cursor: pointer;
  }
  .option input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .option .count {
    color: var(--_muted);
  }
  .option.zero .label {
    color: var(--_muted);
  }
  .filters .clear {
    align-self: flex-end;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: center;
    justify-content: space-between;
  }
  .result-count {
    margin: 0;
    font-weight: 600;
  }
  .view-toggle {
    display: inline-flex;
    gap: 0;
  }
  .view-toggle .button {
    border-radius: 0;
  }
  .view-toggle .button:first-child {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .view-toggle .button:last-child {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .view-toggle .button[aria-pressed='false'] {
    background: var(--_background);
    color: var(--_accent);
  }

  /* Sector shapes: colour and shape both tell the sector. */
  .shape {
    width: 1.25rem;
    height: 1.25rem;
    flex: none;
  }
  .shape path {
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .shape-maatschappelijke-organisatie {
    fill: var(--ncte-partner-map-color-maatschappelijke-organisatie, #8a2a5f);
  }
  .shape-bedrijf {
    fill: var(--ncte-partner-map-color-bedrijf, #1f5fa8);
  }
  .shape-brancheorganisatie {
    fill: var(--ncte-partner-map-color-brancheorganisatie, #a04e00);
  }
  .shape-zorg-en-welzijn {
    fill: var(--ncte-partner-map-color-zorg-en-welzijn, #1b6e3a);
  }
  .shape-kennisinstelling {
    fill: var(--ncte-partner-map-color-kennisinstelling, #5b3fa0);
  }
  .shape-overheid {
    fill: var(--ncte-partner-map-color-overheid, #00646e);
  }

  /* The map. */
  .map-view[hidden],
  .list-view[hidden] {
    display: none;
  }
  .map-view {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .map {
    position: relative;
    height: var(--_map-height);
    min-height: 12rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--ncte-partner-map-water-color, #dbe7ee);
    z-index: 0;
  }
  .map-status {
    margin: 0;
    color: var(--_muted);
  }
  .map-help {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Lists and cards. */
  .group h2,
  .group h3,
  .group h4,
  .group h5,
  .group h6,
  .unlocated-heading {
    margin: 0 0 var(--_space-s);
    font-size: 1.125em;
  }
  .group + .group {
    margin-block-start: var(--_space-l);
  }
  .group-heading {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
  }
  .partners {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .partner-toggle {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    text-align: start;
    cursor: pointer;
  }
  .partner-toggle:hover {
    border-color: var(--_accent);
  }
  .partner-toggle[aria-expanded='true'] {
    border-color: var(--_accent);
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }
  .partner-toggle .text {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-width: 0;
  }
  .partner-toggle .name {
    font-weight: 600;
    overflow-wrap: break-word;
  }
  .partner-toggle .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    overflow-wrap: anywhere;
  }
  .partners .card {
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    border: 1px solid var(--_accent);
    border-block-start: 0;
    border-end-start-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .card p {
    margin: 0;
  }
  .card .card-name {
    margin: 0;
    font-size: 1.125em;
  }
  .card .card-name:focus {
    outline: none;
  }
  .card .card-name:focus-visible {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus);
  }
  .card .sector-line {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_space-xs);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .card .card-close {
    align-self: flex-end;
  }
  .card .workgroups {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .show-all {
    margin-block-start: var(--_space-s);
  }
  .empty p {
    margin: 0;
  }
  .unlocated {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .unlocated p {
    margin: 0;
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .shape path {
      fill: CanvasText;
    }
    .partner-toggle[aria-expanded='true'] {
      border-color: Highlight;
    }
  }
  @media print {
    .filters,
    .view-toggle,
    .map-view .map,
    .map-help,
    .show-all {
      display: none;
    }
    .partner-toggle {
      border: 0;
      padding: 0;
    }
  }
`;
