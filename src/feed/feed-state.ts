import type {Feed} from './schema.js';
import type {FeedEnvelope, FeedError, FeedIssue} from './envelope.js';

/**
 * Where a feed source is: nothing to load, loading, loaded (version checked,
 * sections not yet validated), or failed. `<ncte-feed>` provides this.
 */
export type FeedSourceState =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'loaded'; envelope: FeedEnvelope}
  | {status: 'error'; error: FeedError};

/**
 * What a widget shows: nothing to load, loading, ready (the valid items of the
 * sections it uses, with any problems found), or failed.
 */
export type FeedState =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'ready'; feed: Feed; issues: FeedIssue[]}
  | {status: 'error'; error: FeedError};

export const IDLE = {status: 'idle'} as const;
export const LOADING = {status: 'loading'} as const;
