/**
 * A widget's first render in a task of its own. A CDN bundle defines its
 * elements while the browser evaluates it; the elements already on the page
 * upgrade right then, and Lit runs their first update in the microtask after,
 * so bundle evaluation and the first render (templates prepared, styles
 * adopted, the loading box laid out) make one long task: at 4× CPU the
 * Etalage's was 151 ms. Yielding before the first update splits the two; the
 * element is empty for that one task, as it was until the bundle arrived.
 * Later updates are not delayed, and `performUpdate()` still renders at once
 * (printing).
 *
 * In an element, around whatever else schedules its updates:
 *
 *     protected override scheduleUpdate(): void | Promise<unknown> {
 *       return firstUpdateInOwnTask(this, () => super.scheduleUpdate());
 *     }
 */
import {yieldToMain} from './yield-to-main.js';

export function firstUpdateInOwnTask(host: {readonly hasUpdated: boolean}, update: () => void | Promise<unknown>): void | Promise<unknown> {
  return host.hasUpdated ? update() : yieldToMain().then(update);
}
