/**
 * Reading the embed page's URL query: which widget, its attributes, the language
 * and the theme. Pure functions (the CSS parser is passed in), so every refusal
 * is unit-tested. Nothing from the query becomes HTML or a style declaration:
 * attribute values go to `setAttribute`, theme values to one custom property each,
 * and only after the browser's own parser accepts them as one colour, font list
 * or length.
 */

/** What the embed page knows of one widget (generated from custom-elements.json). */
export interface EmbedWidget {
  /** The element's attribute names. */
  attributes: string[];
  /** Those of them that are boolean (present or absent). */
  booleans: string[];
  /** The events it documents (`@fires`). */
  events: string[];
}

/** The widgets by their `widget=` name (`etalage` for `<ncte-etalage>`). */
export type EmbedWidgets = Record<string, EmbedWidget>;

/** Why the frame shows a message instead of a widget. */
export type EmbedProblem = {kind: 'widget'; allowed: string[]} | {kind: 'src'};

export interface EmbedConfig {
  /** The widget's name and tag, when the query names a known widget. */
  widget?: string;
  tag?: string;
  /** Attributes to set, in query order, the values as given (`src` resolved). */
  attributes: Array<[name: string, value: string]>;
  lang: 'nl' | 'en';
  /** Custom properties to set on the page: `['--ncte-color-accent', '#005a9c']`. */
  theme: Array<[property: string, value: string]>;
  /** Parameters that are neither the widget's attributes nor the page's own. */
  unknown: string[];
  /** Values refused, each with its reason, for the console. */
  refused: string[];
  /** When set, the page shows this problem and loads no widget. */
  problem?: EmbedProblem;
}

/** `CSS.supports(property, value)`, passed in so the logic runs anywhere. */
export type Supports = (property: string, value: string) => boolean;

/** The theme parameters: the token each one sets and the CSS property its value must fit. */
export const THEME_PARAMETERS: Readonly<Record<string, readonly [token: string, property: string]>> = {
  accent: ['--ncte-color-accent', 'color'],
  'accent-contrast': ['--ncte-color-accent-contrast', 'color'],
  font: ['--ncte-font-family', 'font-family'],
  radius: ['--ncte-radius', 'border-top-left-radius'],
  background: ['--ncte-color-background', 'color'],
};

/** The page's own parameters besides the theme. */
const PAGE_PARAMETERS = new Set(['widget', 'lang']);

/**
 * Characters and functions no theme value needs: declaration and block ends,
 * escapes, comments, at-rules, `!important`, and every function that refers to
 * something else or loads something (`url()`, `image()`, `var()`, `env()`, `attr()`…).
 */
const CSS_INJECTION = /[;{}<>\\!@]|\/\*|\b(?:url|image|image-set|cross-fade|element|var|env|attr|src|paint|expression)\s*\(/i;

/** The value for a theme parameter, or why it is refused. */
export function themeValue(parameter: string, value: string, supports: Supports): {value: string} | {refused: string} {
  const [, property] = THEME_PARAMETERS[parameter]!;
  const trimmed = value.trim();
  if (!trimmed) return {refused: 'leeg'};
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (trimmed.length > 200 || /[\u0000-\u001f\u007f]/.test(trimmed) || CSS_INJECTION.test(trimmed)) return {refused: 'niet toegestaan'};
  // A radius is one length or percentage (`0`, `4px`, `0.5rem`, `10%`), not a list.
  if (parameter === 'radius' && !/^(?:0|\d*\.?\d+(?:[a-z]+|%))$/i.test(trimmed)) return {refused: 'geen lengte'};
  if (!supports(property, trimmed)) return {refused: `geen geldige waarde voor ${property}`};
  return {value: trimmed};
}

/**
 * The feed URL for `src`: resolved against the embed page, `http:` or `https:`
 * only; `undefined` for anything else (`javascript:`, `data:`, `blob:`, …).
 */
export function feedSrc(value: string, base: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Map tiles in the frame: the Dutch government's PDOK tiles or none. Another
 * tile server would be a third-party request the page's policy does not allow.
 */
const TILES = /^(?:pdok(?:-(?:standaard|grijs|pastel))?|outline|none)$/i;

/** Reads the whole query. `base` is the embed page's URL. */
export function readEmbedQuery(query: URLSearchParams, widgets: EmbedWidgets, base: string, supports: Supports): EmbedConfig {
  const config: EmbedConfig = {attributes: [], lang: 'nl', theme: [], unknown: [], refused: []};
  const lang = query.get('lang')?.trim().toLowerCase();
  if (lang === 'en' || lang?.startsWith('en-')) config.lang = 'en';
  else if (lang && lang !== 'nl' && !lang.startsWith('nl-')) config.refused.push(`lang=${lang}: alleen nl of en (Nederlands wordt getoond)`);

  const name = query.get('widget')?.trim() ?? '';
  const widget = Object.hasOwn(widgets, name) ? widgets[name] : undefined;
  if (!widget) {
    config.problem = {kind: 'widget', allowed: Object.keys(widgets)};
    return config;
  }
  config.widget = name;
  config.tag = `ncte-${name}`;
  const attributes = new Set(widget.attributes);
  const booleans = new Set(widget.booleans);
  const seen = new Set<string>();

  for (const [key, raw] of query) {
    // The first value counts when a parameter is repeated.
    if (seen.has(key)) continue;
    seen.add(key);
    if (PAGE_PARAMETERS.has(key)) continue;
    if (Object.hasOwn(THEME_PARAMETERS, key)) {
      const result = themeValue(key, raw, supports);
      if ('value' in result) config.theme.push([THEME_PARAMETERS[key]![0], result.value]);
      else config.refused.push(`${key}=${raw}: ${result.refused}`);
      continue;
    }
    if (!attributes.has(key)) {
      config.unknown.push(key);
      continue;
    }
    if (booleans.has(key)) {
      const value = raw.trim().toLowerCase();
      if (value === '' || value === 'true' || value === key) config.attributes.push([key, '']);
      else if (value !== 'false') config.refused.push(`${key}=${raw}: aan (leeg of true) of uit (false)`);
      continue;
    }
    if (key === 'src') {
      const src = feedSrc(raw, base);
      if (src) config.attributes.push([key, src]);
      else {
        config.refused.push(`src=${raw}: alleen een relatief adres of http(s)`);
        config.problem = {kind: 'src'};
      }
      continue;
    }
    if (key === 'tiles' && !TILES.test(raw.trim())) {
      config.refused.push(`tiles=${raw}: in het iframe alleen pdok, pdok-standaard, pdok-grijs, pdok-pastel of none`);
      continue;
    }
    config.attributes.push([key, raw]);
  }
  return config;
}

/**
 * The secret of WordPress's embed protocol, from a fragment like `#?secret=a1B2c3`
 * (letters and digits only, as WordPress checks), or `undefined`.
 */
export function wordpressSecret(hash: string): string | undefined {
  return /^#\??(?:.*&)?secret=([a-zA-Z0-9]{1,64})(?:&|$)/.exec(hash)?.[1];
}
