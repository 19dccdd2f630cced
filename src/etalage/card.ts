/**
 * One initiative as the Etalage shows it: a card in the results and the
 * details in the dialog. Templates as functions of plain data, strings and
 * callbacks; feed text is always rendered as text.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Initiative} from '../feed/schema.js';
import {amsterdamDateKey, formatNumber} from '../i18n/format.js';
import type {Lang} from '../i18n/lang.js';
import {commonStrings} from '../i18n/strings.js';
import {heading} from '../internal/heading.js';
import {mailtoHref, safeHref, telHref} from '../internal/safe-href.js';
import {facetValues, isNational, type FacetGroup} from './facets.js';
import {strings} from './strings.js';

/** What every card of one render shares. */
export interface CardView {
  lang: Lang;
  /** The normalised query words, marked in the text. */
  tokens: readonly string[];
  /** The heading level of the Etalage; a card's name is two below it, the dialog's title at it. */
  level: number;
  /** This year in Amsterdam, for "al 7 jaar actief". */
  year: number;
  /** Marks the query words (highlight.ts's `marks`), once that chunk is in; until then the text shows unmarked. */
  mark?: (text: string, tokens: readonly string[]) => unknown;
}

let year: number | undefined;
/**
 * This year in Amsterdam, for "al 7 jaar actief". Made when first needed, not
 * while the bundle is evaluated: the first time-zone formatter takes a while.
 */
export const thisYear = (): number => (year ??= Number(amsterdamDateKey(new Date()).slice(0, 4)));

/** The text with the query words in `<mark>` (when the view can mark them), always rendered as text. */
export function marked(text: string, {tokens, mark}: CardView): unknown {
  return tokens.length && mark ? mark(text, tokens) : text;
}

/** A filter value as the visitor reads it (a loneliness type by its name). */
export function label(group: FacetGroup, value: string, lang: Lang): string {
  return group === 'lonelinessType' ? (strings[lang].lonelinessTypes[value] ?? value) : value;
}

/** "al 7 jaar actief", "bereikt 1.200 mensen per jaar", "landelijk" / "in 4 gemeenten". */
export function badges(initiative: Initiative, lang: Lang, year: number): string[] {
  const t = strings[lang];
  const out: string[] = [];
  const years = initiative.activeSince === undefined ? 0 : year - initiative.activeSince;
  if (years >= 1) out.push(t.yearsActive(years));
  if (initiative.reachPerYear !== undefined) out.push(t.reach(formatNumber(initiative.reachPerYear, lang)));
  const gemeenten = facetValues(initiative, 'gemeente').length;
  const provinces = facetValues(initiative, 'province').length;
  if (isNational(initiative)) out.push(t.national);
  else if (gemeenten) out.push(t.inGemeenten(gemeenten));
  else if (provinces) out.push(t.inProvinces(provinces));
  return out;
}

/** "landelijk", or the provinces and gemeenten. */
export function where(initiative: Initiative, lang: Lang): string {
  if (isNational(initiative)) return strings[lang].national;
  return [...facetValues(initiative, 'province'), ...facetValues(initiative, 'gemeente')].join(', ');
}

function badgeList({lang, year}: CardView, initiative: Initiative): TemplateResult | typeof nothing {
  const items = badges(initiative, lang, year);
  return items.length ? html`<ul class="badges">${items.map((b) => html`<li class="badge" part="badge">${b}</li>`)}</ul>` : nothing;
}

/** One result: logo, name (the button that opens it), organisation, summary, badges and tags. */
export function card(view: CardView, initiative: Initiative, onOpen: (id: string) => void): TemplateResult {
  const logo = safeHref(initiative.logo);
  const tags = [...(initiative.audiences ?? []), ...(initiative.themes ?? [])];
  return html`<li class="card" part="card">
    ${logo ? html`<img class="logo" part="logo" src=${logo} alt="" loading="lazy" decoding="async" />` : nothing}
    ${heading(
      view.level + 2,
      html`<button type="button" class="link-button" part="card-title" data-id=${initiative.id} aria-haspopup="dialog" @click=${() => onOpen(initiative.id)}>
        ${marked(initiative.name, view)}
      </button>`,
      {class: 'card-title'},
    )}
    <p class="organisation">${marked(initiative.organisation, view)}</p>
    <p class="summary">${marked(initiative.summary, view)}</p>
    ${badgeList(view, initiative)}
    ${tags.length ? html`<p class="tags">${marked(tags.join(' · '), view)}</p>` : nothing}
  </li>`;
}

/**
 * The dialog's content: everything about one initiative, its contact links
 * (only safe ones) and, with `link`, a link straight to it.
 */
export function detail(view: CardView, initiative: Initiative, link: string | undefined, onClose: () => void): TemplateResult {
  const {lang, level} = view;
  const t = strings[lang];
  const paragraphs = (initiative.description ?? initiative.summary).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  // Only safe links leave the widget; each shows the text the feed gave.
  const contact = (
    [
      [t.website, safeHref(initiative.website), initiative.website],
      [t.email, mailtoHref(initiative.email), initiative.email],
      [t.phone, telHref(initiative.phone), initiative.phone],
    ] as const
  ).filter(([, href]) => href);
  const logo = safeHref(initiative.logo);
  const facts: Array<[string, string | undefined]> = [
    [t.audiences, initiative.audiences?.join(', ')],
    [t.themes, initiative.themes?.join(', ')],
    [t.groups.lonelinessType, initiative.lonelinessTypes?.map((v) => label('lonelinessType', v, lang)).join(', ')],
    [t.where, where(initiative, lang)],
    [t.activeSince, initiative.activeSince?.toString()],
  ];
  return html`<div class="detail">
    <button type="button" class="button secondary close" @click=${onClose}>${commonStrings[lang].close}</button>
    ${logo ? html`<img class="logo" part="logo" src=${logo} alt="" loading="lazy" />` : nothing}
    ${heading(level, initiative.name, {id: 'dialog-title'})}
    <p class="organisation">${initiative.organisation}</p>
    ${badgeList(view, initiative)}
    ${paragraphs.map((p) => html`<p>${marked(p, view)}</p>`)}
    <dl class="facts">
      ${facts.filter(([, value]) => value).map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
    </dl>
    ${contact.length
      ? html`${heading(level + 1, t.contact)}
          <ul class="contact">${contact.map(([term, href, text]) => html`<li>${term}: <a href=${href}>${text}</a></li>`)}</ul>`
      : nothing}
    ${link ? html`<p><a href=${link}>${t.link}</a></p>` : nothing}
  </div>`;
}
