/**
 * The templates of `<ncte-event-list>`: the filter form, the toolbar and the
 * list of days and activities, as functions of plain data, strings and
 * callbacks (the element owns the state and the handlers).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import type {FeedEvent} from '../feed/schema.js';
import {formatDay, formatEuro, formatNumber} from '../i18n/format.js';
import type {Lang} from '../i18n/lang.js';
import {commonStrings} from '../i18n/strings.js';
import {heading} from '../internal/heading.js';
import {safeHref} from '../internal/safe-href.js';
import type {CalendarModule} from './calendar.js';
import type {GeoStatus} from './near-me.js';
import {hasFilters, isOngoing, isPast, type AttendanceMode, type EventFilters, type FacetCount, type FilterCounts, type PreparedEvent} from './filter.js';
import {addDaysToKey, dateOfKey, formatTimeRange, type EventDay} from './group.js';
import type {EventListStrings} from './strings.js';

const MODES: readonly AttendanceMode[] = ['all', 'location', 'online'];

/** The id of an activity's list item (the target of deep links and "show more"). */
export const domId = (event: Pick<FeedEvent, 'id'>) => `e-${encodeURIComponent(event.id)}`;

function placeText(p: PreparedEvent, t: EventListStrings): string {
  const location = p.event.location;
  if (!location || p.event.status === 'moved-online') return t.online;
  const where = [location.name, location.address, location.place].filter(Boolean).join(', ');
  return p.online ? t.onlineAnd(where) : where;
}

function priceText(price: number | undefined, lang: Lang, t: EventListStrings): string | undefined {
  if (price === undefined) return undefined;
  return price === 0 ? t.free : formatEuro(price, lang);
}

/**
 * A filter's select: "all" and each value with its count. The chosen value
 * stays listed (with 0) so the select never loses it.
 */
function facetSelect(
  name: 'gemeente' | 'day' | 'audience',
  label: string,
  all: string,
  counts: readonly FacetCount[],
  chosen: string,
  lang: Lang,
  onChange: (e: Event) => void,
  text = (value: string) => value,
): TemplateResult {
  const same = (value: string) => value.toLowerCase() === chosen.toLowerCase();
  const options = !chosen || counts.some((c) => same(c.value)) ? counts : [{value: chosen, count: 0}, ...counts];
  return html`<div class="field">
    <label for=${name}>${label}</label>
    <select id=${name} name=${name} @change=${onChange}>
      <option value="" ?selected=${!chosen}>${all}</option>
      ${options.map((c) => html`<option value=${c.value} ?selected=${same(c.value)}>${text(c.value)} (${formatNumber(c.count, lang)})</option>`)}
    </select>
  </div>`;
}

/** A day as the lists and the day filter name it: "Vandaag, donderdag 24 september". */
export function dayLabel(key: string, todayKey: string, lang: Lang, t: EventListStrings): string {
  const day = formatDay(dateOfKey(key), lang);
  if (key === todayKey) return `${t.today}, ${day}`;
  if (key === addDaysToKey(todayKey, 1)) return `${t.tomorrow}, ${day}`;
  return day;
}

export interface FiltersView {
  filters: EventFilters;
  counts: FilterCounts;
  /** The embedding page's presets (trimmed). */
  presets: {gemeente: string; place: string; audience: string};
  /** The visitor cannot change the presets. */
  locked: boolean;
  todayKey: string;
}

export interface FilterHandlers {
  /** A search or filter control changed (`query`, `gemeente`, `day`, `audience`, `mode`, `free`: its name). */
  input: (e: Event) => void;
  clear: () => void;
  removePlace: () => void;
}

export function filtersTemplate(v: FiltersView, t: EventListStrings, lang: Lang, on: FilterHandlers): TemplateResult {
  const f = v.filters;
  const counts = v.counts;
  const n = (count: number) => formatNumber(count, lang);
  const lockGemeente = v.locked && (v.presets.gemeente !== '' || v.presets.place !== '');
  const lockAudience = v.locked && v.presets.audience !== '';
  const presets: string[] = [];
  if (v.locked && v.presets.gemeente) presets.push(t.presetGemeente(v.presets.gemeente));
  if (f.place) presets.push(t.presetPlace(f.place));
  if (lockAudience) presets.push(t.presetAudience(v.presets.audience));
  return html`
    <form class="filters" part="filters" role="search" aria-label=${t.filters} @submit=${(e: Event) => e.preventDefault()}>
      ${presets.length
        ? html`<p class="presets">
            ${presets.join(' · ')}
            ${f.place && !v.locked
              ? html`<button type="button" class="button secondary small" @click=${on.removePlace}>
                  ${commonStrings[lang].removeFilter(f.place)}
                </button>`
              : nothing}
          </p>`
        : nothing}
      <div class="field search-field">
        <label for="q">${t.search}</label>
        <input
          id="q"
          part="search"
          type="search"
          name="query"
          autocomplete="off"
          aria-describedby="q-hint"
          .value=${f.query}
          @input=${on.input}
        />
        <span id="q-hint" class="hint">${t.searchHint}</span>
      </div>
      <div class="field-row">
        ${lockGemeente ? nothing : facetSelect('gemeente', t.gemeente, t.allGemeenten, counts.gemeente, f.gemeente, lang, on.input)}
        ${facetSelect('day', t.day, t.allDays, counts.day, f.day, lang, on.input, (key) => dayLabel(key, v.todayKey, lang, t))}
        ${lockAudience ? nothing : facetSelect('audience', t.audience, t.allAudiences, counts.audience, f.audience, lang, on.input)}
      </div>
      <div class="field-row">
        <fieldset class="modes">
          <legend>${t.mode}</legend>
          ${MODES.map(
            (mode) => html`<label class="choice">
              <input type="radio" name="mode" value=${mode} .checked=${f.mode === mode} @change=${on.input} />
              ${mode === 'all' ? t.modeAll : mode === 'online' ? t.modeOnline : t.modeLocation}
              (${n(counts.mode[mode])})
            </label>`,
          )}
        </fieldset>
        <label class="choice free">
          <input type="checkbox" name="free" .checked=${f.freeOnly} @change=${on.input} />
          ${t.freeOnly} (${n(counts.free)})
        </label>
        ${hasFilters({...f, gemeente: lockGemeente ? '' : f.gemeente, place: '', audience: lockAudience ? '' : f.audience})
          ? html`<button type="button" class="button secondary clear" @click=${on.clear}>${t.clearFilters}</button>`
          : nothing}
      </div>
    </form>
  `;
}

export interface ToolbarView {
  /** How many activities match. */
  count: number;
  /** Sorted by distance ("near me" is on). */
  byDistance: boolean;
  /** Where "near me" is: the browser is asked (`locating`), or why it did not work. */
  nearMe: GeoStatus;
}

export interface ToolbarHandlers {
  nearMe: () => void;
  downloadAll: () => void;
  print: () => void;
}

export function toolbarTemplate(v: ToolbarView, t: EventListStrings, lang: Lang, on: ToolbarHandlers): TemplateResult {
  const geoMessage = v.nearMe in t.geoError ? t.geoError[v.nearMe as keyof EventListStrings['geoError']] : '';
  return html`<div class="toolbar" part="toolbar">
    <p class="count">${t.results(formatNumber(v.count, lang), v.count)}</p>
    <div class="actions">
      <button
        type="button"
        class="button secondary near-me"
        aria-describedby=${v.byDistance ? nothing : 'near-me-hint'}
        aria-disabled=${v.nearMe === 'locating' ? 'true' : nothing}
        @click=${on.nearMe}
      >
        ${v.byDistance ? t.sortByDate : t.nearMe}
      </button>
      <span id="near-me-hint" class="visually-hidden">${t.nearMeHint}</span>
      ${v.count
        ? html`<button type="button" class="button secondary all-ics" @click=${on.downloadAll}>
            ${t.allToCalendar(formatNumber(v.count, lang))}
          </button>`
        : nothing}
      <button type="button" class="button secondary print" @click=${on.print}>${t.print}</button>
    </div>
    ${geoMessage ? html`<p class="geo-message">${geoMessage}</p>` : nothing}
  </div>`;
}

export interface ListView {
  /** The shown activities, by day (or one "distance" day when sorted by distance). */
  days: EventDay<PreparedEvent>[];
  /** How many more match than are shown ("show more"). */
  rest: number;
  /** Level of the day headings, 1–5. */
  level: number;
  todayKey: string;
  nowMs: number;
  /** One dense line per activity (not on paper). */
  compact: boolean;
  printing: boolean;
  /** Sorted by distance: the visitor's position is known. */
  byDistance: boolean;
  /** Kilometres to an activity, while sorted by distance and the distance code is in. */
  km?: (p: PreparedEvent) => number | undefined;
  /** The ids of the opened activities. */
  open: ReadonlySet<string>;
  /** The calendar code once it is in, and the `.ics` Blob URL of an activity. */
  calendar?: {module: CalendarModule; icsHref: (event: FeedEvent) => string};
  /** The deep link of an activity. */
  eventUrl: (event: FeedEvent) => string;
}

export interface ListHandlers {
  toggle: (e: Event) => void;
  eventLink: (e: MouseEvent) => void;
  showMore: () => void;
}

export function listTemplate(v: ListView, t: EventListStrings, lang: Lang, on: ListHandlers): TemplateResult {
  return html`
    <div class="list" part="list">
      ${repeat(
        v.days,
        (day) => day.key,
        (day) => html`<section class="day" part="day" aria-labelledby=${`d-${day.key}`}>
          ${heading(v.level, day.key === 'distance' ? t.byDistance : dayLabel(day.key, v.todayKey, lang, t), {
            class: 'day-heading',
            part: 'day-heading',
            id: `d-${day.key}`,
          })}
          <ul class="events">
            ${repeat(
              day.events,
              (p) => p.event.id,
              (p) => eventTemplate(p, v, t, lang, on),
            )}
          </ul>
        </section>`,
      )}
    </div>
    ${v.rest > 0 && !v.printing
      ? html`<button type="button" class="button secondary show-more" part="show-more" @click=${on.showMore}>
          ${t.showMore(formatNumber(v.rest, lang))}
        </button>`
      : nothing}
  `;
}

function eventTemplate(p: PreparedEvent, v: ListView, t: EventListStrings, lang: Lang, on: ListHandlers): TemplateResult {
  const event = p.event;
  const id = domId(event);
  const status = event.status && event.status !== 'scheduled' ? event.status : undefined;
  const past = isPast(p, v.nowMs);
  const ongoing = !past && isOngoing(p, v.nowMs);
  const price = priceText(event.price, lang, t);
  const register = status === 'cancelled' ? undefined : safeHref(event.registration);
  const online = status === 'cancelled' ? undefined : safeHref(event.online);
  const compact = v.compact && !v.printing;
  const open = v.open.has(event.id);
  const km = v.km?.(p);
  const extra = html`
    ${event.organiser ? html`<div><dt>${t.organiser}</dt><dd>${event.organiser}</dd></div>` : nothing}
    ${p.audiences.length ? html`<div><dt>${t.audiences}</dt><dd>${p.audiences.join(', ')}</dd></div>` : nothing}
    ${event.accessibility ? html`<div><dt>${t.accessibility}</dt><dd>${event.accessibility}</dd></div>` : nothing}
  `;
  const title = html`
    ${status ? html`<span class="status ${status}" part="status">${t.status[status]}</span><span class="visually-hidden">: </span>` : nothing}
    ${ongoing ? html`<span class="status now" part="status">${t.nowOn}</span><span class="visually-hidden">: </span>` : nothing}
    ${past ? html`<span class="status past-label" part="status">${t.past}</span><span class="visually-hidden">: </span>` : nothing}
    <span class="title-text">${event.title}</span>
  `;
  return html`<li class="event ${status ?? ''} ${past ? 'past' : ''}" part="event" id=${id} tabindex="-1" aria-labelledby=${`${id}-t`}>
    ${heading(v.level + 1, title, {class: 'title', part: 'event-title', id: `${id}-t`})}
    <p class="when">
      <time datetime=${event.start}>${formatTimeRange(event, lang, v.byDistance)}</time>
      ${v.km
        ? html`<span class="distance">· ${km !== undefined ? t.distance(formatNumber(km, lang, {maximumFractionDigits: km < 10 ? 1 : 0})) : t.distanceUnknown}</span>`
        : nothing}
    </p>
    ${status ? html`<p class="status-note">${t.statusNote[status]}</p>` : nothing}
    <dl class="meta">
      <div><dt>${t.where}</dt><dd>${placeText(p, t)}</dd></div>
      ${price ? html`<div><dt>${t.price}</dt><dd>${price}</dd></div>` : nothing}
      ${compact ? nothing : extra}
    </dl>
    ${register || online
      ? html`<p class="links">
          ${register
            ? html`<a class="register" part="register" href=${register}>${t.register}<span class="visually-hidden"> (${event.title})</span></a>`
            : nothing}
          ${online
            ? html`<a class="online" href=${online}>${t.joinOnline}<span class="visually-hidden"> (${event.title})</span></a>`
            : nothing}
        </p>`
      : nothing}
    ${v.printing
      ? nothing
      : html`<details part="details" data-id=${event.id} ?open=${open} @toggle=${on.toggle}>
          <summary>${t.more}<span class="visually-hidden"> (${event.title})</span></summary>
          ${open ? detailsTemplate(event, v, t, on, compact ? extra : undefined) : nothing}
        </details>`}
    ${event.description ? html`<p class="description print-only">${event.description}</p>` : nothing}
  </li>`;
}

/** The inside of an opened activity: made only when it is open (links and files cost time). */
function detailsTemplate(event: FeedEvent, v: ListView, t: EventListStrings, on: ListHandlers, extra?: TemplateResult): TemplateResult {
  return html`<div class="details-body">
    ${event.description ? html`<p class="description">${event.description}</p>` : nothing}
    ${extra ? html`<dl class="meta">${extra}</dl>` : nothing}
    ${v.calendar ? v.calendar.module.calendarLinks(event, t, v.calendar.icsHref(event), safeHref) : nothing}
    <p><a class="share" href=${v.eventUrl(event)} data-id=${event.id} @click=${on.eventLink}
      >${t.link}<span class="visually-hidden"> (${event.title})</span></a
    ></p>
  </div>`;
}

export function emptyTemplate(t: EventListStrings): TemplateResult {
  return html`<div class="empty" part="empty">
    <slot name="empty"><p>${t.empty}</p><p>${t.emptyHint}</p></slot>
  </div>`;
}
