/**
 * The code an editor copies, in three forms: the CDN script tag and element, the
 * iframe of the embed page (with and without `ncte-embed.js`), and npm. Every
 * form carries the same configuration: the attributes that differ from their
 * defaults, the feed as an absolute URL, the language and the theme. The
 * snippets point at `base`, the folder the builder itself is served from.
 */
import {THEME_TOKENS, effectiveAttributes, effectiveTheme, toQuery, type BuilderConfig, type ThemeParam} from './config.js';
import {tagOf, type WidgetName, type WidgetOptions} from './manifest.js';

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A meaningful iframe title per widget (WCAG 4.1.2), in the widget's language. */
export const IFRAME_TITLES: Record<'nl' | 'en', Record<WidgetName, string>> = {
  nl: {
    etalage: 'Etalage van initiatieven tegen eenzaamheid',
    'eligibility-check': 'Toets: kan mijn organisatie meedoen?',
    'partner-map': 'Kaart van de partners van de coalitie',
    'event-list': 'Activiteiten in de Week tegen Eenzaamheid',
  },
  en: {
    etalage: 'Showcase of initiatives against loneliness',
    'eligibility-check': 'Check: can my organisation take part?',
    'partner-map': 'Map of the coalition partners',
    'event-list': 'Activities in the Week against Loneliness',
  },
};

/** A height per widget for an iframe without `ncte-embed.js` (it scrolls inside beyond that). */
export const IFRAME_HEIGHTS: Record<WidgetName, number> = {
  etalage: 900,
  'eligibility-check': 600,
  'partner-map': 700,
  'event-list': 900,
};

export interface SnippetInput {
  config: BuilderConfig;
  options: WidgetOptions;
  /** The folder the builder is served from, ending in `/` (`https://cdn…/dist/cdn/`). */
  base: string;
  /** Which theme values the browser accepts (CSS.supports); all well-formed ones when left out. */
  validTheme?: (param: ThemeParam, value: string) => boolean;
}

export interface Snippets {
  /** (a) The CDN bundle's script tag and the element. */
  script: string;
  /** The theme as CSS for the site's stylesheet (script and npm forms); empty without a theme. */
  css: string;
  /** (b) The iframe and the `ncte-embed.js` line that sizes it. */
  iframe: string;
  /** (b) The iframe alone, for a CMS that allows no script. */
  iframeBare: string;
  /** (c) npm: the install command. */
  npmInstall: string;
  /** (c) npm: the import, for the app's code. */
  npmImport: string;
  /** (c) npm: the element, for the app's template. */
  npmElement: string;
  /** (c) npm: the three together, as shown and copied. */
  npm: string;
}

/** The feed URL as an absolute URL (relative ones are relative to `base`); empty for none. */
export function absoluteFeedUrl(src: string, base: string): string {
  if (src.trim() === '') return '';
  try {
    return new URL(src.trim(), base).href;
  } catch {
    return '';
  }
}

/** The element with its attributes: `<ncte-event-list src="…" gemeente="Zwolle" show-past lang="en"></ncte-event-list>`. */
export function elementSnippet(config: BuilderConfig, options: WidgetOptions, feedUrl: string): string {
  const tag = tagOf(config.widget);
  const parts: string[] = [tag];
  if (feedUrl) parts.push(`src="${escapeAttribute(feedUrl)}"`);
  for (const [name, value] of effectiveAttributes(config, options)) {
    const option = options[config.widget].find((o) => o.name === name);
    parts.push(option?.kind === 'boolean' ? name : `${name}="${escapeAttribute(value)}"`);
  }
  if (config.lang === 'en') parts.push('lang="en"');
  return `<${parts.join(' ')}></${tag}>`;
}

/** The theme as a CSS rule for the element: custom properties only, one per line. */
export function themeCss(config: BuilderConfig, validTheme?: SnippetInput['validTheme']): string {
  const theme = effectiveTheme(config, validTheme);
  if (theme.length === 0) return '';
  const lines = theme.map(([param, value]) => `  ${THEME_TOKENS[param]}: ${value};`);
  return `${tagOf(config.widget)} {\n${lines.join('\n')}\n}`;
}

/** The embed page's URL for a configuration (the same parameter names as the builder's query). */
export function embedUrl({config, options, base, validTheme}: SnippetInput, feedUrl: string): string {
  const query = toQuery({...config, src: feedUrl}, options, validTheme);
  return new URL(`embed.html?${query}`, base).href;
}

/** Every snippet for a configuration. A relative feed URL is relative to `base` (beside the builder). */
export function snippets(input: SnippetInput): Snippets {
  const {config, options, base, validTheme} = input;
  const feedUrl = absoluteFeedUrl(config.src, base);
  const element = elementSnippet(config, options, feedUrl);
  const bundle = new URL(`${tagOf(config.widget)}.js`, base).href;
  const title = IFRAME_TITLES[config.lang][config.widget];
  const iframeBare =
    `<iframe src="${escapeAttribute(embedUrl(input, feedUrl))}" title="${escapeAttribute(title)}"` +
    ` width="100%" height="${IFRAME_HEIGHTS[config.widget]}" loading="lazy"></iframe>`;
  const npmImport = `import 'ncte-widgets/${config.widget}';`;
  return {
    script: `<script type="module" src="${escapeAttribute(bundle)}"></script>\n${element}`,
    css: themeCss(config, validTheme),
    iframe: `${iframeBare}\n<script type="module" src="${escapeAttribute(new URL('ncte-embed.js', base).href)}"></script>`,
    iframeBare,
    npmInstall: 'npm install ncte-widgets',
    npmImport,
    npmElement: element,
    npm: `npm install ncte-widgets\n\n// JavaScript\n${npmImport}\n\n<!-- HTML -->\n${element}`,
  };
}
