/** Fired by the Etalage when the visitor opens an initiative (not when the host sets `initiative`). */
export interface InitiativeOpenDetail {
  /** The `id` of the initiative in the feed. */
  id: string;
}

export class InitiativeOpenEvent extends Event {
  static readonly eventName = 'ncte-initiative-open';
  readonly detail: InitiativeOpenDetail;

  constructor(detail: InitiativeOpenDetail) {
    super(InitiativeOpenEvent.eventName, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ncte-initiative-open': InitiativeOpenEvent;
  }
}
