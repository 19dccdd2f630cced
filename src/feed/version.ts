/** The only major feed version this library understands: a feed says `"version": 1`. */
export const FEED_VERSION = 1;
