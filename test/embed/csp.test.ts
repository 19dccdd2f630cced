/**
 * The embedding test: the CDN bundles in a plain page served with a strict
 * Content-Security-Policy (default-src 'self', no 'unsafe-inline' or 'unsafe-eval'),
 * every bundle loaded twice over (ncte-all.js and each widget's own bundle), under
 * hostile host CSS. Fails on any CSP violation, any uncaught error, and on a widget
 * that does not render the sample feed.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {openPage} from './embed-page.js';

const shadowText = (el: Element | null) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const loadedChunks = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => name.includes('/dist/cdn/chunks/'));

describe('embedding the CDN bundles under a strict CSP', function () {
  this.timeout(30_000);

  it('the page really is served with the strict policy', async () => {
    const response = await fetch('/test/embed/csp-page.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("default-src 'self'");
    expect(policy).to.not.contain('unsafe-inline');
    expect(policy).to.not.contain('unsafe-eval');
  });

  it('renders every widget twice-registered, with no violation and no error', async () => {
    const {frame, win, doc} = await openPage('/test/embed/csp-page.html');
    const etalage = doc.querySelector('ncte-etalage');
    const check = doc.querySelector('ncte-eligibility-check');
    const map = doc.querySelector('ncte-partner-map');
    const events = doc.querySelector('ncte-event-list');
    await waitUntil(() => /Buurtdiner|Resto VanHarte|Zilverlijn/i.test(shadowText(etalage)), 'etalage shows initiatives', {timeout: 15_000});
    await waitUntil(() => shadowText(check).length > 40, 'eligibility check renders', {timeout: 15_000});
    await waitUntil(() => map?.shadowRoot?.querySelector('.leaflet-container') !== null, 'the lazily loaded map engine starts', {timeout: 15_000});
    await waitUntil(
      // Markers and clusters carry names ("Oranje Fonds, Maatschappelijke organisatie", "12 partners in Utrecht").
      () => (map?.shadowRoot?.querySelectorAll('.leaflet-marker-pane [role="button"][aria-label]').length ?? 0) > 3,
      'partner map shows markers',
      {timeout: 15_000},
    );
    await waitUntil(() => shadowText(events).length > 200, 'event list renders', {timeout: 15_000});
    // Give late work (lazy chunks, tiles, JSON-LD) a moment to misbehave.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(win.__violations, win.__violations.join('\n')).to.deep.equal([]);
    expect(win.__errors, win.__errors.join('\n')).to.deep.equal([]);
    // Second definitions were refused with one warning per element, not an exception.
    const duplicateWarnings = win.__warnings.filter((w) => w.includes('is already defined'));
    expect(duplicateWarnings.length).to.be.greaterThan(0);
    for (const tag of ['ncte-etalage', 'ncte-eligibility-check', 'ncte-partner-map', 'ncte-event-list']) {
      expect(duplicateWarnings.filter((w) => w.includes(`<${tag}>`)), tag).to.have.length(1);
    }
    // A Dutch page never fetches the English words.
    expect(loadedChunks(win).filter((name) => /\.en-[\w-]+\.js$/.test(name))).to.deep.equal([]);
    frame.remove();
  });

  it('host CSS does not leak in, and widget styles do not leak out', async () => {
    const {frame, doc} = await openPage('/test/embed/csp-page.html');
    const etalage = doc.querySelector('ncte-etalage')!;
    await waitUntil(() => etalage.shadowRoot?.querySelector('button') !== null, 'etalage has buttons', {timeout: 15_000});
    const button = etalage.shadowRoot!.querySelector('button')!;
    const style = getComputedStyle(button);
    expect(style.color).to.not.equal('rgb(255, 0, 0)');
    expect(style.borderTopStyle).to.not.equal('dotted');
    // The host page's own paragraph keeps the host's style.
    const paragraph = doc.createElement('p');
    paragraph.className = 'host-paragraph';
    paragraph.textContent = 'host';
    doc.body.append(paragraph);
    expect(getComputedStyle(paragraph).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(paragraph).fontSize).to.equal('30px');
    frame.remove();
  });

  it('a feed with invalid items: the rest shows, zod loads lazily to report them, no violation', async () => {
    const {frame, win, doc} = await openPage('/test/embed/bad-feed.html');
    const list = doc.querySelector('ncte-event-list') as (HTMLElement & {issues: Array<{path: string}>}) | null;
    await waitUntil(() => (list?.issues.length ?? 0) >= 2, 'the problems are reported', {timeout: 15_000});
    expect(list!.issues.map((i) => i.path)).to.include.members(['events[1].start', 'events[2].online']);
    expect(shadowText(list).length).to.be.greaterThan(200);
    expect(win.__warnings.some((w) => w.startsWith('events[1].start:'))).to.equal(true);
    // The schemas came as a separate, lazily loaded chunk of the same origin.
    expect(loadedChunks(win).some((name) => /\/schema-/.test(name))).to.equal(true);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('an English page: every widget speaks English from its first render, the words arriving as lazy chunks', async () => {
    const {frame, win, doc} = await openPage('/test/embed/english-page.html');
    const expected: Record<string, RegExp> = {
      'ncte-etalage': /Initiatives against loneliness/,
      'ncte-eligibility-check': /Can my organisation join/,
      'ncte-partner-map': /Search by name or place/,
      'ncte-event-list': /Search for an activity/,
    };
    for (const [tag, english] of Object.entries(expected)) {
      const el = doc.querySelector(tag);
      await waitUntil(() => english.test(shadowText(el)), `${tag} speaks English`, {timeout: 15_000});
      expect(shadowText(el), tag).to.not.match(/Gegevens worden geladen|Zoek een|Opnieuw proberen/);
    }
    // One chunk of English per widget and one of the words they share (i18n.en), from the bundle's own
    // folder (same origin, so the CSP allows it).
    expect(loadedChunks(win).filter((name) => /\.en-[\w-]+\.js$/.test(name))).to.have.length(5);
    expect(loadedChunks(win).filter((name) => /^i18n\.en-/.test(name.split('/').pop()!))).to.have.length(1);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('one widget bundle alone works on a page by itself', async () => {
    const {frame, win, doc} = await openPage('/test/embed/single-page.html');
    const etalage = doc.querySelector('ncte-etalage');
    await waitUntil(() => shadowText(etalage).length > 200, 'etalage renders from its own src', {timeout: 15_000});
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings.filter((w) => w.includes('already defined'))).to.deep.equal([]);
    frame.remove();
  });
});
