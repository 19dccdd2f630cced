import {LitElement, html, type PropertyDeclarations, type PropertyValues} from 'lit';
import {AnnouncerController} from '../controllers/announcer.js';
import {FeedController} from '../feed/feed-controller.js';
import {feedStateAnnouncement, renderFeedState, retryKeepingFocus} from '../feed/feed-state-view.js';
import type {FeedState} from '../feed/feed-state.js';
import type {CriteriaTrack, Criterion} from '../feed/schema.js';
import {criteriaSection} from '../feed/sections.js';
import type {FeedIssue} from '../feed/validate.js';
import {commonStrings} from '../i18n/strings.js';
import {LangController, type Lang} from '../i18n/lang.js';
import {define} from '../internal/define.js';
import {firstUpdateInOwnTask} from '../internal/first-update.js';
import {baseStyles, feedStateStyles} from '../styles/base.styles.js';
import {checkContrast} from '../styles/contrast.js';
import {EligibilityResultEvent} from '../events/eligibility-result.js';
import {StepChangeEvent} from '../events/step-change.js';
import {defaultCriteria, resolveCriteria, type ResolvedCriteria} from './default-criteria.js';
import {evaluate, firstUnanswered, isValidAnswer, keepValidAnswers, type Answer} from './evaluate.js';
import {RESULT, START, back, next, reachable, stepIndex, type Mode, type Step} from './flow.js';
import {parseNumber} from './parse-number.js';
import {eligibilityCheckStyles} from './eligibility-check.styles.js';
import {strings} from './strings.js';
import {
  STEP_HEADING,
  pageQuestions,
  renderCheckAnswers,
  renderQuestions,
  renderResult,
  renderStart,
  type CheckHost,
  type ErrorKey,
} from './templates.js';

const STORAGE_PREFIX = 'ncte-eligibility-check:';

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

  static override properties: PropertyDeclarations = {
    step: {state: true}, answers: {state: true}, drafts: {state: true}, errors: {state: true},
    src: {}, feed: {attribute: false}, timeout: {type: Number}, loading: {},
    track: {}, mode: {}, remember: {type: Boolean},
    applyHref: {attribute: 'apply-href'}, applyLabel: {attribute: 'apply-label'}, helpHref: {attribute: 'help-href'}, helpLabel: {attribute: 'help-label'},
    headingLevel: {type: Number, attribute: 'heading-level'},
  };

  private step: Step = START;
  private answers: Record<string, Answer> = {};
  /** What is typed or chosen on the current page, kept until Next. */
  private drafts: Record<string, string> = {};
  private errors: Record<string, ErrorKey> = {};

  /** URL of the feed JSON; its `criteria` replace the built-in ones. Leave out to use the built-in criteria. */
  declare src?: string;

  /** A feed object given from JavaScript. */
  declare feed?: object;

  /** Milliseconds before a feed load counts as failed. */
  timeout = 10_000;
  /**
   * `lazy` (default): more than about a screen from the viewport, the widget fetches its feed
   * early but parses and shows it only when the visitor scrolls near. `eager`: at once.
   */
  loading: 'lazy' | 'eager' = 'lazy';

  /** Which criteria: `membership` of the coalition, or placement in the `etalage`. */
  track: CriteriaTrack = 'membership';

  /** `one-per-page` (one question per step) or `single-page` (all questions at once). */
  mode: Mode = 'one-per-page';

  /** Keep the answers in sessionStorage, so a reload in the same tab keeps them. */
  remember = false;

  /** Where "apply" leads when eligible. */
  applyHref = 'mailto:eenzaamheid@aef.nl';

  /** Text of the apply link; a sensible text per track when empty. */
  declare applyLabel?: string;

  /** A page that helps when not (yet) eligible, e.g. the toolkit. No link when empty. */
  declare helpHref?: string;

  /** Text of the help link. */
  declare helpLabel?: string;

  /** Level of the step headings (1–6); sub-headings are one deeper. */
  headingLevel = 2;

  #resolved?: ResolvedCriteria;
  #resolvedFrom: unknown[] = [];
  #criteriaKey = '';
  #focusTarget?: string;
  #stepChanged = false;
  #focusAfterLoad = false;

  /** Problems found in the feed (items left out, such as an invalid criterion); empty when none. */
  get issues(): FeedIssue[] {
    return this.feedController.issues;
  }

  /** The criteria in use: from the feed, or built in. Empty while the feed loads. */
  get criteria(): readonly Criterion[] {
    return this.#resolved?.criteria ?? [];
  }

  get #currentTrack(): CriteriaTrack {
    return this.track === 'etalage' ? 'etalage' : 'membership';
  }

  get #currentMode(): Mode {
    return this.mode === 'single-page' ? 'single-page' : 'one-per-page';
  }

  /** The criteria depend on the feed, track and language; derived only when one of them changed. */
  protected override willUpdate(): void {
    this.#syncCriteria(this.feedController.state, this.#currentTrack, this.langController.lang);
  }

  protected override updated(changed: PropertyValues): void {
    if (this.#focusTarget) {
      this.renderRoot.querySelector<HTMLElement>(`#${this.#focusTarget}`)?.focus();
      this.#focusTarget = undefined;
    }
    if (this.#stepChanged) {
      this.#stepChanged = false;
      const count = this.criteria.length;
      const mode = this.#currentMode;
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
            track: this.#currentTrack,
            eligible,
            criteria: results.map(({criterion, met}) => ({id: criterion.id, met})),
          }),
        );
      }
    }
    if (this.remember && this.#criteriaKey && (changed.has('answers') || changed.has('step'))) {
      try {
        sessionStorage.setItem(this.#storageKey, JSON.stringify({answers: this.answers, step: this.step}));
      } catch {
        // Storage can be full or switched off; the check works without it.
      }
    }
  }

  /** Where `remember` keeps the run: per track, and per element `id` when it has one. */
  get #storageKey(): string {
    return `${STORAGE_PREFIX}${this.#currentTrack}${this.id ? `#${this.id}` : ''}`;
  }

  #syncCriteria(feedState: FeedState, track: CriteriaTrack, lang: Lang): void {
    const from = [feedState, track, lang];
    if (from.every((value, i) => value === this.#resolvedFrom[i])) return;
    this.#resolvedFrom = from;
    this.#resolved = resolveCriteria(feedState, track, lang);
    if (!this.#resolved) return;
    if (this.#focusAfterLoad) {
      // Retry took focus to the loading box, which is gone now.
      this.#focusAfterLoad = false;
      this.#focusTarget = STEP_HEADING;
    }
    const criteria = this.#resolved.criteria;
    const key = `${track}|${criteria.map((c) => `${c.id}:${c.answer}`).join('|')}`;
    if (key === this.#criteriaKey) return;
    // Other questions: start again, keeping the answers that still fit (or the stored run).
    this.#criteriaKey = key;
    const stored = this.remember ? readStored(this.#storageKey) : {};
    this.answers = keepValidAnswers(criteria, stored.answers ?? this.answers);
    this.step = reachable(stored.step ?? START, criteria.length, this.#currentMode, firstUnanswered(criteria, this.answers));
    this.drafts = {};
    this.errors = {};
  }

  #go(step: Step, focus = STEP_HEADING): void {
    const t = strings[this.langController.lang];
    const criteria = this.criteria;
    this.step = step;
    this.errors = {};
    this.drafts = {};
    this.#focusTarget = focus;
    this.#stepChanged = true;
    let message: string;
    switch (step.name) {
      case 'start':
        message = t.title[this.#currentTrack];
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
        message = `${(eligible ? t.eligible : t.notEligible)[this.#currentTrack]}. ${t.summaryMet(results.filter((r) => r.met).length, results.length)}`;
      }
    }
    this.announcer.announce(message);
  }

  /** What the templates call on input (see `CheckHost`). */
  readonly #handlers = {
    onStart: () => this.#go(next(this.step, this.criteria.length, this.#currentMode)),
    onBack: () => this.#go(back(this.step, this.criteria.length, this.#currentMode)),
    onSubmit: (event: SubmitEvent) => {
      event.preventDefault();
      const lang = this.langController.lang;
      const answers = {...this.answers};
      const errors: Record<string, ErrorKey> = {};
      for (const [criterion, index] of pageQuestions(this.step, this.criteria)) {
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
        this.#focusTarget = 'error-summary';
        this.announcer.announce(`${t.errorSummary}: ${Object.values(errors).map((key) => t.errors[key]).join(' ')}`);
        return;
      }
      this.#go(next(this.step, this.criteria.length, this.#currentMode));
    },
    onShowResult: () => this.#go(RESULT),
    onRestart: () => {
      this.answers = {};
      if (this.remember) {
        try {
          sessionStorage.removeItem(this.#storageKey);
        } catch {
          // Nothing stored, nothing to remove.
        }
      }
      this.#go(START);
    },
    // Everything is on the page already: paper needs no other render (no PrintController).
    onPrint: () => print(),
    onRetry: () => {
      this.#focusAfterLoad = true;
      void retryKeepingFocus(this, this.feedController);
    },
    draft: (id: string, value: string) => {
      this.drafts = {...this.drafts, [id]: value};
    },
    // An error summary link: focus the field instead of changing the page's URL.
    focusField: (event: Event, index: number) => {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>(`#q${index}`)?.focus();
    },
    go: (step: Step, focus: string) => this.#go(step, focus),
  };

  // On an English page the first render waits for the English words (LangController). The
  // first render is a task of its own, not part of the one that evaluates the bundle.
  protected override scheduleUpdate(): void | Promise<unknown> {
    return firstUpdateInOwnTask(this, () => this.langController.whenReady(() => super.scheduleUpdate()));
  }

  override render() {
    const feedState = this.feedController.state;
    const lang = this.langController.lang;
    const resolved = this.#resolved;
    const t = strings[lang];
    let content: unknown;
    let message = '';
    if (!resolved) {
      content = renderFeedState(feedState, lang, this.#handlers.onRetry);
      message = feedStateAnnouncement(feedState, lang);
    } else {
      const level = this.headingLevel;
      const host: CheckHost = {
        ...this.#handlers,
        lang,
        track: this.#currentTrack,
        mode: this.#currentMode,
        step: this.step,
        criteria: resolved.criteria,
        answers: this.answers,
        drafts: this.drafts,
        errors: this.errors,
        element: this,
      };
      switch (this.step.name) {
        case 'start':
          content = renderStart(host, t, level, resolved);
          if (!this.announcer.message && resolved.source === 'fallback') message = t.fallback;
          break;
        case 'question':
        case 'questions':
          content = renderQuestions(host, t, level);
          break;
        case 'check-answers':
          content = renderCheckAnswers(host, t, level, lang);
          break;
        case 'result':
          content = renderResult(host, t, level, lang);
      }
    }
    return html`${this.announcer.render(message)}<div class="check">${content}</div>`;
  }
}

define('ncte-eligibility-check', NcteEligibilityCheck);

declare global {
  interface HTMLElementTagNameMap {
    'ncte-eligibility-check': NcteEligibilityCheck;
  }
}
