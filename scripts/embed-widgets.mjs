// What the embed page (dist/cdn/embed.html) knows of each widget, read from
// custom-elements.json at build time: attribute names, which are boolean, and
// the events. Read defensively (only tag names, attribute names and types,
// event names), so that additions to the manifest do not break it.

const list = (value) => (Array.isArray(value) ? value : []);
/** `boolean`, also written `boolean | undefined`. */
const isBoolean = (type) => typeof type?.text === 'string' && type.text.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined').join() === 'boolean';
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;
const EVENT = /^ncte-[a-z]+(?:-[a-z]+)+$/;

/**
 * The widgets the embed page can show: each element of the manifest whose tag is
 * `ncte-<widget>` and that has a CDN bundle of its own named after the tag
 * (`bundles`, e.g. `['ncte-etalage', …]`). Keyed by `<widget>`.
 * @returns {Record<string, {attributes: string[], booleans: string[], events: string[]}>}
 */
export function embedWidgets(manifest, bundles) {
  const widgets = {};
  for (const module of list(manifest?.modules)) {
    for (const declaration of list(module?.declarations)) {
      const tag = declaration?.tagName;
      if (typeof tag !== 'string' || !tag.startsWith('ncte-') || !bundles.includes(tag)) continue;
      const attributes = list(declaration.attributes).filter((a) => typeof a?.name === 'string' && ATTRIBUTE.test(a.name));
      const events = list(declaration.events).map((e) => e?.name).filter((name) => typeof name === 'string' && EVENT.test(name));
      widgets[tag.slice('ncte-'.length)] = {
        attributes: [...new Set(attributes.map((a) => a.name))],
        booleans: [...new Set(attributes.filter((a) => isBoolean(a.type)).map((a) => a.name))],
        events: [...new Set(events)],
      };
    }
  }
  return widgets;
}
