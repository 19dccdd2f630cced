/**
 * Which province a point lies in, from the outlines shipped with the package.
 * A point in none of the (simplified) outlines, on the coast or a border, goes
 * to the province with the nearest outline point when that is within about
 * 10 km; further away it has no province (abroad). Imported lazily: it carries
 * the outline data.
 */
import {PROVINCE_OUTLINES, decodeRing} from './outline-data.js';
import type {Province} from './group.js';

type Ring = [number, number][];

let decoded: Array<[Province, Ring[]]> | undefined;

/** The decoded outlines: `[province, rings of [lat, lon]]`. */
export function provinceOutlines(): ReadonlyArray<readonly [Province, readonly Ring[]]> {
  decoded ??= PROVINCE_OUTLINES.map(([name, rings]) => [name, rings.map(decodeRing)]);
  return decoded;
}

/** Even-odd ray casting: is `[lat, lon]` inside `ring`? */
export function insideRing(lat: number, lon: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [latI, lonI] = ring[i];
    const [latJ, lonJ] = ring[j];
    if (latI > lat !== latJ > lat && lon < ((lonJ - lonI) * (lat - latI)) / (latJ - latI) + lonI) inside = !inside;
  }
  return inside;
}

const NEAR = 0.1; // degrees of latitude, about 11 km
const cache = new Map<string, Province | undefined>();

/** Each ring with its bounding box `[south, west, north, east]`, so most rings are ruled out by four comparisons. */
let boxed: Array<[Province, Ring, number, number, number, number]> | undefined;

function boxedRings() {
  if (!boxed) {
    boxed = [];
    for (const [name, rings] of provinceOutlines())
      for (const ring of rings) {
        const lats = ring.map(([lat]) => lat);
        const lons = ring.map(([, lon]) => lon);
        boxed.push([name, ring, Math.min(...lats), Math.min(...lons), Math.max(...lats), Math.max(...lons)]);
      }
  }
  return boxed;
}

/** The province containing the point, or `undefined` when it lies outside the Netherlands. */
export function provinceAt(lat: number, lon: number): Province | undefined {
  const key = `${lat},${lon}`;
  if (cache.has(key)) return cache.get(key);
  const rings = boxedRings();
  let found = rings.find(([, ring, s, w, n, e]) => lat >= s && lat <= n && lon >= w && lon <= e && insideRing(lat, lon, ring))?.[0];
  if (!found) {
    const scale = Math.cos((lat * Math.PI) / 180);
    const near = NEAR / scale;
    let best = NEAR * NEAR;
    for (const [name, ring, s, w, n, e] of rings) {
      if (lat < s - NEAR || lat > n + NEAR || lon < w - near || lon > e + near) continue;
      for (const [pLat, pLon] of ring) {
        const d = (pLat - lat) ** 2 + ((pLon - lon) * scale) ** 2;
        if (d < best) {
          best = d;
          found = name;
        }
      }
    }
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(key, found);
  return found;
}
