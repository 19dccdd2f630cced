import type {Feed} from './schema.js';
import type {FeedError, FeedIssue} from './validate.js';

/** Where a widget's feed is: nothing to load, loading, ready (with any problems found), or failed. */
export type FeedState =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'ready'; feed: Feed; issues: FeedIssue[]}
  | {status: 'error'; error: FeedError};

export const IDLE: FeedState = {status: 'idle'};
export const LOADING: FeedState = {status: 'loading'};
