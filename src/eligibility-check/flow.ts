/**
 * The steps of the check as a pure state machine: start → questions (one per page,
 * or all on one page) → check your answers → result. "Change" on the summary opens
 * one question and the next step after it is the summary again. Nothing here
 * touches the DOM or the browser history.
 */

export type Mode = 'one-per-page' | 'single-page';

export type Step =
  | {readonly name: 'start'}
  /** One question; `changing` when opened from the summary. */
  | {readonly name: 'question'; readonly index: number; readonly changing?: boolean}
  /** All questions on one page (`mode="single-page"`); `index` is the question to focus. */
  | {readonly name: 'questions'; readonly changing?: boolean; readonly index?: number}
  | {readonly name: 'check-answers'}
  | {readonly name: 'result'};

export type StepName = Step['name'];

export const START: Step = {name: 'start'};
export const CHECK_ANSWERS: Step = {name: 'check-answers'};
export const RESULT: Step = {name: 'result'};

const firstQuestion = (mode: Mode): Step => (mode === 'single-page' ? {name: 'questions'} : {name: 'question', index: 0});

/** The step after `step` once its answers are valid. `count` is the number of questions. */
export function next(step: Step, count: number, mode: Mode): Step {
  switch (step.name) {
    case 'start':
      return firstQuestion(mode);
    case 'question':
      return step.changing || step.index >= count - 1 ? CHECK_ANSWERS : {name: 'question', index: step.index + 1};
    case 'questions':
      return CHECK_ANSWERS;
    case 'check-answers':
    case 'result':
      return RESULT;
  }
}

/** The step the Back button leads to. */
export function back(step: Step, count: number, mode: Mode): Step {
  switch (step.name) {
    case 'start':
      return START;
    case 'question':
      if (step.changing) return CHECK_ANSWERS;
      return step.index > 0 ? {name: 'question', index: step.index - 1} : START;
    case 'questions':
      return step.changing ? CHECK_ANSWERS : START;
    case 'check-answers':
      return mode === 'single-page' ? {name: 'questions'} : {name: 'question', index: Math.max(0, count - 1)};
    case 'result':
      return CHECK_ANSWERS;
  }
}

/** The step a "Change" link on the summary opens. */
export function change(index: number, mode: Mode): Step {
  return mode === 'single-page' ? {name: 'questions', changing: true, index} : {name: 'question', index, changing: true};
}

/**
 * The position of a step in the whole run, for the step event and analytics:
 * 0 start, 1…count the questions (1 for the single page), then the summary and the result.
 */
export function stepIndex(step: Step, count: number, mode: Mode): number {
  const questions = mode === 'single-page' ? 1 : count;
  switch (step.name) {
    case 'start':
      return 0;
    case 'question':
      return step.index + 1;
    case 'questions':
      return 1;
    case 'check-answers':
      return questions + 1;
    case 'result':
      return questions + 2;
  }
}

/**
 * A step that is allowed with these answers: a step past the questions needs every
 * answer, so it becomes the first unanswered question (`firstMissing`, -1 when none);
 * a question beyond the list becomes the summary.
 */
export function reachable(step: Step, count: number, mode: Mode, firstMissing: number): Step {
  if (count === 0) return START;
  if ((step.name === 'check-answers' || step.name === 'result') && firstMissing >= 0) {
    return mode === 'single-page' ? {name: 'questions', index: firstMissing} : {name: 'question', index: firstMissing};
  }
  if (step.name === 'question' && mode === 'single-page') return {name: 'questions', index: step.index};
  if (step.name === 'questions' && mode === 'one-per-page') return {name: 'question', index: step.index ?? 0};
  if (step.name === 'question' && step.index >= count) return firstMissing >= 0 ? {name: 'question', index: firstMissing} : CHECK_ANSWERS;
  return step;
}
