import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {keyed} from 'lit/directives/keyed.js';
import {live} from 'lit/directives/live.js';
import {AnnouncerController} from '../controllers/announcer.js';
import {FeedController} from '../feed/feed-controller.js';
import {feedStateAnnouncement, renderFeedState, retryKeepingFocus} from '../feed/feed-state-view.js';
import type {FeedState} from '../feed/feed-state.js';
import type {CriteriaTrack, Criterion} from '../feed/schema.js';
import {criteriaSection} from '../feed/sections.js';
import type {FeedIssue} from '../feed/validate.js';
import {formatNumber} from '../i18n/format.js';
import {commonStrings} from '../i18n/strings.js';
import {LangController, type Lang} from '../i18n/lang.js';
import {define} from '../internal/define.js';
import {heading} from '../internal/heading.js';
import {safeHref} from '../internal/safe-href.js';
import {baseStyles, feedStateStyles} from '../styles/base.styles.js';
import {checkContrast} from '../styles/contrast.js';
import {EligibilityResultEvent} from '../events/eligibility-result.js';
import {StepChangeEvent} from '../events/step-change.js';
import {defaultCriteria, resolveCriteria, type ResolvedCriteria} from './default-criteria.js';
import {evaluate, firstUnanswered, isValidAnswer, keepValidAnswers, type Answer} from './evaluate.js';
import {RESULT, START, back, change, next, reachable, stepIndex, type Mode, type Step} from './flow.js';
import {parseNumber} from './parse-number.js';
import {eligibilityCheckStyles} from './eligibility-check.styles.js';
import {strings, type EligibilityStrings} from './strings.js';

type ErrorKey = keyof EligibilityStrings['errors'];

const STORAGE_PREFIX = 'ncte-eligibility-check:';
const STEP_HEADING = 'step-heading';

/** The check's headings: every one can take focus from script (each step moves focus to its heading). */
function stepHeading(level: number, content: unknown, id?: string): TemplateResult {
  return heading(level, content, {class: 'heading', id, focusable: true});
}

function formatAnswer(criterion: Criterion, answer: Answer | undefined, lang: Lang): string {
  if (answer === undefined) return '';
  if (typeof answer === 'number') return `${formatNumber(answer, lang)}${criterion.unit ? ` ${criterion.unit}` : ''}`;
  return strings[lang][answer];
}

/** Reads a stored run; anything unexpected gives nothing. */
function readStored(key: string): {answers?: unknown; step?: Step} {
  try {
    const raw = JSON.parse(sessionStorage.getItem(key) ?? '{}') as {answers?: unknown; step?: Partial<Step> & {index?: unknown}};
    const name = raw.step?.name;
    const index = raw.step?.index;
    const step: Step =
      name === 'question' && Number.isInteger(index) && (index as number) >= 0
        ? {name, index: index as number}
        : name === 'questions' || name === 'check-answers' || name === 'result'
          ? {name}
          : START;
    return {answers: raw.answers, step};
  } catch {
    return {};
  }
}

/**
 * Checks, in a few questions, whether an organisation meets the criteria for
 * membership of the Nationale Coalitie tegen Eenzaamheid or an initiative those for
 * the Etalage, and says what to do next. Works with no feed at all (built-in
 * criteria); a feed's `criteria` section replaces them. Answers stay in the browser.
 *
 * @tagname ncte-eligibility-check
 * @csspart step - The box of the current step (start, question, summary, result).
 * @csspart start-button - The button that starts the check.
 * @csspart next-button - The Next (or Save) button of a question page.
 * @csspart back-button - The Back button.
 * @csspart error-summary - The list of problems above a question page.
 * @csspart summary - The "check your answers" list (`<dl>`).
 * @csspart criteria - The list of criteria on the result.
 * @csspart criterion - One criterion on the result; also `criterion-met` or `criterion-unmet`.
 * @csspart apply-link - The call to action when eligible.
 * @csspart help-link - The link to help when not eligible.
 * @csspart note - The note shown when the feed failed and the built-in criteria are used.
 * @csspart feed-state - The loading state.
 *
 * @cssprop --ncte-eligibility-check-max-width - Maximum width of the content (40rem).
 * @cssprop --ncte-eligibility-check-gap - Space between blocks (falls back to `--ncte-space-m`, 1rem).
 * @cssprop --ncte-eligibility-check-met-color - Colour of "met" (falls back to `--ncte-color-success`).
 * @cssprop --ncte-eligibility-check-unmet-color - Colour of "not met" (falls back to `--ncte-color-error`).
 * @cssprop --ncte-eligibility-check-error-color - Colour of errors (falls back to `--ncte-color-error`).
 *
 * @fires {StepChangeEvent} ncte-step-change - The visitor moved to another step; `detail`: `{step, index, total, questionId?}`.
 * @fires {EligibilityResultEvent} ncte-eligibility-result - The visitor reached the result; `detail`: `{track, eligible, criteria: [{id, met}]}`.
 * @fires {FeedIssuesEvent} ncte-feed-issues - Items of the feed this widget shows were left out as invalid; `issues` lists each with its path (reported once per page, by the first widget that finds them).
 */
export class NcteEligibilityCheck extends LitElement {
  static override styles = [baseStyles, feedStateStyles, eligibilityCheckStyles];
  static {
    this.addInitializer(checkContrast);
  }

  private readonly feedController = new FeedController(this, {
    'criteria.membership': criteriaSection,
    'criteria.etalage': criteriaSection,
  });
  private readonly langController = new LangController(this, [strings, defaultCriteria, commonStrings]);
  private readonly announcer = new AnnouncerController(this);

  @state() private step: Step = START;
  @state() private answers: Record<string, Answer> = {};
  /** What is typed or chosen on the current page, kept until Next. */
  @state() private drafts: Record<string, string> = {};
  @state() private errors: Record<string, ErrorKey> = {};

  /** URL of the feed JSON; its `criteria` replace the built-in ones. Leave out to use the built-in criteria. */
  @property() src?: string;

  /** A feed object given from JavaScript. */
  @property({attribute: false}) feed?: object;

  /** Milliseconds before a feed load counts as failed. */
  @property({type: Number}) timeout = 10_000;
  /**
   * `lazy` (default): more than about a screen from the viewport, the widget fetches its feed
   * early but parses and shows it only when the visitor scrolls near. `eager`: at once.
   */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /** Which criteria: `membership` of the coalition, or placement in the `etalage`. */
  @property() track: CriteriaTrack = 'membership';

  /** `one-per-page` (one question per step) or `single-page` (all questions at once). */
  @property() mode: Mode = 'one-per-page';

  /** Keep the answers in sessionStorage, so a reload in the same tab keeps them. */
  @property({type: Boolean}) remember = false;

  /** Where "apply" leads when eligible. */
  @property({attribute: 'apply-href'}) applyHref = 'mailto:eenzaamheid@aef.nl';

  /** Text of the apply link; a sensible text per track when empty. */
  @property({attribute: 'apply-label'}) applyLabel?: string;

  /** A page that helps when not (yet) eligible, e.g. the toolkit. No link when empty. */
  @property({attribute: 'help-href'}) helpHref?: string;

  /** Text of the help link. */
  @property({attribute: 'help-label'}) helpLabel?: string;

  /** Level of the step headings (1–6); sub-headings are one deeper. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  private resolved?: ResolvedCriteria;
  private resolvedFrom: unknown[] = [];
  private criteriaKey = '';
  private focusTarget?: string;
  private stepChanged = false;
  private focusAfterLoad = false;

  /** Problems found in the feed (items left out, such as an invalid criterion); empty when none. */
  get issues(): FeedIssue[] {
    return this.feedController.issues;
  }

  /** The criteria in use: from the feed, or built in. Empty while the feed loads. */
  get criteria(): readonly Criterion[] {
    return this.resolved?.criteria ?? [];
  }

  private get currentTrack(): CriteriaTrack {
    return this.track === 'etalage' ? 'etalage' : 'membership';
  }

  private get currentMode(): Mode {
    return this.mode === 'single-page' ? 'single-page' : 'one-per-page';
  }

  /** The criteria depend on the feed, track and language; derived only when one of them changed. */
  protected override willUpdate(): void {
    this.syncCriteria(this.feedController.state, this.currentTrack, this.langController.lang);
  }

  protected override updated(changed: PropertyValues): void {
    if (this.focusTarget) {
      this.renderRoot.querySelector<HTMLElement>(`#${this.focusTarget}`)?.focus();
      this.focusTarget = undefined;
    }
    if (this.stepChanged) {
      this.stepChanged = false;
      const count = this.criteria.length;
      const mode = this.currentMode;
      const step = this.step;
      this.dispatchEvent(
        new StepChangeEvent({
          step: step.name,
          index: stepIndex(step, count, mode),
          total: stepIndex(RESULT, count, mode) + 1,
          questionId: step.name === 'question' ? this.criteria[step.index]?.id : undefined,
        }),
      );
      if (step.name === 'result') {
        const {eligible, results} = evaluate(this.criteria, this.answers);
        this.dispatchEvent(
          new EligibilityResultEvent({
            track: this.currentTrack,
            eligible,
            criteria: results.map(({criterion, met}) => ({id: criterion.id, met})),
          }),
        );
      }
    }
    if (this.remember && this.criteriaKey && (changed.has('answers') || changed.has('step'))) {
      try {
        sessionStorage.setItem(this.storageKey, JSON.stringify({answers: this.answers, step: this.step}));
      } catch {
        // Storage can be full or switched off; the check works without it.
      }
    }
  }

  /** Where `remember` keeps the run: per track, and per element `id` when it has one. */
  private get storageKey(): string {
    return `${STORAGE_PREFIX}${this.currentTrack}${this.id ? `#${this.id}` : ''}`;
  }

  private syncCriteria(feedState: FeedState, track: CriteriaTrack, lang: Lang): void {
    const from = [feedState, track, lang];
    if (from.every((value, i) => value === this.resolvedFrom[i])) return;
    this.resolvedFrom = from;
    this.resolved = resolveCriteria(feedState, track, lang);
    if (!this.resolved) return;
    if (this.focusAfterLoad) {
      // Retry took focus to the loading box, which is gone now.
      this.focusAfterLoad = false;
      this.focusTarget = STEP_HEADING;
    }
    const criteria = this.resolved.criteria;
    const key = `${track}|${criteria.map((c) => `${c.id}:${c.answer}`).join('|')}`;
    if (key === this.criteriaKey) return;
    // Other questions: start again, keeping the answers that still fit (or the stored run).
    this.criteriaKey = key;
    const stored = this.remember ? readStored(this.storageKey) : {};
    this.answers = keepValidAnswers(criteria, stored.answers ?? this.answers);
    this.step = reachable(stored.step ?? START, criteria.length, this.currentMode, firstUnanswered(criteria, this.answers));
    this.drafts = {};
    this.errors = {};
  }

  private go(step: Step, focus = STEP_HEADING): void {
    const t = strings[this.langController.lang];
    const criteria = this.criteria;
    this.step = step;
    this.errors = {};
    this.drafts = {};
    this.focusTarget = focus;
    this.stepChanged = true;
    let message: string;
    switch (step.name) {
      case 'start':
        message = t.title[this.currentTrack];
        break;
      case 'question':
        message = `${t.progress(step.index + 1, criteria.length)}: ${criteria[step.index].question}`;
        break;
      case 'questions':
        message = t.questionsTitle;
        break;
      case 'check-answers':
        message = t.checkTitle;
        break;
      case 'result': {
        const {eligible, results} = evaluate(criteria, this.answers);
        message = `${(eligible ? t.eligible : t.notEligible)[this.currentTrack]}. ${t.summaryMet(results.filter((r) => r.met).length, results.length)}`;
      }
    }
    this.announcer.announce(message);
  }

  /** The questions on the current page, with their index. */
  private pageQuestions(): Array<[Criterion, number]> {
    const step = this.step;
    if (step.name === 'question') return [[this.criteria[step.index], step.index]];
    if (step.name === 'questions') return this.criteria.map((c, i) => [c, i]);
    return [];
  }

  private readonly onStart = () => this.go(next(this.step, this.criteria.length, this.currentMode));

  private readonly onBack = () => this.go(back(this.step, this.criteria.length, this.currentMode));

  private readonly onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const lang = this.langController.lang;
    const answers = {...this.answers};
    const errors: Record<string, ErrorKey> = {};
    for (const [criterion, index] of this.pageQuestions()) {
      const draft = this.drafts[criterion.id];
      if (criterion.answer === 'yes-no') {
        const value = draft ?? answers[criterion.id];
        if (value === 'yes' || value === 'no') answers[criterion.id] = value;
        else errors[index] = 'choose';
      } else if (draft !== undefined || !isValidAnswer(criterion, answers[criterion.id])) {
        const parsed = parseNumber(draft ?? '', lang);
        if (parsed.ok) answers[criterion.id] = parsed.value;
        else errors[index] = parsed.reason;
      }
    }
    this.answers = answers;
    if (Object.keys(errors).length > 0) {
      const t = strings[lang];
      this.errors = errors;
      this.focusTarget = 'error-summary';
      this.announcer.announce(`${t.errorSummary}: ${Object.values(errors).map((key) => t.errors[key]).join(' ')}`);
      return;
    }
    this.go(next(this.step, this.criteria.length, this.currentMode));
  };

  private readonly onShowResult = () => this.go(RESULT);

  private readonly onRestart = () => {
    this.answers = {};
    if (this.remember) {
      try {
        sessionStorage.removeItem(this.storageKey);
      } catch {
        // Nothing stored, nothing to remove.
      }
    }
    this.go(START);
  };

  private readonly onPrint = () => window.print();

  private readonly onRetry = () => {
    this.focusAfterLoad = true;
    void retryKeepingFocus(this, this.feedController);
  };

  private draft(id: string, value: string): void {
    this.drafts = {...this.drafts, [id]: value};
  }

  /** An error summary link: focus the field instead of changing the page's URL. */
  private focusField(event: Event, index: number): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#q${index}`)?.focus();
  }

  // On an English page the first render waits for the English words (LangController).
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.langController.whenReady(() => super.scheduleUpdate());
  }

  override render() {
    const feedState = this.feedController.state;
    const lang = this.langController.lang;
    const resolved = this.resolved;
    const t = strings[lang];
    let content: unknown;
    let message = '';
    if (!resolved) {
      content = renderFeedState(feedState, lang, this.onRetry);
      message = feedStateAnnouncement(feedState, lang);
    } else {
      const level = this.headingLevel;
      switch (this.step.name) {
        case 'start':
          content = this.renderStart(t, level, resolved);
          if (!this.announcer.message && resolved.source === 'fallback') message = t.fallback;
          break;
        case 'question':
        case 'questions':
          content = this.renderQuestions(t, level);
          break;
        case 'check-answers':
          content = this.renderCheckAnswers(t, level, lang);
          break;
        case 'result':
          content = this.renderResult(t, level, lang);
      }
    }
    return html`${this.announcer.render(message)}<div class="check">${content}</div>`;
  }

  private renderStart(t: EligibilityStrings, level: number, resolved: ResolvedCriteria) {
    const track = this.currentTrack;
    return html`<section class="step start" part="step">
      ${stepHeading(level, t.title[track], STEP_HEADING)}
      <p>${t.intro[track]}</p>
      <p>${t.questionCount(resolved.criteria.length)} ${this.remember ? t.privacyRemember : t.privacy}</p>
      ${resolved.source === 'fallback'
        ? html`<div class="note" part="note">
            <p>${t.fallback}</p>
            <button type="button" class="button secondary" @click=${this.onRetry}>${commonStrings[this.langController.lang].retry}</button>
          </div>`
        : nothing}
      <button type="button" class="button start-button" part="start-button" @click=${this.onStart}>
        ${t.start}<span aria-hidden="true"> →</span>
      </button>
    </section>`;
  }

  private renderErrorSummary(t: EligibilityStrings, level: number) {
    const entries = Object.entries(this.errors);
    if (entries.length === 0) return nothing;
    const single = this.step.name === 'questions';
    return html`<div class="error-summary" id="error-summary" part="error-summary" tabindex="-1">
      ${stepHeading(level, t.errorSummary)}
      <ul>
        ${entries.map(
          ([index, key]) =>
            html`<li>
              <a href="#q${index}" @click=${(event: Event) => this.focusField(event, Number(index))}
                >${single ? `${t.progress(Number(index) + 1, this.criteria.length)}: ` : ''}${t.errors[key]}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderQuestions(t: EligibilityStrings, level: number) {
    const step = this.step;
    const single = step.name === 'questions';
    const changing = (step.name === 'question' || step.name === 'questions') && step.changing;
    return html`<form class="step ${single ? 'questions' : 'question'}" part="step" novalidate @submit=${this.onSubmit}>
      ${this.renderErrorSummary(t, level)}
      ${single ? stepHeading(level, t.questionsTitle, STEP_HEADING) : nothing}
      ${this.pageQuestions().map(([criterion, index]) =>
        // A fresh field per question: reused radios would carry the previous question's choice.
        keyed(index, this.renderQuestion(t, criterion, index, single ? level + 1 : level, !single)),
      )}
      <div class="actions">
        <button type="submit" class="button" part="next-button">${changing ? t.saveAnswer : t.next}</button>
        <button type="button" class="button secondary" part="back-button" @click=${this.onBack}>${t.back}</button>
      </div>
    </form>`;
  }

  private renderQuestion(t: EligibilityStrings, criterion: Criterion, index: number, level: number, paged: boolean) {
    const id = `q${index}`;
    const error = this.errors[index];
    const answer = this.answers[criterion.id];
    const draft = this.drafts[criterion.id];
    const headingId = paged ? STEP_HEADING : `h-${id}`;
    const caption = paged ? html`<span class="caption">${t.progress(index + 1, this.criteria.length)}</span> ` : nothing;
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
            .checked=${live(value === choice)}
            aria-invalid=${error ? 'true' : nothing}
            @change=${() => this.draft(criterion.id, choice)}
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
    const text = draft ?? (typeof answer === 'number' ? formatNumber(answer, this.langController.lang) : '');
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
          .value=${live(text)}
          @input=${(event: Event) => this.draft(criterion.id, (event.target as HTMLInputElement).value)}
        />${criterion.unit ? html`<span class="unit">${criterion.unit}</span>` : nothing}
      </div>
    </div>`;
  }

  private renderCheckAnswers(t: EligibilityStrings, level: number, lang: Lang) {
    const mode = this.currentMode;
    return html`<section class="step check-answers" part="step">
      ${stepHeading(level, t.checkTitle, STEP_HEADING)}
      <dl class="summary" part="summary">
        ${this.criteria.map(
          (criterion, index) =>
            html`<div class="summary-row">
              <dt>${criterion.question}</dt>
              <dd>${formatAnswer(criterion, this.answers[criterion.id], lang)}</dd>
              <dd class="change">
                <button
                  type="button"
                  class="link-button"
                  @click=${() => this.go(change(index, mode), mode === 'single-page' ? `h-q${index}` : STEP_HEADING)}
                >
                  ${t.change}<span class="visually-hidden">${t.changeWhat(criterion.question)}</span>
                </button>
              </dd>
            </div>`,
        )}
      </dl>
      <div class="actions">
        <button type="button" class="button" part="next-button" @click=${this.onShowResult}>${t.showResult}</button>
        <button type="button" class="button secondary" part="back-button" @click=${this.onBack}>${t.back}</button>
      </div>
    </section>`;
  }

  private renderResult(t: EligibilityStrings, level: number, lang: Lang) {
    const track = this.currentTrack;
    const {eligible, results} = evaluate(this.criteria, this.answers);
    const applyHref = safeHref(this.applyHref);
    const helpHref = safeHref(this.helpHref);
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
            ${applyHref ? html`<p><a class="button" part="apply-link" href=${applyHref}>${this.applyLabel || t.applyLabel[track]}</a></p>` : nothing}`
        : html`<p>${t.nextNotEligible}</p>
            ${helpHref ? html`<p><a part="help-link" href=${helpHref}>${this.helpLabel || t.helpLabel}</a></p>` : nothing}`}
      <div class="actions">
        <button type="button" class="button secondary" @click=${this.onRestart}>${t.restart}</button>
        <button type="button" class="button secondary" @click=${this.onPrint}>${t.print}</button>
      </div>
    </section>`;
  }
}

define('ncte-eligibility-check', NcteEligibilityCheck);

declare global {
  interface HTMLElementTagNameMap {
    'ncte-eligibility-check': NcteEligibilityCheck;
  }
}
