/**
 * `ncte-widgets/eligibility-check`: importing it registers `<ncte-eligibility-check>`
 * (and `<ncte-feed>`, so widgets from this entry can share one feed). Exports the
 * element, its events and the types of its properties; the export list is pinned
 * by test/entries.test.ts.
 */
import '../feed/ncte-feed.element.js';

export {NcteEligibilityCheck} from './ncte-eligibility-check.element.js';
export {EligibilityResultEvent, type EligibilityResultDetail} from '../events/eligibility-result.js';
export {StepChangeEvent, type StepChangeDetail} from '../events/step-change.js';
export type {Mode as EligibilityMode} from './flow.js';
