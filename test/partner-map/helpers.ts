import {fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/partner-map/index.js';
import type {NctePartnerMap} from '../../src/partner-map/index.js';

/** Mounts a partner map inside a box of the given width and returns the element. */
export async function partnerMap(template: TemplateResult, width = 900): Promise<NctePartnerMap> {
  const box = await fixture<HTMLDivElement>(html`<div class="box" style="width: ${width}px">${template}</div>`);
  const el = box.querySelector('ncte-partner-map')!;
  await el.updateComplete;
  return el;
}

export {$, $$} from '../helpers.js';
import {$, $$} from '../helpers.js';

export const countText = (el: NctePartnerMap) => $(el, '.result-count')!.textContent!.replace(/\s+/g, ' ').trim();
export const listNames = (el: NctePartnerMap, root = '.list-view') =>
  $$(el, `${root} .partner-toggle .name`).map((n) => n.textContent!.trim());
export const headings = (el: NctePartnerMap) =>
  $$(el, '.list-view .group-heading').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
export const option = (el: NctePartnerMap, name: string, value: string) =>
  $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`)!;
export const optionCount = (el: NctePartnerMap, name: string, value: string) =>
  option(el, name, value).closest('label')!.querySelector('.count')!.textContent;
export const active = (el: NctePartnerMap) => el.shadowRoot!.activeElement as HTMLElement | null;

/** A small feed with partners with and without a location. */
export function smallFeed(): Record<string, unknown> {
  return {
    version: 1,
    partners: [
      {id: 'ah', name: 'Albert Heijn', sector: 'bedrijf', workgroups: [3, 4], location: {place: 'Zwolle', lat: 52.51, lon: 6.09}},
      {id: 'fonds', name: 'Ouderenfonds', sector: 'maatschappelijke-organisatie', coreTeam: true, workgroups: [2], description: 'Helpt ouderen.', website: 'https://ouderenfonds.example/', location: {place: 'Amsterdam', lat: 52.36, lon: 4.91}},
      {id: 'vws', name: 'Ministerie van VWS', sector: 'overheid', coreTeam: true, location: {place: 'Den Haag', lat: 52.08, lon: 4.31}},
      {id: 'umcg', name: 'UMCG', sector: 'zorg-en-welzijn', location: {place: 'Groningen', lat: 53.22, lon: 6.57}},
      {id: 'mumc', name: 'Maastricht UMC+', sector: 'zorg-en-welzijn', location: {place: 'Maastricht', lat: 50.85, lon: 5.69}},
      {id: 'eetmee', name: 'Stichting Eet Mee', sector: 'maatschappelijke-organisatie', workgroups: [2]},
      {id: 'up', name: 'Stichting UP!', sector: 'maatschappelijke-organisatie'},
    ],
  };
}

/** Only partners without a location. */
export function unlocatedFeed(): Record<string, unknown> {
  return {
    version: 1,
    partners: [
      {id: 'eetmee', name: 'Stichting Eet Mee', sector: 'maatschappelijke-organisatie'},
      {id: 'omapost', name: 'Omapost', sector: 'bedrijf'},
    ],
  };
}
