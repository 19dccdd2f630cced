/**
 * Registers a custom element once. When the tag is already taken (two copies of a
 * bundle on one page, or the npm and CDN builds together) the first definition wins
 * and one console warning says so, instead of the DOMException `define` would throw.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element) {
      console.warn(`ncte-widgets: <${tag}> is already defined (another copy of the library is on this page); the first definition is used.`);
    }
    return;
  }
  customElements.define(tag, element);
}
