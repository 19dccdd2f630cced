/**
 * Fired by the Etalage, the partner map and the event list when the visitor changes
 * the search or a filter. Not fired when the host sets a property.
 */
export interface FilterChangeDetail {
  /** The search text as typed. */
  query: string;
  /** Active filter values per group, e.g. `{audience: ['ouderen'], province: ['Utrecht']}`. */
  filters: Record<string, string[]>;
  /** How many items match now. */
  resultCount: number;
}

export class FilterChangeEvent extends Event {
  static readonly eventName = 'ncte-filter-change';
  readonly detail: FilterChangeDetail;

  constructor(detail: FilterChangeDetail) {
    super(FilterChangeEvent.eventName, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ncte-filter-change': FilterChangeEvent;
  }
}
