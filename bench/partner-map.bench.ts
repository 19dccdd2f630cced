/**
 * <ncte-partner-map>: first render after the data arrives (150 and 10,000
 * partners, map and list view; for the map: until the markers are on it), a
 * filter change with 10,000 partners (a sector checkbox clicked, and a search
 * keystroke, to `updateComplete` and the next paint), and panning the map with
 * 10,000 partners (the re-clustering on each `moveend`). The map engine is
 * loaded once before the timed runs (its one-off download is not "render").
 */
import '../src/partner-map/index.js';
import type {NctePartnerMap} from '../src/partner-map/index.js';
import {max, median, nextPaint, timeRuns, type Benchmark, type BenchRow} from './harness.js';

async function attached(container: HTMLElement, view: 'map' | 'list'): Promise<NctePartnerMap> {
  container.style.setProperty('width', '1000px');
  const el = document.createElement('ncte-partner-map');
  el.view = view;
  container.append(el);
  await el.updateComplete;
  return el;
}

/** From setting `feed` to the next paint with everything drawn (for the map: the markers). */
async function firstRender(el: NctePartnerMap, feed: Record<string, unknown>): Promise<number> {
  const start = performance.now();
  el.feed = feed;
  await el.updateComplete;
  // 1,000+ partners are validated in slices first (the loading box meanwhile).
  while (el.shadowRoot!.querySelector('.feed-state')) await new Promise((resolve) => requestAnimationFrame(resolve));
  if (el.view === 'map') await el.mapReady();
  await nextPaint();
  return performance.now() - start;
}

export default (async (ctx) => {
  const rows: BenchRow[] = [];
  const feeds = {150: await ctx.feed(150), 10_000: await ctx.feed(10_000)};

  // Warm the lazy map chunk once.
  const warm = await attached(ctx.container(), 'map');
  await firstRender(warm, structuredClone(feeds[150]));

  for (const size of [150, 10_000] as const) {
    for (const view of ['list', 'map'] as const) {
      const times: number[] = [];
      const runs = size === 150 ? 20 : 8;
      for (let run = 0; run < runs + 2; run++) {
        const el = await attached(ctx.container(), view);
        const time = await firstRender(el, structuredClone(feeds[size]));
        if (run >= 2) times.push(time);
      }
      rows.push({
        metric: `partner-map: first render, ${size.toLocaleString('en')} partners, ${view} view, to next paint (median of ${runs})`,
        value: median(times),
        unit: 'ms',
        budget: size === 150 ? 100 : 500,
      });
      if (size === 10_000) {
        rows.push({metric: `partner-map: first render, 10,000 partners, ${view} view (max)`, value: max(times), unit: 'ms'});
      }
    }
  }

  // Filter changes with 10,000 partners, in both views.
  for (const view of ['list', 'map'] as const) {
    const el = await attached(ctx.container(), view);
    await firstRender(el, structuredClone(feeds[10_000]));
    const root = el.shadowRoot!;
    const sectors = [...root.querySelectorAll<HTMLInputElement>('input[name=sector]')];
    let i = 0;
    const clicks = await timeRuns(async () => {
      sectors[i++ % sectors.length].click();
      await el.updateComplete;
      await nextPaint();
    }, 24);
    rows.push({metric: `partner-map: filter change (sector), 10,000 partners, ${view} view, to next paint (median)`, value: median(clicks), unit: 'ms', budget: 100});
    rows.push({metric: `partner-map: filter change (sector), 10,000 partners, ${view} view (max)`, value: max(clicks), unit: 'ms'});
    for (const box of sectors) if (box.checked) box.click();
    await el.updateComplete;

    const input = root.querySelector<HTMLInputElement>('#search')!;
    const queries: string[] = [];
    for (const text of ['stichting utrecht', 'zorg']) {
      for (let n = 1; n <= text.length; n++) queries.push(text.slice(0, n));
      for (let n = text.length - 1; n >= 0; n--) queries.push(text.slice(0, n));
    }
    const keystrokes: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', {bubbles: true}));
      await el.updateComplete;
      await nextPaint();
      keystrokes.push(performance.now() - start);
    }
    rows.push({metric: `partner-map: search keystroke, 10,000 partners, ${view} view, to next paint (median of ${queries.length})`, value: median(keystrokes), unit: 'ms', budget: 100});
    rows.push({metric: `partner-map: search keystroke, 10,000 partners, ${view} view (max)`, value: max(keystrokes), unit: 'ms'});

    if (view === 'map') {
      // Panning: each step moves the map and re-clusters on moveend (synchronously, no animation).
      const engine = el.mapEngine!;
      const pans: number[] = [];
      for (const zoom of [8, 10, 12]) {
        engine.map.setZoom(zoom, {animate: false});
        for (let step = 0; step < 12; step++) {
          const start = performance.now();
          engine.map.panBy([step % 2 ? -150 : 150, step % 3 ? 80 : -80], {animate: false});
          pans.push(performance.now() - start);
        }
      }
      rows.push({metric: 'partner-map: pan step incl. re-clustering, 10,000 partners, zoom 8–12 (median)', value: median(pans), unit: 'ms'});
      rows.push({metric: 'partner-map: pan step incl. re-clustering, 10,000 partners, zoom 8–12 (max; a frame is 16.7)', value: max(pans), unit: 'ms'});
    }
  }
  return rows;
}) satisfies Benchmark;
