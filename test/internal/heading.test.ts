import {expect} from '@open-wc/testing';
import {html, render} from 'lit';
import {heading} from '../../src/internal/heading.js';

describe('heading()', () => {
  it('renders h1–h6 at the chosen level, clamped and rounded, h2 for 0 and nonsense', () => {
    const host = document.createElement('div');
    const tag = (level: number) => {
      render(heading(level, 'Titel'), host);
      return host.firstElementChild!.tagName;
    };
    expect([1, 2, 3, 4, 5, 6].map(tag)).to.deep.equal(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
    expect([0, -3, 7, 99, 2.6, Number.NaN].map(tag)).to.deep.equal(['H2', 'H1', 'H6', 'H6', 'H3', 'H2']);
  });

  it('sets only the attributes asked for, and the content as text', () => {
    const host = document.createElement('div');
    render(heading(3, '<b>x</b>', {class: 'title', part: 'heading', id: 'h', focusable: true, focusAfterLoad: true, autofocus: true}), host);
    const h = host.querySelector('h3')!;
    expect(h.textContent).to.equal('<b>x</b>');
    expect([...h.attributes].map((a) => `${a.name}=${a.value}`).sort()).to.deep.equal([
      'class=title',
      'data-autofocus=',
      'data-focus-after-load=',
      'id=h',
      'part=heading',
      'tabindex=-1',
    ]);
    render(heading(3, html`<span>y</span>`), host);
    expect(host.querySelector('h3'), 'the same element, updated').to.equal(h);
    expect(h.attributes.length).to.equal(0);
    expect(h.innerHTML).to.contain('<span>y</span>');
  });
});
