/**
 * Two ways a `feed` object reaches a widget that a plain property check misses:
 * a new object with the same content as the one shown (a framework parent that
 * builds its feed on every render), and React 19 rendering the element before
 * it was defined, when React sets the attribute `feed="[object Object]"`
 * instead of the property. (A property set before the element was defined is
 * taken in by Lit itself when the element upgrades.)
 */

/** Whether two JSON values (plain objects, arrays, strings, numbers, booleans, null) have the same content. */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  // Only plain objects and arrays compare by content (two Dates or Maps never do), and only with their own kind.
  const kind = Object.getPrototypeOf(a);
  if (kind !== Object.getPrototypeOf(b) || ![Object.prototype, Array.prototype, null].includes(kind)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((key) => Object.hasOwn(y, key) && sameContent(x[key], y[key]));
}

/** What an object set as an attribute becomes. */
const STRINGIFIED_OBJECT = '[object Object]';

/**
 * The feed object behind `feed="[object Object]"`: React 19 keeps the props it
 * rendered an element with on the element (`__reactProps$…`), so the object is
 * still there. Undefined when the attribute is something else or no framework
 * props are found.
 */
export function feedFromStringifiedAttribute(element: Element): object | undefined {
  if (element.getAttribute('feed') !== STRINGIFIED_OBJECT) return undefined;
  for (const key of Object.keys(element)) {
    if (!key.startsWith('__reactProps$')) continue;
    const feed = (element as unknown as Record<string, {feed?: unknown} | undefined>)[key]?.feed;
    if (typeof feed === 'object' && feed !== null) return feed;
  }
  return undefined;
}
