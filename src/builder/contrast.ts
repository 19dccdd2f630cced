/** The WCAG 2.1 contrast ratio (1.4.3) between two colours given as the browser computes them. */

export type Rgb = readonly [number, number, number];

/** The minimum ratio for normal text (WCAG 1.4.3, level AA). */
export const MIN_TEXT_CONTRAST = 4.5;

/**
 * Reads `#rgb`, `#rrggbb` (alpha forms ignore the alpha) and `rgb(r, g, b)` /
 * `rgb(r g b / a)` as the browser serialises a computed colour; undefined otherwise.
 */
export function parseColor(value: string): Rgb | undefined {
  const color = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(color)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex.slice(0, 3)].map((c) => c + c).join('') : hex.slice(0, 6);
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/.exec(color);
  if (rgb) {
    const channels = rgb.slice(1, 4).map(Number);
    if (channels.every((c) => c >= 0 && c <= 255)) return channels as unknown as Rgb;
  }
  return undefined;
}

// The ratio itself is the widgets' own (their contrast warning uses it too).
export {contrastRatio, luminance} from '../styles/contrast-ratio.js';

/** Rounds a ratio down to two decimals for display, so 4.499 never shows as 4.5. */
export const floorRatio = (ratio: number) => Math.floor(ratio * 100) / 100;
