import {fixture, html} from '@open-wc/testing';
import '../../src/etalage/index.js';
import type {NcteEtalage} from '../../src/etalage/index.js';

/** A small, fully known feed for exact assertions. */
export const testInitiatives = [
  {
    id: 'schuldhulp',
    name: 'Financiële hulp voor jongeren',
    organisation: 'Stichting Geldzaken',
    summary: 'Jongeren krijgen hulp bij geldzorgen.',
    description: 'Eerste alinea over geld.\n\nTweede alinea over hulp.\n  \nDerde alinea.',
    website: 'https://geldzaken.example/',
    email: 'info@geldzaken.example',
    phone: '030 123 45 67',
    logo: 'https://geldzaken.example/logo.png',
    audiences: ['jongeren'],
    themes: ['geld'],
    lonelinessTypes: ['sociaal'],
    area: {provinces: ['Overijssel'], gemeenten: ['Zwolle', 'Kampen']},
    activeSince: 2015,
    reachPerYear: 1200,
  },
  {
    id: 'zilverlijn',
    name: 'De Zilverlijn',
    organisation: 'Stichting Zilverlijn',
    summary: 'Een belletje voor ouderen.',
    audiences: ['ouderen'],
    themes: ['ontmoeting'],
    lonelinessTypes: ['emotioneel', 'sociaal'],
    area: {national: true},
    activeSince: 2020,
    reachPerYear: 5000,
  },
  {
    id: 'eetmee',
    name: 'Eet Mee',
    organisation: 'Eet Mee',
    summary: 'Samen eten bij buren.',
    audiences: ['ouderen', 'buurtbewoners'],
    themes: ['eten', 'ontmoeting'],
    lonelinessTypes: ['sociaal'],
    area: {provinces: ['Utrecht'], gemeenten: ['Utrecht']},
    activeSince: 2010,
  },
  {
    id: 'kaal',
    name: 'Kaal initiatief',
    organisation: 'Kleine club',
    summary: 'Alleen de verplichte velden.',
    area: {provinces: ['Groningen']},
  },
];

export const testFeed = () => ({version: 1, initiatives: structuredClone(testInitiatives)});

export async function etalage(template = html`<ncte-etalage .feed=${testFeed()}></ncte-etalage>`): Promise<NcteEtalage> {
  const el = await fixture<NcteEtalage>(template);
  await el.updateComplete;
  return el;
}

export {$, $$} from '../helpers.js';
import {$, $$} from '../helpers.js';

export const names = (el: NcteEtalage) => $$(el, '.card-title button').map((b) => b.textContent!.trim());
export const countText = (el: NcteEtalage) => $(el, '.count')!.textContent!.trim();
export const active = (el: NcteEtalage) => el.shadowRoot!.activeElement as HTMLElement | null;

/** The checkbox of an option, found by the text of its label. */
export function checkbox(el: NcteEtalage, legend: string, option: string): HTMLInputElement {
  const fieldset = $$(el, 'fieldset').find((f) => f.querySelector('legend')!.textContent!.trim() === legend);
  if (!fieldset) throw new Error(`no filter group ${legend}`);
  const label = [...fieldset.querySelectorAll('label')].find((l) => l.querySelector('span')!.textContent!.trim() === option);
  if (!label) throw new Error(`no option ${option} in ${legend}`);
  return label.querySelector('input')!;
}

export function optionCount(el: NcteEtalage, legend: string, option: string): string {
  return checkbox(el, legend, option).closest('label')!.querySelector('.option-count')!.textContent!.trim();
}

export async function typeSearch(el: NcteEtalage, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type=search]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  await el.updateComplete;
}

/** Lets queued events (a dialog's `close`), their async handlers and the updates they cause run. */
export async function settle(el: NcteEtalage): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
}
