/** The builder's larger templates, as functions of what they show (the element wires them). */
import {html, nothing, type TemplateResult} from 'lit';
import {FeedError} from '../feed/validate.js';
import {checkedValue} from './config.js';
import type {FeedCheck} from './feed-check.js';
import type {FeedValue} from './feed-values.js';
import type {WidgetOption} from './manifest.js';
import type {Snippets} from './snippets.js';
import type {BuilderStrings} from './strings.js';

/**
 * Attributes the preview sets its own way: `sync-url` would write into the
 * builder's own URL; `loading` is always `eager` there, so the preview starts
 * even when it is further down the page than a lazy widget would wait for.
 */
export const PREVIEW_FIXED: Record<string, string | null> = {'sync-url': null, loading: 'eager'};
export const NOT_IN_PREVIEW = new Set(Object.keys(PREVIEW_FIXED));

export interface OptionView {
  option: WidgetOption;
  /** The raw value in the configuration (what the control shows). */
  value: string | undefined;
  feedValues: FeedValue[];
  onInput: (name: string, value: string | undefined) => void;
}

const defaultText = (option: WidgetOption, t: BuilderStrings) =>
  option.kind === 'boolean' ? t.defaultIs(t.off) : option.default !== undefined ? t.defaultIs(option.default) : t.noDefault;

/** One option: label (the attribute name), description, documented default and a control by type. */
export function renderOption({option, value, feedValues, onInput}: OptionView, t: BuilderStrings): TemplateResult {
  const id = `option-${option.name}`;
  const helpId = `${id}-help`;
  const invalid = value !== undefined && value !== '' && checkedValue(option, value) === undefined;
  const listValues: FeedValue[] = feedValues.length > 0 ? feedValues : option.suggestions.map((v) => ({value: v}));
  const described = [helpId, invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
  const help = html`<p class="help" id=${helpId}>
    ${option.description}
    <span class="default">${defaultText(option, t)}</span>
    ${feedValues.length > 0 ? html`<span>${t.fromFeed(feedValues.length)}</span>` : listValues.length > 0 ? html`<span>${t.suggestions}</span>` : nothing}
    ${NOT_IN_PREVIEW.has(option.name) ? html`<span>${t.notInPreview}</span>` : nothing}
  </p>`;
  const error = invalid ? html`<p class="error" id="${id}-error">${t.invalidValue}</p>` : nothing;
  if (option.kind === 'boolean') {
    return html`<div class="option option-boolean">
      <input
        type="checkbox"
        id=${id}
        .checked=${value === 'true'}
        aria-describedby=${helpId}
        @change=${(e: Event) => onInput(option.name, (e.target as HTMLInputElement).checked ? 'true' : undefined)}
      />
      <label for=${id}><code>${option.name}</code></label>
      ${help}
    </div>`;
  }
  let control: TemplateResult;
  if (option.kind === 'choice') {
    control = html`<select
      id=${id}
      aria-describedby=${described}
      @change=${(e: Event) => onInput(option.name, (e.target as HTMLSelectElement).value || undefined)}
    >
      ${option.default === undefined ? html`<option value="" ?selected=${!value}>${t.notSet}</option>` : nothing}
      ${option.values.map(
        (v) => html`<option value=${v} ?selected=${(value ?? option.default) === v}>${v}${v === option.default ? ` (${t.defaultMark})` : ''}</option>`,
      )}
    </select>`;
  } else {
    const listId = `${id}-values`;
    control = html`<input
        id=${id}
        type=${option.kind === 'number' ? 'number' : 'text'}
        .value=${value ?? ''}
        placeholder=${option.default ?? ''}
        aria-describedby=${described}
        aria-invalid=${invalid ? 'true' : 'false'}
        autocomplete="off"
        list=${listValues.length > 0 ? listId : nothing}
        @change=${(e: Event) => onInput(option.name, (e.target as HTMLInputElement).value || undefined)}
      />${listValues.length > 0
        ? html`<datalist id=${listId}>${listValues.map((v) => html`<option value=${v.value}>${v.label ?? nothing}</option>`)}</datalist>`
        : nothing}`;
  }
  return html`<div class="option">
    <label for=${id}><code>${option.name}</code></label>
    ${help} ${control} ${error}
  </div>`;
}

export type CheckState =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'ready'; check: FeedCheck}
  | {status: 'error'; error: unknown};

/** The feed check: counts per section and every item left out, with its id, path and reason. */
export function renderCheck(state: CheckState, t: BuilderStrings, lang: 'nl' | 'en'): TemplateResult {
  if (state.status === 'idle') return html`<p>${t.checkNone}</p>`;
  if (state.status === 'loading') return html`<p>${t.checkLoading}</p>`;
  if (state.status === 'error') {
    const error = state.error;
    const reason = error instanceof FeedError ? t.errorKinds[error.kind] : String(error);
    return html`<p class="error">${t.checkError} ${reason}</p>`;
  }
  const {sections, leftOut} = state.check;
  const rows = sections.filter((row) => row.total > 0);
  return html`<table class="counts">
      <thead>
        <tr>
          <th scope="col">${t.section}</th>
          <th scope="col">${t.inFeed}</th>
          <th scope="col">${t.shown}</th>
          <th scope="col">${t.leftOut}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            <th scope="row"><code>${row.section}</code></th>
            <td>${row.total}</td>
            <td>${row.valid}</td>
            <td>${row.total - row.valid}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${leftOut.length === 0
      ? html`<p class="ok">${t.allValid}</p>`
      : html`<h3>${t.leftOutHeading(leftOut.length)}</h3>
          <ul class="issues">
            ${leftOut.map(
              (item) => html`<li>
                <strong>${item.id ?? t.noId}</strong>
                <span><span class="label">${t.path}:</span> <code>${item.path}</code></span>
                <span><span class="label">${t.reason}:</span> ${item.message[lang]}</span>
              </li>`,
            )}
          </ul>`}`;
}

/** One snippet with its heading, help and copy button. */
function renderSnippet(key: string, heading: string, help: string, code: string, t: BuilderStrings, onCopy: (key: string) => void) {
  return html`<section class="snippet" aria-labelledby="snippet-${key}-heading">
    <h3 id="snippet-${key}-heading">${heading}</h3>
    <p class="help">${help}</p>
    <pre id="snippet-${key}" tabindex="0" aria-labelledby="snippet-${key}-heading"><code>${code}</code></pre>
    <button type="button" class="button copy" data-snippet=${key} @click=${() => onCopy(key)}>
      ${t.copy}<span class="visually-hidden">: ${heading}</span>
    </button>
  </section>`;
}

/** The code in three forms (and the theme's CSS for the first and the last). */
export function renderSnippets(code: Snippets, t: BuilderStrings, docsHref: string, onCopy: (key: string) => void): TemplateResult {
  return html`<p>${t.codeIntro}</p>
    ${renderSnippet('script', t.scriptHeading, t.scriptHelp, code.script, t, onCopy)}
    ${code.css ? renderSnippet('css', t.cssHeading, t.cssHelp, code.css, t, onCopy) : nothing}
    ${renderSnippet('iframe', t.iframeHeading, t.iframeHelp, code.iframe, t, onCopy)}
    ${renderSnippet('iframe-bare', t.iframeBareHeading, t.iframeBareHelp, code.iframeBare, t, onCopy)}
    ${renderSnippet('npm', t.npmHeading, t.npmHelp, code.npm, t, onCopy)}
    <p><a href=${docsHref}>${t.npmDocs}</a></p>`;
}

/** The text a copy button copies. */
export function snippetText(code: Snippets, key: string): string {
  const texts: Record<string, string> = {script: code.script, css: code.css, iframe: code.iframe, 'iframe-bare': code.iframeBare, npm: code.npm};
  return texts[key] ?? '';
}
