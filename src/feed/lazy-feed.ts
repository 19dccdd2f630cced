/**
 * In a single-widget CDN bundle (which does not carry `<ncte-feed>`, see
 * scripts/build-config.mjs): an `<ncte-feed>` already in the page when the
 * bundle runs is defined at once, with or without widgets inside (a check page
 * with `validate-all`, a script that calls `reload()`), as when every bundle
 * carried it. A page without one loads nothing; widgets that find themselves
 * inside one later load it themselves (feed-controller.ts).
 */
if (!customElements.get('ncte-feed') && document.querySelector('ncte-feed')) {
  // A failure leaves the widgets inside to show it (they ask again, with retry).
  import('./ncte-feed.element.js').catch(() => undefined);
}
