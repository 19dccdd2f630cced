/**
 * A builder configuration, and its round trip through a URL query. The query
 * uses the embed page's parameter names (`widget`, the attribute names, `lang`,
 * the theme parameters, the feed URL as `src`), so a builder link and an embed
 * link read alike. Anything a query holds is checked here: an unknown widget,
 * an unknown parameter, a value outside an option's type or a theme value that
 * could add a declaration is dropped, never used.
 */
import {THEME_PARAMETERS, themeValue, type Supports} from '../embed/query.js';
import {isWidgetName, type WidgetName, type WidgetOption, type WidgetOptions} from './manifest.js';

/** The theme parameters, in the embed page's order. */
export const THEME_PARAMS = ['accent', 'accent-contrast', 'font', 'radius', 'background'] as const;
export type ThemeParam = (typeof THEME_PARAMS)[number];

/** The token each theme parameter sets (the embed page's table). */
export const THEME_TOKENS = Object.fromEntries(THEME_PARAMS.map((param) => [param, THEME_PARAMETERS[param]![0]])) as Record<ThemeParam, string>;

/**
 * Whether the embed page takes a theme value: the same check (one value the
 * browser's parser accepts for the property; nothing that ends a declaration,
 * escapes, comments or loads anything; a radius is one length), so the builder
 * never offers code that the embed page would refuse.
 */
export function themeValueOk(param: ThemeParam, value: string, supports: Supports): boolean {
  return 'value' in themeValue(param, value, supports);
}

/** The shape check alone (for code that runs without a browser's CSS parser). */
const shapeOk = (param: ThemeParam, value: string) => themeValueOk(param, value, () => true);

/** The shared tokens' defaults (README), for the contrast check when a colour is left unset. */
export const THEME_DEFAULTS: Record<ThemeParam, string> = {
  accent: '#8a2a5f',
  'accent-contrast': '#fff',
  font: 'inherit',
  radius: '0.5rem',
  background: '#fff',
};

export type WidgetLang = 'nl' | 'en';

export interface BuilderConfig {
  widget: WidgetName;
  /** The feed URL as the editor typed it (relative to the builder, or absolute); empty for none. */
  src: string;
  /** Attribute values by name; a boolean option that is on holds `'true'`. Unset options are absent. */
  attributes: Record<string, string>;
  lang: WidgetLang;
  theme: Partial<Record<ThemeParam, string>>;
}

export const DEFAULT_WIDGET: WidgetName = 'etalage';
/** The feed beside the builder. */
export const SAMPLE_FEED = 'sample-feed.json';
const MAX_VALUE_LENGTH = 500;

export function defaultConfig(widget: WidgetName = DEFAULT_WIDGET, src = SAMPLE_FEED): BuilderConfig {
  return {widget, src, attributes: {}, lang: 'nl', theme: {}};
}

/** Whether a feed URL may be loaded: relative (to the builder) or absolute `http(s):`. */
export function feedUrlOk(src: string, base: string): boolean {
  if (src.trim() === '' || src.length > 8192) return false;
  try {
    return ['http:', 'https:'].includes(new URL(src, base).protocol);
  } catch {
    return false;
  }
}

/** An option's value as the query or a control gives it, checked against its type; undefined when unusable or unset. */
export function checkedValue(option: WidgetOption, raw: string | null | undefined): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  switch (option.kind) {
    case 'boolean':
      return raw === '' || raw === 'true' ? 'true' : undefined;
    case 'number': {
      const trimmed = raw.trim();
      return trimmed !== '' && Number.isFinite(Number(trimmed)) ? String(Number(trimmed)) : undefined;
    }
    case 'choice':
      return option.values.includes(raw) ? raw : undefined;
    case 'text':
      return raw !== '' && raw.length <= MAX_VALUE_LENGTH ? raw : undefined;
  }
}

/**
 * The attributes that differ from their defaults, in the manifest's order, as
 * `[name, value]`; a boolean that is on has the value `'true'`. This is what
 * every snippet and the preview carry.
 */
export function effectiveAttributes(config: BuilderConfig, options: WidgetOptions): Array<[string, string]> {
  const result: Array<[string, string]> = [];
  for (const option of options[config.widget]) {
    const value = checkedValue(option, config.attributes[option.name]);
    if (value === undefined || value === option.default) continue;
    result.push([option.name, value]);
  }
  return result;
}

/** The theme values that are set and well-formed, in the embed page's order. */
export function effectiveTheme(config: BuilderConfig, valid: (param: ThemeParam, value: string) => boolean = shapeOk): Array<[ThemeParam, string]> {
  return THEME_PARAMS.flatMap((param) => {
    const value = config.theme[param]?.trim();
    return value && shapeOk(param, value) && valid(param, value) ? [[param, value] as [ThemeParam, string]] : [];
  });
}

/** The query of a configuration: `widget`, `src`, the attributes that differ from their defaults, `lang=en`, the theme. */
export function toQuery(config: BuilderConfig, options: WidgetOptions, valid?: (param: ThemeParam, value: string) => boolean): URLSearchParams {
  const query = new URLSearchParams({widget: config.widget});
  if (config.src.trim() !== '') query.set('src', config.src.trim());
  for (const [name, value] of effectiveAttributes(config, options)) query.set(name, value);
  if (config.lang === 'en') query.set('lang', 'en');
  for (const [param, value] of effectiveTheme(config, valid)) query.set(param, value);
  return query;
}

/**
 * A configuration from a query; what is unknown or invalid is left out and
 * named in `refused` (the element says so). Without a `src`, `defaultSrc` (the sample feed) is used.
 */
export function fromQuery(
  query: URLSearchParams,
  options: WidgetOptions,
  base: string,
  valid: (param: ThemeParam, value: string) => boolean = shapeOk,
  defaultSrc = SAMPLE_FEED,
): {config: BuilderConfig; refused: string[]} {
  const refused: string[] = [];
  const widgetParam = query.get('widget');
  const widget = isWidgetName(widgetParam) ? widgetParam : DEFAULT_WIDGET;
  if (widgetParam !== null && widget !== widgetParam) refused.push('widget');
  const config = defaultConfig(widget, defaultSrc);
  const known = new Set(['widget', 'src', 'lang', ...THEME_PARAMS]);
  const src = query.get('src');
  if (src !== null) {
    if (feedUrlOk(src, base)) config.src = src;
    else refused.push('src');
  }
  const lang = query.get('lang');
  if (lang !== null) {
    if (/^(en|nl)$/.test(lang)) config.lang = lang as WidgetLang;
    else refused.push('lang');
  }
  for (const param of THEME_PARAMS) {
    const value = query.get(param);
    if (value === null) continue;
    if (shapeOk(param, value.trim()) && valid(param, value.trim())) config.theme[param] = value.trim();
    else refused.push(param);
  }
  for (const option of options[widget]) {
    known.add(option.name);
    const raw = query.get(option.name);
    if (raw === null) continue;
    const value = checkedValue(option, raw);
    if (value !== undefined) config.attributes[option.name] = value;
    else if (!(option.kind === 'boolean' && raw === 'false')) refused.push(option.name);
  }
  for (const name of new Set(query.keys())) if (!known.has(name)) refused.push(name);
  return {config, refused};
}
