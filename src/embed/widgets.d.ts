// The widgets the embed page can show, generated at build time from custom-elements.json
// (scripts/embed-widgets.mjs); the CDN build provides this module.
declare module 'virtual:ncte-embed-widgets' {
  const widgets: import('./query.js').EmbedWidgets;
  export default widgets;
}
