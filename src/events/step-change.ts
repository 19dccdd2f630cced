/** What a step-by-step widget reports when the visitor moves to another step. */
export interface StepChangeDetail {
  /** The step now shown, e.g. `start`, `question`, `questions`, `check-answers`, `result`. */
  step: string;
  /** Its position in the whole run: 0 for the first step. */
  index: number;
  /** How many steps the run has (start and result included). */
  total: number;
  /** The id of the question shown, on one-question steps. */
  questionId?: string;
}

/**
 * Fired by `<ncte-eligibility-check>` on each step the visitor moves to (Next,
 * Back, Change, Start again), after the step is rendered. Not fired when the
 * host sets a property.
 */
export class StepChangeEvent extends Event {
  static readonly eventName = 'ncte-step-change';
  readonly detail: StepChangeDetail;

  constructor(detail: StepChangeDetail) {
    super(StepChangeEvent.eventName, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ncte-step-change': StepChangeEvent;
  }
}
