/**
 * Leaflet's own CSS, the parts this map uses (from leaflet 1.9.4's
 * dist/leaflet.css, BSD-2-Clause, © Volodymyr Agafonkin and contributors; rules
 * for image icons, the layers control, VML and old browsers left out, so the
 * styles ask for no images), plus the markers, clusters and popup of the partner
 * map. Lives in the map engine chunk and is adopted into the element's shadow
 * root (as a constructed stylesheet) when the map is first shown.
 */

/**
 * A plain string rather than Lit's `css`, so the lazily loaded chunk does not
 * pull Lit into a shared chunk: the entry bundle keeps Lit to itself.
 */
export const leafletCss = `
  .leaflet-pane,
  .leaflet-tile,
  .leaflet-marker-icon,
  .leaflet-tile-container,
  .leaflet-pane > svg,
  .leaflet-pane > canvas,
  .leaflet-zoom-box,
  .leaflet-layer {
    position: absolute;
    left: 0;
    top: 0;
  }
  .leaflet-container {
    overflow: hidden;
    -webkit-tap-highlight-color: transparent;
    outline-offset: 1px;
  }
  .leaflet-tile,
  .leaflet-marker-icon {
    user-select: none;
    -webkit-user-drag: none;
  }
  .leaflet-tile::selection {
    background: transparent;
  }
  .leaflet-marker-icon {
    display: block;
  }
  .leaflet-container .leaflet-overlay-pane svg {
    max-width: none !important;
    max-height: none !important;
  }
  .leaflet-container .leaflet-tile-pane img,
  .leaflet-container .leaflet-tile {
    max-width: none !important;
    max-height: none !important;
    width: auto;
    padding: 0;
  }
  .leaflet-container img.leaflet-tile {
    mix-blend-mode: plus-lighter;
  }
  .leaflet-container.leaflet-touch-zoom {
    touch-action: pan-x pan-y;
  }
  .leaflet-container.leaflet-touch-drag {
    touch-action: none;
    touch-action: pinch-zoom;
  }
  .leaflet-container.leaflet-touch-drag.leaflet-touch-zoom {
    touch-action: none;
  }
  .leaflet-tile {
    filter: inherit;
    visibility: hidden;
  }
  .leaflet-tile-loaded {
    visibility: inherit;
  }
  .leaflet-zoom-box {
    width: 0;
    height: 0;
    box-sizing: border-box;
    z-index: 800;
    border: 2px dotted #38f;
    background: rgba(255, 255, 255, 0.5);
  }
  .leaflet-pane {
    z-index: 400;
  }
  .leaflet-tile-pane {
    z-index: 200;
  }
  .leaflet-overlay-pane {
    z-index: 400;
  }
  .leaflet-shadow-pane {
    z-index: 500;
  }
  .leaflet-marker-pane {
    z-index: 600;
  }
  .leaflet-tooltip-pane {
    z-index: 650;
  }
  .leaflet-popup-pane {
    z-index: 700;
  }
  .leaflet-map-pane canvas {
    z-index: 100;
  }
  .leaflet-map-pane svg {
    z-index: 200;
  }
  .leaflet-control {
    position: relative;
    z-index: 800;
    pointer-events: auto;
    float: left;
    clear: both;
    cursor: auto;
  }
  .leaflet-top,
  .leaflet-bottom {
    position: absolute;
    z-index: 1000;
    pointer-events: none;
  }
  .leaflet-top {
    top: 0;
  }
  .leaflet-right {
    right: 0;
  }
  .leaflet-bottom {
    bottom: 0;
  }
  .leaflet-left {
    left: 0;
  }
  .leaflet-right .leaflet-control {
    float: right;
    margin-right: 10px;
  }
  .leaflet-top .leaflet-control {
    margin-top: 10px;
  }
  .leaflet-bottom .leaflet-control {
    margin-bottom: 10px;
  }
  .leaflet-left .leaflet-control {
    margin-left: 10px;
  }
  .leaflet-fade-anim .leaflet-popup {
    opacity: 0;
    transition: opacity 0.2s linear;
  }
  .leaflet-fade-anim .leaflet-map-pane .leaflet-popup {
    opacity: 1;
  }
  .leaflet-zoom-animated {
    transform-origin: 0 0;
  }
  svg.leaflet-zoom-animated {
    will-change: transform;
  }
  .leaflet-zoom-anim .leaflet-zoom-animated {
    transition: transform 0.25s cubic-bezier(0, 0, 0.25, 1);
  }
  .leaflet-zoom-anim .leaflet-tile,
  .leaflet-pan-anim .leaflet-tile {
    transition: none;
  }
  .leaflet-zoom-anim .leaflet-zoom-hide {
    visibility: hidden;
  }
  .leaflet-interactive {
    cursor: pointer;
  }
  .leaflet-grab {
    cursor: grab;
  }
  .leaflet-popup-pane {
    cursor: auto;
  }
  .leaflet-dragging .leaflet-grab,
  .leaflet-dragging .leaflet-grab .leaflet-interactive {
    cursor: grabbing;
  }
  .leaflet-marker-icon,
  .leaflet-pane > svg path,
  .leaflet-tile-container {
    pointer-events: none;
  }
  .leaflet-marker-icon.leaflet-interactive,
  .leaflet-pane > svg path.leaflet-interactive {
    pointer-events: auto;
  }
  .leaflet-container {
    font-family: inherit;
    font-size: 0.75rem;
    line-height: 1.5;
  }
  .leaflet-bar {
    border-radius: 4px;
    border: 2px solid rgba(0, 0, 0, 0.35);
    background-clip: padding-box;
  }
  .leaflet-bar a {
    background-color: #fff;
    border-bottom: 1px solid #8a8a8a;
    width: 2.75rem;
    height: 2.75rem;
    line-height: 2.75rem;
    display: block;
    text-align: center;
    text-decoration: none;
    color: #1a1a1a;
    font: bold 1.375rem/2.75rem system-ui, sans-serif;
  }
  .leaflet-bar a:hover,
  .leaflet-bar a:focus {
    background-color: #f4f4f4;
  }
  .leaflet-bar a:first-child {
    border-top-left-radius: 2px;
    border-top-right-radius: 2px;
  }
  .leaflet-bar a:last-child {
    border-bottom-left-radius: 2px;
    border-bottom-right-radius: 2px;
    border-bottom: none;
  }
  .leaflet-bar a.leaflet-disabled {
    cursor: default;
    background-color: #f4f4f4;
    color: #767676;
  }
  .leaflet-container .leaflet-control-attribution {
    background: rgba(255, 255, 255, 0.9);
    margin: 0;
    padding: 0 5px;
    color: #333;
    line-height: 1.4;
  }
  .leaflet-control-attribution a {
    color: #005a85;
  }
  .leaflet-attribution-flag {
    display: inline !important;
    vertical-align: baseline !important;
    width: 1em;
    height: 0.6669em;
  }
  .leaflet-popup {
    position: absolute;
    text-align: center;
    margin-bottom: 20px;
  }
  .leaflet-popup-content-wrapper {
    padding: 1px;
    text-align: start;
    border-radius: var(--_radius);
  }
  .leaflet-popup-content {
    margin: var(--_space-m);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    min-height: 1px;
  }
  .leaflet-popup-tip-container {
    width: 40px;
    height: 20px;
    position: absolute;
    left: 50%;
    margin-top: -1px;
    margin-left: -20px;
    overflow: hidden;
    pointer-events: none;
  }
  .leaflet-popup-tip {
    width: 17px;
    height: 17px;
    padding: 1px;
    margin: -10px auto 0;
    pointer-events: auto;
    transform: rotate(45deg);
  }
  .leaflet-popup-content-wrapper,
  .leaflet-popup-tip {
    background: var(--_background);
    color: var(--_text);
    box-shadow: 0 3px 14px rgba(0, 0, 0, 0.4);
  }

  /* The partner map's province outline, over tiles too. */
  .map .pm-province {
    fill: var(--ncte-partner-map-land-color, #f7f6f0);
    fill-opacity: 1;
    stroke: var(--ncte-partner-map-border-color, #6b6b6b);
    stroke-width: 1;
  }
  .map.pm-has-tiles .pm-province {
    fill-opacity: 0;
    stroke-opacity: 0.5;
  }
  .map.pm-has-tiles.pm-tiles-failed .pm-province {
    fill-opacity: 1;
    stroke-opacity: 1;
  }

  /* The partner map's markers and clusters. */
  .pm-marker {
    display: flex;
    align-items: center;
    justify-content: center;
    border-radius: 50%;
    cursor: pointer;
  }
  .pm-marker svg {
    width: 100%;
    height: 100%;
    overflow: visible;
    filter: drop-shadow(0 1px 1px rgba(0, 0, 0, 0.45));
  }
  .pm-marker path {
    stroke: #fff;
    stroke-width: 2;
  }
  .pm-marker:focus-visible,
  .pm-marker.pm-active:focus {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus);
    outline-offset: var(--_focus-offset);
    box-shadow: 0 0 0 calc(var(--_focus-width) + 2px) var(--_background);
  }
  .pm-marker.pm-open path {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .pm-cluster-inner {
    position: relative;
    display: block;
    width: 100%;
    height: 100%;
  }
  .pm-cluster path {
    fill: var(--ncte-partner-map-cluster-color, var(--_background));
    stroke: var(--ncte-partner-map-cluster-border-color, var(--_accent));
    stroke-width: 3;
  }
  .pm-count {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--ncte-partner-map-cluster-text-color, var(--_text));
    font: 700 0.875rem/1 system-ui, sans-serif;
  }
  @media (forced-colors: active) {
    /* The province outline: drawn in the text colour, over tiles too. */
    .map .pm-province {
      fill: Canvas;
      stroke: CanvasText;
      stroke-opacity: 1;
    }
    .pm-marker path {
      fill: CanvasText;
      stroke: Canvas;
    }
    .pm-cluster path {
      fill: Canvas;
      stroke: CanvasText;
    }
    .pm-count {
      color: CanvasText;
    }
    /* The marker whose card is open. */
    .pm-marker.pm-open path {
      fill: Highlight;
      stroke: CanvasText;
    }
    .pm-marker:focus-visible,
    .pm-marker.pm-active:focus {
      outline-color: Highlight;
    }
    /* The card's popup loses its shadow: a border keeps it apart from the map. */
    .leaflet-popup-content-wrapper,
    .leaflet-popup-tip {
      border: 1px solid CanvasText;
    }
    .leaflet-bar a.leaflet-disabled {
      color: GrayText;
    }
  }
`;
