import {aTimeout, expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {sampleFeed} from '../../src/data/sample.js';
import {InitiativeOpenEvent} from '../../src/etalage/index.js';
import {$, $$, active, checkbox, countText, etalage, names, settle, testFeed, typeSearch} from './helpers.js';

const dialog = (el: Parameters<typeof $>[0]) => $<HTMLDialogElement>(el, 'dialog')!;

describe('<ncte-etalage> interaction', () => {
  it('keyboard only: search → filter → open → close, with focus at each step', async () => {
    const el = await etalage();
    await expect(el).to.be.accessible();
    await sendKeys({press: 'Tab'});
    expect(active(el) === $(el, 'input[type=search]'), 'focus').to.be.true;
    await sendKeys({type: 'stichting'});
    await el.updateComplete;
    expect(countText(el)).to.equal('2 initiatieven');
    expect(active(el) === $(el, 'input[type=search]'), 'focus stays in the search while results change').to.be.true;
    await sendKeys({press: 'Tab'});
    expect(active(el)?.tagName, 'the filters summary (open on wide screens)').to.equal('SUMMARY');
    expect($<HTMLDetailsElement>(el, 'details.filters')!.open).to.be.true;
    await sendKeys({press: 'Tab'});
    const first = $$<HTMLInputElement>(el, 'fieldset input')[0];
    expect(active(el) === first, 'focus').to.be.true;
    expect(first.closest('label')!.textContent).to.contain('jongeren');
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(first.checked).to.be.true;
    expect(names(el)).to.deep.equal(['Financiële hulp voor jongeren']);
    expect(active(el) === first, 'focus stays on the checkbox').to.be.true;
    await expect(el).to.be.accessible();
    // Tab on to the card: past the other options, the chips, and the print button.
    for (let i = 0; i < 40 && !active(el)?.matches('.card-title button'); i++) await sendKeys({press: 'Tab'});
    const opener = active(el)!;
    expect(opener.textContent!.trim()).to.equal('Financiële hulp voor jongeren');
    const opened = oneEvent(el, 'ncte-initiative-open');
    await sendKeys({press: 'Enter'});
    const event = (await opened) as InitiativeOpenEvent;
    expect(event.detail).to.deep.equal({id: 'schuldhulp'});
    expect(event.bubbles && event.composed).to.be.true;
    expect(dialog(el).open).to.be.true;
    expect(dialog(el).contains(active(el)), 'focus is in the dialog').to.be.true;
    await expect(el).to.be.accessible();
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    await settle(el);
    expect(dialog(el).open).to.be.false;
    expect(active(el) === opener, 'focus returns to the card').to.be.true;
    expect(el.initiative).to.be.undefined;
  });

  it('shows the full description as paragraphs and the contact links in the dialog', async () => {
    const el = await etalage();
    $$<HTMLButtonElement>(el, '.card-title button')[2].click();
    await el.updateComplete;
    const d = dialog(el);
    expect(d.open).to.be.true;
    expect(d.getAttribute('aria-labelledby')).to.equal('dialog-title');
    expect(d.querySelector('#dialog-title')!.textContent).to.equal('Financiële hulp voor jongeren');
    expect([...d.querySelectorAll('.detail > p:not(.organisation)')].map((p) => p.textContent)).to.deep.equal([
      'Eerste alinea over geld.',
      'Tweede alinea over hulp.',
      'Derde alinea.',
    ]);
    expect([...d.querySelectorAll('.contact a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://geldzaken.example/',
      'mailto:info@geldzaken.example',
      'tel:0301234567',
    ]);
    const facts = [...d.querySelectorAll('.facts div')].map((row) => `${row.querySelector('dt')!.textContent}: ${row.querySelector('dd')!.textContent}`);
    expect(facts).to.deep.equal([
      'Doelgroepen: jongeren',
      'Thema’s: geld',
      'Vorm van eenzaamheid: Sociaal',
      'Waar: Overijssel, Zwolle, Kampen',
      'Actief sinds: 2015',
    ]);
    d.querySelector<HTMLButtonElement>('.close')!.click();
    await el.updateComplete;
    await settle(el);
    expect(d.open).to.be.false;
    expect(active(el) === $$(el, '.card-title button')[2], 'focus').to.be.true;
  });

  it('shows the summary and no contact section when an initiative has neither description nor contact', async () => {
    const el = await etalage(html`<ncte-etalage .feed=${testFeed()} initiative="kaal"></ncte-etalage>`);
    await el.updateComplete;
    const d = dialog(el);
    expect(d.open, 'the initiative attribute opens it (deep link)').to.be.true;
    expect(d.querySelector('.contact')).to.be.null;
    expect(d.querySelector('.detail')!.textContent).to.contain('Alleen de verplichte velden.');
    expect(d.textContent).not.to.match(/undefined/);
    el.initiative = undefined;
    await el.updateComplete;
    expect(d.open).to.be.false;
  });

  it('closes the dialog on a click on the backdrop (closedby="any"), not on its content, and survives updates while closing', async () => {
    const el = await etalage();
    $$<HTMLButtonElement>(el, '.card-title button')[1].click();
    await el.updateComplete;
    const d = dialog(el);
    const box = d.getBoundingClientRect();
    await sendMouse({type: 'click', position: [Math.round(box.left + 40), Math.round(box.top + box.height / 2)]});
    expect(d.open, 'a click inside stays open').to.be.true;
    await sendMouse({type: 'click', position: [5, 5]});
    el.requestUpdate();
    await el.updateComplete;
    await settle(el);
    expect(d.open).to.be.false;
    expect(el.initiative).to.be.undefined;
    expect(active(el) === $$(el, '.card-title button')[1], 'focus back on the card').to.be.true;
  });

  it('does not fire ncte-initiative-open when the host sets initiative', async () => {
    const el = await etalage();
    let fired = false;
    el.addEventListener('ncte-initiative-open', () => (fired = true));
    el.initiative = 'eetmee';
    await el.updateComplete;
    await aTimeout(10);
    expect(dialog(el).open).to.be.true;
    expect(fired).to.be.false;
    dialog(el).close();
  });

  it('pages through results and moves focus to the results heading', async () => {
    const el = await etalage(html`<ncte-etalage .feed=${testFeed()} page-size="2"></ncte-etalage>`);
    const pager = $(el, 'nav[part=pagination]')!;
    expect(pager.getAttribute('aria-label')).to.equal('Pagina’s');
    expect(pager.textContent).to.contain('Pagina 1 van 2');
    const [previous, next] = $$<HTMLButtonElement>(el, '.pager button');
    expect(previous.disabled).to.be.true;
    next.click();
    await el.updateComplete;
    await settle(el);
    expect(names(el)).to.deep.equal(['Financiële hulp voor jongeren', 'Kaal initiatief']);
    expect($(el, '.pager')!.textContent).to.contain('Pagina 2 van 2');
    expect(active(el) === $(el, '.count'), 'focus').to.be.true;
    expect($(el, '[role=status]')!.textContent!.trim()).to.equal('Pagina 2 van 2');
    await expect(el).to.be.accessible();
    await typeSearch(el, 'e');
    expect(countText(el)).to.equal('3 initiatieven');
    expect($(el, '.pager')!.textContent).to.contain('Pagina 1 van 2', 'a new search starts at page 1');
  });

  it('collapses long option lists behind "show all"', async () => {
    const el = await etalage(html`<ncte-etalage .feed=${sampleFeed()} facets="gemeente"></ncte-etalage>`);
    expect($$(el, 'fieldset li')).to.have.length(6);
    const more = $<HTMLButtonElement>(el, 'fieldset .more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(more.textContent!.trim()).to.match(/^Toon alle \d+$/);
    more.click();
    await el.updateComplete;
    expect($$(el, 'fieldset li').length).to.be.greaterThan(6);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
  });

  it('prints every current result as a list', async () => {
    const el = await etalage(html`<ncte-etalage .feed=${testFeed()} page-size="2"></ncte-etalage>`);
    checkbox(el, 'Doelgroep', 'ouderen').click();
    checkbox(el, 'Doelgroep', 'jongeren').click();
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    // Rendered synchronously, before the browser lays out the printout.
    const items = $$(el, '.print-list li');
    expect(items.map((li) => li.querySelector('strong')!.textContent)).to.deep.equal([
      'De Zilverlijn',
      'Eet Mee',
      'Financiële hulp voor jongeren',
    ]);
    expect(items[2].textContent).to.contain('https://geldzaken.example/');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($(el, '.print-list')).to.be.null;
    expect($$(el, '.card')).to.have.length(2);
  });

  it('printing while a big feed is still validated in slices prints every initiative, not the loading box', async () => {
    const base = testFeed().initiatives[0];
    const feed = {version: 1, initiatives: Array.from({length: 1_200}, (_, i) => ({...base, id: `i${i}`, name: `Initiatief ${i}`}))};
    const el = document.createElement('ncte-etalage');
    el.feed = feed;
    document.body.append(el);
    await new Promise((resolve) => setTimeout(resolve));
    await new Promise((resolve) => setTimeout(resolve));
    // (Booleans and numbers only: a failing assertion on an element of 1,200 would be serialised whole.)
    expect(!!$(el, '.feed-state'), 'loading at first').to.be.true;
    window.dispatchEvent(new Event('beforeprint'));
    expect(!!$(el, '.feed-state'), 'no loading box on paper').to.be.false;
    expect($$(el, '.print-list li').length, 'every initiative on paper').to.equal(1_200);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    el.remove();
  });

  it('shows loading without layout shift, then the results', async () => {
    const el = await etalage(html`<ncte-etalage src=${'/__test/sample-feed?delay=300&key=etalage-loading'}></ncte-etalage>`);
    const box = $(el, '.feed-state.loading')!;
    expect(box).to.exist;
    expect(box.getBoundingClientRect().height).to.be.greaterThan(150);
    expect($(el, '[role=status]')!.textContent).to.contain('Gegevens worden geladen');
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, '.card'), 'loaded', {timeout: 5000});
    expect($$(el, '.card')).to.have.length(12);
  });

  it('shows a feed error with a retry button', async () => {
    const el = await etalage(html`<ncte-etalage src="/__test/status/404"></ncte-etalage>`);
    await waitUntil(() => $(el, '.feed-state.error'), 'error shown', {timeout: 5000});
    expect($(el, '.feed-state.error')!.textContent).to.contain('De bron van de gegevens gaf een foutmelding.');
    expect($(el, '[part~=retry-button]')!.textContent).to.equal('Opnieuw proberen');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~=retry-button]')!.click();
    await waitUntil(() => $(el, '.feed-state.error') && active(el), 'failed again, focus kept in the widget', {timeout: 5000});
    expect(active(el)!.closest('.feed-state'), 'focus on the error box or its button').to.exist;
  });

  it('returns focus to the card of an initiative whose id has quotes, spaces and backslashes', async () => {
    const feed = testFeed();
    const id = 'a"b\\c d]\'';
    feed.initiatives[1].id = id;
    const el = await etalage(html`<ncte-etalage .feed=${feed}></ncte-etalage>`);
    const opener = $$<HTMLButtonElement>(el, '.card-title button').find((b) => b.dataset.id === id)!;
    // Opened as a deep link, so that the dialog itself has no opener to give focus back to.
    el.initiative = id;
    await el.updateComplete;
    expect(dialog(el).open).to.be.true;
    dialog(el).close();
    await el.updateComplete;
    await settle(el);
    expect(active(el) === opener, 'focus back on its card').to.be.true;
  });

  describe('sync-url', () => {
    let original: string;
    beforeEach(() => (original = location.href));
    afterEach(() => history.replaceState(null, '', original));
    // Keep the test runner's own parameters in the URL.
    const withParams = (params: string) => `${original}${original.includes('?') ? '&' : '?'}${params}`;

    it('reads the state from the URL, writes changes, and follows the back button', async () => {
      history.replaceState(null, '', withParams('host=1&zoek=stichting&doelgroep=ouderen'));
      const el = await etalage(html`<ncte-etalage .feed=${testFeed()} sync-url></ncte-etalage>`);
      expect(names(el)).to.deep.equal(['De Zilverlijn']);
      expect($<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('stichting');
      const length = history.length;
      checkbox(el, 'Doelgroep', 'jongeren').click();
      await el.updateComplete;
      expect(history.length).to.equal(length + 1, 'a filter is a history entry');
      expect(new URLSearchParams(location.search).getAll('doelgroep')).to.deep.equal(['ouderen', 'jongeren']);
      expect(new URLSearchParams(location.search).get('host')).to.equal('1');
      await typeSearch(el, 'stichting zilver');
      expect(history.length).to.equal(length + 1, 'typing replaces the entry');
      expect(new URLSearchParams(location.search).get('zoek')).to.equal('stichting zilver');
      $<HTMLButtonElement>(el, '.card-title button')!.click();
      await el.updateComplete;
      expect(new URLSearchParams(location.search).get('initiatief')).to.equal('zilverlijn');
      expect(dialog(el).querySelector<HTMLAnchorElement>('.detail a[href*="initiatief=zilverlijn"]')).to.exist;
      const popped = oneEvent(window, 'popstate');
      history.back();
      await popped;
      await el.updateComplete;
      expect(dialog(el).open, 'back closes the dialog').to.be.false;
      const popped2 = oneEvent(window, 'popstate');
      history.back();
      await popped2;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['De Zilverlijn'], 'back to the URL state before the filter');
      expect($<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('stichting');
    });

    it('opens the initiative named in the URL and keeps presets when the URL has none of its parameters', async () => {
      history.replaceState(null, '', withParams('initiatief=eetmee'));
      const el = await etalage(html`<ncte-etalage .feed=${testFeed()} sync-url gemeente="Zwolle" page-size="1"></ncte-etalage>`);
      await el.updateComplete;
      expect(dialog(el).open).to.be.true;
      expect(names(el), 'the URL replaces the presets').to.deep.equal(['De Zilverlijn']);
      expect(dialog(el).querySelector('#dialog-title')!.textContent).to.equal('Eet Mee');
      dialog(el).close();
      await el.updateComplete;
      await settle(el);
      expect(new URLSearchParams(location.search).has('initiatief')).to.be.false;
      expect(active(el)?.className, 'focus goes to the results heading when the card is not on the page').to.equal('count');
      history.replaceState(null, '', original);
      const el2 = await etalage(html`<ncte-etalage .feed=${testFeed()} sync-url gemeente="Zwolle"></ncte-etalage>`);
      expect(names(el2)).to.deep.equal(['De Zilverlijn', 'Financiële hulp voor jongeren']);
      expect(location.href).to.equal(original, 'loading does not write the URL');
    });

    it('a removed preset stays removed when the page is loaded again', async () => {
      const el = await etalage(html`<ncte-etalage .feed=${testFeed()} sync-url gemeente="Zwolle"></ncte-etalage>`);
      const withPreset = names(el);
      expect(location.href).to.equal(original, 'loading does not write the URL');
      $<HTMLButtonElement>(el, '[part~=chip]')!.click();
      await el.updateComplete;
      expect(names(el).length).to.be.greaterThan(withPreset.length);
      const params = new URLSearchParams(location.search);
      expect(params.get('zoek'), 'an empty state is marked in the URL').to.equal('');
      expect(params.has('gemeente')).to.be.false;
      // The same page, loaded again with that URL: no preset filter.
      const again = await etalage(html`<ncte-etalage .feed=${testFeed()} sync-url gemeente="Zwolle"></ncte-etalage>`);
      expect(names(again)).to.deep.equal(names(el));
      expect(again.shadowRoot!.querySelector('[part~=chip]')).to.not.exist;
    });

    it('without presets, an empty state leaves the URL clean', async () => {
      history.replaceState(null, '', withParams('doelgroep=ouderen'));
      const el = await etalage(html`<ncte-etalage .feed=${testFeed()} sync-url></ncte-etalage>`);
      $<HTMLButtonElement>(el, '[part~=chip]')!.click();
      await el.updateComplete;
      expect(location.href).to.equal(original);
    });

    it('leaves the URL alone without sync-url', async () => {
      const el = await etalage();
      checkbox(el, 'Doelgroep', 'ouderen').click();
      await typeSearch(el, 'eet');
      expect(location.href).to.equal(original);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Eet Mee']);
    });
  });
});
