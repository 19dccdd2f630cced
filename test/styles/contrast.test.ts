/**
 * The contrast warning: one console warning per element, naming the tokens, where
 * their values came from and the ratio, when an effective pair falls below 4.5:1.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sampleFeed} from '../../src/data/sample.js';
import type {NcteEligibilityCheck} from '../../src/eligibility-check/index.js';
import '../../src/eligibility-check/index.js';
import '../../src/etalage/index.js';
import '../../src/event-list/index.js';
import '../../src/partner-map/index.js';
import {contrastChecked} from '../../src/styles/contrast.js';
import {contrastRatio, toRgba, type Rgba} from '../../src/styles/contrast-warning.js';
import {CONTRAST_PAIRS, TOKENS} from '../../src/styles/tokens.js';
import {warningsDuring} from './themes.js';

const WHITE: Rgba = [255, 255, 255, 1];
const BLACK: Rgba = [0, 0, 0, 1];
const ratio = (a: string, b: string) => contrastRatio(toRgba(a)!, toRgba(b)!);
const contrastWarnings = (warnings: string[]) => warnings.filter((w) => w.includes('contrast below 4.5:1'));
/** Waits for the widgets' first renders and their contrast checks (the checker is a lazily loaded module). */
async function settled(scope: Element): Promise<void> {
  for (const el of scope.querySelectorAll<HTMLElement & {updateComplete: Promise<boolean>}>('ncte-etalage, ncte-eligibility-check, ncte-event-list, ncte-partner-map')) {
    await el.updateComplete;
    await contrastChecked(el);
  }
}

describe('contrast', () => {
  it('computes WCAG 2.1 ratios', () => {
    expect(contrastRatio(BLACK, WHITE)).to.equal(21);
    expect(contrastRatio(WHITE, WHITE)).to.equal(1);
    expect(contrastRatio(WHITE, BLACK), 'order does not matter').to.equal(21);
    expect(ratio('#767676', '#fff')).to.be.closeTo(4.54, 0.01);
    expect(ratio('#777', '#fff')).to.be.closeTo(4.48, 0.01);
    expect(ratio('#8a2a5f', '#fff')).to.be.greaterThan(4.5);
  });

  it('needs no check for the defaults: every pair passes', () => {
    const fallback = (name: string): string => {
      const value = TOKENS.find((t) => t[0] === name)![4];
      const alias = /^var\(--_([\w-]+)\)$/.exec(value)?.[1];
      return alias ? fallback(alias) : value;
    };
    for (const [fg, bg] of CONTRAST_PAIRS) expect(ratio(fallback(fg), fallback(bg)), `${fg} on ${bg}`).to.be.at.least(4.5);
  });

  it('reads any CSS colour as sRGB, and nothing else', () => {
    expect(toRgba('hsl(211 60% 35%)')).to.deep.equal([36, 87, 143, 1]);
    expect(toRgba('white')).to.deep.equal([255, 255, 255, 1]);
    expect(toRgba('rgb(0 0 0 / 0.5)')![3]).to.be.closeTo(0.5, 0.01);
    expect(toRgba('oklch(0 0 0)')).to.deep.equal([0, 0, 0, 1]);
    expect(toRgba('transparent')![3]).to.equal(0);
    for (const notAColour of ['', 'currentcolor', 'var(--x)', 'banana', '12px']) expect(toRgba(notAColour), notAColour).to.equal(undefined);
  });

  it('warns once per element, naming tokens, sources and the ratio', async () => {
    let el!: NcteEligibilityCheck;
    const warnings = await warningsDuring(async () => {
      const scope = await fixture<HTMLElement>(html`
        <div style="--ncte-color-accent: #999; --utrecht-document-color: #aaa">
          <ncte-eligibility-check .feed=${sampleFeed()}></ncte-eligibility-check>
        </div>`);
      el = scope.querySelector('ncte-eligibility-check')!;
      await el.updateComplete;
      // More renders: a new step, a language change.
      el.shadowRoot!.querySelector<HTMLButtonElement>('.start-button')!.click();
      await el.updateComplete;
      el.lang = 'en';
      await el.updateComplete;
      await settled(scope);
    });
    const found = contrastWarnings(warnings);
    expect(found, 'one warning').to.have.length(1);
    const [warning] = found;
    expect(warning).to.contain('<ncte-eligibility-check>');
    expect(warning).to.contain('--ncte-color-accent-contrast (#fff, the default) on --ncte-color-accent (#999): 2.84:1');
    expect(warning).to.contain('--ncte-color-text (#aaa, from --utrecht-document-color) on --ncte-color-background (#fff, the default): 2.32:1');
    expect(warning).to.contain('WCAG 1.4.3');
    expect(warning, 'links take the accent').to.contain('--ncte-color-link (#999, as --ncte-color-accent) on --ncte-color-background (#fff, the default): 2.84:1');
    // No visual change: the colours stay as set.
    expect(getComputedStyle(el.shadowRoot!.querySelector('.button')!).backgroundColor).to.equal('rgb(153, 153, 153)');
  });

  it('is silent with the defaults, in every widget', async () => {
    const warnings = await warningsDuring(async () => {
      const scope = await fixture<HTMLElement>(html`<div>
        <ncte-eligibility-check .feed=${sampleFeed()}></ncte-eligibility-check>
        <ncte-etalage .feed=${sampleFeed()}></ncte-etalage>
        <ncte-event-list .feed=${sampleFeed()}></ncte-event-list>
        <ncte-partner-map .feed=${sampleFeed()}></ncte-partner-map>
      </div>`);
      await settled(scope);
    });
    expect(contrastWarnings(warnings)).to.deep.equal([]);
  });

  it('warns for every widget, each once', async () => {
    const warnings = await warningsDuring(async () => {
      const scope = await fixture<HTMLElement>(html`<div style="--ncte-color-background: #222">
        <ncte-etalage .feed=${sampleFeed()}></ncte-etalage>
        <ncte-event-list .feed=${sampleFeed()}></ncte-event-list>
        <ncte-partner-map .feed=${sampleFeed()}></ncte-partner-map>
      </div>`);
      await settled(scope);
    });
    const found = contrastWarnings(warnings);
    expect(found.map((w) => /<([\w-]+)>/.exec(w)![1]).sort()).to.deep.equal(['ncte-etalage', 'ncte-event-list', 'ncte-partner-map']);
    for (const w of found) expect(w).to.contain('--ncte-color-text (#1a1a1a, the default) on --ncte-color-background (#222)');
  });

  it('does not judge translucent colours', async () => {
    const warnings = await warningsDuring(async () => {
      const scope = await fixture<HTMLElement>(html`<div style="--ncte-color-accent: rgb(0 0 0 / 0.1)">
        <ncte-etalage .feed=${sampleFeed()}></ncte-etalage>
      </div>`);
      await settled(scope);
    });
    expect(contrastWarnings(warnings).filter((w) => w.includes('accent-contrast'))).to.deep.equal([]);
  });
});
