/**
 * The builder's snippets, pasted into a blank page (served with the strict
 * Content-Security-Policy, nothing else on it), render the same widget with the
 * same configuration as the builder's preview: per widget and per form (CDN
 * script, the iframe of embed.html with ncte-embed.js, npm). Needs the CDN bundles
 * and the npm build (npm test builds both first).
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import manifest from '../../custom-elements.json';
import packageJson from '../../package.json';
import {defaultConfig, type BuilderConfig} from '../../src/builder/config.js';
import {widgetOptions, type WidgetName} from '../../src/builder/manifest.js';
import {snippets} from '../../src/builder/snippets.js';
import type {NcteBuilder} from '../../src/builder/ncte-builder.element.js';
import '../../src/builder/ncte-builder.element.js';
import {openPage} from '../embed/embed-page.js';

const options = widgetOptions(manifest);
const BASE = new URL('/dist/cdn/', location.href).href;
const FEED = new URL('/__test/sample-feed', location.href).href;

interface Case {
  widget: WidgetName;
  attributes: Record<string, string>;
  theme?: BuilderConfig['theme'];
  lang?: 'nl' | 'en';
}

const CASES: Case[] = [
  {widget: 'event-list', attributes: {gemeente: 'Zwolle', 'show-past': 'true', layout: 'compact'}, theme: {accent: '#01689b'}},
  {widget: 'etalage', attributes: {layout: 'list', 'page-size': '5', theme: 'ontmoeting'}, theme: {radius: '0'}},
  {widget: 'eligibility-check', attributes: {track: 'etalage', mode: 'single-page'}, lang: 'en'},
  {widget: 'partner-map', attributes: {view: 'list', 'group-by': 'province', sector: 'bedrijf'}, theme: {font: 'Georgia, serif'}},
];

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** What a widget shows, in outline: its headings, in order. */
const headings = (el: Element) => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, legend')].map(text);
const settled = (el: Element | null) =>
  !!el?.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('.feed-state.loading') && headings(el).length > 0;

/** A blank page with the strict CSP holding exactly the pasted HTML (and, for the npm form, the app's module; the theme in its stylesheet). */
function blankPage(body: string, {css = '', module = ''} = {}) {
  const query = new URLSearchParams({html: body});
  if (css) query.set('css', css);
  if (module) query.set('module', module);
  return `/__test/page?${query}`;
}

/** The builder's preview of the same configuration (started from its query, as a colleague's link would). */
async function preview(c: BuilderConfig): Promise<HTMLElement> {
  const saved = location.search;
  const query = new URLSearchParams({widget: c.widget, src: c.src, ...c.attributes, ...c.theme});
  if (c.lang === 'en') query.set('lang', 'en');
  history.replaceState(null, '', `${location.pathname}?${query}`);
  try {
    const b = await fixture<NcteBuilder>(html`<ncte-builder sync-url base="/dist/cdn/" .options=${options}></ncte-builder>`);
    const el = () => b.shadowRoot!.querySelector<HTMLElement>('.preview > *');
    await waitUntil(() => settled(el()), `the ${c.widget} preview renders`, {timeout: 20_000});
    return el()!;
  } finally {
    history.replaceState(null, '', `${location.pathname}${saved}`);
  }
}

/** Opens a pasted page in a frame in view (widgets start when near the viewport). */
async function open(path: string) {
  const page = await openPage(path);
  Object.assign(page.frame.style, {position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', zIndex: '1'});
  return page;
}

async function pasted(path: string, c: BuilderConfig) {
  const {frame, win, doc} = await open(path);
  const el = () => doc.querySelector<HTMLElement>(`ncte-${c.widget}`);
  await waitUntil(() => settled(el()), `the pasted ${c.widget} renders`, {timeout: 20_000});
  return {frame, win, el: el()!};
}

async function sameWidget(copy: HTMLElement, original: HTMLElement, c: BuilderConfig) {
  for (const [name, value] of Object.entries(c.attributes)) {
    expect(copy.getAttribute(name), name).to.equal(value === 'true' ? '' : value);
  }
  expect(copy.getAttribute('src')).to.equal(FEED);
  // Lazily loaded parts (the partner map's provinces) may take a moment on either side.
  await waitUntil(() => JSON.stringify(headings(copy)) === JSON.stringify(headings(original)), 'the same headings', {timeout: 10_000}).catch(() => {});
  expect(headings(copy), 'the same headings').to.deep.equal(headings(original));
  for (const [param, token] of [['accent', '--ncte-color-accent'], ['radius', '--ncte-radius'], ['font', '--ncte-font-family']] as const) {
    const want = c.theme?.[param];
    if (want) expect(getComputedStyle(copy).getPropertyValue(token).trim(), token).to.equal(want);
  }
}

describe('builder snippets pasted into a blank page', function () {
  this.timeout(60_000);

  for (const testCase of CASES) {
    const c: BuilderConfig = {...defaultConfig(testCase.widget), src: FEED, attributes: testCase.attributes, theme: testCase.theme ?? {}, lang: testCase.lang ?? 'nl'};

    it(`${testCase.widget}: the script tag renders what the preview shows`, async () => {
      const original = await preview(c);
      const code = snippets({config: c, options, base: BASE});
      const {frame, win, el} = await pasted(blankPage(code.script, {css: code.css}), c);
      await sameWidget(el, original, c);
      if (c.lang === 'en') expect(el.getAttribute('lang')).to.equal('en');
      expect(win.__violations, win.__violations.join('\n')).to.deep.equal([]);
      expect(win.__errors, win.__errors.join('\n')).to.deep.equal([]);
      frame.remove();
    });

    it(`${testCase.widget}: the npm import and element render what the preview shows`, async () => {
      const original = await preview(c);
      const code = snippets({config: c, options, base: BASE});
      // The import names a real entry of the package; the page loads what that entry resolves to (the npm build).
      const specifier = /^import '(ncte-widgets\/[\w-]+)';$/.exec(code.npmImport)![1];
      const entry = (packageJson.exports as Record<string, {default?: string} | string>)[specifier.replace('ncte-widgets', '.')];
      expect(entry, `${specifier} is an entry of the package`).to.be.an('object');
      const module = (entry as {default: string}).default.replace(/^\./, '');
      const {frame, win, el} = await pasted(blankPage(code.npmElement, {css: code.css, module}), c);
      await sameWidget(el, original, c);
      expect(win.__violations, win.__violations.join('\n')).to.deep.equal([]);
      expect(win.__errors, win.__errors.join('\n')).to.deep.equal([]);
      frame.remove();
    });
  }

  for (const testCase of CASES) {
    const c: BuilderConfig = {...defaultConfig(testCase.widget), src: FEED, attributes: testCase.attributes, theme: testCase.theme ?? {}, lang: testCase.lang ?? 'nl'};

    it(`${testCase.widget}: the iframe with ncte-embed.js shows what the preview shows, and is sized`, async () => {
      const original = await preview(c);
      const code = snippets({config: c, options, base: BASE});
      const {frame, win, doc} = await open(blankPage(code.iframe));
      const iframe = doc.querySelector('iframe')!;
      const inner = () => iframe.contentDocument?.querySelector<HTMLElement>(`ncte-${c.widget}`) ?? null;
      await waitUntil(() => settled(inner()), `the embedded ${c.widget} renders`, {timeout: 20_000});
      await sameWidget(inner()!, original, c);
      expect(iframe.contentDocument!.documentElement.lang).to.equal(c.lang);
      expect(iframe.title).to.not.equal('');
      // ncte-embed.js gives the iframe its content's height (it starts at the snippet's fixed height).
      await waitUntil(() => iframe.style.height !== '', 'the iframe is sized by ncte-embed.js', {timeout: 10_000});
      expect(win.__violations, win.__violations.join('\n')).to.deep.equal([]);
      expect(win.__errors, win.__errors.join('\n')).to.deep.equal([]);
      frame.remove();
    });
  }

  it('the event list for Zwolle shows Zwolle’s activities and no others', async () => {
    const c: BuilderConfig = {...defaultConfig('event-list'), src: FEED, attributes: {gemeente: 'Zwolle', 'show-past': 'true', locked: 'true'}};
    const feed = (await (await fetch(FEED)).json()) as {events: Array<{title: string; location?: {gemeente?: string}; status?: string}>};
    // Zwolle's own activities, and the online ones (open to everyone, wherever they live).
    const zwolle = feed.events.filter((e) => (e.location ? e.location.gemeente === 'Zwolle' : true)).map((e) => e.title);
    expect(zwolle.length).to.be.greaterThan(1);
    const {frame, el} = await pasted(blankPage(snippets({config: c, options, base: BASE}).script), c);
    const titles = () => [...el.shadowRoot!.querySelectorAll('.title-text')].map(text);
    await waitUntil(() => titles().length > 0, 'activities show');
    expect(titles().sort()).to.deep.equal([...zwolle].sort());
    frame.remove();
  });
});
