/**
 * Fired by the partner map when the visitor selects a partner (click, or Enter
 * on a marker or list item) and its card is shown. Not fired when the host sets
 * a property.
 */
export interface PartnerSelectDetail {
  /** The `id` of the partner in the feed. */
  id: string;
}

export class PartnerSelectEvent extends Event {
  static readonly eventName = 'ncte-partner-select';
  readonly detail: PartnerSelectDetail;

  constructor(detail: PartnerSelectDetail) {
    super(PartnerSelectEvent.eventName, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ncte-partner-select': PartnerSelectEvent;
  }
}
