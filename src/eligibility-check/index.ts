/** `ncte-widgets/eligibility-check`: importing this module registers `<ncte-eligibility-check>`. */
// Registers <ncte-feed> too, so widgets from this entry can share one feed.
import '../feed/ncte-feed.element.js';

export {NcteEligibilityCheck} from './ncte-eligibility-check.element.js';
export {defaultCriteria, resolveCriteria, type CriteriaSource, type ResolvedCriteria} from './default-criteria.js';
export {evaluate, isMet, type Answer, type Answers, type CriterionResult, type Evaluation} from './evaluate.js';
export {parseNumber, type ParsedNumber, type ParseNumberError} from './parse-number.js';
export type {Mode as EligibilityMode, Step as EligibilityStep} from './flow.js';
export {EligibilityResultEvent, type EligibilityResultDetail} from '../events/eligibility-result.js';
export {StepChangeEvent, type StepChangeDetail} from '../events/step-change.js';
