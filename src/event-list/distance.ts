/**
 * "Dicht bij mij": distances on the globe (haversine) and the visitor's position,
 * asked from the browser only when the visitor presses the button.
 */

export interface LatLon {
  lat: number;
  lon: number;
}

export type GeoErrorKind = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

/** Why the position is not known; `kind` picks the polite message. */
export class GeoError extends Error {
  readonly kind: GeoErrorKind;
  constructor(kind: GeoErrorKind, message: string = kind) {
    super(message);
    this.name = 'GeoError';
    this.kind = kind;
  }
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Sorts items by distance from `origin`, nearest first; items without
 * coordinates keep their order at the end. Stable, returns a new array.
 */
export function sortByDistance<T>(items: readonly T[], origin: LatLon, position: (item: T) => LatLon | undefined): T[] {
  const keyed = items.map((item, index) => {
    const at = position(item);
    return {item, index, km: at ? haversineKm(origin, at) : Infinity};
  });
  keyed.sort((a, b) => a.km - b.km || a.index - b.index);
  return keyed.map((k) => k.item);
}

/** Asks the browser for the visitor's position (shows the browser's permission prompt). */
export function requestPosition(
  geolocation: Geolocation | null | undefined = globalThis.navigator?.geolocation,
  timeout = 15_000,
): Promise<LatLon> {
  return new Promise((resolve, reject) => {
    if (!geolocation) {
      reject(new GeoError('unsupported'));
      return;
    }
    geolocation.getCurrentPosition(
      (position) => resolve({lat: position.coords.latitude, lon: position.coords.longitude}),
      (error) => {
        const kind: GeoErrorKind = error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable';
        reject(new GeoError(kind, error.message));
      },
      {enableHighAccuracy: false, maximumAge: 300_000, timeout},
    );
  });
}
