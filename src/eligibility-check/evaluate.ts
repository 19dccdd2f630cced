/**
 * Checking answers against criteria: pure functions, no DOM. A yes/no criterion is
 * met by "yes"; a number criterion by a number at or above its `min` (inclusive, so
 * "more than 1500" is written `min: 1501`); a number criterion without `min` is met
 * by any answer. An unanswered criterion is not met.
 */
import type {Criterion} from '../feed/schema.js';

export type Answer = 'yes' | 'no' | number;
export type Answers = Readonly<Record<string, Answer>>;

export interface CriterionResult {
  criterion: Criterion;
  answer?: Answer;
  met: boolean;
}

export interface Evaluation {
  /** True when there is at least one criterion and every one is met. */
  eligible: boolean;
  results: CriterionResult[];
}

/** Whether `answer` is a possible answer to `criterion` (right kind, finite, not negative). */
export function isValidAnswer(criterion: Criterion, answer: unknown): answer is Answer {
  return criterion.answer === 'yes-no'
    ? answer === 'yes' || answer === 'no'
    : typeof answer === 'number' && Number.isFinite(answer) && answer >= 0;
}

export function isMet(criterion: Criterion, answer: Answer | undefined): boolean {
  if (!isValidAnswer(criterion, answer)) return false;
  return criterion.answer === 'yes-no' ? answer === 'yes' : (answer as number) >= (criterion.min ?? 0);
}

export function evaluate(criteria: readonly Criterion[], answers: Answers): Evaluation {
  const results = criteria.map((criterion) => {
    const answer = answers[criterion.id];
    return {criterion, answer, met: isMet(criterion, answer)};
  });
  return {eligible: results.length > 0 && results.every((result) => result.met), results};
}

/** The index of the first criterion without a valid answer, or -1 when all are answered. */
export function firstUnanswered(criteria: readonly Criterion[], answers: Answers): number {
  return criteria.findIndex((criterion) => !isValidAnswer(criterion, answers[criterion.id]));
}

/**
 * Keeps only the valid answers to these criteria from an untrusted object
 * (answers restored from sessionStorage, or kept across a change of criteria).
 */
export function keepValidAnswers(criteria: readonly Criterion[], raw: unknown): Record<string, Answer> {
  const kept: Record<string, Answer> = {};
  if (typeof raw !== 'object' || raw === null) return kept;
  for (const criterion of criteria) {
    const answer = (raw as Record<string, unknown>)[criterion.id];
    if (Object.hasOwn(raw, criterion.id) && isValidAnswer(criterion, answer)) kept[criterion.id] = answer;
  }
  return kept;
}
