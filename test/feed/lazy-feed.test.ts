/**
 * `<ncte-feed>` in the CDN bundles. A single-widget bundle does not carry it: a
 * page without one does not pay for it, and a widget that finds itself inside an
 * undefined `<ncte-feed>` (across shadow roots) loads it from a chunk and then
 * asks for the feed again. Whatever the order in which the bundles come, a page
 * that wraps widgets in `<ncte-feed>` keeps working as with the provider in every
 * bundle: the widgets show the shared feed, it is fetched once, and its problems
 * are reported once. These tests use the built bundles (`npm test` builds them).
 */
import {expect, waitUntil} from '@open-wc/testing';
import {openPage, type EmbedWindow} from '../embed/embed-page.js';

const BUNDLE = '/dist/cdn/ncte-event-list.js';
const FEED_CHUNK = '/dist/cdn/chunks/ncte-feed.element';
const LIST = '<ncte-event-list show-past loading="eager"></ncte-event-list>';

type Widget = HTMLElement & {issues: unknown[]};
const NO_FEED = 'Er is geen bron voor de gegevens ingesteld';

/** The event list bundle under URLs of its own (`/__test/cdn/<token>/`): no earlier test loaded its chunks. */
function freshBundle() {
  const base = `/__test/cdn/${Math.random().toString(36).slice(2)}`;
  return {bundle: `${base}/ncte-event-list.js`, chunk: `${base}/chunks/ncte-feed.element`};
}

/** A page served with the strict CSP holding `html`, with `module` as its first script. */
function open(html: string, module: string) {
  return openPage(`/__test/page?html=${encodeURIComponent(html)}&module=${encodeURIComponent(module)}`);
}

/** Adds a module script to the page and resolves once it ran. */
function addScript(doc: Document, src: string): Promise<unknown> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = src;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
  });
  doc.head.append(script);
  return loaded;
}

const shows = (widget: Element | null | undefined) => (widget?.shadowRoot?.querySelectorAll('details summary, .card, article').length ?? 0) > 0;
const requested = (win: Window, fragment: string) =>
  win.performance.getEntriesByType('resource').filter((entry) => entry.name.includes(fragment)).length;
const feedRequests = async (key: string) => ((await (await fetch(`/__test/count?of=${key}`)).json()) as {count: number}).count;
/** The problems the page's console was told about (load.ts reports each once per page). */
const reported = (win: EmbedWindow) => win.__warnings.filter((warning) => /^events\[\d+\]/.test(warning));

async function allShow(widgets: Element[], what: string): Promise<void> {
  await waitUntil(() => widgets.every(shows), what, {timeout: 15_000});
}

describe('<ncte-feed> in the single-widget CDN bundles', function () {
  this.timeout(30_000);

  it('ncte-feed.js loaded after the widget bundle: the widget asks again once <ncte-feed> is defined', async () => {
    // The widget's own chunk cannot be fetched, so only the later ncte-feed.js can define <ncte-feed>.
    const {bundle, chunk} = freshBundle();
    await fetch(`/__test/drop?module=${chunk}`);
    try {
      const {frame, win, doc} = await open(`<ncte-feed src="/__test/bad-feed?key=lazy-after">${LIST}</ncte-feed>`, bundle);
      const list = doc.querySelector<Widget>('ncte-event-list')!;
      await waitUntil(() => list.shadowRoot?.querySelector('[part="retry-button"]'), 'the failed chunk shows as a load error with retry', {timeout: 15_000});
      await addScript(doc, '/dist/cdn/ncte-feed.js');
      await allShow([list], 'the list shows the shared feed');
      expect(await feedRequests('lazy-after')).to.equal(1);
      expect(win.__errors).to.deep.equal([]);
      frame.remove();
    } finally {
      await fetch(`/__test/undrop?module=${chunk}`);
    }
  });

  it('while its chunk loads the widget shows loading, never "no feed"; after a failed chunk, retry loads it', async () => {
    const {bundle, chunk} = freshBundle();
    await fetch(`/__test/drop?module=${chunk}`);
    try {
      const {frame, win, doc} = await open(`<ncte-feed src="/__test/bad-feed?key=lazy-retry">${LIST}</ncte-feed>`, bundle);
      const list = doc.querySelector<Widget>('ncte-event-list')!;
      const seen = new Set<string>();
      const observer = new MutationObserver(() => seen.add(list.shadowRoot?.textContent ?? ''));
      observer.observe(list.shadowRoot!, {subtree: true, childList: true, characterData: true});
      await waitUntil(() => list.shadowRoot?.querySelector('[part="retry-button"]'), 'a load error with retry', {timeout: 15_000});
      expect(await feedRequests('lazy-retry'), 'no feed request without <ncte-feed>').to.equal(0);
      await fetch(`/__test/undrop?module=${chunk}`);
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await allShow([list], 'retry loads <ncte-feed> and the list shows the feed');
      observer.disconnect();
      expect([...seen].some((text) => text.includes(NO_FEED)), 'never "no feed"').to.equal(false);
      expect(win.customElements.get('ncte-feed')).to.exist;
      expect(await feedRequests('lazy-retry')).to.equal(1);
      frame.remove();
    } finally {
      await fetch(`/__test/undrop?module=${chunk}`);
    }
  });

  it('a page with a widget bundle and no <ncte-feed> neither loads nor defines it', async () => {
    const {frame, win, doc} = await open(`<ncte-event-list show-past loading="eager" src="/__test/sample-feed"></ncte-event-list>`, BUNDLE);
    await allShow([doc.querySelector('ncte-event-list')!], 'the list shows its own feed');
    expect(win.customElements.get('ncte-feed')).to.equal(undefined);
    expect(requested(win, FEED_CHUNK), 'the <ncte-feed> chunk').to.equal(0);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('an <ncte-feed> in the page without widgets (a check page) is defined too, and checks the feed', async () => {
    const {frame, win, doc} = await open(`<ncte-feed src="/__test/bad-feed?key=lazy-check" validate-all></ncte-feed>`, BUNDLE);
    const feed = doc.querySelector('ncte-feed') as HTMLElement & {issues: unknown[]};
    await waitUntil(() => win.customElements.get('ncte-feed') && feed.issues?.length > 0, 'the whole feed is checked', {timeout: 15_000});
    expect(await feedRequests('lazy-check')).to.equal(1);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('widgets inside <ncte-feed> with only a widget bundle: the shared feed, one request, problems reported once', async () => {
    const {frame, win, doc} = await open(`<ncte-feed src="/__test/bad-feed?key=lazy-only">${LIST}${LIST}</ncte-feed>`, BUNDLE);
    const lists = [...doc.querySelectorAll<Widget>('ncte-event-list')];
    await allShow(lists, 'both lists show the shared feed');
    expect(await feedRequests('lazy-only')).to.equal(1);
    expect(requested(win, FEED_CHUNK), 'the <ncte-feed> chunk, once').to.equal(1);
    await waitUntil(() => lists[0].issues.length > 0, 'the problems are found', {timeout: 15_000});
    expect(lists[1].issues).to.deep.equal(lists[0].issues);
    await waitUntil(() => reported(win).length >= lists[0].issues.length, 'the problems are reported');
    expect(reported(win)).to.have.length(lists[0].issues.length);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('a widget connected later in a shadow root inside an undefined <ncte-feed> loads it and gets the feed', async () => {
    const {frame, win, doc} = await open(`<ncte-feed src="/__test/bad-feed?key=lazy-shadow"><div id="host"></div></ncte-feed>`, BUNDLE);
    expect(win.customElements.get('ncte-feed'), 'nothing asked for it yet').to.equal(undefined);
    const root = doc.querySelector('#host')!.attachShadow({mode: 'open'});
    root.innerHTML = LIST;
    await allShow([root.querySelector('ncte-event-list')!], 'the list in the shadow root shows the feed');
    expect(await feedRequests('lazy-shadow')).to.equal(1);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('ncte-feed.js loaded before the widget bundle: no chunk, one request', async () => {
    const {frame, win, doc} = await open(`<ncte-feed src="/__test/bad-feed?key=lazy-before">${LIST}</ncte-feed>`, '/dist/cdn/ncte-feed.js');
    await addScript(doc, BUNDLE);
    await allShow([doc.querySelector('ncte-event-list')!], 'the list shows the shared feed');
    expect(requested(win, FEED_CHUNK)).to.equal(0);
    expect(await feedRequests('lazy-before')).to.equal(1);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('two copies of a widget bundle and a second widget bundle around one <ncte-feed>: one request, every widget shows it', async () => {
    const html = `<ncte-feed src="/__test/bad-feed?key=lazy-copies">${LIST}<ncte-etalage loading="eager"></ncte-etalage></ncte-feed>`;
    const {frame, win, doc} = await open(html, BUNDLE);
    await Promise.all([addScript(doc, `${BUNDLE}?copy=2`), addScript(doc, '/dist/cdn/ncte-etalage.js')]);
    await allShow([doc.querySelector('ncte-event-list')!, doc.querySelector('ncte-etalage')!], 'both widgets show the shared feed');
    expect(await feedRequests('lazy-copies')).to.equal(1);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
