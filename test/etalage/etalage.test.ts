import {aTimeout, expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {sampleFeed} from '../../src/data/sample.js';
import {FilterChangeEvent, type NcteEtalage} from '../../src/etalage/index.js';
import {announced, liveText} from '../helpers.js';
import {$, $$, checkbox, countText, etalage, names, optionCount, settle, testFeed, typeSearch} from './helpers.js';

describe('<ncte-etalage>', () => {
  it('is accessible with the sample feed and shows the first page of cards', async () => {
    const el = await etalage(html`<ncte-etalage .feed=${sampleFeed()}></ncte-etalage>`);
    await expect(el).to.be.accessible();
    const total = (sampleFeed().initiatives as unknown[]).length;
    expect(countText(el)).to.equal(`${total} initiatieven`);
    expect($$(el, '.card')).to.have.length(12);
    expect($(el, 'h2.heading')!.textContent).to.equal('Initiatieven tegen eenzaamheid');
    expect($(el, 'nav[part=pagination]')!.textContent).to.contain(`Pagina 1 van ${Math.ceil(total / 12)}`);
  });

  it('has these defaults', async () => {
    const el = document.createElement('ncte-etalage') as NcteEtalage;
    expect(el.src).to.be.undefined;
    expect(el.feed).to.be.undefined;
    expect(el.timeout).to.equal(10_000);
    expect(el.layout).to.equal('cards');
    expect(el.pageSize).to.equal(12);
    expect(el.facets).to.equal('audience,theme,lonelinessType,province,gemeente');
    expect([el.gemeente, el.province, el.audience, el.theme, el.query, el.initiative]).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(el.locked).to.be.false;
    expect(el.syncUrl).to.be.false;
    expect(el.loading).to.equal('lazy');
    expect(el.headingLevel).to.equal(2);
    expect(el.issues).to.deep.equal([]);
  });

  it('with a big feed (2,000 initiatives) shows the loading box while the catalogue is built in slices, then the results', async () => {
    const feed = await fetch('/__test/generated?initiatives=2000').then((r) => r.json());
    const el = await etalage(html`<ncte-etalage .feed=${feed}></ncte-etalage>`);
    expect($(el, '.feed-state.loading'), 'loading while building').to.exist;
    await waitUntil(() => $$(el, '.card').length > 0, 'cards', {timeout: 10_000});
    expect(countText(el)).to.equal('2.000 initiatieven');
    await typeSearch(el, 'zzzz-nothing');
    expect($$(el, '.card')).to.have.length(0);
  });

  it('with a big feed, moved in the page while its catalogue is built, builds it again and shows the results', async () => {
    const feed = await fetch('/__test/generated?initiatives=2000').then((r) => r.json());
    const el = await etalage(html`<ncte-etalage .feed=${feed}></ncte-etalage>`);
    // The feed is validated first: wait until the catalogue build in slices is under way.
    const catalogues = (el as unknown as {catalogues: {building?: AbortController}}).catalogues;
    await waitUntil(() => catalogues.building, 'the build under way', {timeout: 4_000});
    expect($(el, '.feed-state.loading'), 'loading while building').to.exist;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await waitUntil(() => $$(el, '.card').length > 0, 'cards after the move', {timeout: 5_000});
    expect(countText(el)).to.equal('2.000 initiatieven');
  });

  it('shows the fields of a card, sorted by name, and leaves missing ones out cleanly', async () => {
    const el = await etalage();
    expect(names(el)).to.deep.equal(['De Zilverlijn', 'Eet Mee', 'Financiële hulp voor jongeren', 'Kaal initiatief']);
    const year = new Date().getFullYear();
    const card = $$(el, '.card')[2];
    expect(card.querySelector('.organisation')!.textContent).to.equal('Stichting Geldzaken');
    expect(card.querySelector('.summary')!.textContent).to.equal('Jongeren krijgen hulp bij geldzorgen.');
    expect([...card.querySelectorAll('.badge')].map((b) => b.textContent)).to.deep.equal([
      `al ${year - 2015} jaar actief`,
      'bereikt 1.200 mensen per jaar',
      'in 2 gemeenten',
    ]);
    expect([...$$(el, '.card')[0].querySelectorAll('.badge')].map((b) => b.textContent)).to.include('landelijk');
    const logo = card.querySelector('img')!;
    expect(logo.getAttribute('alt')).to.equal('');
    expect(logo.getAttribute('loading')).to.equal('lazy');
    expect(logo.src).to.equal('https://geldzaken.example/logo.png');
    const bare = $$(el, '.card')[3];
    expect([...bare.querySelectorAll('.badge')].map((b) => b.textContent)).to.deep.equal(['in 1 provincie']);
    expect(bare.querySelector('.tags')).to.be.null;
    expect(bare.querySelector('img')).to.be.null;
    expect(bare.textContent).not.to.match(/undefined|NaN/);
  });

  it('searches as you type: accent- and case-insensitive, prefixes, every word, highlighted as text', async () => {
    const el = await etalage();
    await typeSearch(el, 'financiele');
    expect(names(el)).to.deep.equal(['Financiële hulp voor jongeren']);
    expect($$(el, '.card-title mark').map((m) => m.textContent)).to.deep.equal(['Financiële']);
    await typeSearch(el, 'JONG');
    expect(names(el)).to.deep.equal(['Financiële hulp voor jongeren']);
    expect($$(el, '.summary mark').map((m) => m.textContent)).to.deep.equal(['Jong'], 'the matched prefix');
    await typeSearch(el, 'ouderen samen');
    expect(names(el)).to.deep.equal(['Eet Mee'], 'every word must match (tags and summary)');
    await typeSearch(el, 'tweede alinea');
    expect(names(el)).to.deep.equal(['Financiële hulp voor jongeren'], 'searches the description');
    await typeSearch(el, 'stichting');
    expect(countText(el)).to.equal('2 initiatieven');
    await expect(el).to.be.accessible();
  });

  it('shows hostile feed text as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const feed = {
      version: 1,
      initiatives: [{id: 'x', name: hostile, organisation: '<script>alert(2)</script>', summary: '<b>vet</b>', description: hostile, area: {national: true}}],
    };
    const el = await etalage(html`<ncte-etalage .feed=${feed}></ncte-etalage>`);
    expect(names(el)).to.deep.equal([hostile]);
    expect($(el, '.organisation')!.textContent).to.equal('<script>alert(2)</script>');
    expect($(el, '.card img, .card script, .card b')).to.be.null;
    await typeSearch(el, 'img');
    expect($(el, '.card-title mark')!.textContent).to.equal('img');
    expect($(el, '.card-title img')).to.be.null;
    $<HTMLButtonElement>(el, '.card-title button')!.click();
    await el.updateComplete;
    expect($(el, 'dialog h2')!.textContent).to.equal(hostile);
    expect($(el, 'dialog .detail img')).to.be.null;
    $<HTMLDialogElement>(el, 'dialog')!.close();
  });

  it('filters with facets: counts under the other filters, OR within a group, AND across groups', async () => {
    const el = await etalage();
    expect(optionCount(el, 'Doelgroep', 'ouderen')).to.equal('(2)');
    expect(optionCount(el, 'Gemeente', 'Zwolle')).to.equal('(2)', 'national initiatives count for every gemeente');
    expect(optionCount(el, 'Vorm van eenzaamheid', 'Emotioneel')).to.equal('(1)');
    checkbox(el, 'Doelgroep', 'ouderen').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['De Zilverlijn', 'Eet Mee']);
    expect(optionCount(el, 'Doelgroep', 'jongeren')).to.equal('(1)', 'own group ignores its own filter');
    expect(optionCount(el, 'Thema', 'eten')).to.equal('(1)');
    checkbox(el, 'Doelgroep', 'jongeren').click();
    await el.updateComplete;
    expect(names(el)).to.have.length(3, 'OR within a group');
    checkbox(el, 'Thema', 'eten').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Eet Mee'], 'AND across groups');
    await expect(el).to.be.accessible();
    checkbox(el, 'Thema', 'eten').click();
    await el.updateComplete;
    checkbox(el, 'Gemeente', 'Zwolle').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['De Zilverlijn', 'Financiële hulp voor jongeren'], 'national matches every gemeente');
  });

  it('shows active filters as chips that remove them, and one "clear all"', async () => {
    const el = await etalage();
    checkbox(el, 'Doelgroep', 'ouderen').click();
    checkbox(el, 'Thema', 'eten').click();
    await typeSearch(el, 'eet');
    const chips = $$(el, '.chip');
    expect(chips.map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Zoekterm: eet×',
      'Doelgroep: ouderen×',
      'Thema: eten×',
    ]);
    expect(chips[1].getAttribute('aria-label')).to.equal('Filter Doelgroep: ouderen verwijderen');
    chips[2].focus();
    chips[2].click();
    await el.updateComplete;
    await settle(el);
    expect($$(el, '.chip')).to.have.length(2);
    expect(checkbox(el, 'Thema', 'eten').checked).to.be.false;
    expect(el.shadowRoot!.activeElement === $(el, '.clear-all'), 'focus stays in the chips').to.be.true;
    $<HTMLButtonElement>(el, '.clear-all')!.click();
    await el.updateComplete;
    await settle(el);
    expect($(el, '.chips')).to.be.null;
    expect(countText(el)).to.equal('4 initiatieven');
    expect($<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('');
    expect(el.shadowRoot!.activeElement === $(el, 'input[type=search]'), 'focus').to.be.true;
  });

  it('applies presets by attribute, and shows only the chosen facet groups', async () => {
    const el = await etalage(
      html`<ncte-etalage .feed=${testFeed()} gemeente="Zwolle" theme="ontmoeting, geld" query="stichting" facets="theme,audience,bogus"></ncte-etalage>`,
    );
    expect(names(el)).to.deep.equal(['De Zilverlijn', 'Financiële hulp voor jongeren']);
    expect($<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('stichting');
    expect($$(el, 'legend').map((l) => l.textContent)).to.deep.equal(['Thema', 'Doelgroep']);
    expect($$(el, '.chip')).to.have.length(4, 'search, gemeente and two themes; the visitor can remove them');
    el.province = 'Utrecht';
    el.gemeente = undefined;
    el.query = '';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['De Zilverlijn', 'Eet Mee']);
  });

  it('locks presets with `locked`: no chip, no facet group, kept by "clear all"', async () => {
    const el = await etalage(html`<ncte-etalage .feed=${testFeed()} gemeente="Zwolle" locked></ncte-etalage>`);
    expect(names(el)).to.deep.equal(['De Zilverlijn', 'Financiële hulp voor jongeren']);
    expect($(el, '.locked')!.textContent!.trim()).to.equal('Alleen initiatieven voor Gemeente: Zwolle');
    expect($$(el, 'legend').map((l) => l.textContent)).not.to.include('Gemeente');
    expect($(el, '.chips')).to.be.null;
    checkbox(el, 'Doelgroep', 'ouderen').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.clear-all')!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['De Zilverlijn', 'Financiële hulp voor jongeren']);
    await expect(el).to.be.accessible();
  });

  it('sorts by name, most recently started, and relevance while searching', async () => {
    const el = await etalage();
    const select = () => $<HTMLSelectElement>(el, '.sort select')!;
    expect([...select().options].map((o) => o.textContent)).to.deep.equal(['Naam', 'Meest recent gestart']);
    select().value = 'recent';
    select().dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['De Zilverlijn', 'Financiële hulp voor jongeren', 'Eet Mee', 'Kaal initiatief']);
    await typeSearch(el, 'o');
    select().value = 'relevance';
    select().dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(select().value).to.equal('relevance');
    await typeSearch(el, 'ouderen');
    // "ouderen" is a whole word in both; both rank alike, so name order breaks the tie.
    expect(names(el)).to.deep.equal(['De Zilverlijn', 'Eet Mee']);
    await typeSearch(el, 'eet');
    expect(names(el)[0]).to.equal('Eet Mee', 'a match in the name ranks first');
  });

  it('fires ncte-filter-change for the visitor, never for the host', async () => {
    const el = await etalage();
    let fired = 0;
    el.addEventListener('ncte-filter-change', () => fired++);
    el.gemeente = 'Zwolle';
    el.query = 'hulp';
    await el.updateComplete;
    await aTimeout(10);
    expect(fired).to.equal(0);
    const input = $<HTMLInputElement>(el, 'input[type=search]')!;
    setTimeout(() => {
      input.value = 'jong';
      input.dispatchEvent(new Event('input'));
    });
    const event = (await oneEvent(el, 'ncte-filter-change')) as FilterChangeEvent;
    expect(event).to.be.instanceOf(FilterChangeEvent);
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail).to.deep.equal({query: 'jong', filters: {gemeente: ['Zwolle']}, resultCount: 1});
    setTimeout(() => checkbox(el, 'Doelgroep', 'jongeren').click());
    const second = (await oneEvent(el, 'ncte-filter-change')) as FilterChangeEvent;
    expect(second.detail.filters).to.deep.equal({gemeente: ['Zwolle'], audience: ['jongeren']});
  });

  it('announces the result count politely, once typing pauses', async () => {
    const el = await etalage();
    const status = $(el, '[role=status]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    await announced(el, '4 initiatieven');
    await typeSearch(el, 'o');
    await typeSearch(el, 'ou');
    expect(liveText(el)).to.equal('4 initiatieven', 'not while typing');
    await announced(el, '2 initiatieven');
  });

  it('shows a way out when nothing matches', async () => {
    const el = await etalage(
      html`<ncte-etalage .feed=${testFeed()}><p slot="empty">Niets gevonden in Zwolle.</p></ncte-etalage>`,
    );
    checkbox(el, 'Doelgroep', 'jongeren').click();
    await typeSearch(el, 'zilver');
    expect(countText(el)).to.equal('0 initiatieven');
    const slot = $<HTMLSlotElement>(el, 'slot[name=empty]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Niets gevonden in Zwolle.');
    const buttons = $$(el, '.empty button');
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Filter Doelgroep: jongeren weghalen', 'Zoekopdracht wissen']);
    await expect(el).to.be.accessible();
    buttons[0].click();
    await el.updateComplete;
    await settle(el);
    expect(names(el)).to.deep.equal(['De Zilverlijn']);
    expect(el.shadowRoot!.activeElement === $(el, '.count'), 'focus').to.be.true;
  });

  it('switches every string to English', async () => {
    const el = await etalage(html`<ncte-etalage lang="en" .feed=${testFeed()}></ncte-etalage>`);
    expect(countText(el)).to.equal('4 initiatives');
    expect($(el, 'h2.heading')!.textContent).to.equal('Initiatives against loneliness');
    expect($$(el, 'legend').map((l) => l.textContent)).to.deep.equal(['Audience', 'Theme', 'Form of loneliness', 'Province', 'Municipality']);
    expect(optionCount(el, 'Form of loneliness', 'Emotional')).to.equal('(1)');
    const badges = $$(el, '.card')[2].querySelectorAll('.badge');
    expect(badges[1].textContent).to.equal('reaches 1,200 people a year');
    expect(badges[2].textContent).to.equal('in 2 municipalities');
    await typeSearch(el, 'nothing-at-all');
    expect($(el, '.empty')!.textContent).to.contain('No initiatives match.');
    expect($(el, '.empty')!.textContent).to.contain('Clear search');
  });

  it('takes a heading from the slot and sets heading levels', async () => {
    const el = await etalage(
      html`<ncte-etalage .feed=${testFeed()} heading-level="3"><h3 slot="heading">Initiatieven in Zwolle</h3></ncte-etalage>`,
    );
    expect($<HTMLSlotElement>(el, 'slot[name=heading]')!.assignedElements()[0].textContent).to.equal('Initiatieven in Zwolle');
    expect($(el, '.count')!.tagName).to.equal('H4');
    expect($(el, '.card-title')!.tagName).to.equal('H5');
  });

  it('shows a compact list with layout="list"', async () => {
    const el = await etalage(html`<ncte-etalage .feed=${testFeed()} layout="list"></ncte-etalage>`);
    expect(el.getAttribute('layout')).to.equal('list');
    const card = $$(el, '.card')[2];
    expect(getComputedStyle(card.querySelector('img')!).display).to.equal('none');
    expect(getComputedStyle($(el, '.results')!).gridTemplateColumns.split(' ')).to.have.length(1);
  });

  it('fits a 320 px wide screen, with the filters folded above the results', async () => {
    await setViewport({width: 320, height: 640});
    try {
      const el = await etalage(html`<ncte-etalage .feed=${sampleFeed()}></ncte-etalage>`);
      expect($<HTMLDetailsElement>(el, 'details.filters')!.open).to.be.false;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const button of $$(el, '.card-title button, .chip, .pager button, summary')) {
        expect(button.getBoundingClientRect().height, button.textContent!).to.be.at.least(44);
      }
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });

  it('fits a 320 px wide column on a wide screen: one column, the filters folded', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 320px"><ncte-etalage .feed=${sampleFeed()}></ncte-etalage></div>`);
    const el = box.querySelector('ncte-etalage')!;
    await el.updateComplete;
    expect(window.innerWidth).to.be.greaterThan(700);
    expect($<HTMLDetailsElement>(el, 'details.filters')!.open).to.be.false;
    expect(el.scrollWidth).to.be.at.most(320);
    const right = box.getBoundingClientRect().right;
    for (const node of $$(el, '.layout *')) expect(node.getBoundingClientRect().right, node.className).to.be.at.most(right + 0.5);
  });

  it('the folded filters look tappable: a chevron that turns when they open', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 320px"><ncte-etalage .feed=${testFeed()}></ncte-etalage></div>`);
    const el = box.querySelector('ncte-etalage')!;
    await el.updateComplete;
    const details = $<HTMLDetailsElement>(el, 'details.filters')!;
    const chevron = details.querySelector('summary .chevron')!;
    expect(chevron, 'a marker in the summary').to.exist;
    expect(chevron.getAttribute('aria-hidden')).to.equal('true');
    const closed = getComputedStyle(chevron);
    expect(chevron.getBoundingClientRect().width).to.be.greaterThan(5);
    expect(closed.borderInlineEndStyle).to.equal('solid');
    const closedTransform = closed.transform;
    details.open = true;
    expect(getComputedStyle(chevron).transform).not.to.equal(closedTransform);
  });

  it('leaves out filter groups the feed has no values for', async () => {
    const feed = testFeed();
    for (const item of feed.initiatives) delete (item as {lonelinessTypes?: string[]}).lonelinessTypes;
    const el = await etalage(html`<ncte-etalage .feed=${feed}></ncte-etalage>`);
    expect($$(el, 'legend').map((l) => l.textContent)).to.deep.equal(['Doelgroep', 'Thema', 'Provincie', 'Gemeente']);
  });
});
