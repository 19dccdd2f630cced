/**
 * The Etalage's catalogue of a big feed (from 1,000 initiatives), built in
 * slices that yield to the page: a chunk of its own, loaded only for feeds that
 * big (catalogue.ts's `buildCatalogueInSlices`).
 */
import type {Initiative} from '../feed/schema.js';
import {inSlices, yieldToMain} from '../internal/yield-to-main.js';
import {assemble, searchTexts, type Catalogue, type SearchTexts} from './catalogue.js';
import {byName} from './sort.js';

/** `buildCatalogue` in slices; `undefined` when aborted. */
export async function buildInSlices(list: readonly Initiative[], signal?: AbortSignal): Promise<Catalogue | undefined> {
  const initiatives = await sortInSlices(list, byName, signal);
  if (!initiatives) return undefined;
  const texts: SearchTexts[] = [];
  if (!(await inSlices(initiatives.length, (i) => texts.push(searchTexts(initiatives[i])), signal))) return undefined;
  await yieldToMain();
  return signal?.aborted ? undefined : assemble(initiatives, texts);
}

/** Items per run sorted in one go by `sortInSlices` (a few milliseconds of comparisons at most). */
const RUN = 256;

/**
 * A stable sort in slices: runs of `RUN` items sorted at once, then merged in
 * slices. Same order as `[...items].sort(compare)`; `undefined` when aborted.
 */
export async function sortInSlices<T>(items: readonly T[], compare: (a: T, b: T) => number, signal?: AbortSignal): Promise<T[] | undefined> {
  let runs: T[][] = [];
  const sorted = await inSlices(Math.ceil(items.length / RUN), (i) => runs.push(items.slice(i * RUN, (i + 1) * RUN).sort(compare)), signal, 1);
  if (!sorted) return undefined;
  while (runs.length > 1) {
    const next: T[][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      const a = runs[i];
      const b = runs[i + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const out = new Array<T>(a.length + b.length);
      let x = 0;
      let y = 0;
      // Ties take from the earlier run: stable.
      const merged = await inSlices(out.length, (k) => (out[k] = y >= b.length || (x < a.length && compare(a[x], b[y]) <= 0) ? a[x++] : b[y++]), signal);
      if (!merged) return undefined;
      next.push(out);
    }
    runs = next;
  }
  return runs[0] ?? [];
}
