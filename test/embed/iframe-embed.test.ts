/**
 * The iframe embed: dist/cdn/embed.html shows one widget from its URL query, and
 * dist/cdn/ncte-embed.js on a host page (test/embed/iframe-host.html, strict CSP)
 * sizes it and re-dispatches its events. The embed page runs on the host's origin
 * (so the tests can reach inside) and on the other name of the test server
 * (localhost ↔ 127.0.0.1: a different origin). Every test ends by checking that
 * no Content-Security-Policy was violated, in the host page or in any frame.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {openPage, type EmbedWindow} from './embed-page.js';

const SAME_ORIGIN = location.origin;
const OTHER_ORIGIN = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
const FEED = '/__test/sample-feed';
const shadowText = (el: Element | null | undefined) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const cspReports = async (): Promise<string[]> => (await fetch('/__test/csp-reports')).json();
const requestCount = async (key: string): Promise<number> => (await (await fetch(`/__test/count?of=${key}`)).json()).count;

interface Host {
  frame: HTMLIFrameElement;
  win: EmbedWindow;
  doc: Document;
}

/** The host page, in a frame 1000 px wide. */
async function openHost(): Promise<Host> {
  const host = await openPage('/test/embed/iframe-host.html');
  host.frame.style.width = '1000px';
  return host;
}

/** An embed iframe on the host page; resolves once it has loaded. */
async function embed(host: Host, query: string, {origin = SAME_ORIGIN, height = 300} = {}): Promise<HTMLIFrameElement> {
  const frame = host.doc.createElement('iframe');
  frame.title = 'Widget';
  frame.height = String(height);
  frame.src = `${origin}/dist/cdn/embed.html?${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  host.doc.body.append(frame);
  await loaded;
  return frame;
}

/** The height of the frame's viewport (the host styles iframes border-box, with 3 px of border and 2 px of padding a side). */
const frameHeight = (frame: HTMLIFrameElement) => frame.clientHeight - 4;
const widgetIn = (frame: HTMLIFrameElement, tag: string) => frame.contentDocument!.querySelector(tag);
/** The embed page's content height as the page measures it. */
const bodyHeight = (frame: HTMLIFrameElement) => Math.ceil(frame.contentDocument!.body.getBoundingClientRect().height);
/** The script and style files a same-origin embed page loaded. */
const loadedFiles = (frame: HTMLIFrameElement) =>
  (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => new URL(e.name).pathname).filter((path) => /\.(js|css)$/.test(path));

async function expectNoViolations(host: Host, before: number): Promise<void> {
  // Reports are posted by the browser shortly after the violation.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const reports = await cspReports();
  expect(reports.slice(before), 'CSP reports from the embed pages').to.deep.equal([]);
  expect(host.win.__violations, 'CSP violations on the host page').to.deep.equal([]);
  expect(host.win.__errors, 'errors on the host page').to.deep.equal([]);
}

describe('the iframe embed (embed.html + ncte-embed.js)', function () {
  this.timeout(40_000);
  let host: Host;
  let reportsBefore: number;

  beforeEach(async () => {
    reportsBefore = (await cspReports()).length;
    host = await openHost();
  });
  afterEach(() => host.frame.remove());

  it('embed.html carries a strict policy of its own, loads no inline script or style', async () => {
    const html = await (await fetch('/dist/cdn/embed.html')).text();
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).to.contain("default-src 'none'");
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.contain("style-src 'self'");
    expect(policy).to.not.contain('unsafe-');
    expect(html).to.not.match(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).to.not.match(/<style|style=/);
  });

  it('the test server really reports violations of the embed page policy (control)', async () => {
    const before = (await cspReports()).length;
    const {frame} = await openPage('/test/embed/csp-report-control.html');
    await waitUntil(async () => (await cspReports()).length > before, 'the inline style is reported', {timeout: 10_000});
    const report = (await cspReports()).slice(before).join('\n');
    expect(report).to.contain('style-src');
    frame.remove();
  });

  it('renders the Etalage from its query: attributes set, only its own bundle loaded, sized by the host', async () => {
    const frame = await embed(host, `widget=etalage&src=${FEED}&gemeente=Utrecht&page-size=3&locked&layout=list`);
    const etalage = widgetIn(frame, 'ncte-etalage')!;
    expect(etalage.getAttribute('src')).to.equal(`${SAME_ORIGIN}${FEED}`);
    expect(etalage.getAttribute('gemeente')).to.equal('Utrecht');
    expect(etalage.getAttribute('page-size')).to.equal('3');
    expect(etalage.hasAttribute('locked')).to.equal(true);
    expect(etalage.getAttribute('layout')).to.equal('list');
    await waitUntil(() => /Utrecht/.test(shadowText(etalage)) && shadowText(etalage).length > 300, 'the Etalage shows initiatives', {timeout: 15_000});
    const files = loadedFiles(frame);
    expect(files).to.include('/dist/cdn/ncte-etalage.js');
    expect(files.filter((f) => /\/ncte-(all|event-list|partner-map|eligibility-check)\.js$/.test(f))).to.deep.equal([]);
    // Sized to its content, and the page's own scrollbar gone.
    await waitUntil(() => Math.abs(frameHeight(frame) - bodyHeight(frame)) <= 2, 'the host sizes the frame to its content', {timeout: 5_000});
    await waitUntil(() => frame.contentDocument!.documentElement.hasAttribute('data-sized'), 'the page knows it is sized');
    expect(getComputedStyle(frame.contentDocument!.documentElement).overflow).to.equal('hidden');
    expect(frame.contentDocument!.documentElement.scrollHeight).to.be.at.most(frameHeight(frame) + 2);
    expect(getComputedStyle(frame.contentDocument!.body).marginTop).to.equal('0px');
    await expectNoViolations(host, reportsBefore);
  });

  it('renders the eligibility check in English with lang=en', async () => {
    const frame = await embed(host, 'widget=eligibility-check&track=etalage&lang=en');
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
    const check = widgetIn(frame, 'ncte-eligibility-check')!;
    expect(check.getAttribute('track')).to.equal('etalage');
    await waitUntil(() => /Etalage|initiative/i.test(shadowText(check)) && !/Gegevens worden geladen/.test(shadowText(check)), 'the check speaks English', {timeout: 15_000});
    expect(loadedFiles(frame)).to.include('/dist/cdn/ncte-eligibility-check.js');
    await waitUntil(() => Math.abs(frameHeight(frame) - bodyHeight(frame)) <= 2, 'sized', {timeout: 5_000});
    await expectNoViolations(host, reportsBefore);
  });

  it('renders the partner map in map view (lazily loaded map engine) under the page policy', async () => {
    const frame = await embed(host, `widget=partner-map&src=${FEED}&view=map`);
    const map = widgetIn(frame, 'ncte-partner-map')!;
    expect(map.getAttribute('view')).to.equal('map');
    await waitUntil(
      () => (map.shadowRoot?.querySelectorAll('.leaflet-marker-pane [role="button"][aria-label]').length ?? 0) > 3,
      'the map shows markers',
      {timeout: 20_000},
    );
    expect(loadedFiles(frame)).to.include('/dist/cdn/ncte-partner-map.js');
    await waitUntil(() => Math.abs(frameHeight(frame) - bodyHeight(frame)) <= 2, 'sized', {timeout: 5_000});
    await expectNoViolations(host, reportsBefore);
  });

  it('renders the event list with boolean attributes (show-past on, sync-url=false off)', async () => {
    const frame = await embed(host, `widget=event-list&src=${FEED}&show-past&sync-url=false&layout=compact`);
    const list = widgetIn(frame, 'ncte-event-list')!;
    expect(list.hasAttribute('show-past')).to.equal(true);
    expect(list.hasAttribute('sync-url')).to.equal(false);
    await waitUntil(() => shadowText(list).length > 300, 'the event list renders', {timeout: 15_000});
    expect(loadedFiles(frame)).to.include('/dist/cdn/ncte-event-list.js');
    await waitUntil(() => Math.abs(frameHeight(frame) - bodyHeight(frame)) <= 2, 'sized', {timeout: 5_000});
    await expectNoViolations(host, reportsBefore);
  });

  it('sets the theme tokens from accent, accent-contrast, font, radius and background', async () => {
    const frame = await embed(host, `widget=eligibility-check&accent=%23005a9c&accent-contrast=white&font=Verdana,%20sans-serif&radius=0&background=%23fafafa`);
    const root = frame.contentDocument!.documentElement;
    const style = getComputedStyle(root);
    expect(style.getPropertyValue('--ncte-color-accent')).to.equal('#005a9c');
    expect(style.getPropertyValue('--ncte-color-accent-contrast')).to.equal('white');
    expect(style.getPropertyValue('--ncte-font-family')).to.equal('Verdana, sans-serif');
    expect(style.getPropertyValue('--ncte-radius')).to.equal('0');
    expect(style.backgroundColor).to.equal('rgb(250, 250, 250)');
    const check = widgetIn(frame, 'ncte-eligibility-check')!;
    await waitUntil(() => check.shadowRoot?.querySelector('.button') != null, 'the check has a button', {timeout: 15_000});
    const button = check.shadowRoot!.querySelector('.button')!;
    expect(getComputedStyle(button).borderTopColor).to.equal('rgb(0, 90, 156)');
    expect(getComputedStyle(button).fontFamily).to.contain('Verdana');
    await expectNoViolations(host, reportsBefore);
  });

  it('a bare iframe (no ncte-embed.js on the page) keeps its height and scrolls inside', async () => {
    // This test document loads no ncte-embed.js; the host page does.
    const frame = document.createElement('iframe');
    frame.title = 'bare';
    frame.src = `/dist/cdn/embed.html?widget=etalage&src=${FEED}`;
    frame.style.cssText = 'width: 800px; height: 400px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    const etalage = widgetIn(frame, 'ncte-etalage')!;
    await waitUntil(() => shadowText(etalage).length > 300, 'the Etalage renders', {timeout: 15_000});
    await new Promise((resolve) => setTimeout(resolve, 300));
    const root = frame.contentDocument!.documentElement;
    expect(frame.clientHeight).to.equal(400);
    expect(root.hasAttribute('data-sized')).to.equal(false);
    expect(root.scrollHeight).to.be.greaterThan(400);
    frame.contentWindow!.scrollTo(0, 200);
    expect(frame.contentWindow!.scrollY).to.equal(200);
    frame.remove();
  });

  it('is transparent without background=', async () => {
    const frame = await embed(host, 'widget=eligibility-check');
    expect(getComputedStyle(frame.contentDocument!.documentElement).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(frame.contentDocument!.body).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('refuses hostile parameters: no HTML, no declaration added, no request, no script', async () => {
    const query = [
      'widget=etalage',
      `src=${FEED}`,
      `gemeente=${encodeURIComponent('<img src="/__test/json?key=embed-html" onerror="window.pwned=1">')}`,
      `query=${encodeURIComponent('"><script src="/__test/json?key=embed-script"></script>')}`,
      `accent=${encodeURIComponent('red;background:url(/__test/json?key=embed-css)')}`,
      `font=${encodeURIComponent('x}html{background:url(/__test/json?key=embed-css)')}`,
      `background=${encodeURIComponent('url(/__test/json?key=embed-css)')}`,
      `radius=${encodeURIComponent('var(--x)')}`,
      `accent-contrast=${encodeURIComponent('red !important')}`,
      'onload=alert(1)',
    ].join('&');
    const frame = await embed(host, query);
    const doc = frame.contentDocument!;
    const etalage = widgetIn(frame, 'ncte-etalage')!;
    await waitUntil(() => shadowText(etalage).length > 300, 'the Etalage renders', {timeout: 15_000});
    // Values are attribute text, nothing more.
    expect(etalage.getAttribute('gemeente')).to.equal('<img src="/__test/json?key=embed-html" onerror="window.pwned=1">');
    expect(doc.querySelectorAll('img, script:not([src$="ncte-embed-page.js"])').length).to.equal(0);
    expect(etalage.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
    expect(etalage.hasAttribute('onload')).to.equal(false);
    // No theme value was taken.
    const style = getComputedStyle(doc.documentElement);
    for (const token of ['--ncte-color-accent', '--ncte-font-family', '--ncte-color-background', '--ncte-radius', '--ncte-color-accent-contrast']) {
      expect(style.getPropertyValue(token), token).to.equal('');
    }
    expect(doc.documentElement.getAttribute('style') ?? '').to.equal('');
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const key of ['embed-html', 'embed-script', 'embed-css']) expect(await requestCount(key), key).to.equal(0);
    expect((frame.contentWindow as Window & {pwned?: number}).pwned).to.equal(undefined);
    await expectNoViolations(host, reportsBefore);
  });

  for (const src of ['javascript:fetch("/__test/json?key=embed-js-src")', 'data:application/json,{}', 'blob:http://localhost/x', '//']) {
    it(`refuses src=${src} with a message, loading nothing`, async () => {
      const frame = await embed(host, `widget=event-list&src=${encodeURIComponent(src)}`);
      const doc = frame.contentDocument!;
      await waitUntil(() => doc.querySelector('.ncte-embed-problem') !== null, 'a message shows');
      expect(doc.querySelector('.ncte-embed-problem')!.textContent).to.match(/feed \(src=\) is geweigerd/);
      expect(doc.querySelector('ncte-event-list')).to.equal(null);
      expect(loadedFiles(frame).filter((f) => /ncte-(?!embed-page)[\w-]+\.js$/.test(f))).to.deep.equal([]);
      expect(await requestCount('embed-js-src')).to.equal(0);
      await expectNoViolations(host, reportsBefore);
    });
  }

  it('an unknown widget: a Dutch message naming the allowed values, no bundle loaded', async () => {
    const frame = await embed(host, `widget=${encodeURIComponent('<b>etalage</b>')}&src=${FEED}`);
    const doc = frame.contentDocument!;
    const message = doc.querySelector('.ncte-embed-problem')!;
    expect(message.textContent).to.equal('Deze widget bestaat niet. Kies in het adres met widget= een van: eligibility-check, etalage, event-list, partner-map.');
    expect(doc.querySelector('b')).to.equal(null);
    expect(loadedFiles(frame).filter((f) => /ncte-(?!embed-page)[\w-]+\.js$/.test(f))).to.deep.equal([]);
    await waitUntil(() => Math.abs(frameHeight(frame) - bodyHeight(frame)) <= 2, 'the message is sized too', {timeout: 5_000});
    await expectNoViolations(host, reportsBefore);
  });

  it('follows a filter change, and the filter events arrive on the iframe', async () => {
    const frame = await embed(host, `widget=etalage&src=${FEED}&page-size=4`);
    const etalage = widgetIn(frame, 'ncte-etalage') as HTMLElement & {updateComplete: Promise<boolean>};
    await waitUntil(() => (etalage.shadowRoot?.querySelectorAll('.results li button, .results li a').length ?? 0) > 0 && Math.abs(frameHeight(frame) - bodyHeight(frame)) <= 2, 'rendered and sized', {timeout: 15_000});

    // A filter change: a search that matches nothing shrinks the page, and the frame with it.
    const before = frameHeight(frame);
    const filterEvents: CustomEvent[] = [];
    frame.addEventListener('ncte-filter-change', (e) => filterEvents.push(e as CustomEvent));
    const search = etalage.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({type: 'qqqzzz'});
    const typed = performance.now();
    await waitUntil(() => filterEvents.at(-1)?.detail.query === 'qqqzzz', 'the last filter event arrives on the iframe', {timeout: 5_000});
    const event = filterEvents.at(-1)!;
    expect(event.bubbles).to.equal(true);
    expect(event.detail.query).to.equal('qqqzzz');
    expect(event.detail.resultCount).to.equal(0);
    expect(event.detail.filters).to.be.an('object');
    await waitUntil(() => frameHeight(frame) < before - 50 && Math.abs(frameHeight(frame) - bodyHeight(frame)) <= 2, 'the frame shrinks with the list', {timeout: 5_000});
    console.log(`embed: frame followed a filter change ${Math.round(performance.now() - typed)} ms after the last keystroke (the search waits for typing to pause)`);

    await expectNoViolations(host, reportsBefore);
  });

  it('grows for an opened dialog taller than the page, on a 320 px phone, and shrinks when it closes', async () => {
    const frame = await embed(host, `widget=etalage&src=${FEED}&page-size=1&layout=list`);
    frame.style.width = '320px';
    const etalage = widgetIn(frame, 'ncte-etalage')!;
    await waitUntil(() => (etalage.shadowRoot?.querySelectorAll('.results li').length ?? 0) > 0 && Math.abs(frameHeight(frame) - bodyHeight(frame)) <= 2, 'rendered and sized', {timeout: 15_000});
    await new Promise((resolve) => setTimeout(resolve, 300));
    const closed = frameHeight(frame);
    const openEvent = new Promise<CustomEvent>((resolve) => frame.addEventListener('ncte-initiative-open', (e) => resolve(e as CustomEvent), {once: true}));
    etalage.shadowRoot!.querySelector<HTMLElement>('.results li button, .results li a')!.click();
    const opened = performance.now();
    const dialog = etalage.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open && frameHeight(frame) > closed, 'the frame grows for the dialog', {timeout: 5_000});
    const grown = performance.now() - opened;
    await waitUntil(() => dialog.scrollHeight <= dialog.clientHeight + 1, `the dialog fits without scrolling (${dialog.scrollHeight} in ${dialog.clientHeight})`, {timeout: 5_000});
    console.log(`embed: frame grew for the dialog (320 px wide) in ${Math.round(grown)} ms, ${closed} → ${frameHeight(frame)} px`);
    expect((await openEvent).detail.id).to.be.a('string');
    // The whole dialog is inside the frame.
    const box = dialog.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(frameHeight(frame));
    dialog.close();
    await waitUntil(() => Math.abs(frameHeight(frame) - closed) <= 2, 'the frame shrinks back when the dialog closes', {timeout: 5_000});
    await expectNoViolations(host, reportsBefore);
  });

  it('step changes and feed issues arrive on the iframe too, issues as detail.issues', async () => {
    const check = await embed(host, 'widget=eligibility-check');
    const steps: CustomEvent[] = [];
    check.addEventListener('ncte-step-change', (e) => steps.push(e as CustomEvent));
    const el = widgetIn(check, 'ncte-eligibility-check')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="start-button"]') != null, 'the start button', {timeout: 15_000});
    el.shadowRoot!.querySelector<HTMLElement>('[part~="start-button"]')!.click();
    await waitUntil(() => steps.length > 0, 'a step change arrives', {timeout: 5_000});
    expect(steps[0]!.detail).to.include({index: 1});
    expect(steps[0]!.detail.step).to.be.a('string');

    const issues = new Promise<CustomEvent & {issues: Array<{path: string}>}>((resolve) =>
      host.doc.addEventListener('ncte-feed-issues', (e) => resolve(e as unknown as CustomEvent & {issues: Array<{path: string}>}), {once: true}),
    );
    const list = await embed(host, 'widget=event-list&src=/__test/bad-feed&show-past');
    const event = await issues;
    expect(event.target).to.equal(list);
    expect(event.detail.issues.map((i: {path: string}) => i.path)).to.include.members(['events[1].start', 'events[2].online']);
    // As on the widget's own event: `event.issues`.
    expect(event.issues).to.deep.equal(event.detail.issues);
    await expectNoViolations(host, reportsBefore);
  });

  it('links that leave the widget open in a new tab with rel=noopener', async () => {
    const frame = await embed(host, `widget=etalage&src=${FEED}&initiative=resto-vanharte-ontmoetingsdiners`);
    const etalage = widgetIn(frame, 'ncte-etalage')!;
    await waitUntil(() => etalage.shadowRoot?.querySelector('dialog[open] a[href^="http"]') != null, 'the dialog shows a website', {timeout: 15_000});
    const link = etalage.shadowRoot!.querySelector<HTMLAnchorElement>('dialog[open] a[href^="http"]')!;
    // Stop the navigation itself; the embed page's capturing listener has run by then.
    frame.contentWindow!.addEventListener('click', (e) => e.preventDefault(), {once: true});
    link.click();
    expect(link.target).to.equal('_blank');
    expect(link.rel.split(' ')).to.include('noopener');
  });

  it('across origins: sized to its content, following a width change, events arriving on the iframe', async () => {
    const url = `widget=etalage&src=${FEED}&page-size=4`;
    // First on the page: Chromium does not render a cross-origin frame that is out of view.
    const frame = await embed(host, url, {origin: OTHER_ORIGIN});
    // The same page on the host's origin, to know its height.
    const reference = await embed(host, url);
    await waitUntil(() => shadowText(widgetIn(reference, 'ncte-etalage')).length > 300 && Math.abs(frameHeight(reference) - bodyHeight(reference)) <= 2, 'reference rendered', {timeout: 15_000});
    expect(frame.contentDocument).to.equal(null); // really another origin
    await waitUntil(() => Math.abs(frameHeight(frame) - frameHeight(reference)) <= 3, `sized across origins (${frameHeight(frame)} vs ${frameHeight(reference)})`, {timeout: 15_000});
    // Narrower: the cards stack and the content grows.
    const wide = frameHeight(frame);
    frame.style.width = '360px';
    reference.style.width = '360px';
    const narrowed = performance.now();
    await waitUntil(() => frameHeight(frame) > wide + 100, `the frame grows when its content does (${wide} → ${frameHeight(frame)}, reference ${frameHeight(reference)})`, {timeout: 5_000});
    console.log(`embed: cross-origin frame followed a width change in ${Math.round(performance.now() - narrowed)} ms`);
    await waitUntil(() => Math.abs(frameHeight(frame) - frameHeight(reference)) <= 3, 'the same height as the same-origin frame', {timeout: 5_000});

    // The visitor types in the cross-origin frame: the event arrives on its iframe, with its detail.
    reference.remove();
    const filterEvents: CustomEvent[] = [];
    host.doc.addEventListener('ncte-filter-change', (e) => filterEvents.push(e as CustomEvent));
    frame.focus();
    // Focus reaches a frame of another origin (another process) a moment later.
    await waitUntil(() => host.doc.activeElement === frame && host.doc.hasFocus(), 'the frame has focus');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await sendKeys({press: 'Tab'});
    await sendKeys({type: 'zzqq'});
    await waitUntil(() => filterEvents.at(-1)?.detail.query === 'zzqq', 'the event arrives from the other origin', {timeout: 5_000}).catch((error: Error) => {
      throw new Error(`${error.message}; events: ${JSON.stringify(filterEvents.map((e) => e.detail))}; focus: ${host.doc.activeElement?.localName}, ${document.activeElement?.localName}`);
    });
    const event = filterEvents.at(-1)!;
    expect(event.target).to.equal(frame);
    expect(event.detail).to.deep.include({query: 'zzqq', resultCount: 0});
    await expectNoViolations(host, reportsBefore);
  });

  it("answers WordPress's embed resize message when the URL carries its secret", async () => {
    const messages: Array<{message?: string; value?: number; secret?: string}> = [];
    host.win.addEventListener('message', (event) => messages.push(event.data));
    const frame = await embed(host, 'widget=eligibility-check#?secret=a1B2c3', {origin: OTHER_ORIGIN});
    await waitUntil(() => messages.some((m) => m.message === 'height' && m.secret === 'a1B2c3' && (m.value ?? 0) > 100), 'a wp-embed height message', {timeout: 15_000});
    await waitUntil(() => Math.abs(frameHeight(frame) - messages.filter((m) => m.message === 'height').at(-1)!.value!) <= 1, 'the same height as the own message', {timeout: 5_000});
    // Without a secret, no such message.
    messages.length = 0;
    await embed(host, 'widget=eligibility-check', {origin: OTHER_ORIGIN});
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(messages.filter((m) => m.message === 'height')).to.deep.equal([]);
    await expectNoViolations(host, reportsBefore);
  });

  it('ignores messages forged by another frame on the host page', async () => {
    const frame = await embed(host, `widget=eligibility-check`, {origin: OTHER_ORIGIN});
    await waitUntil(() => frameHeight(frame) > 100 && frameHeight(frame) !== 290, 'sized', {timeout: 15_000});
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sized = frameHeight(frame);
    const heard: Event[] = [];
    host.doc.addEventListener('ncte-filter-change', (e) => heard.push(e));
    host.doc.addEventListener('click', (e) => heard.push(e));
    const forgerDone = new Promise((resolve) => host.win.addEventListener('message', (e) => (e.data as {type?: string})?.type === 'forger-done' && resolve(null)));
    // A frame of the embed page's own origin that is not the embed page, and one of the host's origin.
    const forgers = [`${OTHER_ORIGIN}/test/embed/iframe-forger.html`, `${SAME_ORIGIN}/test/embed/iframe-forger.html?embed.html`];
    for (const src of forgers) {
      const forger = host.doc.createElement('iframe');
      forger.title = 'forger';
      forger.src = src;
      host.doc.body.append(forger);
    }
    await forgerDone;
    // The host page itself posting to itself is no frame either.
    host.win.postMessage({type: 'ncte-embed:height', height: 4321}, '*');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(frameHeight(frame)).to.equal(sized);
    for (const forger of host.doc.querySelectorAll<HTMLIFrameElement>('iframe[title="forger"]')) expect(forger.style.height).to.equal('');
    expect(heard).to.deep.equal([]);
    await expectNoViolations(host, reportsBefore);
  });
});
