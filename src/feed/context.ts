import {createContext} from '@lit/context';
import type {FeedSourceState} from './feed-state.js';

/** What `<ncte-feed>` provides to the widgets inside it. */
export interface FeedContextValue {
  state: FeedSourceState;
  retry: () => void;
}

export const feedContext = createContext<FeedContextValue>(Symbol.for('ncte-widgets.feed'));
