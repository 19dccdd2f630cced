/**
 * The Etalage's controls around the results: a filter group, the active
 * filters as chips, the sort choice, the "nothing matches" box and the pager.
 * Templates as functions of plain data, strings and callbacks.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {formatNumber} from '../i18n/format.js';
import type {Lang} from '../i18n/lang.js';
import {commonStrings} from '../i18n/strings.js';
import {label} from './card.js';
import type {FacetGroup} from './facets.js';
import type {FilterEntry} from './filters.js';
import type {SortKey} from './sort.js';
import {strings} from './strings.js';

/** Options shown per group before "show all". */
export const SHOWN_OPTIONS = 6;

const chipText = (f: FilterEntry, lang: Lang) => `${strings[lang].groups[f.group]}: ${label(f.group, f.value, lang)}`;

/**
 * One filter group: a checkbox per option that has results (or is chosen),
 * `SHOWN_OPTIONS` of them until the visitor asks for all.
 */
export function facet(
  lang: Lang,
  group: FacetGroup,
  all: readonly string[],
  counts: ReadonlyMap<string, number>,
  chosen: ReadonlySet<string>,
  expanded: boolean,
  onToggle: (value: string, on: boolean) => void,
  onExpand: () => void,
): TemplateResult {
  const t = strings[lang];
  const options = all.filter((v) => chosen.has(v) || counts.get(v)! > 0);
  const visible = expanded ? options : options.filter((v, i) => i < SHOWN_OPTIONS || chosen.has(v));
  return html`<fieldset class="facet" part="facet">
    <legend>${t.groups[group]}</legend>
    <ul>${visible.map(
      (value) => html`<li><label>
        <input type="checkbox" .checked=${chosen.has(value)} @change=${(e: Event) => onToggle(value, (e.target as HTMLInputElement).checked)} />
        <span>${label(group, value, lang)}</span>
        <span class="option-count">(${formatNumber(counts.get(value)!, lang)})</span>
      </label></li>`,
    )}</ul>
    ${options.length > SHOWN_OPTIONS
      ? html`<button type="button" class="more link-button" aria-expanded=${expanded} @click=${onExpand}>${expanded ? t.showFewer : t.showAll(options.length)}</button>`
      : nothing}
  </fieldset>`;
}

/**
 * The locked presets as a sentence, and the search and the filters the visitor
 * may remove as buttons, with "clear all".
 */
export function chips(
  lang: Lang,
  locked: readonly FilterEntry[],
  removable: readonly FilterEntry[],
  search: string,
  onClearSearch: () => void,
  onRemove: (entry: FilterEntry, index: number) => void,
  onClearAll: () => void,
): TemplateResult {
  const t = strings[lang];
  const common = commonStrings[lang];
  const searching = search.trim();
  return html`${locked.length ? html`<p class="locked">${t.lockedTo} ${locked.map((f) => chipText(f, lang)).join(', ')}</p>` : nothing}
    ${removable.length || searching
      ? html`<div class="chips" part="chips" role="group" aria-label=${t.activeFilters}>
          <ul>
            ${searching
              ? html`<li><button type="button" class="chip" part="chip" aria-label=${common.removeFilter(`${t.searchFor}: ${search}`)} @click=${onClearSearch}>
                  ${t.searchFor}: ${search}<span aria-hidden="true">×</span>
                </button></li>`
              : nothing}
            ${removable.map(
              (f, i) => html`<li><button type="button" class="chip" part="chip" aria-label=${common.removeFilter(chipText(f, lang))} @click=${() => onRemove(f, i)}>
                ${chipText(f, lang)}<span aria-hidden="true">×</span>
              </button></li>`,
            )}
          </ul>
          <button type="button" class="clear-all link-button" @click=${onClearAll}>${common.clearAll}</button>
        </div>`
      : nothing}`;
}

/** The sort choice; relevance only while searching. */
export function sortSelect(lang: Lang, searching: boolean, current: SortKey, onChange: (event: Event) => void): TemplateResult {
  const t = strings[lang];
  const keys: SortKey[] = searching ? ['relevance', 'name', 'recent'] : ['name', 'recent'];
  return html`<label class="sort">
    <span>${t.sortBy}</span>
    <select @change=${onChange}>
      ${keys.map((key) => html`<option value=${key} ?selected=${current === key}>${t.sorts[key]}</option>`)}
    </select>
  </label>`;
}

/** Nothing matches: the page's message (slot `empty`) and a way back (the last filter, the search). */
export function empty(lang: Lang, last: FilterEntry | undefined, searching: boolean, onRemoveLast: () => void, onClearSearch: () => void): TemplateResult {
  const t = strings[lang];
  return html`<div class="empty" part="empty">
    <slot name="empty"><p>${t.empty}</p></slot>
    <div class="actions">
      ${last ? html`<button type="button" class="button secondary" @click=${onRemoveLast}>${t.removeLast(chipText(last, lang))}</button>` : nothing}
      ${searching ? html`<button type="button" class="button secondary" @click=${onClearSearch}>${t.clearSearch}</button>` : nothing}
    </div>
  </div>`;
}

/** Previous, "Pagina 2 van 5", next. */
export function pager(lang: Lang, page: number, pages: number, onGo: (page: number) => void): TemplateResult {
  const common = commonStrings[lang];
  return html`<nav class="pager" part="pagination" aria-label=${strings[lang].pages}>
    <button type="button" class="button secondary" ?disabled=${page <= 1} @click=${() => onGo(page - 1)}>${common.previous}</button>
    <span>${strings[lang].page(page, pages)}</span>
    <button type="button" class="button secondary" ?disabled=${page >= pages} @click=${() => onGo(page + 1)}>${common.next}</button>
  </nav>`;
}
