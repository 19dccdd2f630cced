/**
 * Grid clustering for the map: the points are projected to Web Mercator pixels
 * at the current zoom and binned into square cells; a cell with two or more
 * points becomes one cluster at their mean position. Cheap (one pass, no DOM),
 * so the map clusters again on every zoom and filter change, also for 10,000
 * partners. The clusters come back in reading order (grid rows from north to
 * south, west to east within a row): the order of the arrow keys on the map.
 */

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

/** Web Mercator pixel coordinates of a point at a zoom level (as Leaflet's EPSG:3857). */
export function project(lat: number, lon: number, zoom: number): [x: number, y: number] {
  const scale = TILE * 2 ** zoom;
  const clamped = Math.max(-85.0511287798, Math.min(85.0511287798, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const x = ((lon + 180) / 360) * scale;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale;
  return [x, y];
}

interface Cell {
  row: number;
  col: number;
  ids: string[];
  x: number;
  y: number;
  lat: number;
  lon: number;
  south: number;
  west: number;
  north: number;
  east: number;
  merged?: boolean;
}

function newCell(row: number, col: number): Cell {
  return {row, col, ids: [], x: 0, y: 0, lat: 0, lon: 0, south: 90, west: 180, north: -90, east: -180};
}

function absorb(into: Cell, from: Cell): void {
  into.ids.push(...from.ids);
  into.x += from.x;
  into.y += from.y;
  into.lat += from.lat;
  into.lon += from.lon;
  into.south = Math.min(into.south, from.south);
  into.north = Math.max(into.north, from.north);
  into.west = Math.min(into.west, from.west);
  into.east = Math.max(into.east, from.east);
}

const COLUMNS = 4_194_304; // 2^22 cells per row: plenty up to zoom 18 with 56 px cells

/**
 * Clusters points at `zoom` with cells of `cellSize` pixels. A cell then takes
 * in its neighbours whose centre lies within ¾ cell of its own (biggest
 * first), so no two markers overlap across a cell border. With `cellSize` 0
 * (clustering off) every point stays single, still in reading order.
 */
export function clusterPoints(points: readonly ClusterPoint[], zoom: number, cellSize = 56): Cluster[] {
  const size = cellSize > 0 ? cellSize : 1;
  const cells = new Map<number, Cell>();
  const all: Cell[] = [];
  for (const point of points) {
    const [x, y] = project(point.lat, point.lon, zoom);
    const row = Math.floor(y / size);
    const col = Math.floor(x / size);
    let cell: Cell | undefined;
    if (cellSize > 0) {
      const key = row * COLUMNS + col;
      cell = cells.get(key);
      if (!cell) {
        cell = newCell(row, col);
        cells.set(key, cell);
        all.push(cell);
      }
    } else {
      cell = newCell(row, col);
      all.push(cell);
    }
    cell.ids.push(point.id);
    cell.x += x;
    cell.y += y;
    cell.lat += point.lat;
    cell.lon += point.lon;
    cell.south = Math.min(cell.south, point.lat);
    cell.north = Math.max(cell.north, point.lat);
    cell.west = Math.min(cell.west, point.lon);
    cell.east = Math.max(cell.east, point.lon);
  }
  if (cellSize > 0) {
    for (const cell of [...all].sort((a, b) => b.ids.length - a.ids.length)) {
      if (cell.merged) continue;
      for (let dr = -1; dr <= 1; dr++)
        for (let dc = -1; dc <= 1; dc++) {
          const other = cells.get((cell.row + dr) * COLUMNS + cell.col + dc);
          if (!other || other === cell || other.merged) continue;
          const dx = cell.x / cell.ids.length - other.x / other.ids.length;
          const dy = cell.y / cell.ids.length - other.y / other.ids.length;
          if (dx * dx + dy * dy < (size * 0.75) ** 2) {
            absorb(cell, other);
            other.merged = true;
          }
        }
    }
  }
  return all
    .filter((cell) => !cell.merged)
    .map((cell) => {
      const n = cell.ids.length;
      return {cell, row: Math.floor(cell.y / n / size), x: cell.x / n};
    })
    .sort((a, b) => a.row - b.row || a.x - b.x)
    .map(({cell}) => ({
      ids: cell.ids,
      lat: cell.lat / cell.ids.length,
      lon: cell.lon / cell.ids.length,
      bounds: [
        [cell.south, cell.west],
        [cell.north, cell.east],
      ],
    }));
}
