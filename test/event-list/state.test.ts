import {expect} from '@open-wc/testing';
import {NO_FILTERS, clearedFilters, presetsOf} from '../../src/event-list/filter.js';

describe('event list: the visitor\'s filter state', () => {
  it('trims the page\'s presets', () => {
    expect(presetsOf({gemeente: ' Zeist ', place: '\tAusterlitz\n', audience: ''})).to.deep.equal({gemeente: 'Zeist', place: 'Austerlitz', audience: ''});
  });

  it('clears to no filter at all, or to the locked presets only', () => {
    const presets = {gemeente: 'Zeist', place: '', audience: ''};
    expect(clearedFilters(presets, false)).to.equal(NO_FILTERS);
    expect(clearedFilters(presets, true)).to.deep.equal({...NO_FILTERS, gemeente: 'Zeist'});
    expect(clearedFilters({gemeente: '', place: 'Austerlitz', audience: 'ouderen'}, true)).to.deep.equal({...NO_FILTERS, place: 'Austerlitz', audience: 'ouderen'});
  });
});
