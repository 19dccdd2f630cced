/// <reference types="vite/client" />
/** Runs the benchmark named in `?bench=` and leaves its rows on `window.__bench`. */
import type {BenchContext, BenchRow, Benchmark} from './harness.js';

declare global {
  interface Window {
    __bench?: {rows?: BenchRow[]; error?: string; done: boolean};
  }
}

const modules = import.meta.glob<{default: Benchmark}>('./*.bench.ts');
const name = new URLSearchParams(location.search).get('bench') ?? '';
const feeds = new Map<number, Promise<Record<string, unknown>>>();

const context: BenchContext = {
  feed(size) {
    if (!feeds.has(size)) feeds.set(size, fetch(`./feeds/feed-${size}.json`).then((r) => r.json()));
    return feeds.get(size)!.then((feed) => structuredClone(feed));
  },
  sampleFeed: () => fetch('./feeds/sample.json').then((r) => r.json()),
  container() {
    document.querySelector('#bench-container')?.remove();
    const div = document.createElement('div');
    div.id = 'bench-container';
    document.body.append(div);
    return div;
  },
};

window.__bench = {done: false};
const load = modules[`./${name}.bench.ts`];
if (!load) {
  window.__bench = {done: true, error: `no benchmark ${name}; have ${Object.keys(modules).join(', ')}`};
} else {
  load()
    .then((module) => module.default(context))
    .then((rows) => (window.__bench = {done: true, rows}))
    .catch((error: unknown) => (window.__bench = {done: true, error: String(error instanceof Error ? error.stack : error)}));
}
