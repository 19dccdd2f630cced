import {expect} from '@open-wc/testing';
import {$$, etalage, typeSearch} from './helpers.js';

// This file imports none of the lazy modules, so only the Etalage can load them.
const loaded = (module: string) => performance.getEntriesByType('resource').some((r) => new RegExp(`/${module}\\.[jt]s\\b`).test(r.name));

describe('etalage lazy chunks', () => {
  it('loads the highlighting when the visitor first searches, with the marks there when the update is complete', async () => {
    const el = await etalage();
    expect(loaded('highlight'), 'not loaded for a visitor who does not search').to.be.false;
    await typeSearch(el, 'jong');
    expect(loaded('highlight')).to.be.true;
    expect($$(el, '.summary mark').map((m) => m.textContent)).to.deep.equal(['Jong']);
  });

  it('builds a small feed’s catalogue without the big-feed code', async () => {
    const el = await etalage();
    expect($$(el, '.card').length).to.be.greaterThan(0);
    // The big-feed path (from 1,000 initiatives) is tested in logic.test.ts and parts.test.ts.
    expect(loaded('catalogue-slices')).to.be.false;
  });
});
