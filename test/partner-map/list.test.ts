import {aTimeout, expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {sampleFeed} from '../../src/data/sample.js';
import {FilterChangeEvent, NctePartnerMap, PartnerSelectEvent} from '../../src/partner-map/index.js';
import {$, $$, active, countText, headings, listNames, option, optionCount, partnerMap, smallFeed, unlocatedFeed} from './helpers.js';

const samplePartners = sampleFeed().partners as Array<{id: string; name: string; location?: unknown; sector: string}>;

describe('<ncte-partner-map> list view', () => {
  it('is accessible and lists every partner of the sample feed by sector, also those without a location', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="list" .feed=${sampleFeed()}></ncte-partner-map>`);
    await expect(el).to.be.accessible();
    expect(countText(el)).to.equal(`${samplePartners.length} partners gevonden.`);
    expect($(el, '[role=status]')!.textContent).to.equal(`${samplePartners.length} partners gevonden.`);
    expect(listNames(el)).to.have.members(samplePartners.map((p) => p.name));
    const unlocated = samplePartners.filter((p) => !p.location);
    expect(unlocated.length).to.be.greaterThan(0);
    for (const p of unlocated) expect(listNames(el)).to.include(p.name);
    expect(headings(el)[0]).to.equal('Maatschappelijke organisatie (18)');
    expect(headings(el)).to.have.length(6);
    expect($$(el, '.list-view h2')).to.have.length(6);
    // No map code was loaded for the list (this is the file's first test: nothing loaded Leaflet before).
    expect(el.mapEngine).to.be.undefined;
    const modules = performance.getEntriesByType('resource').map((e) => e.name);
    expect(modules.filter((name) => /leaflet|map-engine|outline-data/.test(name))).to.deep.equal([]);
    expect($(el, '.map-view')!.hidden).to.be.true;
  });

  it('has these defaults', async () => {
    const el = document.createElement('ncte-partner-map') as NctePartnerMap;
    expect(el).to.be.instanceOf(NctePartnerMap);
    expect([el.src, el.feed, el.timeout, el.sector, el.workgroup, el.view, el.tiles, el.tilesAttribution]).to.deep.equal(
      Array(8).fill(undefined),
    );
    expect(el.groupBy).to.equal('sector');
    expect(el.loading).to.equal('lazy');
    expect(el.headingLevel).to.equal(2);
    expect(el.issues).to.deep.equal([]);
  });

  it('shows the list below 600 px and the map from 600 px when view is not set', async () => {
    const narrow = await partnerMap(html`<ncte-partner-map .feed=${smallFeed()}></ncte-partner-map>`, 400);
    expect(narrow.currentView).to.equal('list');
    expect($(narrow, '.list-view')!.hidden).to.be.false;
    // Far below the narrow one, so it starts at once only when told to.
    const wide = await partnerMap(html`<ncte-partner-map loading="eager" .feed=${smallFeed()}></ncte-partner-map>`, 900);
    expect(wide.currentView).to.equal('map');
    // Resizing follows.
    wide.parentElement!.style.setProperty('width', '500px');
    await waitUntil(() => wide.currentView === 'list', 'switches to the list when narrow');
  });

  it('working group options that wrap keep space between them', async () => {
    const el = await partnerMap(html`<ncte-partner-map .feed=${sampleFeed()}></ncte-partner-map>`, 320);
    $<HTMLDetailsElement>(el, '.more-filters')!.open = true;
    await el.updateComplete;
    const labels = $$(el, 'input[name="workgroup"]').map((input) => input.closest('label')!.querySelector<HTMLElement>('.label')!);
    const lineHeight = parseFloat(getComputedStyle(labels[0]).lineHeight);
    const wrapped = labels.filter((label) => label.getBoundingClientRect().height > 1.5 * lineHeight);
    expect(wrapped.length, 'some labels wrap at 320 px').to.be.greaterThan(0);
    for (let i = 1; i < labels.length; i++) {
      const gap = labels[i].getBoundingClientRect().top - labels[i - 1].getBoundingClientRect().bottom;
      expect(gap, `space above "${labels[i].textContent}"`).to.be.at.least(4);
    }
  });

  it('folds the sector and working group filters on narrow screens, without horizontal scrolling', async () => {
    const el = await partnerMap(html`<ncte-partner-map .feed=${sampleFeed()}></ncte-partner-map>`, 320);
    const details = $<HTMLDetailsElement>(el, '.more-filters')!;
    expect(details.open).to.be.false;
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
    const summary = $(el, '.more-filters summary')!;
    summary.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(details.open).to.be.true;
    option(el, 'sector', 'bedrijf').click();
    option(el, 'workgroup', '4').click();
    await el.updateComplete;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filter op soort organisatie, werkgroep en kernteam (2 actief)');
    expect(el.scrollWidth).to.be.at.most(320);
    // Far below the narrow one, so it starts at once only when told to.
    const wide = await partnerMap(html`<ncte-partner-map loading="eager" .feed=${smallFeed()}></ncte-partner-map>`, 900);
    expect($<HTMLDetailsElement>(wide, '.more-filters')!.open).to.be.true;
  });

  it('groups by province with the partners without a location last', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="list" group-by="province" .feed=${smallFeed()}></ncte-partner-map>`);
    await waitUntil(() => headings(el)[0]?.startsWith('Groningen'), 'groups by province');
    expect(headings(el)).to.deep.equal([
      'Groningen (1)',
      'Overijssel (1)',
      'Noord-Holland (1)',
      'Zuid-Holland (1)',
      'Limburg (1)',
      'Landelijk actief of zonder vestigingsadres (2)',
    ]);
    expect(listNames(el).slice(-2)).to.deep.equal(['Stichting Eet Mee', 'Stichting UP!']);
    await expect(el).to.be.accessible();
  });

  it('filters by sector, working group, core team and name, with counts, events and an announcement', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="list" .feed=${smallFeed()}></ncte-partner-map>`);
    expect(optionCount(el, 'sector', 'maatschappelijke-organisatie')).to.equal('(3)');
    expect(optionCount(el, 'workgroup', '2')).to.equal('(2)');

    const checkbox = option(el, 'sector', 'maatschappelijke-organisatie');
    setTimeout(() => checkbox.click());
    const event = (await oneEvent(el, 'ncte-filter-change')) as FilterChangeEvent;
    expect(event.detail).to.deep.equal({query: '', filters: {sector: ['maatschappelijke-organisatie']}, resultCount: 3});
    expect(event.composed).to.be.true;
    expect(countText(el)).to.equal('3 partners gevonden.');
    expect(listNames(el)).to.deep.equal(['Ouderenfonds', 'Stichting Eet Mee', 'Stichting UP!']);
    // Counts of the other groups follow the sector filter; the sector's own counts do not.
    expect(optionCount(el, 'workgroup', '3')).to.equal('(0)');
    expect(optionCount(el, 'sector', 'bedrijf')).to.equal('(1)');
    await waitUntil(() => $(el, '[role=status]')!.textContent === '3 partners gevonden.', 'announces the count');

    option(el, 'workgroup', '2').click();
    await el.updateComplete;
    expect(listNames(el)).to.deep.equal(['Ouderenfonds', 'Stichting Eet Mee']);

    $<HTMLInputElement>(el, 'input[name=core-team]')!.click();
    await el.updateComplete;
    expect(listNames(el)).to.deep.equal(['Ouderenfonds']);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '.clear')!.click();
    await el.updateComplete;
    expect(listNames(el)).to.have.length(7);
    expect(active(el)).to.equal($(el, '#search'));

    await sendKeys({type: 'eet m'});
    await el.updateComplete;
    expect(listNames(el)).to.deep.equal(['Stichting Eet Mee']);
    expect(countText(el)).to.equal('1 partner gevonden.');
    expect(optionCount(el, 'sector', 'bedrijf')).to.equal('(0)');

    await sendKeys({type: 'xyz'});
    await el.updateComplete;
    expect($(el, '.empty')!.textContent).to.contain('Er zijn geen partners die bij je keuze passen.');
    expect(countText(el)).to.equal('Geen partners gevonden.');
    await expect(el).to.be.accessible();
  });

  it('applies sector and workgroup presets without firing events', async () => {
    let events = 0;
    const el = await partnerMap(html`<ncte-partner-map view="list" sector="maatschappelijke-organisatie" workgroup="2" .feed=${smallFeed()}
      @ncte-filter-change=${() => events++}></ncte-partner-map>`);
    expect(option(el, 'sector', 'maatschappelijke-organisatie').checked).to.be.true;
    expect(option(el, 'workgroup', '2').checked).to.be.true;
    expect(listNames(el)).to.deep.equal(['Ouderenfonds', 'Stichting Eet Mee']);
    el.sector = 'bedrijf,overheid';
    el.workgroup = undefined;
    await el.updateComplete;
    expect(listNames(el)).to.deep.equal(['Albert Heijn', 'Ministerie van VWS']);
    await aTimeout(50);
    expect(events).to.equal(0);
  });

  it('opens a card with the keyboard only, keeps focus on its button and fires ncte-partner-select', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="list" .feed=${smallFeed()}></ncte-partner-map>`);
    const listButton = $$<HTMLButtonElement>(el, '.view-toggle button')[1];
    expect(listButton.getAttribute('aria-pressed')).to.equal('true');
    listButton.focus();
    await sendKeys({press: 'Tab'});
    const first = active(el)!;
    expect(first.classList.contains('partner-toggle')).to.be.true;
    expect(first.textContent).to.contain('Ouderenfonds');
    expect(first.getAttribute('aria-expanded')).to.equal('false');

    setTimeout(() => sendKeys({press: 'Enter'}));
    const event = (await oneEvent(el, 'ncte-partner-select')) as PartnerSelectEvent;
    expect(event.detail).to.deep.equal({id: 'fonds'});
    expect(active(el)).to.equal(first);
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    const card = first.parentElement!.querySelector('.card')!;
    expect(card.textContent).to.contain('Helpt ouderen.');
    expect(card.textContent).to.contain('Plaats: Amsterdam');
    expect(card.textContent).to.contain('Kernteam');
    expect(card.querySelector('a')!.getAttribute('href')).to.equal('https://ouderenfonds.example/');
    expect(card.querySelector('a')!.textContent).to.equal('Website van Ouderenfonds');
    await expect(el).to.be.accessible();

    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    expect(first.parentElement!.querySelector('.card')).to.be.null;
  });

  it('switches views with the toggle and keeps focus on it', async () => {
    const el = await partnerMap(html`<ncte-partner-map .feed=${unlocatedFeed()}></ncte-partner-map>`, 400);
    expect(el.currentView).to.equal('list');
    const [mapButton] = $$<HTMLButtonElement>(el, '.view-toggle button');
    mapButton.focus();
    await sendKeys({press: 'Enter'});
    await el.mapReady();
    expect(el.currentView).to.equal('map');
    expect(active(el)).to.equal(mapButton);
    expect(mapButton.getAttribute('aria-pressed')).to.equal('true');
    // The host setting `view` again wins over the visitor's earlier choice.
    el.view = 'list';
    await el.updateComplete;
    expect(el.currentView).to.equal('list');
  });

  it('shows a long group in part, with a button for the rest that moves focus to the first new partner', async () => {
    const partners = Array.from({length: 130}, (_, i) => ({id: `b${i}`, name: `Bedrijf ${String(i).padStart(3, '0')}`, sector: 'bedrijf'}));
    const el = await partnerMap(html`<ncte-partner-map view="list" .feed=${{version: 1, partners}}></ncte-partner-map>`);
    expect(listNames(el)).to.have.length(100);
    const more = $<HTMLButtonElement>(el, '.show-all')!;
    expect(more.textContent!.trim()).to.equal('Toon alle 130 partners in Bedrijf');
    more.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(listNames(el)).to.have.length(130);
    expect(active(el)!.textContent).to.contain('Bedrijf 100');
  });

  it('speaks English when the page does', async () => {
    const el = await partnerMap(html`<ncte-partner-map lang="en" view="list" .feed=${smallFeed()}></ncte-partner-map>`);
    expect(countText(el)).to.equal('7 partners found.');
    expect(headings(el)[0]).to.equal('Civil society organisation (3)');
    expect($(el, '.filters legend')!.textContent).to.equal('Kind of organisation');
    expect($$(el, '.view-toggle button').map((b) => b.textContent!.trim())).to.deep.equal(['Map', 'List']);
  });

  it('renders hostile text as text', async () => {
    const feed = {
      version: 1,
      partners: [{id: 'x', name: '<img src=x onerror="window.__pwned=1">', sector: 'bedrijf', description: '<script>window.__pwned=1</script>'}],
    };
    const el = await partnerMap(html`<ncte-partner-map view="list" .feed=${feed}></ncte-partner-map>`);
    $<HTMLButtonElement>(el, '.partner-toggle')!.click();
    await el.updateComplete;
    expect($(el, 'img')).to.be.null;
    expect($(el, 'script')).to.be.null;
    expect(listNames(el)).to.deep.equal(['<img src=x onerror="window.__pwned=1">']);
    expect((window as {__pwned?: number}).__pwned).to.be.undefined;
  });

  it('shows the error state with a retry button when the feed cannot be loaded', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="list" src="/does-not-exist.json"></ncte-partner-map>`);
    await waitUntil(() => $(el, '.feed-state.error'), 'shows the error');
    expect($(el, '.feed-state')!.textContent).to.contain('De gegevens kunnen nu niet worden geladen.');
    expect($(el, '[part~=retry-button]')).to.exist;
    await expect(el).to.be.accessible();
    // Retrying keeps keyboard focus inside the widget.
    $(el, '[part~=retry-button]')!.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => $(el, '.feed-state.error') && active(el), 'fails again, focus kept');
    expect(el.shadowRoot!.contains(active(el))).to.be.true;
  });
});
