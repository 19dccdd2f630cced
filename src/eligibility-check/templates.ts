/**
 * The eligibility check's steps as templates: pure functions of what the element
 * shows and does (`CheckHost`, built by the element for each render), the words
 * of its language and the level of its headings. The element
 * (ncte-eligibility-check.element.ts) keeps the state and picks the step.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import type {CriteriaTrack, Criterion} from '../feed/schema.js';
import {formatNumber} from '../i18n/format.js';
import type {Lang} from '../i18n/lang.js';
import {commonStrings} from '../i18n/strings.js';
import {heading} from '../internal/heading.js';
import {safeHref} from '../internal/safe-href.js';
import type {ResolvedCriteria} from './default-criteria.js';
import {evaluate, type Answer} from './evaluate.js';
import {change, type Mode, type Step} from './flow.js';
import {strings, type EligibilityStrings} from './strings.js';

/** What a field's error is (a key of the strings' `errors`). */
export type ErrorKey = keyof EligibilityStrings['errors'];

/** The id of every step's heading, where focus goes when the step changes. */
export const STEP_HEADING = 'step-heading';

/** The public properties of `<ncte-eligibility-check>` that the start and the result show. */
export interface CheckProperties {
  readonly remember: boolean;
  readonly applyHref?: string;
  readonly applyLabel?: string;
  readonly helpHref?: string;
  readonly helpLabel?: string;
}

/** What the templates read of the check and call on input. */
export interface CheckHost {
  readonly lang: Lang;
  readonly track: CriteriaTrack;
  readonly mode: Mode;
  readonly step: Step;
  readonly criteria: readonly Criterion[];
  readonly answers: Readonly<Record<string, Answer>>;
  /** What is typed or chosen on the current page, kept until Next. */
  readonly drafts: Readonly<Record<string, string>>;
  /** Per question index, what is wrong with its answer. */
  readonly errors: Readonly<Record<string, ErrorKey>>;
  /** The element's public properties the templates show (the element itself). */
  readonly element: CheckProperties;
  readonly onStart: () => void;
  readonly onBack: () => void;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onShowResult: () => void;
  readonly onRestart: () => void;
  readonly onPrint: () => void;
  readonly onRetry: () => void;
  /** Goes to `step`, focusing the element with id `focus`. */
  go(step: Step, focus: string): void;
  /** Keeps what is typed or chosen for a question until Next. */
  draft(id: string, value: string): void;
  /** An error summary link: focuses question `index` instead of changing the page's URL. */
  focusField(event: Event, index: number): void;
}

/** The check's headings: every one can take focus from script (each step moves focus to its heading). */
function stepHeading(level: number, content: unknown, id?: string): TemplateResult {
  return heading(level, content, {class: 'heading', id, focusable: true});
}

/** An answer as the summary and the result show it: `ja`, `12 uur`. */
export function formatAnswer(criterion: Criterion, answer: Answer | undefined, lang: Lang): string {
  if (answer === undefined) return '';
  if (typeof answer === 'number') return `${formatNumber(answer, lang)}${criterion.unit ? ` ${criterion.unit}` : ''}`;
  return strings[lang][answer];
}

/** The questions on the current page, with their index. */
export function pageQuestions(step: Step, criteria: readonly Criterion[]): Array<[Criterion, number]> {
  if (step.name === 'question') return [[criteria[step.index], step.index]];
  if (step.name === 'questions') return criteria.map((c, i) => [c, i]);
  return [];
}

export function renderStart(host: CheckHost, t: EligibilityStrings, level: number, resolved: ResolvedCriteria) {
  const track = host.track;
  return html`<section class="step start" part="step">
    ${stepHeading(level, t.title[track], STEP_HEADING)}
    <p>${t.intro[track]}</p>
    <p>${t.questionCount(resolved.criteria.length)} ${host.element.remember ? t.privacyRemember : t.privacy}</p>
    ${resolved.source === 'fallback'
      ? html`<div class="note" part="note">
          <p>${t.fallback}</p>
          <button type="button" class="button secondary" @click=${host.onRetry}>${commonStrings[host.lang].retry}</button>
        </div>`
      : nothing}
    <button type="button" class="button start-button" part="start-button" @click=${host.onStart}>
      ${t.start}<span aria-hidden="true"> →</span>
    </button>
  </section>`;
}

function renderErrorSummary(host: CheckHost, t: EligibilityStrings, level: number) {
  const entries = Object.entries(host.errors);
  if (entries.length === 0) return nothing;
  const single = host.step.name === 'questions';
  return html`<div class="error-summary" id="error-summary" part="error-summary" tabindex="-1">
    ${stepHeading(level, t.errorSummary)}
    <ul>
      ${entries.map(
        ([index, key]) =>
          html`<li>
            <a href="#q${index}" @click=${(event: Event) => host.focusField(event, Number(index))}
              >${single ? `${t.progress(Number(index) + 1, host.criteria.length)}: ` : ''}${t.errors[key]}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

export function renderQuestions(host: CheckHost, t: EligibilityStrings, level: number) {
  const step = host.step;
  const single = step.name === 'questions';
  const changing = (step.name === 'question' || step.name === 'questions') && step.changing;
  return html`<form class="step ${single ? 'questions' : 'question'}" part="step" novalidate @submit=${host.onSubmit}>
    ${renderErrorSummary(host, t, level)}
    ${single ? stepHeading(level, t.questionsTitle, STEP_HEADING) : nothing}
    ${pageQuestions(host.step, host.criteria).map(([criterion, index]) =>
      // A fresh field per question: reused radios would carry the previous question's choice.
      keyed(index, renderQuestion(host, t, criterion, index, single ? level + 1 : level, !single)),
    )}
    <div class="actions">
      <button type="submit" class="button" part="next-button">${changing ? t.saveAnswer : t.next}</button>
      <button type="button" class="button secondary" part="back-button" @click=${host.onBack}>${t.back}</button>
    </div>
  </form>`;
}

function renderQuestion(host: CheckHost, t: EligibilityStrings, criterion: Criterion, index: number, level: number, paged: boolean) {
  const id = `q${index}`;
  const error = host.errors[index];
  const answer = host.answers[criterion.id];
  const draft = host.drafts[criterion.id];
  const headingId = paged ? STEP_HEADING : `h-${id}`;
  const caption = paged ? html`<span class="caption">${t.progress(index + 1, host.criteria.length)}</span> ` : nothing;
  const describedBy = [criterion.help || criterion.answer === 'number' ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const errorMessage = error
    ? html`<p class="error-message" id="${id}-error">
        <span class="visually-hidden">${t.errorPrefix}</span> ${t.errors[error]}
      </p>`
    : nothing;
  if (criterion.answer === 'yes-no') {
    const value = draft ?? answer;
    const radio = (choice: 'yes' | 'no', inputId: string) =>
      html`<div class="radio">
        <input
          type="radio"
          id=${inputId}
          name=${id}
          value=${choice}
          .checked=${value === choice}
          aria-invalid=${error ? 'true' : nothing}
          @change=${() => host.draft(criterion.id, choice)}
        /><label for=${inputId}>${t[choice]}</label>
      </div>`;
    return html`<div class="field ${error ? 'has-error' : ''}">
      <fieldset aria-describedby=${describedBy || nothing}>
        <legend>${stepHeading(level, html`${caption}${criterion.question}`, headingId)}</legend>
        ${criterion.help ? html`<p class="hint" id="${id}-hint">${criterion.help}</p>` : nothing} ${errorMessage}
        <div class="radios">${radio('yes', id)}${radio('no', `${id}-no`)}</div>
      </fieldset>
    </div>`;
  }
  const text = draft ?? (typeof answer === 'number' ? formatNumber(answer, host.lang) : '');
  return html`<div class="field ${error ? 'has-error' : ''}">
    ${stepHeading(level, html`${caption}<label for=${id}>${criterion.question}</label>`, headingId)}
    <p class="hint" id="${id}-hint">${criterion.help ? html`${criterion.help} ` : nothing}${t.numberHint}</p>
    ${errorMessage}
    <div class="number">
      <input
        class="input"
        id=${id}
        name=${id}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        aria-describedby=${describedBy}
        aria-invalid=${error ? 'true' : nothing}
        .value=${text}
        @input=${(event: Event) => host.draft(criterion.id, (event.target as HTMLInputElement).value)}
      />${criterion.unit ? html`<span class="unit">${criterion.unit}</span>` : nothing}
    </div>
  </div>`;
}

export function renderCheckAnswers(host: CheckHost, t: EligibilityStrings, level: number, lang: Lang) {
  const mode = host.mode;
  return html`<section class="step check-answers" part="step">
    ${stepHeading(level, t.checkTitle, STEP_HEADING)}
    <dl class="summary" part="summary">
      ${host.criteria.map(
        (criterion, index) =>
          html`<div class="summary-row">
            <dt>${criterion.question}</dt>
            <dd>${formatAnswer(criterion, host.answers[criterion.id], lang)}</dd>
            <dd class="change">
              <button
                type="button"
                class="link-button"
                @click=${() => host.go(change(index, mode), mode === 'single-page' ? `h-q${index}` : STEP_HEADING)}
              >
                ${t.change}<span class="visually-hidden">${t.changeWhat(criterion.question)}</span>
              </button>
            </dd>
          </div>`,
      )}
    </dl>
    <div class="actions">
      <button type="button" class="button" part="next-button" @click=${host.onShowResult}>${t.showResult}</button>
      <button type="button" class="button secondary" part="back-button" @click=${host.onBack}>${t.back}</button>
    </div>
  </section>`;
}

export function renderResult(host: CheckHost, t: EligibilityStrings, level: number, lang: Lang) {
  const track = host.track;
  const {eligible, results} = evaluate(host.criteria, host.answers);
  const applyHref = safeHref(host.element.applyHref);
  const helpHref = safeHref(host.element.helpHref);
  return html`<section class="step result ${eligible ? 'eligible' : 'not-eligible'}" part="step">
    ${stepHeading(level, (eligible ? t.eligible : t.notEligible)[track], STEP_HEADING)}
    <p>${t.summaryMet(results.filter((result) => result.met).length, results.length)}</p>
    ${stepHeading(level + 1, t.criteriaTitle)}
    <ul class="criteria" part="criteria">
      ${results.map(
        ({criterion, answer, met}) =>
          html`<li class="criterion ${met ? 'met' : 'unmet'}" part="criterion ${met ? 'criterion-met' : 'criterion-unmet'}">
            <p class="status"><span class="icon" aria-hidden="true">${met ? '✓' : '✗'}</span> <strong>${met ? t.met : t.unmet}:</strong> ${criterion.question}</p>
            <p class="answer">${t.yourAnswer} ${formatAnswer(criterion, answer, lang)}</p>
            ${met ? nothing : html`<p class="explanation">${criterion.unmet}</p>`}
          </li>`,
      )}
    </ul>
    ${stepHeading(level + 1, t.nextStepTitle)}
    ${eligible
      ? html`<p>${t.nextEligible[track]}</p>
          ${applyHref ? html`<p><a class="button" part="apply-link" href=${applyHref}>${host.element.applyLabel || t.applyLabel[track]}</a></p>` : nothing}`
      : html`<p>${t.nextNotEligible}</p>
          ${helpHref ? html`<p><a part="help-link" href=${helpHref}>${host.element.helpLabel || t.helpLabel}</a></p>` : nothing}`}
    <div class="actions">
      <button type="button" class="button secondary" @click=${host.onRestart}>${t.restart}</button>
      <button type="button" class="button secondary" @click=${host.onPrint}>${t.print}</button>
    </div>
  </section>`;
}
