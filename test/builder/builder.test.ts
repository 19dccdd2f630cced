/**
 * <ncte-builder>: the page a web editor uses. Tests drive it as the editor does
 * (controls, keyboard), against the real widget bundles in dist/cdn/ (npm test
 * builds them first).
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import manifest from '../../custom-elements.json';
import {widgetOptions} from '../../src/builder/manifest.js';
import {sampleFeed} from '../../src/data/sample.js';
import type {NcteBuilder} from '../../src/builder/ncte-builder.element.js';
import '../../src/builder/ncte-builder.element.js';

const options = widgetOptions(manifest);
const $ = <T extends Element = HTMLElement>(b: NcteBuilder, selector: string) => b.shadowRoot!.querySelector<T>(selector)!;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shadowText = (el: Element | null | undefined) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

async function builder(): Promise<NcteBuilder> {
  const b = await fixture<NcteBuilder>(html`<ncte-builder base="/dist/cdn/" .options=${options}></ncte-builder>`);
  await checked(b);
  return b;
}

const checked = (b: NcteBuilder) =>
  waitUntil(() => b.shadowRoot!.querySelector('.counts, .check .error'), 'the feed check is done', {timeout: 15_000});

const preview = (b: NcteBuilder) => b.shadowRoot!.querySelector('.preview')!.firstElementChild as HTMLElement | null;

async function setField(b: NcteBuilder, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLSelectElement>(b, selector);
  input.value = value;
  input.dispatchEvent(new Event('change', {bubbles: true}));
  await b.updateComplete;
}

async function chooseWidget(b: NcteBuilder, widget: string): Promise<void> {
  $<HTMLInputElement>(b, `#widget-${widget}`).click();
  await b.updateComplete;
  await waitUntil(() => preview(b)?.localName === `ncte-${widget}`, `the ${widget} preview`, {timeout: 15_000});
}

const hostileFeed = () => {
  const events = (sampleFeed() as {events: Array<{location?: {gemeente?: string; place: string}}>}).events.filter((e) => e.location).slice(0, 3);
  events[0].location!.gemeente = '<img src=x onerror="window.__pwned=1">';
  events[1].location!.place = '"><script>window.__pwned=1</script>';
  return `/__test/json?body=${encodeURIComponent(JSON.stringify({version: 1, events}))}&key=hostile-${Math.random()}`;
};

describe('<ncte-builder>', function () {
  this.timeout(30_000);

  it('is accessible, with the sample feed checked and the Etalage previewed', async () => {
    const b = await builder();
    await waitUntil(() => shadowText(preview(b)).length > 200, 'the Etalage renders', {timeout: 15_000});
    expect(preview(b)!.localName).to.equal('ncte-etalage');
    expect(text($(b, '.check'))).to.contain('Alle items zijn in orde.');
    expect(text($(b, 'h1'))).to.equal('Widgetbouwer');
    await expect(b).to.be.accessible();
  });

  it('lists every option of the widget from the manifest, with its description and default', async () => {
    const b = await builder();
    await chooseWidget(b, 'event-list');
    for (const option of options['event-list']) {
      const label = b.shadowRoot!.querySelector(`label[for="option-${option.name}"]`);
      expect(text(label), option.name).to.equal(option.name);
    }
    expect(text($(b, '#option-page-size-help'))).to.contain('Standaard: 20');
    expect($(b, '#option-layout').localName).to.equal('select');
    expect($<HTMLInputElement>(b, '#option-show-past').type).to.equal('checkbox');
    expect($<HTMLInputElement>(b, '#option-page-size').type).to.equal('number');
  });

  it('offers the feed’s gemeenten to pick from, and updates the preview and the code as options change', async () => {
    const b = await builder();
    await chooseWidget(b, 'event-list');
    const gemeenten = [...b.shadowRoot!.querySelectorAll('#option-gemeente-values option')].map((o) => o.getAttribute('value'));
    expect(gemeenten).to.include('Zwolle');
    expect(text($(b, '#option-gemeente-help'))).to.match(/\d+ waarden uit de feed/);
    await setField(b, '#option-gemeente', 'Zwolle');
    $<HTMLInputElement>(b, '#option-show-past').click();
    await b.updateComplete;
    await waitUntil(() => preview(b)?.getAttribute('gemeente') === 'Zwolle' && preview(b)!.hasAttribute('show-past'), 'the preview follows');
    expect(text($(b, '#snippet-script'))).to.contain('<ncte-event-list src="');
    expect(text($(b, '#snippet-script'))).to.contain('gemeente="Zwolle" show-past></ncte-event-list>');
    await waitUntil(() => /Zwolle/.test(shadowText(preview(b))), 'Zwolle’s activities show', {timeout: 15_000});
    await expect(b).to.be.accessible();
  });

  it('shows hostile feed values as text in the option lists', async () => {
    const b = await builder();
    await chooseWidget(b, 'event-list');
    await setField(b, '#feed-url', new URL(hostileFeed(), location.href).href);
    await checked(b);
    await waitUntil(() => b.shadowRoot!.querySelector('#option-gemeente-values'), 'the values');
    const values = [...b.shadowRoot!.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
    expect(values).to.include('<img src=x onerror="window.__pwned=1">');
    expect(values).to.include('"><script>window.__pwned=1</script>');
    expect($(b, 'form').querySelectorAll('img, script').length).to.equal(0);
    // The preview's JSON-LD (the event list's structured data) is the only script; no image came from the feed's text.
    expect(b.shadowRoot!.querySelectorAll('img, script:not([type="application/ld+json"])').length).to.equal(0);
    expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
  });

  it('checks a feed with bad items: counts per section and each item with id, path and a Dutch reason', async () => {
    const b = await builder();
    await setField(b, '#feed-url', new URL('/__test/bad-feed', location.href).href);
    await waitUntil(() => b.shadowRoot!.querySelector('.issues'), 'the problems are listed', {timeout: 15_000});
    const issues = [...b.shadowRoot!.querySelectorAll('.issues li')].map(text);
    expect(issues.some((i) => i.includes('events[1].start') && i.includes('geen geldige datum en tijd'))).to.equal(true);
    expect(issues.some((i) => i.includes('events[2].online') && i.includes('http'))).to.equal(true);
    const raw = sampleFeed() as {events: Array<{id: string}>};
    expect(issues.some((i) => i.startsWith(raw.events[1].id))).to.equal(true);
    const row = [...b.shadowRoot!.querySelectorAll('.counts tbody tr')].map(text).find((r) => r.startsWith('events'))!;
    expect(row).to.match(/^events \d+ \d+ 2$/);
    await expect(b).to.be.accessible();
  });

  it('says why a feed cannot be used, in Dutch', async () => {
    const b = await builder();
    await setField(b, '#feed-url', new URL('/__test/not-json', location.href).href);
    await waitUntil(() => /geen geldige JSON/.test(text($(b, '.check'))), 'the JSON error');
    await setField(b, '#feed-url', 'javascript:alert(1)');
    expect(text($(b, '#feed-url-error'))).to.contain('alleen http:// en https://');
    expect(text($(b, '.check'))).to.equal('Geen feed gekozen.');
    await expect(b).to.be.accessible();
  });

  it('a local file is checked and previewed, and never sent anywhere', async () => {
    const b = await builder();
    await chooseWidget(b, 'partner-map');
    const before = performance.getEntriesByType('resource').length;
    const file = new File([JSON.stringify({version: 1, partners: [{id: 'p', name: 'Lokale partner', sector: 'bedrijf'}, {id: 'q'}]})], 'mijn-feed.json', {
      type: 'application/json',
    });
    const input = $<HTMLInputElement>(b, '#feed-file');
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => /mijn-feed\.json/.test(text(b.shadowRoot!.querySelector('form'))), 'the file is named');
    await waitUntil(() => b.shadowRoot!.querySelector('.issues'), 'its problem is listed');
    expect(text($(b, '.issues'))).to.contain('q');
    await waitUntil(() => /Lokale partner/.test(shadowText(preview(b))), 'the preview shows the file’s partner', {timeout: 15_000});
    const requests = performance.getEntriesByType('resource').slice(before).map((e) => e.name);
    expect(requests.filter((name) => !name.includes('/dist/cdn/'))).to.deep.equal([]);
  });

  it('warns when the accent colour has too little contrast with its text', async () => {
    const b = await builder();
    expect(text($(b, '#contrast'))).to.match(/Voldoende/);
    await setField(b, '#theme-accent', '#ffcc00');
    expect(text($(b, '#contrast'))).to.match(/Te laag.*4,5:1.*WCAG 1\.4\.3/);
    expect($(b, '#theme-accent').getAttribute('aria-describedby')).to.contain('contrast');
    await setField(b, '#theme-accent-contrast', '#000');
    // Dark text on the yellow is fine, but yellow links on white are not.
    expect(text($(b, '#contrast'))).to.match(/Te laag/);
    await waitUntil(() => preview(b)?.style.getPropertyValue('--ncte-color-accent') === '#ffcc00', 'the preview takes the colour');
    await setField(b, '#theme-radius', 'red;background:url(https://example.org/x.png)');
    expect(text($(b, '#theme-radius-error'))).to.contain('niet gebruikt');
    expect(preview(b)!.style.getPropertyValue('--ncte-radius')).to.equal('');
    expect(text($(b, '#snippet-css'))).to.not.contain('url(');
    await setField(b, '#theme-accent', '#01689b');
    await setField(b, '#theme-accent-contrast', '#fff');
    expect(text($(b, '#contrast'))).to.match(/Voldoende/);
    await waitUntil(() => preview(b)?.style.getPropertyValue('--ncte-color-accent') === '#01689b', 'the preview takes the colour');
    await expect(b).to.be.accessible();
  });

  it('copies a snippet and says so politely', async () => {
    const b = await builder();
    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = (value: string) => {
      copied = value;
      return Promise.resolve();
    };
    try {
      $<HTMLButtonElement>(b, 'button[data-snippet="script"]').click();
      await waitUntil(() => text($(b, '[role="status"]')) === 'Gekopieerd', 'announced');
      expect(copied).to.equal($(b, '#snippet-script').textContent);
      expect($(b, '[role="status"]').getAttribute('aria-live')).to.equal('polite');
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('works by keyboard alone: choose a widget with the arrow keys, tick an option', async () => {
    const b = await builder();
    $<HTMLInputElement>(b, '#widget-etalage').focus();
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await b.updateComplete;
    await waitUntil(() => preview(b)?.localName === 'ncte-event-list', 'the event list is chosen');
    $<HTMLInputElement>(b, '#option-locked').focus();
    await sendKeys({press: 'Space'});
    await b.updateComplete;
    expect(text($(b, '#snippet-script'))).to.contain(' locked');
    // Tab goes on from the checkbox to the next control, not lost.
    await sendKeys({press: 'Tab'});
    expect(b.shadowRoot!.activeElement).to.not.equal(null);
  });

  it('speaks English on request, and is still accessible', async () => {
    const b = await builder();
    $<HTMLButtonElement>(b, '.lang-toggle').click();
    await waitUntil(() => text($(b, 'h1')) === 'Widget builder', 'English');
    await setField(b, '#feed-url', new URL('/__test/bad-feed', location.href).href);
    await waitUntil(() => b.shadowRoot!.querySelector('.issues'), 'the problems are listed', {timeout: 15_000});
    expect(text($(b, '.issues'))).to.contain('not a valid datetime');
    await expect(b).to.be.accessible();
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    await setViewport({width: 320, height: 640});
    try {
      const b = await builder();
      for (const widget of ['event-list', 'etalage', 'partner-map', 'eligibility-check']) {
        await chooseWidget(b, widget);
        await b.updateComplete;
        // Nothing of the builder's own sticks out sideways, nor scrolls (the preview widgets have their own tests).
        const wide = [...b.shadowRoot!.querySelectorAll('*')]
          .filter((el) => !el.closest('.preview'))
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 || (el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1))
          .map((el) => `${widget}: ${el.localName}.${el.className}`);
        expect(wide).to.deep.equal([]);
      }
      await expect(b).to.be.accessible();
    } finally {
      await setViewport({width: 1200, height: 900});
    }
  });
});

describe('<ncte-builder sync-url>', function () {
  this.timeout(30_000);
  let saved = '';
  beforeEach(() => (saved = location.search));
  afterEach(() => history.replaceState(null, '', `${location.pathname}${saved}`));

  it('starts from the page’s query and keeps it up to date (same names as the embed page)', async () => {
    const query = new URLSearchParams(saved);
    query.set('widget', 'event-list');
    query.set('gemeente', 'Zwolle');
    query.set('show-past', 'true');
    query.set('lang', 'en');
    query.set('accent', '#01689b');
    history.replaceState(null, '', `${location.pathname}?${query}`);
    const b = await fixture<NcteBuilder>(html`<ncte-builder sync-url base="/dist/cdn/" .options=${options}></ncte-builder>`);
    await waitUntil(() => preview(b)?.localName === 'ncte-event-list', 'the event list', {timeout: 15_000});
    expect(preview(b)!.getAttribute('gemeente')).to.equal('Zwolle');
    expect(preview(b)!.getAttribute('lang')).to.equal('en');
    expect($<HTMLInputElement>(b, '#option-show-past').checked).to.equal(true);
    expect($<HTMLInputElement>(b, '#lang-en').checked).to.equal(true);
    await setField(b, '#option-page-size', '5');
    const now = new URLSearchParams(location.search);
    expect(now.get('page-size')).to.equal('5');
    expect(now.get('gemeente')).to.equal('Zwolle');
    expect(now.get('widget')).to.equal('event-list');
    expect(now.get('src')).to.equal('sample-feed.json');
  });

  it('names what it refused from the query', async () => {
    history.replaceState(null, '', `${location.pathname}?widget=event-list&layout=huge&src=javascript:alert(1)`);
    const b = await fixture<NcteBuilder>(html`<ncte-builder sync-url base="/dist/cdn/" .options=${options}></ncte-builder>`);
    expect(text($(b, 'header .error'))).to.match(/: (layout, src|src, layout)\.$/);
  });
});
