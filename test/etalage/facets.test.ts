import {expect} from '@open-wc/testing';
import type {Initiative} from '../../src/feed/schema.js';
import {filterAndCount, prepareFacets} from '../../src/etalage/facets.js';

const item = (id: string, extra: Partial<Initiative>): Initiative => ({
  id,
  name: id,
  organisation: 'Org',
  summary: 'Samenvatting',
  area: {national: true},
  ...extra,
});

const items = [
  item('a', {audiences: ['ouderen'], themes: ['sport'], area: {provinces: ['Utrecht'], gemeenten: ['Utrecht', 'Zeist']}}),
  item('b', {audiences: ['jongeren'], themes: ['sport', 'cultuur'], area: {provinces: ['Overijssel'], gemeenten: ['Zwolle']}}),
  item('c', {audiences: ['ouderen', 'jongeren'], themes: ['cultuur'], area: {national: true}}),
  item('d', {audiences: ['mantelzorgers'], area: {provinces: ['Overijssel']}}),
];

function run(filters: Record<string, string[]>, candidates?: number[]) {
  const {options, items: prepared} = prepareFacets(items);
  const {matches, counts} = filterAndCount(prepared, options, filters, candidates);
  return {ids: matches.map((i) => items[i].id), counts};
}

describe('etalage facets', () => {
  it('collects sorted options from the feed', () => {
    const {options} = prepareFacets(items);
    expect(options.audience).to.deep.equal(['jongeren', 'mantelzorgers', 'ouderen']);
    expect(options.gemeente).to.deep.equal(['Utrecht', 'Zeist', 'Zwolle']);
    expect(options.lonelinessType).to.deep.equal([]);
  });

  it('matches everything without filters and counts every option', () => {
    const {ids, counts} = run({});
    expect(ids).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(counts.audience.get('ouderen')).to.equal(2);
    expect(counts.theme.get('sport')).to.equal(2);
    // c is national: it counts for every province and gemeente.
    expect(counts.province.get('Utrecht')).to.equal(2);
    expect(counts.province.get('Overijssel')).to.equal(3);
    expect(counts.gemeente.get('Zwolle')).to.equal(2);
  });

  it('combines values in a group with OR', () => {
    expect(run({audience: ['ouderen', 'mantelzorgers']}).ids).to.deep.equal(['a', 'c', 'd']);
  });

  it('combines groups with AND', () => {
    expect(run({audience: ['jongeren'], theme: ['sport']}).ids).to.deep.equal(['b']);
  });

  it('lets national initiatives match every province and gemeente', () => {
    expect(run({gemeente: ['Zwolle']}).ids).to.deep.equal(['b', 'c']);
    expect(run({province: ['Utrecht']}).ids).to.deep.equal(['a', 'c']);
  });

  it('counts each option under the other groups’ filters', () => {
    const {counts} = run({audience: ['jongeren']});
    // Own group ignores its own filter: what each audience would give.
    expect(counts.audience.get('ouderen')).to.equal(2);
    expect(counts.audience.get('mantelzorgers')).to.equal(1);
    // Other groups count within the results (b and c).
    expect(counts.theme.get('sport')).to.equal(1);
    expect(counts.theme.get('cultuur')).to.equal(2);
    expect(counts.gemeente.get('Zeist')).to.equal(1, 'only the national c');
  });

  it('leaves out items the search rejects, from results and counts', () => {
    const {ids, counts} = run({}, [1, 2, 3]);
    expect(ids).to.deep.equal(['b', 'c', 'd']);
    expect(counts.audience.get('ouderen')).to.equal(1);
  });

  it('ignores filter values that are not in the feed options and empty lists', () => {
    expect(run({audience: []}).ids).to.have.length(4);
    expect(run({audience: ['bestaat-niet']}).ids).to.deep.equal([]);
  });
});
