import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/etalage/index.js';
import '../../src/event-list/index.js';
import type {NcteEtalage} from '../../src/etalage/index.js';
import type {NcteEventList} from '../../src/event-list/index.js';
import {sampleFeed} from '../../src/data/sample.js';

const NOW = new Date('2026-09-01T08:00:00+02:00');

/** An Etalage and an event list, both with sync-url, on one page (a fresh pair is a reload); eager, as the list is below the Etalage's full height. */
async function page() {
  const root = await fixture<HTMLElement>(html`<div>
    <ncte-etalage sync-url loading="eager" .feed=${sampleFeed()}></ncte-etalage>
    <ncte-event-list sync-url loading="eager" .now=${NOW} .feed=${sampleFeed()}></ncte-event-list>
  </div>`);
  const etalage = root.querySelector<NcteEtalage>('ncte-etalage')!;
  const events = root.querySelector<NcteEventList>('ncte-event-list')!;
  await etalage.updateComplete;
  await events.updateComplete;
  return {etalage, events};
}
const search = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
async function type(el: NcteEtalage | NcteEventList, text: string) {
  const changed = oneEvent(el, 'ncte-filter-change');
  search(el).value = text;
  search(el).dispatchEvent(new Event('input', {bubbles: true}));
  await changed;
}
async function back() {
  const popped = oneEvent(window, 'popstate');
  history.back();
  await popped;
}

describe('URL state: an Etalage and an event list with sync-url on one page', () => {
  let original: string;
  beforeEach(() => (original = location.href));
  afterEach(() => history.replaceState(null, '', original));

  it('keep separate state through typing, reload and back/forward', async () => {
    let {etalage, events} = await page();
    await type(etalage, 'buurt');
    await type(events, 'koffie');
    let params = new URLSearchParams(location.search);
    expect(params.get('zoek')).to.equal('buurt');
    expect(params.get('activiteiten-zoek')).to.equal('koffie');

    // A deliberate choice in the event list is a history entry of its own.
    const day = events.shadowRoot!.querySelector<HTMLSelectElement>('select#day')!;
    const changed = oneEvent(events, 'ncte-filter-change');
    day.value = day.options[1].value;
    day.dispatchEvent(new Event('change', {bubbles: true}));
    await changed;
    const chosenDay = day.value;
    expect(new URLSearchParams(location.search).get('activiteiten-dag')).to.equal(chosenDay);
    expect(new URLSearchParams(location.search).get('zoek'), 'the Etalage state stays').to.equal('buurt');

    // Reload: new elements read their own parameters.
    ({etalage, events} = await page());
    expect(search(etalage).value).to.equal('buurt');
    expect(search(events).value).to.equal('koffie');
    expect(events.shadowRoot!.querySelector<HTMLSelectElement>('select#day')!.value).to.equal(chosenDay);

    // Back: the event list loses its day; the Etalage keeps its search.
    await back();
    await etalage.updateComplete;
    await events.updateComplete;
    params = new URLSearchParams(location.search);
    expect(params.has('activiteiten-dag')).to.equal(false);
    expect(events.shadowRoot!.querySelector<HTMLSelectElement>('select#day')!.value).to.equal('');
    expect(search(events).value).to.equal('koffie');
    expect(search(etalage).value).to.equal('buurt');

    // Forward: the day comes back, and nothing else changes.
    const popped = oneEvent(window, 'popstate');
    history.forward();
    await popped;
    await events.updateComplete;
    await etalage.updateComplete;
    expect(events.shadowRoot!.querySelector<HTMLSelectElement>('select#day')!.value).to.equal(chosenDay);
    expect(search(etalage).value).to.equal('buurt');
  });

  it('an Etalage filter chosen after the event list typed leaves the event list alone on back', async () => {
    const {etalage, events} = await page();
    await type(events, 'wandel');
    const box = etalage.shadowRoot!.querySelector<HTMLInputElement>('fieldset input[type="checkbox"]')!;
    const changed = oneEvent(etalage, 'ncte-filter-change');
    box.click();
    await changed;
    expect(new URLSearchParams(location.search).get('activiteiten-zoek')).to.equal('wandel');
    await back();
    await etalage.updateComplete;
    await events.updateComplete;
    expect(etalage.shadowRoot!.querySelector<HTMLInputElement>('fieldset input[type="checkbox"]')!.checked).to.equal(false);
    // Typing replaced the entry before the Etalage's filter, so that entry has the search too.
    expect(search(events).value).to.equal('wandel');
  });
});
