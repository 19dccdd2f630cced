import {expect, fixture, html, oneEvent, waitUntil, aTimeout} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/event-list/index.js';
import '../../src/feed/index.js';
import type {NcteEventList} from '../../src/event-list/index.js';
import {sampleFeed} from '../../src/data/sample.js';
import {$, $$, text} from '../helpers.js';
import type {FeedEvent} from '../../src/feed/schema.js';

const NOW = new Date('2026-09-24T11:00:00+02:00');

const small: FeedEvent[] = [
  {id: 'koffie', title: 'Koffieochtend', description: 'Samen koffie drinken in de buurt.', start: '2026-09-24T10:00:00+02:00', end: '2026-09-24T12:00:00+02:00', location: {name: 'De Linde', place: 'Zeist', gemeente: 'Zeist', lat: 52.09, lon: 5.23}, organiser: 'Welzijn Zeist', audiences: ['ouderen'], price: 0, registration: 'https://example.org/koffie', accessibility: 'Rolstoeltoegankelijk'},
  {id: 'wandel', title: 'Wandeling', start: '2026-09-24T14:00:00+02:00', end: '2026-09-24T16:00:00+02:00', location: {place: 'Utrecht', gemeente: 'Utrecht', lat: 52.09, lon: 5.12}, audiences: ['iedereen'], price: 2.5},
  {id: 'afgelast', title: 'Bingo', start: '2026-09-25T14:00:00+02:00', end: '2026-09-25T16:00:00+02:00', location: {place: 'Groningen', gemeente: 'Groningen', lat: 53.22, lon: 6.57}, status: 'cancelled', registration: 'https://example.org/bingo'},
  {id: 'uitgesteld', title: 'Dansmiddag', start: '2026-09-25T15:00:00+02:00', location: {place: 'Zeist', gemeente: 'Zeist'}, status: 'postponed'},
  {id: 'verplaatst', title: 'Praatgroep', start: '2026-09-25T19:00:00+02:00', end: '2026-09-25T20:00:00+02:00', location: {place: 'Utrecht', gemeente: 'Utrecht'}, status: 'moved-online', online: 'https://meet.example.org/praat'},
  {id: 'nacht', title: 'Nachtwandeling', start: '2026-09-25T22:00:00+02:00', end: '2026-09-26T01:00:00+02:00', online: 'https://meet.example.org/nacht'},
  {id: 'voorbij', title: 'Ontbijt', start: '2026-09-23T08:00:00+02:00', end: '2026-09-23T09:00:00+02:00', location: {place: 'Zeist', gemeente: 'Zeist'}},
];
const feedOf = (events: unknown[]) => ({version: 1, events});

async function make(template = html`<ncte-event-list .now=${NOW} .feed=${feedOf(small)}></ncte-event-list>`) {
  const el = await fixture<NcteEventList>(template);
  await el.updateComplete;
  return el;
}
const titles = (el: NcteEventList) => $$(el, '.title-text').map((t) => t.textContent!.trim());
async function openEvent(el: NcteEventList, id: string) {
  const summary = el.shadowRoot!.querySelector<HTMLElement>(`#e-${id} summary`)!;
  setTimeout(() => summary.click());
  await oneEvent(el, 'ncte-event-select');
  await el.updateComplete;
}

describe('<ncte-event-list>', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname);
  });

  it('is accessible with the sample feed', async () => {
    const el = await make(html`<ncte-event-list .feed=${sampleFeed()}></ncte-event-list>`);
    expect($$(el, '.event').length).to.equal(20);
    await expect(el).to.be.accessible();
  });

  it('has the documented defaults', async () => {
    const el = document.createElement('ncte-event-list');
    expect(el.pageSize).to.equal(20);
    expect(el.headingLevel).to.equal(2);
    expect(el.layout).to.equal('default');
    expect(el.showPast).to.equal(false);
    expect(el.syncUrl).to.equal(false);
    expect(el.noStructuredData).to.equal(false);
    expect(el.locked).to.equal(false);
    expect(el.gemeente).to.equal('');
    expect(el.from).to.equal('');
    expect(el.loading).to.equal('lazy');
  });

  it('groups upcoming events by day with Dutch headings, times and details', async () => {
    const el = await make();
    const headings = $$(el, '.day-heading').map(text);
    expect(headings).to.deep.equal(['Vandaag, donderdag 24 september', 'Morgen, vrijdag 25 september']);
    expect($$(el, 'h2').length).to.equal(2);
    expect($$(el, 'h3').length).to.equal(6);
    expect(titles(el)).to.deep.equal(['Koffieochtend', 'Wandeling', 'Bingo', 'Dansmiddag', 'Praatgroep', 'Nachtwandeling']);
    const koffie = $(el, '#e-koffie')!;
    expect(text(koffie.querySelector('.when'))).to.equal('10:00–12:00');
    expect(text(koffie.querySelector('.status'))).to.equal('Nu bezig');
    expect(text(koffie.querySelector('.meta'))).to.contain('De Linde, Zeist');
    expect(text(koffie.querySelector('.meta'))).to.contain('Gratis');
    expect(text(koffie.querySelector('.meta'))).to.contain('Welzijn Zeist');
    expect(text(koffie.querySelector('.meta'))).to.contain('Rolstoeltoegankelijk');
    expect(koffie.querySelector<HTMLAnchorElement>('a.register')!.href).to.equal('https://example.org/koffie');
    expect(text($(el, '#e-wandel .meta'))).to.match(/€\s2,50/);
    expect(text($(el, '#e-nacht .when'))).to.equal('22:00–01:00 (volgende dag)');
    expect(text($(el, '#e-nacht .meta'))).to.contain('Online');
    expect(text($(el, '.toolbar .count'))).to.equal('6 activiteiten gevonden.');
  });

  it('marks cancelled, postponed and moved-online events without hiding them', async () => {
    const el = await make();
    const bingo = $(el, '#e-afgelast')!;
    expect(text(bingo.querySelector('h3'))).to.equal('Afgelast: Bingo');
    expect(text(bingo.querySelector('.status-note'))).to.equal('Deze activiteit gaat niet door.');
    expect(bingo.querySelector('a.register'), 'no registration for a cancelled event').to.equal(null);
    expect(text($(el, '#e-uitgesteld .status'))).to.equal('Uitgesteld');
    const moved = $(el, '#e-verplaatst')!;
    expect(text(moved.querySelector('.status'))).to.equal('Verplaatst naar online');
    expect(moved.querySelector<HTMLAnchorElement>('a.online')!.href).to.equal('https://meet.example.org/praat');
    expect(text(moved.querySelector('.meta'))).to.contain('Online');
    await expect(el).to.be.accessible();
  });

  it('writes everything in English with lang="en"', async () => {
    const el = await make(html`<ncte-event-list lang="en" .now=${NOW} .feed=${feedOf(small)}></ncte-event-list>`);
    expect($$(el, '.day-heading').map(text)).to.deep.equal(['Today, Thursday 24 September', 'Tomorrow, Friday 25 September']);
    expect(text($(el, '#e-koffie .meta'))).to.contain('Free');
    expect(text($(el, '#e-afgelast .status'))).to.equal('Cancelled');
    expect(text($(el, '#e-nacht .when'))).to.equal('22:00–01:00 (next day)');
    expect(text($(el, '.toolbar .count'))).to.equal('6 activities found.');
    expect(text($(el, 'label[for="q"]'))).to.equal('Search for an activity');
    await expect(el).to.be.accessible();
  });

  it('shows past events with show-past, marked as past', async () => {
    const el = await make(html`<ncte-event-list show-past .now=${NOW} .feed=${feedOf(small)}></ncte-event-list>`);
    expect(titles(el)[0]).to.equal('Ontbijt');
    expect(text($(el, '#e-voorbij .status'))).to.equal('Afgelopen');
    expect($(el, '#e-voorbij')!.classList.contains('past')).to.equal(true);
  });

  it('limits to from and to', async () => {
    const el = await make(html`<ncte-event-list from="2026-09-25" to="2026-09-25" .now=${NOW} .feed=${feedOf(small)}></ncte-event-list>`);
    expect(titles(el)).to.deep.equal(['Bingo', 'Dansmiddag', 'Praatgroep', 'Nachtwandeling']);
  });

  it('filters with counts and announces the result count', async () => {
    const el = await make();
    const gemeente = $<HTMLSelectElement>(el, 'select#gemeente')!;
    expect([...gemeente.options].map((o) => text(o))).to.deep.equal(['Alle gemeenten', 'Groningen (1)', 'Utrecht (2)', 'Zeist (2)']);
    setTimeout(() => {
      gemeente.value = 'Zeist';
      gemeente.dispatchEvent(new Event('change'));
    });
    const event = await oneEvent(el, 'ncte-filter-change');
    // Zeist's own activities, and the online-only one anyone in Zeist can join.
    expect(event.detail).to.deep.equal({query: '', filters: {gemeente: ['Zeist']}, resultCount: 3});
    expect(titles(el)).to.deep.equal(['Koffieochtend', 'Dansmiddag', 'Nachtwandeling']);
    await waitUntil(() => text($(el, '[role="status"]')) === '3 activiteiten gevonden.', 'count announced after a pause');
    const free = $<HTMLInputElement>(el, 'input[name="free"]')!;
    expect(text(free.closest('label'))).to.equal('Alleen gratis (1)');
    free.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Koffieochtend']);
    await waitUntil(() => text($(el, '[role="status"]')) === '1 activiteit gevonden.', 'count announced after a pause');
    const online = $<HTMLInputElement>(el, 'input[name="mode"][value="online"]')!;
    expect(text(online.closest('label'))).to.equal('Online (0)');
    await expect(el).to.be.accessible();
  });

  it('searches as you type and shows the empty state with its slot', async () => {
    const el = await make(html`<ncte-event-list .now=${NOW} .feed=${feedOf(small)}><p slot="empty">Organiseer zelf een activiteit</p></ncte-event-list>`);
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.focus();
    expect(text($(el, '[role="status"]'))).to.equal('6 activiteiten gevonden.');
    await sendKeys({type: 'wandel'});
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Wandeling', 'Nachtwandeling']);
    expect(text($(el, '[role="status"]')), 'not on every key').to.equal('6 activiteiten gevonden.');
    await waitUntil(() => text($(el, '[role="status"]')) === '2 activiteiten gevonden.');
    await sendKeys({type: 'xyz'});
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([]);
    const slot = $<HTMLSlotElement>(el, '.empty slot[name="empty"]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Organiseer zelf een activiteit');
    await waitUntil(() => text($(el, '[role="status"]')) === 'Geen activiteiten gevonden.', 'count announced after a pause');
    await expect(el).to.be.accessible();
    // Clearing the filters puts focus back in the search box.
    $<HTMLButtonElement>(el, 'button.clear')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(titles(el)).to.have.length(6);
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(input.value).to.equal('');
  });

  it('does not fire events when the host sets properties', async () => {
    const el = await make();
    let fired = 0;
    el.addEventListener('ncte-filter-change', () => fired++);
    el.addEventListener('ncte-event-select', () => fired++);
    el.gemeente = 'Utrecht';
    el.showPast = true;
    await el.updateComplete;
    await aTimeout(10);
    expect(titles(el)).to.deep.equal(['Wandeling', 'Praatgroep', 'Nachtwandeling']);
    expect(fired).to.equal(0);
  });

  it('honours presets and locks them', async () => {
    const el = await make(html`<ncte-event-list gemeente="Zeist" audience="ouderen" locked .now=${NOW} .feed=${feedOf(small)}></ncte-event-list>`);
    expect(titles(el)).to.deep.equal(['Koffieochtend']);
    expect($(el, 'select#gemeente')).to.equal(null);
    expect($(el, 'select#audience')).to.equal(null);
    expect(text($(el, '.presets'))).to.equal('Activiteiten in Zeist · Voor ouderen');
    await expect(el).to.be.accessible();
  });

  it('"clear filters" and resetFilters() clear every filter the visitor chose, and keep only the locked presets', async () => {
    // Locked with a gemeente preset only: the visitor can still choose an audience.
    const el = await make(html`<ncte-event-list gemeente=" Zeist " locked .now=${NOW} .feed=${feedOf(small)}></ncte-event-list>`);
    const audience = $<HTMLSelectElement>(el, 'select#audience')!;
    audience.value = 'ouderen';
    audience.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Koffieochtend']);
    $<HTMLButtonElement>(el, 'button.clear')!.click();
    await el.updateComplete;
    expect(titles(el), 'the chosen audience is cleared').to.deep.equal(['Koffieochtend', 'Dansmiddag', 'Nachtwandeling']);
    expect($(el, 'button.clear')).to.equal(null);
    audience.value = 'ouderen';
    audience.dispatchEvent(new Event('change'));
    await el.updateComplete;
    el.resetFilters();
    await el.updateComplete;
    expect(titles(el), 'resetFilters() keeps the locked gemeente (trimmed)').to.deep.equal(['Koffieochtend', 'Dansmiddag', 'Nachtwandeling']);
  });

  it('pages with "show more" and moves focus to the first new event', async () => {
    const events = Array.from({length: 45}, (_, i) => ({
      id: `e${i}`,
      title: `Activiteit ${i}`,
      start: new Date(Date.parse('2026-09-24T12:00:00Z') + i * 3_600_000).toISOString(),
      location: {place: 'Zeist'},
    }));
    const el = await make(html`<ncte-event-list page-size="20" .now=${NOW} .feed=${feedOf(events)}></ncte-event-list>`);
    expect($$(el, '.event').length).to.equal(20);
    const more = $<HTMLButtonElement>(el, 'button.show-more')!;
    expect(text(more)).to.equal('Toon meer activiteiten (nog 25)');
    more.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'e-e20');
    expect($$(el, '.event').length).to.equal(40);
    expect(text($(el, '[role="status"]'))).to.equal('40 van 45 getoond');
    await expect(el).to.be.accessible();
  });

  it('"show more" moves focus at once, without waiting for a slow JSON-LD chunk', async () => {
    const events = Array.from({length: 10}, (_, i) => ({
      id: `e${i}`,
      title: `Activiteit ${i}`,
      start: new Date(Date.parse('2026-09-24T12:00:00Z') + i * 3_600_000).toISOString(),
      location: {place: 'Zeist'},
    }));
    const el = await make(html`<ncte-event-list page-size="4" .now=${NOW}></ncte-event-list>`);
    // A slow network: the JSON-LD builder does not arrive during this test.
    const lazy = (el as unknown as {structuredData: {jsonLd: {importModule: () => Promise<unknown>}}}).structuredData.jsonLd;
    lazy.importModule = () => new Promise(() => undefined);
    el.feed = feedOf(events);
    await waitUntil(() => $(el, 'button.show-more'), 'the list', {timeout: 2_000});
    $<HTMLButtonElement>(el, 'button.show-more')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'e-e4', 'focus on the first new activity', {timeout: 1_000});
    expect($$(el, '.event').length).to.equal(8);
  });

  it('expands the description with the keyboard and fires ncte-event-select', async () => {
    const el = await make();
    const summary = $<HTMLElement>(el, '#e-koffie summary')!;
    summary.focus();
    setTimeout(() => sendKeys({press: 'Enter'}));
    const event = await oneEvent(el, 'ncte-event-select');
    expect(event.detail).to.deep.equal({id: 'koffie'});
    await el.updateComplete;
    const details = $<HTMLDetailsElement>(el, '#e-koffie details')!;
    expect(details.open).to.equal(true);
    expect(text(details.querySelector('.description'))).to.equal('Samen koffie drinken in de buurt.');
    await expect(el).to.be.accessible();
  });

  it('offers a real .ics download per event and Google/Outlook links once it is opened', async () => {
    const el = await make();
    expect($(el, '#e-koffie a.ics'), 'not made while closed').to.equal(null);
    await openEvent(el, 'koffie');
    const link = $<HTMLAnchorElement>(el, '#e-koffie a.ics')!;
    expect(link.download).to.equal('koffieochtend.ics');
    expect(link.href.startsWith('blob:')).to.equal(true);
    const ics = await (await fetch(link.href)).text();
    expect(ics).to.contain('SUMMARY:Koffieochtend\r\n');
    expect(ics).to.contain('DTSTART:20260924T080000Z\r\n');
    expect($<HTMLAnchorElement>(el, '#e-koffie a.google')!.href).to.match(/^https:\/\/calendar\.google\.com\//);
    expect($<HTMLAnchorElement>(el, '#e-koffie a.outlook')!.href).to.match(/^https:\/\/outlook\.live\.com\//);
  });

  it('after being moved in the page, an opened activity offers a live .ics again (the old one was revoked)', async () => {
    const el = await make(html`<ncte-event-list no-structured-data .now=${NOW} .feed=${feedOf(small)}></ncte-event-list>`);
    await openEvent(el, 'koffie');
    const before = $<HTMLAnchorElement>(el, '#e-koffie a.ics')!.href;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    const link = $<HTMLAnchorElement>(el, '#e-koffie a.ics')!;
    expect(link.href.startsWith('blob:')).to.equal(true);
    expect(link.href, 'a new file').not.to.equal(before);
    const ics = await (await fetch(link.href)).text();
    expect(ics).to.contain('SUMMARY:Koffieochtend\r\n');
  });

  it('makes an opened activity\'s .ics again in the new language when lang changes', async () => {
    const el = await make(html`<ncte-event-list no-structured-data .now=${NOW} .feed=${feedOf(small)}></ncte-event-list>`);
    await openEvent(el, 'koffie');
    const dutch = await (await fetch($<HTMLAnchorElement>(el, '#e-koffie a.ics')!.href)).text();
    expect(dutch).to.contain('X-WR-CALNAME:Week tegen Eenzaamheid\r\n');
    el.lang = 'en';
    await waitUntil(() => text($(el, '.toolbar .count')) === '6 activities found.', 'English', {timeout: 3_000});
    await el.updateComplete;
    const english = await (await fetch($<HTMLAnchorElement>(el, '#e-koffie a.ics')!.href)).text();
    expect(english).to.contain('X-WR-CALNAME:Week against Loneliness\r\n');
  });

  it('downloads all shown events as one .ics', async () => {
    const el = await make();
    let href = '';
    const clicks = (e: Event) => {
      const a = e.composedPath()[0] as HTMLAnchorElement;
      if (a instanceof HTMLAnchorElement && a.download) {
        href = a.href;
        e.preventDefault();
      }
    };
    el.shadowRoot!.addEventListener('click', clicks, true);
    const button = $<HTMLButtonElement>(el, 'button.all-ics')!;
    expect(text(button)).to.equal('Alle 6 getoonde activiteiten in je agenda (.ics)');
    button.click();
    // The calendar code loads on first use, so the file follows a moment later.
    await waitUntil(() => href.startsWith('blob:'), 'the .ics is offered');
    const ics = await (await fetch(href)).text();
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(6);
    expect(ics).to.contain('STATUS:CANCELLED');
  });

  it('writes schema.org JSON-LD into the light DOM, keeps it in sync and removes it', async () => {
    const el = await make();
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script.parentNode).to.equal(el);
    const data = JSON.parse(script.textContent!);
    expect(data['@graph'].map((e: {name: string}) => e.name)).to.deep.equal(titles(el));
    const bingo = data['@graph'].find((e: {name: string}) => e.name === 'Bingo');
    expect(bingo.eventStatus).to.equal('https://schema.org/EventCancelled');
    expect(bingo.startDate).to.equal('2026-09-25T14:00:00+02:00');
    expect(bingo.url).to.match(/\?activiteit=afgelast$/);
    el.gemeente = 'Utrecht';
    await el.updateComplete;
    expect(JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'].map((e: {name: string}) => e.name)).to.deep.equal(['Wandeling', 'Praatgroep', 'Nachtwandeling']);
    expect(el.querySelectorAll('script').length).to.equal(1);
    const parent = el.parentNode!;
    el.remove();
    expect(el.querySelector('script')).to.equal(null);
    parent.appendChild(el);
    await el.updateComplete;
    expect(el.querySelectorAll('script[type="application/ld+json"]').length).to.equal(1);
    el.noStructuredData = true;
    await el.updateComplete;
    expect(el.querySelector('script')).to.equal(null);
  });

  it('writes no JSON-LD with no-structured-data', async () => {
    const el = await make(html`<ncte-event-list no-structured-data .now=${NOW} .feed=${feedOf(small)}></ncte-event-list>`);
    expect(el.querySelector('script')).to.equal(null);
  });

  it('keeps hostile feed text as text', async () => {
    const hostile = [{...small[0], title: '<img src=x onerror=alert(1)></script>', description: '<b>vet</b>'}];
    const el = await make(html`<ncte-event-list .now=${NOW} .feed=${feedOf(hostile)}></ncte-event-list>`);
    expect($(el, 'img')).to.equal(null);
    expect(titles(el)).to.deep.equal(['<img src=x onerror=alert(1)></script>']);
    expect(el.querySelector('script')!.textContent).not.to.contain('</script>');
  });

  it('sorts "near me" only after the button is pressed, and handles refusal politely', async () => {
    const el = await make();
    const geo = navigator.geolocation;
    const original = geo.getCurrentPosition;
    let asked = 0;
    let answer: (ok: PositionCallback, fail: PositionErrorCallback) => void = (_ok, fail) =>
      fail({code: 1, message: 'denied', PERMISSION_DENIED: 1} as GeolocationPositionError);
    geo.getCurrentPosition = (ok: PositionCallback, fail?: PositionErrorCallback | null) => {
      asked++;
      answer(ok, fail!);
    };
    try {
      expect(asked).to.equal(0);
      const button = $<HTMLButtonElement>(el, 'button.near-me')!;
      button.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => $(el, '.geo-message'));
      expect(asked).to.equal(1);
      expect(text($(el, '.geo-message'))).to.contain('Je hebt je locatie niet gedeeld');
      expect(text($(el, '[role="status"]'))).to.contain('Je hebt je locatie niet gedeeld');
      expect(titles(el)[0]).to.equal('Koffieochtend');
      await expect(el).to.be.accessible();
      // Groningen is nearest to this visitor.
      answer = (ok) => ok({coords: {latitude: 53.2, longitude: 6.56}} as GeolocationPosition);
      await sendKeys({press: 'Enter'});
      await waitUntil(() => titles(el)[0] === 'Bingo');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(text(button)).to.equal('Sorteer op datum');
      expect($$(el, '.day-heading').map(text)).to.deep.equal(['Op afstand, dichtstbij eerst']);
      expect(text($(el, '#e-afgelast .when'))).to.match(/^vr 25 sep 14:00–16:00 · [\d,]+ km$/);
      expect(text($(el, '#e-nacht .distance'))).to.equal('· Afstand onbekend');
      await expect(el).to.be.accessible();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('Koffieochtend');
    } finally {
      geo.getCurrentPosition = original;
    }
  });

  it('"near me" keeps focus on its button while the browser asks, and ignores presses meanwhile', async () => {
    const el = await make();
    const geo = navigator.geolocation;
    const original = geo.getCurrentPosition;
    let asked = 0;
    let answer: PositionCallback | undefined;
    geo.getCurrentPosition = (ok: PositionCallback) => {
      asked++;
      answer = ok;
    };
    try {
      const button = $<HTMLButtonElement>(el, 'button.near-me')!;
      button.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => answer, 'the browser is asked');
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(text($(el, '[role="status"]'))).to.contain('Je locatie wordt opgevraagd');
      await sendKeys({press: 'Enter'});
      expect(asked).to.equal(1);
      answer!({coords: {latitude: 53.2, longitude: 6.56}} as GeolocationPosition);
      await waitUntil(() => titles(el)[0] === 'Bingo', 'sorted by distance');
      expect(button.hasAttribute('aria-disabled')).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(button);
    } finally {
      geo.getCurrentPosition = original;
    }
  });

  it('keeps the filters in the URL with sync-url, under its own names, and reads them back', async () => {
    history.replaceState(null, '', `${location.pathname}?activiteiten-gemeente=Utrecht&activiteiten-vorm=online&zoek=etalage`);
    const el = await make(html`<ncte-event-list sync-url .now=${NOW} .feed=${feedOf(small)}></ncte-event-list>`);
    expect(titles(el)).to.deep.equal(['Praatgroep', 'Nachtwandeling']);
    const free = $<HTMLInputElement>(el, 'input[name="free"]')!;
    // New history entries counted as they are made: a tab's history.length stops at 50, which
    // the runner's reused tab can reach before this test.
    let entries = 0;
    const push = history.pushState;
    history.pushState = (...args: Parameters<History['pushState']>) => (entries++, push.apply(history, args));
    try {
      free.click();
      await oneEvent(el, 'ncte-filter-change');
      const params = new URL(location.href).searchParams;
      expect(params.get('activiteiten-gemeente')).to.equal('Utrecht');
      expect(params.get('activiteiten-vorm')).to.equal('online');
      expect(params.get('activiteiten-gratis')).to.equal('1');
      expect(params.get('zoek'), 'another widget\'s parameter stays').to.equal('etalage');
      expect(entries, 'a chosen filter is a new history entry').to.equal(1);
      const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
      input.value = 'praat';
      input.dispatchEvent(new Event('input', {bubbles: true}));
      await oneEvent(el, 'ncte-filter-change');
      expect(new URL(location.href).searchParams.get('activiteiten-zoek')).to.equal('praat');
      expect(entries, 'typing replaces the entry').to.equal(1);
    } finally {
      delete (history as {pushState?: unknown}).pushState;
      history.replaceState(null, '', location.pathname);
    }
  });

  it('with sync-url, back undoes a chosen gemeente (the page\'s preset, none here, comes back)', async () => {
    const el = await make(html`<ncte-event-list sync-url .now=${NOW} .feed=${feedOf(small)}></ncte-event-list>`);
    const all = titles(el);
    const select = $<HTMLSelectElement>(el, 'select#gemeente')!;
    select.value = 'Utrecht';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await oneEvent(el, 'ncte-filter-change');
    expect(titles(el)).to.deep.equal(['Wandeling', 'Praatgroep', 'Nachtwandeling']);
    setTimeout(() => history.back());
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, 'select#gemeente')!.value).to.equal('');
    expect(titles(el)).to.deep.equal(all);
  });

  it('url-prefix puts a prefix before every parameter', async () => {
    history.replaceState(null, '', `${location.pathname}?b-activiteiten-gemeente=Utrecht&activiteiten-gemeente=Zeist`);
    const el = await make(html`<ncte-event-list sync-url url-prefix="b-" .now=${NOW} .feed=${feedOf(small)}></ncte-event-list>`);
    expect($<HTMLSelectElement>(el, 'select#gemeente')!.value).to.equal('Utrecht');
    history.replaceState(null, '', location.pathname);
  });

  it('opens, shows and focuses the event of a ?activiteit= deep link', async () => {
    const events = Array.from({length: 30}, (_, i) => ({
      id: `e${i}`,
      title: `Activiteit ${i}`,
      description: `Over activiteit ${i}`,
      start: new Date(Date.parse('2026-09-24T12:00:00Z') + i * 3_600_000).toISOString(),
      location: {place: 'Zeist'},
    }));
    history.replaceState(null, '', `${location.pathname}?activiteit=e25`);
    const el = await make(html`<ncte-event-list page-size="10" .now=${NOW} .feed=${feedOf(events)}></ncte-event-list>`);
    await el.updateComplete;
    expect($$(el, '.event').length).to.equal(26);
    expect($<HTMLDetailsElement>(el, '#e-e25 details')!.open).to.equal(true);
    expect(el.shadowRoot!.activeElement?.id).to.equal('e-e25');
    const share = $<HTMLAnchorElement>(el, '#e-e25 a.share')!;
    expect(new URL(share.href).searchParams.get('activiteit')).to.equal('e25');
    expect(text($(el, '#e-e25 .description:not(.print-only)'))).to.equal('Over activiteit 25');
  });

  it('renders everything for print, and a compact layout', async () => {
    const events = Array.from({length: 30}, (_, i) => ({
      id: `e${i}`,
      title: `Activiteit ${i}`,
      start: new Date(Date.parse('2026-09-24T12:00:00Z') + i * 3_600_000).toISOString(),
      location: {place: 'Zeist'},
      organiser: 'Welzijn Zeist',
    }));
    const el = await make(html`<ncte-event-list layout="compact" .now=${NOW} .feed=${feedOf(events)}></ncte-event-list>`);
    expect($$(el, '.event').length).to.equal(20);
    expect(text($(el, '#e-e0 > .meta'))).not.to.contain('Welzijn Zeist');
    await openEvent(el, 'e0');
    expect(text($(el, '#e-e0 details .meta'))).to.contain('Welzijn Zeist');
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect($$(el, '.event').length).to.equal(30);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$(el, '.event').length).to.equal(20);
    await expect(el).to.be.accessible();
  });

  it('shows loading and error states accessibly', async () => {
    const el = await make(html`<ncte-event-list src="/does-not-exist-event-feed.json"></ncte-event-list>`);
    expect($(el, '.feed-state.loading')).not.to.equal(null);
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, '.feed-state.error'), 'error shown', {timeout: 5000});
    expect(text($(el, '[role="status"]'))).to.contain('De gegevens kunnen nu niet worden geladen.');
    await expect(el).to.be.accessible();
  });

  it('can be used with the keyboard alone: search, filter, expand', async () => {
    const el = await make();
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({type: 'koffie'});
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Koffieochtend']);
    // Tab through the filters to the first summary.
    for (let i = 0; i < 30 && !el.shadowRoot!.activeElement?.matches('summary'); i++) await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement?.matches('#e-koffie summary')).to.equal(true);
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect($<HTMLDetailsElement>(el, '#e-koffie details')!.open).to.equal(true);
  });

  it('lists an event that began on an earlier day and is still on under today', async () => {
    const expo = {id: 'expo', title: 'Expositie', start: '2026-09-23T10:00:00+02:00', end: '2026-09-26T17:00:00+02:00', location: {place: 'Middelburg'}};
    const el = await make(html`<ncte-event-list .now=${NOW} .feed=${feedOf([expo, small[1]])}></ncte-event-list>`);
    expect($$(el, '.day-heading').map(text)).to.deep.equal(['Vandaag, donderdag 24 september']);
    expect(titles(el)).to.deep.equal(['Expositie', 'Wandeling']);
    expect(text($(el, '#e-expo .when'))).to.equal('wo 23 sep 10:00 – za 26 sep 17:00');
    expect(text($(el, '#e-expo .status'))).to.equal('Nu bezig');
  });

  it('writes the opened event into the URL with sync-url', async () => {
    const el = await make(html`<ncte-event-list sync-url .now=${NOW} .feed=${feedOf(small)}></ncte-event-list>`);
    $<HTMLElement>(el, '#e-wandel summary')!.click();
    await oneEvent(el, 'ncte-event-select');
    expect(new URL(location.href).searchParams.get('activiteit')).to.equal('wandel');
    $<HTMLElement>(el, '#e-wandel summary')!.click();
    await waitUntil(() => !new URL(location.href).searchParams.has('activiteit'));
  });

  it('fits a 320 px wide screen, even with very long words', async () => {
    await setViewport({width: 320, height: 800});
    try {
      const long = {...small[0], title: 'Kindergartenmedewerkersorganisatieondersteuningsprogrammadeelnemersbijeenkomst', organiser: 'x'.repeat(150), accessibility: 'y'.repeat(150)};
      const el = await make(html`<ncte-event-list .now=${NOW} .feed=${feedOf([long, ...small.slice(1)])}></ncte-event-list>`);
      await openEvent(el, 'koffie');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const node of $$(el, '.event, .filters, .toolbar')) expect(node.getBoundingClientRect().right, node.className).to.be.at.most(320);
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });

  it('takes its feed from a surrounding <ncte-feed>', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<ncte-feed .feed=${feedOf(small)}><ncte-event-list .now=${NOW}></ncte-event-list></ncte-feed>`,
    );
    const el = wrapper.querySelector('ncte-event-list')!;
    await waitUntil(() => titles(el).length === 6, 'list rendered from the provider');
    expect(titles(el)[0]).to.equal('Koffieochtend');
  });
});
