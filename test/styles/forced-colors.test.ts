/**
 * Windows high contrast (`forced-colors: active`), emulated in Chromium through
 * the DevTools protocol (test/forced-colors-command.mjs): every widget passes axe
 * in its main states, and state that colour alone told (a pressed toggle, the
 * open marker, a disabled button, the focus ring) stays visible and distinct.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {sampleFeed} from '../../src/data/sample.js';
import type {NcteEligibilityCheck} from '../../src/eligibility-check/index.js';
import type {NcteEtalage} from '../../src/etalage/index.js';
import type {NcteEventList} from '../../src/event-list/index.js';
import type {NctePartnerMap} from '../../src/partner-map/index.js';
import '../../src/eligibility-check/index.js';
import '../../src/etalage/index.js';
import '../../src/event-list/index.js';
import '../../src/partner-map/index.js';

const $ = <T extends HTMLElement = HTMLElement>(host: Element, selector: string) => {
  const found = host.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`<${host.localName}> has no ${selector}`);
  return found;
};
const $$ = (host: Element, selector: string) => [...host.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const style = (element: Element) => getComputedStyle(element);

/** A system colour as the browser resolves it in this mode. */
function system(name: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty('forced-color-adjust', 'none');
  probe.style.setProperty('color', name);
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

async function mount<T extends HTMLElement & {updateComplete: Promise<boolean>}>(template: unknown): Promise<T> {
  const box = await fixture<HTMLElement>(html`<div style="width: 900px"><button type="button" id="before">before</button>${template}</div>`);
  const el = box.lastElementChild as T;
  await el.updateComplete;
  return el;
}

/** Tabs from the button before the widget to its first tab stop; returns the focused element inside. */
async function tabIn(el: HTMLElement): Promise<HTMLElement> {
  el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
  await sendKeys({press: 'Tab'});
  return el.shadowRoot!.activeElement as HTMLElement;
}

function expectFocusRing(target: HTMLElement, what: string): void {
  const s = style(target);
  expect(s.outlineStyle, `${what}: focus outline`).to.not.equal('none');
  expect(parseFloat(s.outlineWidth), `${what}: focus outline width`).to.be.at.least(2);
  expect(s.outlineColor, `${what}: focus outline in the highlight colour`).to.equal(system('Highlight'));
}

describe('forced colors (Windows high contrast)', () => {
  before(async () => {
    await executeServerCommand('emulate-forced-colors', {active: true});
  });
  after(async () => {
    await executeServerCommand('emulate-forced-colors', {active: false});
  });

  it('is emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    expect(system('Highlight')).to.not.equal(system('Canvas'));
  });

  it('<ncte-etalage>: accessible unfiltered, filtered, with a dialog; chips outlined, focus visible', async () => {
    const el = await mount<NcteEtalage>(html`<ncte-etalage .feed=${sampleFeed()}></ncte-etalage>`);
    await expect(el).to.be.accessible();
    expectFocusRing(await tabIn(el), 'search');
    // A disabled pager button is told by GrayText, not by faded opacity.
    const disabled = $$(el, '.pager .button[disabled]')[0];
    expect(disabled, 'the sample feed fills more than one page: "previous" is disabled').to.exist;
    expect(style(disabled).color).to.equal(system('GrayText'));
    expect(style(disabled).opacity).to.equal('1');
    $<HTMLDetailsElement>(el, '.filters').open = true;
    $<HTMLInputElement>(el, '.facet input').click();
    await el.updateComplete;
    const chip = $(el, '.chip');
    expect(style(chip).borderStyle, 'chip border').to.equal('solid');
    expect(style(chip).borderColor, 'chip border colour').to.not.equal(style(chip).backgroundColor);
    await expect(el).to.be.accessible();
    $(el, '.card-title .link-button').click();
    await el.updateComplete;
    expect(style($(el, '.card-title .link-button')).color, 'a button that looks like a link').to.equal(system('LinkText'));
    await expect(el).to.be.accessible();
  });

  it('<ncte-eligibility-check>: accessible at the start, a question, an error and the result; focus visible', async () => {
    const el = await mount<NcteEligibilityCheck>(html`<ncte-eligibility-check .feed=${sampleFeed()}></ncte-eligibility-check>`);
    await expect(el).to.be.accessible();
    expectFocusRing(await tabIn(el), 'start button');
    $(el, '[part="start-button"]').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    // Next without an answer: the error summary and the field's error.
    $(el, '[part="next-button"]').click();
    await el.updateComplete;
    const summary = $(el, '.error-summary');
    expect(style(summary).borderStyle, 'error summary border').to.equal('solid');
    await expect(el).to.be.accessible();
    // The chosen radio stays distinguishable: native controls are drawn by the system.
    const radio = $<HTMLInputElement>(el, 'input[type="radio"]');
    radio.click();
    await el.updateComplete;
    expect(radio.checked).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('<ncte-partner-map>: the pressed map/list switch is highlighted; accessible in both views', async () => {
    const el = await mount<NctePartnerMap>(html`<ncte-partner-map .feed=${sampleFeed()}></ncte-partner-map>`);
    await expect(el).to.be.accessible();
    const [mapButton, listButton] = $$(el, '.view-toggle .button');
    const pressed = [mapButton, listButton].find((b) => b.getAttribute('aria-pressed') === 'true')!;
    const other = [mapButton, listButton].find((b) => b.getAttribute('aria-pressed') === 'false')!;
    expect(style(pressed).backgroundColor, 'pressed: highlight').to.equal(system('Highlight'));
    expect(style(pressed).color).to.equal(system('HighlightText'));
    expect(style(other).backgroundColor, 'not pressed: not highlighted').to.not.equal(system('Highlight'));
    // An expanded partner is marked in the highlight colour.
    const toggle = $(el, '.partner-toggle');
    toggle.click();
    await el.updateComplete;
    expect(style($(el, '.partner-toggle[aria-expanded="true"]')).borderTopColor).to.equal(system('Highlight'));
    await expect(el).to.be.accessible();
  });

  it('<ncte-partner-map> map: markers, clusters, the open marker and the province outline stay visible', async () => {
    const el = await mount<NctePartnerMap>(html`<ncte-partner-map view="map" .feed=${sampleFeed()}></ncte-partner-map>`);
    expect(await el.mapReady(), 'map engine').to.exist;
    await waitUntil(() => $$(el, '.leaflet-marker-icon').length > 0, 'markers');
    const canvas = system('Canvas');
    const text = system('CanvasText');
    const province = $(el, 'path.pm-province');
    expect(style(province).stroke, 'province outline').to.equal(text);
    expect(style(province).strokeOpacity).to.equal('1');
    const cluster = $(el, '.pm-cluster path');
    expect(style(cluster).fill, 'cluster fill').to.equal(canvas);
    expect(style(cluster).stroke, 'cluster ring').to.equal(text);
    expect(style($(el, '.pm-count')).color, 'cluster count').to.equal(text);
    const single = $$(el, '.leaflet-marker-icon').find((m) => !m.classList.contains('pm-cluster'))!;
    expect(style(single.querySelector('path')!).fill, 'marker').to.equal(text);
    single.click();
    await el.updateComplete;
    await waitUntil(() => single.classList.contains('pm-open'), 'the marker opens');
    expect(style(single.querySelector('path')!).fill, 'the open marker').to.equal(system('Highlight'));
    const closed = $$(el, '.leaflet-marker-icon').find((m) => m !== single && !m.classList.contains('pm-cluster'))!;
    expect(style(closed.querySelector('path')!).fill, 'another marker').to.equal(text);
    expect(style($(el, '.leaflet-popup-content-wrapper')).borderTopColor, 'the open card’s popup is outlined').to.equal(text);
    await expect(el).to.be.accessible();
  });

  it('<ncte-event-list>: accessible, filtered and with an activity opened; status labels outlined', async () => {
    const el = await mount<NcteEventList>(html`<ncte-event-list .feed=${sampleFeed()}></ncte-event-list>`);
    await expect(el).to.be.accessible();
    expectFocusRing(await tabIn(el), 'first filter');
    const search = $<HTMLInputElement>(el, 'input[type="search"]');
    search.value = 'a';
    search.dispatchEvent(new Event('input', {bubbles: true}));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const details = $<HTMLDetailsElement>(el, '.event details');
    details.open = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    for (const status of $$(el, '.status')) expect(style(status).borderTopColor, 'status label border').to.equal(system('CanvasText'));
  });
});
