/**
 * The partner map's clustering against Leaflet with Leaflet.markercluster (the
 * usual way to cluster on a Leaflet map), on the same 10,000 partners, the same
 * province outline and the same map size, measured in one run, interleaved
 * (ours, theirs, ours, …) so the machine's ups and downs hit both alike.
 * A pan step is `panBy` without animation (12 steps timed together, for the
 * clock's 0.1 ms resolution) and a zoom step `setZoom` without animation, each
 * until the call returns: both re-cluster synchronously on
 * `moveend`/`zoomend` and put their markers in the DOM then. markercluster runs
 * with `animate: false`, its fastest setting. Also: the first zoom after the map
 * is ready (ours), which must not be a long task.
 */
import L from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import '../src/partner-map/index.js';
import type {NctePartnerMap} from '../src/partner-map/index.js';
import {provinceOutlines} from '../src/partner-map/province.js';
import {max, median, nextPaint, type Benchmark, type BenchRow} from './harness.js';

const WIDTH = 1000;
const HEIGHT = 600;
const PANS: Array<[number, number]> = Array.from({length: 12}, (_, step) => [step % 2 ? -150 : 150, step % 3 ? 80 : -80]);
const ZOOM_PATH = [8, 9, 10, 11, 12, 11, 10, 9, 8, 7];

interface Partner {
  id: string;
  name: string;
  location?: {lat: number; lon: number};
}

function box(container: HTMLElement): HTMLElement {
  const div = document.createElement('div');
  div.style.cssText = `width: ${WIDTH}px; height: ${HEIGHT}px; position: relative;`;
  container.append(div);
  return div;
}

/** Leaflet + markercluster with the partners and the same outline as ours. */
function theirMap(container: HTMLElement, partners: Partner[]) {
  const map = L.map(box(container), {zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false, minZoom: 6, maxZoom: 18});
  for (const [, rings] of provinceOutlines()) {
    L.polygon(rings.map((ring) => ring.map(([lat, lon]) => [lat, lon] as [number, number])), {interactive: false, weight: 1}).addTo(map);
  }
  map.setView([52.2, 5.3], 8, {animate: false});
  const group = L.markerClusterGroup({animate: false, chunkedLoading: false});
  const icon = L.divIcon({className: 'pm-marker', iconSize: [28, 28]});
  group.addLayers(
    partners.filter((p) => p.location).map((p) => L.marker([p.location!.lat, p.location!.lon], {icon, title: p.name, keyboard: false})),
  );
  map.addLayer(group);
  return map;
}

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export default (async (ctx) => {
  const rows: BenchRow[] = [];
  const feed = await ctx.feed(10_000);
  const partners = feed.partners as Partner[];
  const container = ctx.container();

  // Ours: the element in map view, as a page has it.
  const wrap = box(container);
  const el = document.createElement('ncte-partner-map') as NctePartnerMap;
  el.view = 'map';
  el.loading = 'eager';
  el.style.cssText = '--ncte-partner-map-height: 600px';
  wrap.append(el);
  el.feed = feed;
  await el.updateComplete;
  // 10,000 partners are validated in slices first (the loading box meanwhile).
  while (el.shadowRoot!.querySelector('.feed-state')) await new Promise((resolve) => requestAnimationFrame(resolve));
  const engine = (await el.mapReady())!;
  const ours = engine.map;
  await nextPaint();
  // The first zoom after load: reads the index built with the partners.
  const firstZoom = timed(() => ours.setZoom(ours.getZoom() + 1, {animate: false}));
  rows.push({metric: 'partner-map vs markercluster: our first zoom step after load, 10,000 partners', value: firstZoom, unit: 'ms', budget: 50});
  ours.setView([52.2, 5.3], 8, {animate: false});

  const theirs = theirMap(container, partners);
  await nextPaint();

  const pans = {ours: [] as number[], theirs: [] as number[]};
  const zooms = {ours: [] as number[], theirs: [] as number[]};
  for (let round = 0; round < 5; round++) {
    for (const zoom of [8, 10, 12]) {
      ours.setView([52.2, 5.3], zoom, {animate: false});
      theirs.setView([52.2, 5.3], zoom, {animate: false});
      await nextPaint();
      // The 12 steps timed together (the clock's resolution is 0.1 ms), ours then theirs, per step.
      pans.ours.push(timed(() => PANS.forEach(([x, y]) => ours.panBy([x, y], {animate: false}))) / PANS.length);
      pans.theirs.push(timed(() => PANS.forEach(([x, y]) => theirs.panBy([x, y], {animate: false}))) / PANS.length);
      await nextPaint();
    }
    ours.setView([52.2, 5.3], 7, {animate: false});
    theirs.setView([52.2, 5.3], 7, {animate: false});
    await nextPaint();
    for (const zoom of ZOOM_PATH) {
      zooms.ours.push(timed(() => ours.setZoom(zoom, {animate: false})));
      zooms.theirs.push(timed(() => theirs.setZoom(zoom, {animate: false})));
      await nextPaint();
    }
  }
  const m = {pan: [median(pans.ours), median(pans.theirs)], zoom: [median(zooms.ours), median(zooms.theirs)]};
  const n = pans.ours.length;
  rows.push(
    {metric: `partner-map vs markercluster: pan step, 10,000 partners, zoom 8/10/12, ours (median of ${n} × 12 steps)`, value: m.pan[0], unit: 'ms'},
    {metric: `partner-map vs markercluster: pan step, Leaflet.markercluster (median of ${n} × 12 steps)`, value: m.pan[1], unit: 'ms'},
    {metric: 'partner-map vs markercluster: pan step, ours ÷ theirs (≤ 1: at least as fast)', value: m.pan[0] / m.pan[1], unit: 'ratio', budget: 1},
    {metric: 'partner-map vs markercluster: pan step, ours (worst 12-step mean)', value: max(pans.ours), unit: 'ms'},
    {metric: `partner-map vs markercluster: zoom step, 10,000 partners, zoom 7–12, ours (median of ${zooms.ours.length})`, value: m.zoom[0], unit: 'ms'},
    {metric: `partner-map vs markercluster: zoom step, Leaflet.markercluster (median of ${zooms.theirs.length})`, value: m.zoom[1], unit: 'ms'},
    {metric: 'partner-map vs markercluster: zoom step, ours ÷ theirs (≤ 1: at least as fast)', value: m.zoom[0] / m.zoom[1], unit: 'ratio', budget: 1},
    {metric: 'partner-map vs markercluster: zoom step, ours (max)', value: max(zooms.ours), unit: 'ms'},
  );
  theirs.remove();
  return rows;
}) satisfies Benchmark;
