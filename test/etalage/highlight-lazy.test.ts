import {expect} from '@open-wc/testing';
import {$$, etalage, typeSearch} from './helpers.js';

// This file imports nothing from highlight.ts, so only the Etalage can load it.
const loadedHighlight = () => performance.getEntriesByType('resource').some((r) => /\/highlight\.[jt]s\b/.test(r.name));

describe('etalage highlight chunk', () => {
  it('is loaded when the visitor first searches, and the marks are there when the update is complete', async () => {
    const el = await etalage();
    expect(loadedHighlight(), 'not loaded for a visitor who does not search').to.be.false;
    await typeSearch(el, 'jong');
    expect(loadedHighlight()).to.be.true;
    expect($$(el, '.summary mark').map((m) => m.textContent)).to.deep.equal(['Jong']);
  });
});
