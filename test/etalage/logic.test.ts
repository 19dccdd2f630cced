import {expect} from '@open-wc/testing';
import type {Initiative} from '../../src/feed/schema.js';
import {buildCatalogue, buildCatalogueInSlices, select} from '../../src/etalage/catalogue.js';
import {sortInSlices} from '../../src/etalage/catalogue-slices.js';
import {clampPage, pageCount, pageItems} from '../../src/etalage/pagination.js';
import {byName, byRecent, collator, effectiveSort} from '../../src/etalage/sort.js';
import {UrlStateController, type UrlStateHost} from '../../src/controllers/url-state.js';
import {readUrlState as readValues, URL_PARAMS, urlValues, type UrlState} from '../../src/etalage/url-state.js';
import type {FacetGroup} from '../../src/etalage/facets.js';
import {countFrames} from '../helpers.js';

const item = (id: string, name: string, extra: Partial<Initiative> = {}): Initiative => ({
  id,
  name,
  organisation: 'Org',
  summary: 'Samenvatting',
  area: {national: true},
  ...extra,
});

// The URL functions as the element uses them: the pure state ↔ values functions through the shared controller (no prefix).
const url = new UrlStateController({syncUrl: true, addController() {}} as unknown as UrlStateHost, URL_PARAMS, () => {});
const writeUrlState = (href: string, state: UrlState, locked?: FacetGroup[], keepEmpty?: boolean) => url.href(urlValues(state, locked, keepEmpty), href);
const hasUrlState = (search: string) => url.has(search);
function readUrlState(search: string, locked?: FacetGroup[]): UrlState {
  const params = new URLSearchParams(search);
  return readValues((key) => params.getAll(url.param(key)), locked);
}

describe('etalage catalogue, sort, pagination and URL state', () => {
  const catalogue = buildCatalogue([
    item('z', 'Zilverlijn', {activeSince: 2010, summary: 'Bellen met een maatje'}),
    item('m', 'Maatje', {activeSince: 2020}),
    item('a', 'Alzheimer Café', {themes: ['Financiële hulp']}),
    item('e', 'Éénvoudig', {activeSince: 2024, description: 'Voor jongeren'}),
  ]);

  it('sorts by name (Dutch collation) without a query, and by recent start', () => {
    expect(select(catalogue, {query: '', filters: {}}).results.map((i) => i.id)).to.deep.equal(['a', 'e', 'm', 'z']);
    const recent = select(catalogue, {query: '', filters: {}, sort: 'recent'});
    expect(recent.sort).to.equal('recent');
    expect(recent.results.map((i) => i.id)).to.deep.equal(['e', 'm', 'z', 'a'], 'no start year last');
  });

  it('sorts by relevance while searching', () => {
    const outcome = select(catalogue, {query: 'maatje', filters: {}});
    expect(outcome.sort).to.equal('relevance');
    expect(outcome.results.map((i) => i.id)).to.deep.equal(['m', 'z']);
    expect(outcome.tokens).to.deep.equal(['maatje']);
  });

  it('searches tags and description', () => {
    expect(select(catalogue, {query: 'financiele', filters: {}}).results.map((i) => i.id)).to.deep.equal(['a']);
    expect(select(catalogue, {query: 'jong', filters: {}}).results.map((i) => i.id)).to.deep.equal(['e']);
    expect(select(catalogue, {query: 'eenvoudig', filters: {}}).results.map((i) => i.id)).to.deep.equal(['e']);
  });

  it('compares by Dutch name order and by most recent start', () => {
    const names = ['Zilverlijn', 'éénvoudig', 'Alzheimer Café', 'Project 10', 'Project 9', 'alzheimer café'];
    const sorted = names.map((name, n) => item(String(n), name, {organisation: `Org ${n}`})).sort(byName);
    expect(sorted.map((i) => i.name)).to.deep.equal(['Alzheimer Café', 'alzheimer café', 'éénvoudig', 'Project 9', 'Project 10', 'Zilverlijn']);
    const years = [item('a', 'A', {activeSince: 2001}), item('b', 'B'), item('c', 'C', {activeSince: 2020}), item('d', 'D', {activeSince: 2020})];
    expect([...years].sort(byRecent).map((i) => i.id)).to.deep.equal(['c', 'd', 'a', 'b']);
  });

  it('chooses the order in use', () => {
    expect(effectiveSort(undefined, '')).to.equal('name');
    expect(effectiveSort(undefined, 'x')).to.equal('relevance');
    expect(effectiveSort('relevance', ' ')).to.equal('name');
    expect(effectiveSort('recent', 'x')).to.equal('recent');
  });

  it('sorts with one Dutch collator: case and accents aside, numbers by value', () => {
    expect(collator()).to.equal(collator());
    expect(['b', 'a10', 'Á9', 'a2'].sort(collator().compare)).to.deep.equal(['a2', 'Á9', 'a10', 'b']);
    expect(byName(item('x', 'Zon'), item('y', 'áap'))).to.be.greaterThan(0);
  });

  it('pages through results', () => {
    const items = Array.from({length: 25}, (_, i) => i);
    expect(pageCount(25, 12)).to.equal(3);
    expect(pageCount(0, 12)).to.equal(1);
    expect(pageItems(items, 3, 12)).to.deep.equal([24]);
    expect(pageItems(items, 9, 12)).to.deep.equal([24], 'beyond the last page shows the last');
    expect(clampPage(NaN, 25, 12)).to.equal(1);
    expect(clampPage(0, 25, 12)).to.equal(1);
  });

  it('writes and reads the state in the URL, keeping the host’s parameters', () => {
    const href = writeUrlState('https://gemeente.nl/etalage?tab=2#top', {
      query: 'jong & oud',
      filters: [
        {group: 'theme', value: 'sport'},
        {group: 'gemeente', value: 'Zwolle'},
        {group: 'theme', value: 'cultuur'},
      ],
      sort: 'recent',
      page: 2,
      initiative: 'abc',
    });
    expect(href).to.equal('https://gemeente.nl/etalage?tab=2&zoek=jong+%26+oud&thema=sport&thema=cultuur&gemeente=Zwolle&sortering=recent&pagina=2&initiatief=abc#top');
    const url = new URL(href);
    expect(url.searchParams.get('tab')).to.equal('2');
    expect(url.hash).to.equal('#top');
    expect(url.searchParams.getAll('thema')).to.deep.equal(['sport', 'cultuur']);
    expect(url.searchParams.get('initiatief')).to.equal('abc');
    const back = readUrlState(url.search);
    expect(back).to.deep.equal({
      query: 'jong & oud',
      // In the URL's order: by group.
      filters: [
        {group: 'theme', value: 'sport'},
        {group: 'theme', value: 'cultuur'},
        {group: 'gemeente', value: 'Zwolle'},
      ],
      sort: 'recent',
      page: 2,
      initiative: 'abc',
    });
  });

  it('gives a value for every URL key, so that each replaces what the URL had', () => {
    const values = urlValues({query: '  ', filters: [{group: 'gemeente', value: 'Zwolle'}, {group: 'theme', value: 'sport'}], page: 3}, ['gemeente']);
    expect(Object.keys(values).sort()).to.deep.equal(Object.keys(URL_PARAMS).sort());
    expect(values).to.deep.include({query: '', theme: ['sport'], gemeente: [], page: '3', sort: '', initiative: ''});
    expect(urlValues({query: '', filters: [], page: 1}, [], true).query, 'marked empty').to.deep.equal(['']);
    const read = readValues((key) => ({zoek: [' jong '], thema: ['sport', ''], pagina: ['2x']})[URL_PARAMS[key] as string] ?? []);
    expect(read).to.deep.equal({query: ' jong ', filters: [{group: 'theme', value: 'sport'}], sort: undefined, page: 2, initiative: undefined});
  });

  it('marks an empty state with keepEmpty, so it reads back as "nothing chosen"', () => {
    const empty = {query: '', filters: [], page: 1};
    expect(writeUrlState('https://x.nl/?tab=2&gemeente=Zwolle', empty)).to.equal('https://x.nl/?tab=2');
    const kept = writeUrlState('https://x.nl/?tab=2&gemeente=Zwolle', empty, undefined, true);
    expect(kept).to.equal('https://x.nl/?tab=2&zoek=');
    expect(hasUrlState(new URL(kept).search)).to.be.true;
    expect(readUrlState(new URL(kept).search).filters).to.deep.equal([]);
    // A state with something in it is written as usual.
    expect(writeUrlState('https://x.nl/', {...empty, filters: [{group: 'theme', value: 'sport'}]}, undefined, true)).to.equal('https://x.nl/?thema=sport');
  });

  it('leaves defaults and locked groups out of the URL, and ignores nonsense', () => {
    const href = writeUrlState('https://x.nl/?zoek=oud&pagina=4', {query: '', filters: [{group: 'gemeente', value: 'Zwolle'}, {group: 'theme', value: 'sport'}], page: 1}, ['gemeente']);
    expect(new URL(href).search).to.equal('?thema=sport');
    expect(hasUrlState('?tab=2&utm_source=x')).to.be.false;
    expect(hasUrlState('?tab=2&pagina=1')).to.be.true;
    const state = readUrlState('?pagina=-3&sortering=evil&gemeente=Zwolle&thema=', ['gemeente']);
    expect(state).to.deep.equal({query: '', filters: [], sort: undefined, page: 1, initiative: undefined});
  });
});

describe('etalage catalogue in slices', () => {
  const generated = (n: number) => fetch(`/__test/generated?initiatives=${n}`).then((r) => r.json()) as Promise<{initiatives: Initiative[]}>;

  it('builds the same catalogue as in one piece, and lets the page draw frames meanwhile', async function () {
    this.timeout(60_000);
    const {initiatives} = await generated(5_000);
    const whole = buildCatalogue(initiatives);
    const frameCount = countFrames();
    const start = performance.now();
    const sliced = await buildCatalogueInSlices(initiatives);
    const took = performance.now() - start;
    const frames = frameCount.stop();
    expect(sliced!.initiatives.map((i) => i.id)).to.deep.equal(whole.initiatives.map((i) => i.id));
    expect(sliced!.texts).to.deep.equal(whole.texts);
    expect(sliced!.nameTexts).to.deep.equal(whole.nameTexts);
    expect(sliced!.cardTexts).to.deep.equal(whole.cardTexts);
    expect(sliced!.recentOrder).to.deep.equal(whole.recentOrder);
    expect(sliced!.options).to.deep.equal(whole.options);
    expect(sliced!.facetItems).to.deep.equal(whole.facetItems);
    expect([...sliced!.byId.keys()]).to.deep.equal([...whole.byId.keys()]);
    // Frames come every 16.7 ms: a build that drew fewer than one frame per 50 ms held the page
    // (with scheduler.yield() Chromium drew 1 frame in 120-170 ms here; with plain tasks, 8).
    if (took > 100) expect(frames, `frames during ${Math.round(took)} ms`).to.be.at.least(Math.floor(took / 50));
  });

  it('sortInSlices sorts stably like Array.prototype.sort, and stops when aborted', async () => {
    const items = Array.from({length: 5000}, (_, i) => ({key: (i * 7919) % 97, i}));
    const compare = (a: {key: number}, b: {key: number}) => a.key - b.key;
    expect(await sortInSlices(items, compare)).to.deep.equal([...items].sort(compare));
    expect(await sortInSlices([], compare)).to.deep.equal([]);
    const abort = new AbortController();
    abort.abort();
    expect(await sortInSlices(items, compare, abort.signal)).to.be.undefined;
    expect(await buildCatalogueInSlices([], abort.signal)).to.be.undefined;
  });
});
