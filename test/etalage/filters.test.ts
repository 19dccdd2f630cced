import {expect} from '@open-wc/testing';
import {byGroup, inGroups, list, lockedGroups, presetEntries, shownGroups, toggled, type FilterEntry} from '../../src/etalage/filters.js';

const entry = (group: FilterEntry['group'], value: string): FilterEntry => ({group, value});

describe('etalage filters and presets', () => {
  it('reads a comma-separated attribute, blanks left out', () => {
    expect(list(undefined)).to.deep.equal([]);
    expect(list('')).to.deep.equal([]);
    expect(list(' Zwolle , ,Zeist,')).to.deep.equal(['Zwolle', 'Zeist']);
  });

  it('turns preset attributes into entries, in the groups asked for', () => {
    const presets = {gemeente: 'Zwolle,Zeist', theme: 'sport', province: ' '};
    expect(presetEntries(presets)).to.deep.equal([entry('gemeente', 'Zwolle'), entry('gemeente', 'Zeist'), entry('theme', 'sport')]);
    expect(presetEntries(presets, ['theme', 'audience'])).to.deep.equal([entry('theme', 'sport')]);
    expect(presetEntries({})).to.deep.equal([]);
  });

  it('locks only the preset groups that have a value, and only when locked', () => {
    expect(lockedGroups({gemeente: 'Zwolle', theme: 'sport', audience: ''})).to.deep.equal([]);
    expect(lockedGroups({gemeente: 'Zwolle', theme: 'sport', audience: ' , ', locked: true})).to.deep.equal(['gemeente', 'theme']);
    expect(lockedGroups({locked: true})).to.deep.equal([]);
  });

  it('splits entries by group, keeping their order', () => {
    const entries = [entry('theme', 'sport'), entry('gemeente', 'Zwolle'), entry('theme', 'cultuur')];
    expect(inGroups(entries, ['theme'])).to.deep.equal([entry('theme', 'sport'), entry('theme', 'cultuur')]);
    expect(inGroups(entries, ['theme'], false)).to.deep.equal([entry('gemeente', 'Zwolle')]);
    expect(inGroups(entries, [])).to.deep.equal([]);
    expect(byGroup(entries)).to.deep.equal({theme: ['sport', 'cultuur'], gemeente: ['Zwolle']});
    expect(byGroup([])).to.deep.equal({});
  });

  it('adds a chosen filter at the end and takes one out, once', () => {
    const entries = [entry('theme', 'sport'), entry('gemeente', 'Zwolle')];
    expect(toggled(entries, 'theme', 'cultuur', true)).to.deep.equal([...entries, entry('theme', 'cultuur')]);
    expect(toggled(entries, 'theme', 'sport', true), 'chosen again: moves to the end').to.deep.equal([entry('gemeente', 'Zwolle'), entry('theme', 'sport')]);
    expect(toggled(entries, 'theme', 'sport', false)).to.deep.equal([entry('gemeente', 'Zwolle')]);
    expect(toggled(entries, 'audience', 'sport', false), 'the same value in another group stays').to.deep.equal(entries);
    expect(entries, 'the list given is not changed').to.have.length(2);
  });

  it('shows the known, unlocked groups of the facets attribute that have options, in its order', () => {
    const options = {audience: ['ouderen'], theme: ['sport'], lonelinessType: [], province: ['Utrecht'], gemeente: ['Zwolle']};
    expect(shownGroups('theme, audience,lonelinessType,nonsense,gemeente', ['gemeente'], options)).to.deep.equal(['theme', 'audience']);
    expect(shownGroups('', [], options)).to.deep.equal([]);
    expect(shownGroups(undefined, [], options)).to.deep.equal([]);
  });
});
