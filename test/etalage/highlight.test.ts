import {expect, html} from '@open-wc/testing';
import {render} from 'lit';
import {marks} from '../../src/etalage/highlight.js';
import {queryTokens} from '../../src/etalage/search.js';

describe('etalage highlight', () => {
  it('marks the query words as text, never as HTML', () => {
    const box = document.createElement('div');
    render(html`${marks('<b>Jong</b> & jonger', queryTokens('jong'))}`, box);
    expect([...box.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Jong', 'jong']);
    expect(box.querySelector('b')).to.be.null;
    expect(box.textContent).to.equal('<b>Jong</b> & jonger');
  });
});
