/** WCAG 2.1 contrast (success criterion 1.4.3), shared by the widgets' contrast warning and the builder. */

/** sRGB channels 0–255; a fourth (alpha) is ignored. */
export type Rgb = readonly [r: number, g: number, b: number, ...rest: number[]];

/** Relative luminance of an sRGB colour (WCAG 2.1 definition). */
export function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
