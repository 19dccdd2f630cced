/**
 * The `tiles` setting: which base layer goes under the outline. Nothing (the
 * default) means the outline only, with no request to anyone. `pdok` and
 * `pdok-standaard|grijs|pastel` use the Dutch government's BRT-Achtergrondkaart
 * (no key; attribution Kadaster); any other value with `{z}`, `{x}` and `{y}` is
 * a tile URL template for another source, credited with `tiles-attribution`.
 */

export interface TileSource {
  /** A Leaflet URL template. */
  url: string;
  /** The attribution as HTML (escaped; only our own markup is not text). */
  attribution: string;
  maxZoom: number;
}

export const PDOK_VARIANTS = ['standaard', 'grijs', 'pastel'] as const;
export type PdokVariant = (typeof PDOK_VARIANTS)[number];

const PDOK_URL = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/{variant}/EPSG:3857/{z}/{x}/{y}.png';
const PDOK_ATTRIBUTION = 'Kaartgegevens &copy; <a href="https://www.kadaster.nl/">Kadaster</a>';

/** Escapes text for Leaflet's attribution control, which takes HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** True for a template Leaflet can use that points to http(s) or the page's own origin. */
function isSafeTemplate(url: string): boolean {
  if (!/\{z\}/.test(url) || !/\{x\}/.test(url) || !/\{y\}/.test(url)) return false;
  try {
    const parsed = new URL(url.replace(/\{[a-z]+\}/gi, '0'), document.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The base layer for a `tiles` value, or `undefined` for the outline only. */
export function tileSource(tiles: string | null | undefined, attribution?: string | null): TileSource | undefined {
  const value = tiles?.trim() ?? '';
  if (!value || value === 'outline' || value === 'none') return undefined;
  const pdok = /^pdok(?:-(standaard|grijs|pastel))?$/i.exec(value);
  if (pdok) {
    const variant = (pdok[1]?.toLowerCase() ?? 'standaard') as PdokVariant;
    return {url: PDOK_URL.replace('{variant}', variant), attribution: PDOK_ATTRIBUTION, maxZoom: 19};
  }
  if (isSafeTemplate(value)) return {url: value, attribution: escapeHtml(attribution?.trim() ?? ''), maxZoom: 19};
  return undefined;
}
