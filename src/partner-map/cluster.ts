/**
 * Clustering for the map, as a hierarchy built once per set of points (once per
 * filter state), in the manner of supercluster: at the deepest clustered zoom the
 * points within `radius` pixels of each other become clusters, and each zoom
 * level above clusters the level below it. A pan or zoom then only reads the
 * level of the current zoom and keeps what lies in view: no point is projected
 * or compared again. Clusters come back in reading order (rows of `radius`
 * pixels from north to south, west to east within a row): the order of the
 * arrow keys on the map.
 */
import type {Province} from './group.js';
import type {PartnerMapStrings} from './strings.js';

/** The words a cluster's place name is made of. */
export type PlaceWords = Pick<PartnerMapStrings, 'provinces' | 'abroad' | 'clusterAnd' | 'clusterMore'>;

/** "Utrecht", "Utrecht en Gelderland", "Utrecht, Gelderland en omgeving" for a cluster's label: its partners' provinces, most first. */
export function clusterPlace(provinces: readonly (Province | undefined)[], t: PlaceWords): string {
  const counts = new Map<string, number>();
  for (const province of provinces) {
    const name = province ? (t.provinces[province] ?? province) : t.abroad;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const names = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  if (names.length === 1) return names[0];
  if (names.length === 2) return t.clusterAnd(names[0], names[1]);
  return t.clusterMore(names[0], names[1]);
}

export interface ClusterPoint {
  id: string;
  lat: number;
  lon: number;
}

export interface Cluster {
  /** The ids of the points in it, in input order; one id for a single point. */
  ids: string[];
  lat: number;
  lon: number;
  /** The bounding box of its points: [[south, west], [north, east]]. */
  bounds: [[number, number], [number, number]];
}

const TILE = 256;
const MAX_LAT = 85.0511287798;

/** Web Mercator pixel coordinates of a point at a zoom level (as Leaflet's EPSG:3857). */
export function project(lat: number, lon: number, zoom: number): [x: number, y: number] {
  const scale = TILE * 2 ** zoom;
  return [mercatorX(lon) * scale, mercatorY(lat) * scale];
}

/** Web Mercator x in [0, 1] (the world's width). */
const mercatorX = (lon: number) => (lon + 180) / 360;

/** Web Mercator y in [0, 1], north to south. */
function mercatorY(lat: number): number {
  const sin = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/** One marker at one zoom level: a point or a cluster of the level below. */
interface Node {
  /** Input indexes of its points, ascending (so `ids` keep the input order). */
  members: number[];
  /** How many points (`members.length`, kept while a cluster is being formed). */
  count: number;
  /** Mean Web Mercator position in [0, 1] (pixels at zoom z: × 256 · 2^z). */
  x: number;
  y: number;
  lat: number;
  lon: number;
  south: number;
  west: number;
  north: number;
  east: number;
  /** What `clusters` gives for it, made on first use. */
  cluster?: Cluster;
}

export interface ClusterIndexOptions {
  /** Points closer than this many pixels join one cluster (default 56: a marker never overlaps its neighbour). */
  radius?: number;
  /** The highest zoom with clusters; above it every point is its own marker (default 13). */
  maxZoom?: number;
  /** The lowest zoom the map shows (default 0). */
  minZoom?: number;
}

/**
 * Clusters the nodes of one level at `zoom`: heaviest first, each takes in the
 * unclaimed nodes within `radius` pixels of it (found through a grid of cells of
 * that size), at their weighted mean position.
 */
function clusterLevel(nodes: readonly Node[], zoom: number, radius: number): Node[] {
  const r = radius / (TILE * 2 ** zoom); // the radius in [0, 1] units
  const cells = new Map<number, number[]>();
  const columns = Math.ceil(1 / r) + 1;
  const cellOf = (x: number, y: number) => Math.floor(y / r) * columns + Math.floor(x / r);
  nodes.forEach((node, index) => {
    const key = cellOf(node.x, node.y);
    const cell = cells.get(key);
    if (cell) cell.push(index);
    else cells.set(key, [index]);
  });
  const order = nodes.map((_, index) => index).sort((a, b) => nodes[b].count - nodes[a].count || a - b);
  const claimed = new Uint8Array(nodes.length);
  const out: Node[] = [];
  for (const index of order) {
    if (claimed[index]) continue;
    claimed[index] = 1;
    const node = nodes[index];
    const col = Math.floor(node.x / r);
    const row = Math.floor(node.y / r);
    let merged: Node | undefined;
    const parts: number[][] = [node.members];
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        const cell = cells.get((row + dr) * columns + col + dc);
        if (!cell) continue;
        for (const other of cell) {
          if (claimed[other]) continue;
          const near = nodes[other];
          const dx = near.x - node.x;
          const dy = near.y - node.y;
          if (dx * dx + dy * dy > r * r) continue;
          claimed[other] = 1;
          merged = absorb(merged ?? {...node, cluster: undefined}, near);
          parts.push(near.members);
        }
      }
    }
    // Members in input order: sorted once per cluster, not merged child by child.
    if (merged) merged.members = parts.flat().sort((x, y) => x - y);
    out.push(merged ?? node);
  }
  return out;
}

/** `into` (a fresh node) takes in `from`: count, weighted mean position, bounds (the members are joined after). */
function absorb(into: Node, from: Node): Node {
  const a = into.count;
  const b = from.count;
  const total = a + b;
  into.count = total;
  into.x = (into.x * a + from.x * b) / total;
  into.y = (into.y * a + from.y * b) / total;
  into.lat = (into.lat * a + from.lat * b) / total;
  into.lon = (into.lon * a + from.lon * b) / total;
  into.south = Math.min(into.south, from.south);
  into.north = Math.max(into.north, from.north);
  into.west = Math.min(into.west, from.west);
  into.east = Math.max(into.east, from.east);
  return into;
}

/** The first index in ascending `keys` whose key is at least `key`. */
function lowerBound(keys: Float64Array, key: number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (keys[mid] < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The clusters of every zoom level for one set of points; built once, queried on each pan and zoom. */
export class ClusterIndex {
  private readonly points: readonly ClusterPoint[];
  private readonly radius: number;
  private readonly minZoom: number;
  private readonly maxZoom: number;
  /** levels[z - minZoom]: the nodes at zoom z; the last one holds the points themselves. */
  private readonly levels: Node[][] = [];
  /** Per level, once in reading order (sorted on its first query): each node's sort key, row number plus x. */
  private readonly keys: Float64Array[] = [];

  constructor(points: readonly ClusterPoint[], options: ClusterIndexOptions = {}) {
    this.points = points;
    this.radius = options.radius ?? 56;
    this.minZoom = options.minZoom ?? 0;
    this.maxZoom = Math.max(this.minZoom - 1, options.maxZoom ?? 13);
    let level: Node[] = points.map((p, index) => ({
      members: [index],
      count: 1,
      x: mercatorX(p.lon),
      y: mercatorY(p.lat),
      lat: p.lat,
      lon: p.lon,
      south: p.lat,
      north: p.lat,
      west: p.lon,
      east: p.lon,
    }));
    const levels = [level];
    for (let zoom = this.maxZoom; zoom >= this.minZoom; zoom--) {
      level = this.radius > 0 ? clusterLevel(level, zoom, this.radius) : level;
      levels.push(level);
    }
    this.levels = levels.reverse();
  }

  /**
   * The markers at `zoom` (rounded down) whose position lies in `view`
   * ([[south, west], [north, east]]; everything when left out), in reading order.
   */
  clusters(zoom: number, view?: [[number, number], [number, number]]): Cluster[] {
    const z = Math.max(this.minZoom, Math.min(this.maxZoom + 1, Math.floor(zoom)));
    const level = z - this.minZoom;
    // Reading order: rows of `radius` pixels at this zoom, west to east within a row.
    // The row number plus x (below 1) orders by row, then by x.
    const rowHeight = (this.radius > 0 ? this.radius : 1) / (TILE * 2 ** z);
    let keys = this.keys[level];
    if (!keys) {
      const nodes = this.levels[level];
      const unsorted = new Float64Array(nodes.map((n) => Math.floor(n.y / rowHeight) + n.x));
      const order = Uint32Array.from(nodes.keys()).sort((a, b) => unsorted[a] - unsorted[b]);
      this.levels[level] = Array.from(order, (i) => nodes[i]);
      keys = this.keys[level] = Float64Array.from(order, (i) => unsorted[i]);
    }
    let nodes = this.levels[level];
    if (view) {
      // Only the rows across the view's latitudes (one more each side: a cluster's
      // mean y and the y of its mean latitude differ a little), then the exact test.
      const [[south, west], [north, east]] = view;
      const from = lowerBound(keys, Math.floor(mercatorY(north) / rowHeight) - 1);
      const to = lowerBound(keys, Math.floor(mercatorY(south) / rowHeight) + 2);
      nodes = nodes.slice(from, to).filter((n) => n.lat >= south && n.lat <= north && n.lon >= west && n.lon <= east);
    }
    return nodes.map((n) => (n.cluster ??= this.toCluster(n)));
  }

  private toCluster(n: Node): Cluster {
    return {
      ids: n.members.map((index) => this.points[index].id),
      lat: n.lat,
      lon: n.lon,
      bounds: [
        [n.south, n.west],
        [n.north, n.east],
      ],
    };
  }
}

/**
 * The clusters of `points` at `zoom` with a radius of `cellSize` pixels; 0 leaves
 * every point single (still in reading order). Builds an index for one query:
 * a map keeps a `ClusterIndex` instead.
 */
export function clusterPoints(points: readonly ClusterPoint[], zoom: number, cellSize = 56): Cluster[] {
  return new ClusterIndex(points, {radius: cellSize, minZoom: Math.floor(zoom), maxZoom: Math.floor(zoom)}).clusters(zoom);
}
