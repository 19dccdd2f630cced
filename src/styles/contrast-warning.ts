/**
 * The contrast warning's work, loaded lazily by `checkContrast` (contrast.ts)
 * only when a theme or the host sets a colour: the effective colour pairs are
 * read from the element's private token layer and, if one falls below 4.5:1
 * (WCAG 2.1, 1.4.3), the warning names the tokens, where each value came from
 * and the ratio.
 */
import {contrastRatio} from './contrast-ratio.js';
import {CONTRAST_PAIRS, TOKENS, sourcesOf} from './tokens.js';

export {contrastRatio} from './contrast-ratio.js';

export type Rgba = readonly [r: number, g: number, b: number, a: number];

let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour the browser knows (hex, named, hsl(), oklch(), color-mix(), …)
 * as sRGB channels, by painting one pixel; undefined for what is not a colour
 * on its own (empty, `currentcolor`, invalid).
 */
export function toRgba(colour: string): Rgba | undefined {
  if (!colour || /currentcolor|var\(/i.test(colour) || !CSS.supports('color', colour)) return undefined;
  canvas ??= document.createElement('canvas').getContext('2d', {willReadFrequently: true});
  if (!canvas) return undefined;
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = colour;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** The warning for an element's effective colours, or undefined when every pair reaches 4.5:1. */
export function contrastWarning(element: HTMLElement): string | undefined {
  const style = getComputedStyle(element);
  const token = (name: string) => TOKENS.find((t) => t[0] === name)!;
  const describe = (name: string, value: string) => {
    const [, ncte, , , fallback] = token(name);
    const source = sourcesOf(token(name)).find((s) => style.getPropertyValue(s).trim() !== '');
    // The link colour's default is the accent: say so rather than "the default".
    const alias = /^var\(--_([\w-]+)\)$/.exec(fallback)?.[1];
    const from = source === ncte ? '' : source ? `, from ${source}` : alias ? `, as ${token(alias)[1]}` : ', the default';
    return `${ncte} (${value}${from})`;
  };
  const problems: string[] = [];
  for (const [foreground, background] of CONTRAST_PAIRS) {
    const fg = style.getPropertyValue(`--_${foreground}`).trim();
    const bg = style.getPropertyValue(`--_${background}`).trim();
    const a = toRgba(fg);
    const b = toRgba(bg);
    // A translucent colour's contrast depends on what lies under it: not judged.
    if (!a || !b || a[3] < 1 || b[3] < 1) continue;
    const ratio = contrastRatio(a, b);
    if (ratio < 4.5) problems.push(`${describe(foreground, fg)} on ${describe(background, bg)}: ${Math.floor(ratio * 100) / 100}:1`);
  }
  if (problems.length === 0) return undefined;
  return `ncte-widgets: <${element.localName}> colour contrast below 4.5:1 (WCAG 1.4.3): ${problems.join('; ')}. Set the --ncte-* tokens named here on the page to a pair with enough contrast.`;
}
