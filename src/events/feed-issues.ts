import type {FeedIssue} from '../feed/validate.js';

/**
 * Fired by `<ncte-feed>`, or by a widget that loads its own feed, when the feed
 * loaded but some items were left out. `issues` lists each problem with its path.
 */
export class FeedIssuesEvent extends Event {
  static readonly eventName = 'ncte-feed-issues';
  readonly issues: readonly FeedIssue[];

  constructor(issues: readonly FeedIssue[]) {
    super(FeedIssuesEvent.eventName, {bubbles: true, composed: true});
    this.issues = issues;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ncte-feed-issues': FeedIssuesEvent;
  }
}
