import {LitElement, html, nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import {loadFeed, parseFeedText} from '../feed/load.js';
import {LangController} from '../i18n/lang.js';
import {define} from '../internal/define.js';
import {baseStyles} from '../styles/base.styles.js';
import {builderStyles} from './builder.styles.js';
import {
  THEME_DEFAULTS,
  THEME_PARAMS,
  THEME_TOKENS,
  SAMPLE_FEED,
  defaultConfig,
  effectiveAttributes,
  effectiveTheme,
  feedUrlOk,
  fromQuery,
  themeValueOk,
  toQuery,
  type BuilderConfig,
  type ThemeParam,
} from './config.js';
import {MIN_TEXT_CONTRAST, contrastRatio, floorRatio, parseColor} from './contrast.js';
import {checkFeed} from './feed-check.js';
import {feedValues} from './feed-values.js';
import {WIDGETS, tagOf, type WidgetName, type WidgetOptions} from './manifest.js';
import {snippets, type Snippets} from './snippets.js';
import {builderStrings, type BuilderStrings} from './strings.js';
import {NOT_IN_PREVIEW, PREVIEW_FIXED, renderCheck, renderOption, renderSnippets, snippetText, type CheckState} from './templates.js';

/** Where the npm and framework instructions are (a link the editor may follow; nothing is fetched). */
const DOCS_URL = 'https://www.npmjs.com/package/ncte-widgets#npm';

const NO_OPTIONS: WidgetOptions = {etalage: [], 'eligibility-check': [], 'partner-map': [], 'event-list': []};

/** Whether a theme value is one the embed page takes, with this browser's CSS parser. */
export function themeValueValid(param: ThemeParam, value: string): boolean {
  return themeValueOk(param, value, (property, candidate) => CSS.supports(property, candidate));
}

/** A CSS colour as the browser resolves it, for the contrast check. */
function resolveColor(value: string) {
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return parseColor(value);
  context.fillStyle = '#000';
  context.fillStyle = value;
  return parseColor(String(context.fillStyle));
}

/** The folder a URL is in: `https://x/dist/cdn/builder.html?…` → `https://x/dist/cdn/`. */
const folderOf = (url: string) => new URL('./', url).href;

/**
 * The embed builder for web editors: pick a widget, its feed and options
 * (generated from custom-elements.json), its language and theme; see it live,
 * check the feed, and copy the code as a script tag, an iframe or for npm. The
 * widget bundles load only when previewed, from `base`.
 *
 * @tagname ncte-builder
 */
export class NcteBuilder extends LitElement {
  static override styles = [baseStyles, builderStyles];

  private readonly langController = new LangController(this);

  private get previewHost(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.preview');
  }

  static override properties: PropertyDeclarations = {
    config: {state: true},
    refused: {state: true},
    check: {state: true},
    file: {state: true},
    previewStatus: {state: true},
    announcement: {state: true},
    dragging: {state: true},
    options: {attribute: false},
    base: {},
    src: {},
    syncUrl: {type: Boolean, attribute: 'sync-url'},
  };

  private config: BuilderConfig = defaultConfig();
  private refused: string[] = [];
  private check: CheckState = {status: 'idle'};
  private declare file?: {name: string; raw: unknown};
  private previewStatus: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  private announcement = '';
  private dragging = false;

  /** Every widget's options (from the manifest, see manifest.ts). */
  options: WidgetOptions = NO_OPTIONS;

  /** The folder the widget bundles, embed.html and ncte-embed.js are served from; snippets point there. Default: the page's folder. */
  base = '';

  /** The feed the builder starts with when the page's query names none: the sample feed beside the builder. */
  src = SAMPLE_FEED;

  /** Mirrors the configuration in the page URL's query, and starts from it (builder.html sets it). */
  syncUrl = false;

  private checkAbort?: AbortController;
  private preview?: HTMLElement & {feed?: unknown};
  private previewToken = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.readQuery();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.checkAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new starting feed, as long as the editor has not chosen another.
    if (changed.has('src') && !this.file && this.config.src === (changed.get('src') ?? SAMPLE_FEED)) this.config = {...this.config, src: this.src};
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') === false) this.readQuery();
    if (changed.has('options') && this.syncUrl) this.readQuery();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('config') || changed.has('file') || changed.has('base')) {
      const before = changed.get('config') as BuilderConfig | undefined;
      if (changed.has('file') || !before || before.src !== this.config.src) this.startCheck();
      void this.updatePreview();
      if (this.syncUrl) this.writeQuery();
    }
  }

  /** Where the bundles are; relative feed URLs ("a path beside the builder") resolve against it too. */
  private get bundleBase(): string {
    return this.base ? new URL(this.base, document.baseURI).href : folderOf(document.baseURI);
  }

  private readQuery(): void {
    const {config, refused} = fromQuery(new URLSearchParams(location.search), this.options, this.bundleBase, themeValueValid, this.src);
    this.config = config;
    this.refused = refused;
  }

  private writeQuery(): void {
    const query = toQuery(this.config, this.options, themeValueValid).toString();
    if (`?${query}` !== location.search) history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
  }

  private startCheck(): void {
    this.checkAbort?.abort();
    const abort = (this.checkAbort = new AbortController());
    const settle = (check: CheckState) => {
      if (!abort.signal.aborted) this.check = check;
    };
    if (this.file) {
      const raw = this.file.raw;
      this.check = {status: 'loading'};
      checkFeed(raw).then((check) => settle({status: 'ready', check}), (error: unknown) => settle({status: 'error', error}));
      return;
    }
    if (!feedUrlOk(this.config.src, this.bundleBase)) {
      this.check = {status: 'idle'};
      return;
    }
    this.check = {status: 'loading'};
    loadFeed(new URL(this.config.src, this.bundleBase).href, {signal: abort.signal})
      .then((envelope) => checkFeed(envelope))
      .then((check) => settle({status: 'ready', check}), (error: unknown) => settle({status: 'error', error}));
  }

  /** Shows the real widget with this configuration; its bundle loads on first preview. */
  private async updatePreview(): Promise<void> {
    const token = ++this.previewToken;
    const tag = tagOf(this.config.widget);
    if (this.preview?.localName !== tag) {
      this.preview?.remove();
      this.preview = undefined;
      if (!customElements.get(tag)) {
        this.previewStatus = 'loading';
        try {
          await import(/* @vite-ignore */ new URL(`${tag}.js`, this.bundleBase).href);
        } catch (error) {
          console.warn(`ncte-builder: the bundle of <${tag}> could not be loaded`, error);
          if (token === this.previewToken) this.previewStatus = 'error';
          return;
        }
        if (token !== this.previewToken) return;
      }
      this.preview = document.createElement(tag);
      await this.updateComplete;
      this.previewHost?.append(this.preview);
    }
    this.previewStatus = 'ready';
    applyConfig(this.preview, this.config, this.options, this.file?.raw, this.bundleBase);
  }

  private setConfig(change: Partial<BuilderConfig>): void {
    this.config = {...this.config, ...change};
  }

  private onOption = (name: string, value: string | undefined): void => {
    const attributes = {...this.config.attributes};
    if (value === undefined) delete attributes[name];
    else attributes[name] = value;
    this.setConfig({attributes});
  };

  private onWidget(widget: WidgetName): void {
    this.setConfig({widget, attributes: {}});
  }

  private onFeedUrl(event: Event): void {
    this.file = undefined;
    this.setConfig({src: (event.target as HTMLInputElement).value.trim()});
  }

  private async openFile(file: File | undefined): Promise<void> {
    if (!file) return;
    let raw: unknown;
    try {
      raw = parseFeedText(await file.text(), file.name);
    } catch (error) {
      this.file = undefined;
      this.checkAbort?.abort();
      this.check = {status: 'error', error};
      return;
    }
    this.file = {name: file.name, raw};
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    void this.openFile(event.dataTransfer?.files[0]);
  }

  private onTheme(param: ThemeParam, value: string): void {
    const theme = {...this.config.theme};
    if (value.trim() === '') delete theme[param];
    else theme[param] = value.trim();
    this.setConfig({theme});
  }

  private async copy(code: Snippets, key: string, t: BuilderStrings): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(snippetText(code, key));
      this.announcement = t.copied;
    } catch {
      this.announcement = t.copyFailed;
    }
  }

  private toggleLanguage(t: BuilderStrings): void {
    this.setAttribute('lang', t.otherLanguageCode);
  }

  /** The accent's contrast with its text colour (buttons) and with the background (links, headings in the accent). */
  private contrast(t: BuilderStrings) {
    const color = (param: ThemeParam) => {
      const set = this.config.theme[param];
      return resolveColor(set && themeValueValid(param, set) ? set : THEME_DEFAULTS[param]);
    };
    const [accent, text, background] = [color('accent'), color('accent-contrast'), color('background')];
    if (!accent || !text || !background) return nothing;
    const ratios = [contrastRatio(accent, text), contrastRatio(accent, background)].map(floorRatio);
    const ok = ratios.every((ratio) => ratio >= MIN_TEXT_CONTRAST);
    const [onAccent, onBackground] = ratios.map((ratio) => (this.langController.lang === 'nl' ? String(ratio).replace('.', ',') : String(ratio)));
    return html`<p class=${ok ? 'ok' : 'error'} id="contrast">${t.contrast(onAccent, onBackground)} ${ok ? t.contrastOk : t.contrastLow}</p>`;
  }

  override render() {
    const lang = this.langController.lang;
    const t = builderStrings[lang];
    const {config} = this;
    const feed = this.check.status === 'ready' ? this.check.check.feed : undefined;
    const code = snippets({config, options: this.options, base: this.bundleBase, validTheme: themeValueValid});
    const srcInvalid = config.src !== '' && !feedUrlOk(config.src, this.bundleBase);
    return html`
      <header>
        <button type="button" class="button lang-toggle" lang=${t.otherLanguageCode} @click=${() => this.toggleLanguage(t)}>${t.otherLanguage}</button>
        <h1>${t.title}</h1>
        <p>${t.intro}</p>
        ${this.refused.length > 0 ? html`<p class="error">${t.refusedQuery(this.refused.join(', '))}</p>` : nothing}
      </header>
      <div class="layout">
        <form class="controls" @submit=${(e: Event) => e.preventDefault()}>
          <fieldset>
            <legend>${t.widgetLegend}</legend>
            ${WIDGETS.map(
              (widget) => html`<div class="choice">
                <input type="radio" name="widget" id="widget-${widget}" .checked=${config.widget === widget} @change=${() => this.onWidget(widget)} />
                <label for="widget-${widget}">${t.widgets[widget]}</label>
              </div>`,
            )}
          </fieldset>
          <fieldset
            class=${this.dragging ? 'dragging' : ''}
            @dragover=${(e: DragEvent) => {
              e.preventDefault();
              this.dragging = true;
            }}
            @dragleave=${() => (this.dragging = false)}
            @drop=${this.onDrop}
          >
            <legend>${t.feedLegend}</legend>
            <label for="feed-url">${t.feedUrl}</label>
            <p class="help" id="feed-url-help">${t.feedUrlHelp}</p>
            <input
              id="feed-url"
              type="url"
              inputmode="url"
              .value=${config.src}
              aria-describedby="feed-url-help${srcInvalid ? ' feed-url-error' : ''}"
              aria-invalid=${srcInvalid ? 'true' : 'false'}
              @change=${this.onFeedUrl}
            />
            ${srcInvalid ? html`<p class="error" id="feed-url-error">${t.feedUrlInvalid}</p>` : nothing}
            <label for="feed-file">${t.feedFile}</label>
            <p class="help" id="feed-file-help">${t.feedFileHelp}</p>
            <input id="feed-file" type="file" accept=".json,application/json" aria-describedby="feed-file-help" @change=${(e: Event) => this.openFile((e.target as HTMLInputElement).files?.[0])} />
            ${this.file ? html`<p class="help">${t.feedFromFile(this.file.name)}</p>` : nothing}
          </fieldset>
          <fieldset>
            <legend>${t.optionsLegend}</legend>
            ${this.options[config.widget].map((option) =>
              renderOption(
                {option, value: config.attributes[option.name], feedValues: feedValues(feed, config.widget, option.name), onInput: this.onOption},
                t,
              ),
            )}
          </fieldset>
          <fieldset>
            <legend>${t.languageLegend}</legend>
            ${(['nl', 'en'] as const).map(
              (code) => html`<div class="choice">
                <input type="radio" name="lang" id="lang-${code}" .checked=${config.lang === code} @change=${() => this.setConfig({lang: code})} />
                <label for="lang-${code}">${t.languages[code]}</label>
              </div>`,
            )}
          </fieldset>
          <fieldset>
            <legend>${t.themeLegend}</legend>
            <p class="help">${t.themeHelp}</p>
            ${THEME_PARAMS.map((param) => {
              const value = config.theme[param] ?? '';
              const invalid = value !== '' && !themeValueValid(param, value);
              return html`<div class="option">
                <label for="theme-${param}">${t.theme[param]} <code>${param}</code></label>
                <p class="help" id="theme-${param}-help">${t.themeExamples[param]} (<code>${THEME_TOKENS[param]}</code>)</p>
                <input
                  id="theme-${param}"
                  type="text"
                  autocomplete="off"
                  .value=${value}
                  aria-describedby="theme-${param}-help${invalid ? ` theme-${param}-error` : ''}${param === 'font' || param === 'radius' ? '' : ' contrast'}"
                  aria-invalid=${invalid ? 'true' : 'false'}
                  @change=${(e: Event) => this.onTheme(param, (e.target as HTMLInputElement).value)}
                />
                ${invalid ? html`<p class="error" id="theme-${param}-error">${t.themeInvalid}</p>` : nothing}
              </div>`;
            })}
            ${this.contrast(t)}
          </fieldset>
        </form>
        <div class="results">
          <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">${t.previewHeading}</h2>
            ${this.previewStatus === 'loading' ? html`<p>${t.previewLoading}</p>` : nothing}
            ${this.previewStatus === 'error' ? html`<p class="error">${t.previewFailed}</p>` : nothing}
            <div class="preview"></div>
          </section>
          <section aria-labelledby="check-heading">
            <h2 id="check-heading">${t.checkHeading}</h2>
            <div class="check" aria-live="polite">${renderCheck(this.check, t, lang)}</div>
          </section>
          <section aria-labelledby="code-heading">
            <h2 id="code-heading">${t.codeHeading}</h2>
            ${renderSnippets(code, t, DOCS_URL, (key) => this.copy(code, key, t))}
          </section>
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }
}

/** Sets the preview widget's attributes, feed, language and theme to exactly the configuration. */
function applyConfig(element: HTMLElement & {feed?: unknown}, config: BuilderConfig, options: WidgetOptions, fileFeed: unknown, page: string): void {
  const wanted = new Map(effectiveAttributes(config, options).filter(([name]) => !NOT_IN_PREVIEW.has(name)));
  for (const option of options[config.widget]) {
    const value = option.name in PREVIEW_FIXED ? (PREVIEW_FIXED[option.name] ?? undefined) : wanted.get(option.name);
    if (value === undefined) element.removeAttribute(option.name);
    else element.setAttribute(option.name, option.kind === 'boolean' ? '' : value);
  }
  if (fileFeed !== undefined) {
    element.removeAttribute('src');
    element.feed = fileFeed;
  } else {
    element.feed = undefined;
    if (feedUrlOk(config.src, page)) element.setAttribute('src', new URL(config.src, page).href);
    else element.removeAttribute('src');
  }
  element.setAttribute('lang', config.lang);
  const theme = new Map(effectiveTheme(config, themeValueValid));
  for (const param of THEME_PARAMS) {
    const value = theme.get(param);
    if (value === undefined) element.style.removeProperty(THEME_TOKENS[param]);
    else element.style.setProperty(THEME_TOKENS[param], value);
  }
}

define('ncte-builder', NcteBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'ncte-builder': NcteBuilder;
  }
}
