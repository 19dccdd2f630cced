/**
 * docs/theming.md's token table is the same list as src/styles/tokens.ts, and
 * the chains the base styles write are the ones in that table.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {baseStyles} from '../../src/styles/base.styles.js';
import {TOKENS, chainOf} from '../../src/styles/tokens.js';

const code = (cell: string) => /`([^`]+)`/.exec(cell)?.[1] ?? '';

class TokenProbe extends LitElement {
  static override styles = [baseStyles];
}
customElements.define('ncte-token-probe', TokenProbe);

describe('shared tokens', () => {
  it('are documented in docs/theming.md, row for row, in the same order', async () => {
    const markdown = await (await fetch('/docs/theming.md')).text();
    const table = markdown.slice(markdown.indexOf('| what | a host sets |'));
    const rows = table
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .slice(2)
      .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    const documented = rows.filter((cells) => code(cells[1]).startsWith('--ncte-')).map((cells) => [code(cells[1]), code(cells[2]), code(cells[3]), code(cells[4])]);
    const expected = TOKENS.map(([, ncte, basis, utrecht, fallback]) => [ncte, basis, utrecht, fallback.startsWith('var(') ? '' : fallback]);
    expect(documented).to.deep.equal(expected);
  });

  it('write --ncte-* → basis → Utrecht → default chains', () => {
    const accent = TOKENS.find((t) => t[0] === 'accent')!;
    expect(chainOf(accent)).to.equal('var(--ncte-color-accent,var(--basis-color-action-1-inverse-bg-default,var(--utrecht-button-primary-action-background-color,#8a2a5f)))');
    const font = TOKENS.find((t) => t[0] === 'font')!;
    expect(chainOf(font), 'no default: inherit from the page').to.equal('var(--ncte-font-family,var(--basis-text-font-family-default,var(--utrecht-document-font-family)))');
    expect(chainOf(TOKENS.find((t) => t[0] === 'space-m')!)).to.equal('var(--ncte-space-m,1rem)');
  });

  it('resolve in that order on the host', async () => {
    const scope = await fixture<HTMLElement>(html`<div style="font-family: 'Courier New'"><ncte-token-probe></ncte-token-probe></div>`);
    const probe = scope.querySelector('ncte-token-probe')!;
    const accent = () => getComputedStyle(probe).getPropertyValue('--_accent').trim();
    expect(accent()).to.equal('#8a2a5f');
    expect(getComputedStyle(probe).fontFamily, 'the page font when nothing is set').to.equal('"Courier New"');
    scope.style.setProperty('--utrecht-button-primary-action-background-color', 'green');
    expect(accent()).to.equal('green');
    scope.style.setProperty('--basis-color-action-1-inverse-bg-default', 'blue');
    expect(accent()).to.equal('blue');
    scope.style.setProperty('--ncte-color-accent', 'red');
    expect(accent()).to.equal('red');
    expect(getComputedStyle(probe).getPropertyValue('--_link').trim(), 'links follow the accent by default').to.equal('red');
    scope.style.setProperty('--utrecht-link-color', 'purple');
    expect(getComputedStyle(probe).getPropertyValue('--_link').trim()).to.equal('purple');
  });
});
