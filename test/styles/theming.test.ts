/**
 * NL Design System themes are picked up with no configuration: each published
 * theme (devDependencies) is loaded into the page, a widget put inside it, and
 * computed styles inside the shadow root compared with the theme's own values
 * (what the theme's own components would show): body text font, the primary
 * button, link colour and focus outline colour. `--ncte-*` set by the host wins.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import {sampleFeed} from '../../src/data/sample.js';
import '../../src/eligibility-check/index.js';
import '../../src/etalage/index.js';
import '../../src/event-list/index.js';
import '../../src/partner-map/index.js';
import {contrastChecked} from '../../src/styles/contrast.js';
import {THEMES, loadTheme, themeValue, warningsDuring} from './themes.js';

const inShadow = (host: Element, selector: string) => {
  const found = host.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`<${host.localName}> has no ${selector}`);
  return found;
};
const computed = (element: Element, property: string) => getComputedStyle(element).getPropertyValue(property);

async function mount(className: string, widget: TemplateResult): Promise<HTMLElement> {
  const scope = await fixture<HTMLElement>(html`<div class=${className}><button type="button" id="before">before</button>${widget}</div>`);
  const el = scope.querySelector<HTMLElement & {updateComplete: Promise<boolean>}>('[data-widget]')!;
  await el.updateComplete;
  return scope;
}

const check = html`<ncte-eligibility-check data-widget .feed=${sampleFeed()}></ncte-eligibility-check>`;

describe('NL Design System themes', () => {
  it('uses its own defaults with no theme on the page', async () => {
    const scope = await mount('', check);
    const el = scope.querySelector('ncte-eligibility-check')!;
    const button = inShadow(el, '.start-button');
    expect(computed(button, 'background-color')).to.equal('rgb(138, 42, 95)');
    expect(computed(button, 'color')).to.equal('rgb(255, 255, 255)');
    expect(computed(el, 'color')).to.equal('rgb(26, 26, 26)');
    expect(computed(button, 'border-radius')).to.equal('8px');
  });

  for (const theme of THEMES) {
    describe(theme.name, () => {
      let unload: () => void = () => undefined;
      before(async () => {
        unload = await loadTheme(theme);
      });
      after(() => unload());

      it('gives the eligibility check the theme’s font, primary button and focus outline', async () => {
        const warnings = await warningsDuring(async () => {
          const scope = await mount(theme.className, check);
          const el = scope.querySelector('ncte-eligibility-check')!;
          const button = inShadow(el, '.start-button');
          const font = themeValue(scope, 'font-family', theme.own.font);
          expect(font, 'the theme sets a font of its own').to.not.equal(computed(document.body, 'font-family'));
          expect(computed(inShadow(el, 'p'), 'font-family'), 'body text font').to.equal(font);
          expect(computed(button, 'background-color'), 'primary button background').to.equal(themeValue(scope, 'background-color', theme.own.buttonBackground));
          expect(computed(button, 'background-color')).to.not.equal('rgb(138, 42, 95)');
          if (theme.own.buttonColor) expect(computed(button, 'color'), 'primary button text').to.equal(themeValue(scope, 'color', theme.own.buttonColor));
          scope.querySelector<HTMLButtonElement>('#before')!.focus();
          await sendKeys({press: 'Tab'});
          expect(el.shadowRoot!.activeElement, 'Tab reaches the start button').to.equal(button);
          expect(computed(button, 'outline-color'), 'focus outline').to.equal(themeValue(scope, 'outline-color', theme.own.focus));
          expect(computed(button, 'outline-style')).to.not.equal('none');
          await contrastChecked(el);
        });
        expect(warnings.filter((w) => w.includes('contrast')), 'the theme’s colours reach 4.5:1').to.deep.equal([]);
      });

      it('gives the Etalage the theme’s link colour and font', async () => {
        const scope = await mount(theme.className, html`<ncte-etalage data-widget .feed=${sampleFeed()}></ncte-etalage>`);
        const el = scope.querySelector('ncte-etalage')!;
        const title = inShadow(el, '.card-title .link-button');
        expect(computed(title, 'color'), 'link colour').to.equal(themeValue(scope, 'color', theme.own.link));
        expect(computed(inShadow(el, '.card p'), 'font-family')).to.equal(themeValue(scope, 'font-family', theme.own.font));
      });

      it('gives the event list and the partner map the theme’s font and text colour', async () => {
        for (const widget of [
          html`<ncte-event-list data-widget .feed=${sampleFeed()}></ncte-event-list>`,
          html`<ncte-partner-map data-widget .feed=${sampleFeed()}></ncte-partner-map>`,
        ]) {
          const scope = await mount(theme.className, widget);
          const el = scope.querySelector<HTMLElement>('[data-widget]')!;
          expect(computed(inShadow(el, 'p'), 'font-family'), el.localName).to.equal(themeValue(scope, 'font-family', theme.own.font));
        }
      });

      it('lets --ncte-* tokens set by the host win over the theme', async () => {
        const scope = await mount(theme.className, check);
        scope.style.setProperty('--ncte-color-accent', 'rgb(0, 0, 128)');
        scope.style.setProperty('--ncte-font-family', 'Georgia, serif');
        const el = scope.querySelector('ncte-eligibility-check')!;
        expect(computed(inShadow(el, '.start-button'), 'background-color')).to.equal('rgb(0, 0, 128)');
        expect(computed(inShadow(el, 'p'), 'font-family')).to.equal('Georgia, serif');
      });
    });
  }
});
