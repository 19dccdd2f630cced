/**
 * Helpers for browser benchmarks. A benchmark is a module `bench/<name>.bench.ts`
 * whose default export receives a `BenchContext` and returns rows; `npm run bench`
 * builds it in production mode, runs it in headless Chromium and prints the rows.
 */

export interface BenchRow {
  /** What was measured, e.g. `etalage: keystroke search, 10,000 initiatives (median)`. */
  metric: string;
  value: number;
  /** `ratio`: ours divided by a peer's (below 1: ours is faster). */
  unit: 'ms' | 'KB' | 'MB' | 'count' | 'ratio';
  /** The budget from the issue, in the same unit; omitted when there is none. */
  budget?: number;
}

export interface BenchContext {
  /** A generated feed (raw JSON, not validated) with `size` items in every section. */
  feed(size: number): Promise<Record<string, unknown>>;
  /** The sample feed as shipped (raw JSON). */
  sampleFeed(): Promise<Record<string, unknown>>;
  /** A fresh, attached container for elements under test; removed between benchmarks. */
  container(): HTMLElement;
}

export type Benchmark = (context: BenchContext) => Promise<BenchRow[]>;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function max(values: number[]): number {
  return Math.max(...values);
}

/** Runs `fn` `runs` times (after `warmup` runs) and returns each duration in ms. */
export async function timeRuns(fn: () => unknown | Promise<unknown>, runs: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    durations.push(performance.now() - start);
  }
  return durations;
}

/** Resolves after the browser has painted the next frame. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Resolves at the first frame where `selector` matches in the element's shadow
 * root: a feed of 1,000+ items is validated in slices, so `updateComplete`
 * comes while the loading box still shows.
 */
export async function whenShown(el: Element, selector: string): Promise<void> {
  while (!el.shadowRoot?.querySelector(selector)) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Used JS heap in MB (Chromium's `performance.memory`, precise with --enable-precise-memory-info). */
export function heapMB(): number {
  const memory = (performance as Performance & {memory?: {usedJSHeapSize: number}}).memory;
  return memory ? memory.usedJSHeapSize / 1024 / 1024 : NaN;
}
