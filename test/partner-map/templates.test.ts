import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import type {Partner} from '../../src/feed/schema.js';
import {NO_PROVINCE} from '../../src/partner-map/group.js';
import {clusterPlace} from '../../src/partner-map/cluster.js';
import {GROUP_LIMIT, card, groupLabel, mapView, partnerList, type ListContext} from '../../src/partner-map/partner-map.templates.js';
import {en} from '../../src/partner-map/strings.en.js';
import {partnerMapStrings} from '../../src/partner-map/strings.js';

const t = partnerMapStrings.nl;
const partner = (id: string, extra: Partial<Partner> = {}): Partner => ({id, name: `Partner ${id}`, sector: 'bedrijf', ...extra}) as Partner;

async function mount(template: unknown): Promise<HTMLElement> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  render(template, box);
  return box;
}

function context(calls: string[] = [], extra: Partial<ListContext> = {}): ListContext {
  return {
    t,
    lang: 'nl',
    headingLevel: 2,
    expanded: new Set(),
    fullGroups: new Set(),
    toggle: (id) => calls.push(`toggle ${id}`),
    showGroup: (key, index) => calls.push(`show ${key} ${index}`),
    ...extra,
  };
}

describe('partner map templates', () => {
  it('names a cluster after its most frequent province, two, or two and surroundings', () => {
    expect(clusterPlace(['Utrecht', 'Utrecht'], t)).to.equal('Utrecht');
    expect(clusterPlace(['Utrecht', 'Gelderland', 'Gelderland'], t)).to.equal('Gelderland en Utrecht');
    expect(clusterPlace(['Utrecht', 'Gelderland', undefined, 'Utrecht'], t)).to.equal('Utrecht, Gelderland en omgeving');
    expect(clusterPlace([undefined], t)).to.equal('het buitenland');
    expect(t.cluster('1.234', 'Limburg')).to.equal('1.234 partners in Limburg');
    expect(en.cluster('1,234', 'North Holland')).to.equal('1,234 partners in North Holland');
  });

  it('labels groups by sector, province or none', () => {
    expect(groupLabel('bedrijf', t)).to.equal('Bedrijf');
    expect(groupLabel('Fryslân', t)).to.equal('Fryslân');
    expect(groupLabel(NO_PROVINCE, t)).to.equal(t.noProvince);
    // Every province by its Dutch name; in English four have names of their own.
    const provinces = ['Groningen', 'Fryslân', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland', 'Utrecht', 'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg'];
    expect(provinces.map((p) => groupLabel(p, t))).to.deep.equal(provinces);
    expect(provinces.map((p) => groupLabel(p, en))).to.deep.equal([
      'Groningen', 'Friesland', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland', 'Utrecht', 'North Holland', 'South Holland', 'Zeeland', 'North Brabant', 'Limburg',
    ]);
    expect(clusterPlace(['Noord-Holland', 'Zuid-Holland', 'Noord-Holland'], en)).to.equal('North Holland and South Holland');
    expect(clusterPlace(['Noord-Holland', 'Zuid-Holland', 'Noord-Holland'], t)).to.equal('Noord-Holland en Zuid-Holland');
  });

  it('shows the first GROUP_LIMIT partners of a long group and a button for the rest', async () => {
    const calls: string[] = [];
    const partners = Array.from({length: GROUP_LIMIT + 5}, (_, i) => partner(String(i)));
    const box = await mount(partnerList(context(calls), 'bedrijf', partners, 'Bedrijf'));
    expect(box.querySelectorAll('li')).to.have.length(GROUP_LIMIT);
    const button = box.querySelector<HTMLButtonElement>('.show-all')!;
    expect(button.textContent!.trim()).to.equal('Toon alle 105 partners in Bedrijf');
    button.click();
    box.querySelector<HTMLButtonElement>('.partner-toggle')!.click();
    expect(calls).to.deep.equal([`show bedrijf ${GROUP_LIMIT}`, 'toggle 0']);
    const full = await mount(partnerList(context([], {fullGroups: new Set(['bedrijf'])}), 'bedrijf', partners, 'Bedrijf'));
    expect(full.querySelectorAll('li')).to.have.length(GROUP_LIMIT + 5);
    expect(full.querySelector('.show-all')).to.equal(null);
  });

  it('renders a card with its card open, and in a popup with a focusable heading and a close button', async () => {
    const hostile = partner('x', {website: 'javascript:alert(1)', description: '<b>vet</b>', workgroups: [1, 3]});
    const inList = await mount(card(hostile, t, 2));
    expect(inList.querySelector('a')).to.equal(null);
    expect(inList.querySelector('h3')).to.equal(null);
    expect(inList.textContent).to.contain('<b>vet</b>');
    expect(inList.querySelector('.workgroups')!.textContent).to.contain('Werkgroep 1: ');
    let closed = 0;
    const popup = await mount(card(partner('y', {website: 'https://y.example/'}), t, 3, () => closed++));
    expect(popup.querySelector('h4[data-autofocus][tabindex="-1"]')!.textContent).to.equal('Partner y');
    expect(popup.querySelector('a')!.getAttribute('href')).to.equal('https://y.example/');
    popup.querySelector<HTMLButtonElement>('.card-close')!.click();
    expect(closed).to.equal(1);
  });

  it('says when the map is loading or failed, else when the tiles failed', async () => {
    const message = async (status: 'idle' | 'loading' | 'ready' | 'failed', tilesFailed: boolean) =>
      (await mount(mapView(context(), true, status, tilesFailed, 1, []))).querySelector('.map-status')?.textContent ?? '';
    expect(await message('loading', true)).to.equal(t.mapLoading);
    expect(await message('failed', false)).to.equal(t.mapFailed);
    expect(await message('ready', true)).to.equal(t.tilesFailed);
    expect(await message('ready', false)).to.equal('');
  });
});
