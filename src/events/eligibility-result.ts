import type {CriteriaTrack} from '../feed/schema.js';

/** What `<ncte-eligibility-check>` reports when it shows a result. */
export interface EligibilityResultDetail {
  track: CriteriaTrack;
  /** True when every criterion is met. */
  eligible: boolean;
  /** Each criterion in order, by its id, met or not. No answers are included. */
  criteria: ReadonlyArray<{readonly id: string; readonly met: boolean}>;
}

/**
 * Fired by `<ncte-eligibility-check>` when the visitor reaches the result, for the
 * host's own analytics. Not fired when the host sets a property.
 */
export class EligibilityResultEvent extends Event {
  static readonly eventName = 'ncte-eligibility-result';
  readonly detail: EligibilityResultDetail;

  constructor(detail: EligibilityResultDetail) {
    super(EligibilityResultEvent.eventName, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ncte-eligibility-result': EligibilityResultEvent;
  }
}
