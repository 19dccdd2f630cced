/**
 * The templates of `<ncte-partner-map>`: the filter form, the list view, the
 * map view around Leaflet's container, and a partner's card. Plain functions of
 * their data, words and callbacks; the element holds the state.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Partner, Sector, Workgroup} from '../feed/schema.js';
import {SECTORS, WORKGROUPS} from '../feed/vocabulary.js';
import {formatNumber} from '../i18n/format.js';
import type {Lang} from '../i18n/lang.js';
import {heading} from '../internal/heading.js';
import {safeHref} from '../internal/safe-href.js';
import type {PartnerCounts, PartnerFilters} from './filter.js';
import {NO_PROVINCE, type PartnerGroup, type Province} from './group.js';
import type {MapStatus} from './map-controller.js';
import {SECTOR_SHAPES} from './sector-shapes.js';
import type {PartnerMapStrings} from './strings.js';

/** Partners shown per group before a "show all" button (keeps 10,000 partners fast). */
export const GROUP_LIMIT = 100;

const isSector = (key: string): key is Sector => (SECTORS as readonly string[]).includes(key);

/** A sector's marker shape, as in the map's legend. */
export function sectorShape(sector: Sector): TemplateResult {
  return html`<svg class="shape shape-${sector}" viewBox="0 0 24 24" aria-hidden="true">
    <path d=${SECTOR_SHAPES[sector]}></path>
  </svg>`;
}

/** A partner's card: in the list, or in the map's popup when `close` is given (then with a heading that takes focus). */
export function card(partner: Partner, t: PartnerMapStrings, headingLevel: number, close?: () => void): TemplateResult {
  const website = safeHref(partner.website);
  return html`<article class="card" part="card">
    ${close ? heading(headingLevel + 1, partner.name, {class: 'card-name', focusable: true, autofocus: true}) : nothing}
    <p class="sector-line">
      ${sectorShape(partner.sector)}<span>${t.sectors[partner.sector]}</span>
      ${partner.coreTeam ? html`<span class="badge">${t.coreTeamBadge}</span>` : nothing}
    </p>
    ${partner.location ? html`<p>${t.place}: ${partner.location.place}</p>` : nothing}
    ${partner.description ? html`<p>${partner.description}</p>` : nothing}
    ${partner.workgroups?.length
      ? html`<p class="workgroups">${partner.workgroups.map((n) => `${t.workgroupNumber(n)}: ${t.workgroups[n]}`).join('; ')}</p>`
      : nothing}
    ${website ? html`<p><a href=${website}>${t.website(partner.name)}</a></p>` : nothing}
    ${close ? html`<button type="button" class="button secondary card-close" @click=${close}>${t.closeCard}</button>` : nothing}
  </article>`;
}

/** What the lists of partners need: words, the open cards and full groups, and what a click does. */
export interface ListContext {
  t: PartnerMapStrings;
  lang: Lang;
  headingLevel: number;
  /** Partners whose card is open. */
  expanded: ReadonlySet<string>;
  /** Groups shown in full (past `GROUP_LIMIT`). */
  fullGroups: ReadonlySet<string>;
  toggle(id: string): void;
  /** Shows the whole group; `index` is the first partner that was hidden. */
  showGroup(key: string, index: number): void;
}

function partnerItem(partner: Partner, c: ListContext): TemplateResult {
  const t = c.t;
  const open = c.expanded.has(partner.id);
  const place = partner.location?.place;
  return html`<li>
    <button
      type="button"
      class="partner-toggle"
      part="partner"
      data-id=${partner.id}
      aria-expanded=${open ? 'true' : 'false'}
      @click=${() => c.toggle(partner.id)}
    >
      ${sectorShape(partner.sector)}
      <span class="text">
        <span class="name">${partner.name}</span>
        <span class="meta">${t.sectors[partner.sector]}${place ? `, ${place}` : ''}</span>
      </span>
      <span class="chevron" aria-hidden="true"></span>
    </button>
    ${open ? card(partner, t, c.headingLevel) : nothing}
  </li>`;
}

/** One group's partners, the first `GROUP_LIMIT` until the visitor asks for all. */
export function partnerList(c: ListContext, key: string, partners: readonly Partner[], label: string): TemplateResult {
  const full = c.fullGroups.has(key) || partners.length <= GROUP_LIMIT;
  const shown = full ? partners : partners.slice(0, GROUP_LIMIT);
  return html`<ul class="partners" data-group=${key}>
      ${shown.map((partner) => partnerItem(partner, c))}
    </ul>
    ${full
      ? nothing
      : html`<button type="button" class="button secondary show-all" @click=${() => c.showGroup(key, GROUP_LIMIT)}>
          ${c.t.showAll(formatNumber(partners.length, c.lang), label)}
        </button>`}`;
}

/** The name of a group of the list: a sector, a province, or "no province". */
export function groupLabel(key: string, t: PartnerMapStrings): string {
  if (key === NO_PROVINCE) return t.noProvince;
  return isSector(key) ? t.sectors[key] : (t.provinces[key as Province] ?? key);
}

export function emptyNote(t: PartnerMapStrings): TemplateResult {
  return html`<div class="empty" role="note"><p>${t.empty}</p><p>${t.emptyHint}</p></div>`;
}

export interface FilterFormOptions {
  t: PartnerMapStrings;
  lang: Lang;
  filters: PartnerFilters;
  counts: PartnerCounts;
  /** The sector/working group disclosure is open. */
  open: boolean;
  onSearch(event: Event): void;
  onSector(sector: Sector, event: Event): void;
  onWorkgroup(group: Workgroup, event: Event): void;
  onCoreTeam(event: Event): void;
  onToggle(event: Event): void;
  onClear(): void;
}

/** The search field and the sector, working group and core team filters, with their counts. */
export function filterForm(o: FilterFormOptions): TemplateResult {
  const {t, filters: f, counts} = o;
  const count = (n: number) => html`<span class="count">(${formatNumber(n, o.lang)})</span>`;
  /** One checkbox of a filter group, greyed when it would find nobody. */
  const option = (name: string, value: string | number, n: number, checked: boolean, onChange: (e: Event) => void, label: TemplateResult) =>
    html`<label class="option ${n === 0 ? 'zero' : ''}">
      <input type="checkbox" name=${name} value=${value} .checked=${checked} @change=${onChange} />
      ${label} ${count(n)}
    </label>`;
  const active = f.sectors.length + f.workgroups.length + (f.coreTeam ? 1 : 0);
  return html`<form class="filters" part="filters" role="search" aria-label=${t.filters} @submit=${(e: Event) => e.preventDefault()}>
    <div class="search">
      <label for="search">${t.search}</label>
      <input id="search" type="search" autocomplete="off" .value=${f.query} @input=${o.onSearch} />
    </div>
    <details class="more-filters disclosure" ?open=${o.open} @toggle=${o.onToggle}>
      <summary>
        <span>${t.moreFilters}${active ? ` (${t.activeFilters(active)})` : ''}</span>
        <span class="chevron" aria-hidden="true"></span>
      </summary>
      <div class="fieldsets">
        <fieldset>
          <legend>${t.sector}</legend>
          ${SECTORS.map((sector) =>
            option('sector', sector, counts.sectors[sector], f.sectors.includes(sector), (e) => o.onSector(sector, e),
              html`${sectorShape(sector)}<span class="label">${t.sectors[sector]}</span>`),
          )}
        </fieldset>
        <fieldset>
          <legend>${t.workgroup}</legend>
          ${WORKGROUPS.map((group) =>
            option('workgroup', group, counts.workgroups[group], f.workgroups.includes(group), (e) => o.onWorkgroup(group, e),
              html`<span class="label">${t.workgroupNumber(group)}: ${t.workgroups[group]}</span>`),
          )}
          <label class="option">
            <input type="checkbox" name="core-team" .checked=${f.coreTeam} @change=${o.onCoreTeam} />
            <span class="label">${t.coreTeam}</span> ${count(counts.coreTeam)}
          </label>
        </fieldset>
      </div>
    </details>
    <button type="button" class="button secondary clear" @click=${o.onClear}>${t.clearFilters}</button>
  </form>`;
}

/** The list view: the partners in groups (rendered only while shown). */
export function listView(c: ListContext, shown: boolean, resultCount: number, groups: readonly PartnerGroup[]): TemplateResult {
  return html`<div class="list-view" part="list" ?hidden=${!shown}>
    ${!shown
      ? nothing
      : resultCount === 0
        ? emptyNote(c.t)
        : groups.map((group) => {
            const label = groupLabel(group.key, c.t);
            return html`<section class="group" part="group">
              ${heading(
                c.headingLevel,
                html`${isSector(group.key) ? sectorShape(group.key) : nothing}
                  <span>${label}</span> <span class="count">(${formatNumber(group.partners.length, c.lang)})</span>`,
                {class: 'group-heading'},
              )}
              ${partnerList(c, group.key, group.partners, label)}
            </section>`;
          })}
  </div>`;
}

/** The map view: help text, Leaflet's container, the map's status, and the partners without an address under it. */
export function mapView(
  c: ListContext,
  shown: boolean,
  status: MapStatus,
  tilesFailed: boolean,
  resultCount: number,
  unlocated: readonly Partner[],
): TemplateResult {
  const t = c.t;
  const message = status === 'loading' ? t.mapLoading : status === 'failed' ? t.mapFailed : tilesFailed ? t.tilesFailed : '';
  return html`<div class="map-view" ?hidden=${!shown}>
    <p class="map-help" id="map-help">${t.mapHelp}</p>
    <div class="map" part="map" role="region" aria-label=${t.map} aria-describedby="map-help"></div>
    ${message ? html`<p class="map-status">${message}</p>` : nothing}
    ${shown && resultCount === 0 ? emptyNote(t) : nothing}
    ${shown && unlocated.length > 0
      ? html`<section class="unlocated" part="unlocated" aria-labelledby="unlocated-heading">
          ${heading(c.headingLevel, t.unlocated, {class: 'unlocated-heading', id: 'unlocated-heading'})}
          <p>${t.unlocatedHint}</p>
          ${partnerList(c, 'unlocated', unlocated, t.unlocated)}
        </section>`
      : nothing}
  </div>`;
}
