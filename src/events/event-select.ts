/**
 * Fired by the event list when the visitor opens an event (expands its details
 * or follows its link). Not fired when the host sets a property.
 */
export interface EventSelectDetail {
  /** The event's `id` in the feed. */
  id: string;
}

export class EventSelectEvent extends Event {
  static readonly eventName = 'ncte-event-select';
  readonly detail: EventSelectDetail;

  constructor(detail: EventSelectDetail) {
    super(EventSelectEvent.eventName, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ncte-event-select': EventSelectEvent;
  }
}
