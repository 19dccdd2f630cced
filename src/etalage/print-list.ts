/**
 * The Etalage on paper: every current result (not one page) as a numbered
 * list with the name, organisation, summary, where and how to reach it, since
 * links and the dialog cannot be followed on paper. Rendered instead of the
 * cards and the pager while the page is printed (PrintController).
 */
import {html, type TemplateResult} from 'lit';
import type {Initiative} from '../feed/schema.js';
import type {Lang} from '../i18n/lang.js';
import {where} from './card.js';

export function printList(results: readonly Initiative[], lang: Lang): TemplateResult {
  return html`<ol class="print-list">
    ${results.map(
      (i) => html`<li>
        <strong>${i.name}</strong> (${i.organisation})<br />${i.summary}<br />
        ${[where(i, lang), i.website, i.email, i.phone].filter(Boolean).join(' · ')}
      </li>`,
    )}
  </ol>`;
}
