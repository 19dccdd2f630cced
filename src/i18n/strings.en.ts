/**
 * The words every widget shows, in English: loaded only when a page asks for
 * English (see `commonStrings` in strings.ts).
 */
import type {CommonStrings} from './strings.js';

export const common: CommonStrings = {
  loading: 'Loading…',
  errorTitle: 'The information cannot be loaded right now.',
  errorKinds: {
    network: 'There is no connection to the source of the information.',
    http: 'The source of the information returned an error.',
    timeout: 'Loading took too long.',
    json: 'The information cannot be read.',
    shape: 'The information does not have the expected form.',
    version: 'This version of the information is not supported.',
  },
  retry: 'Try again',
  noFeed: 'No source for the information has been set.',
  close: 'Close',
  clearAll: 'Clear all',
  search: 'Search',
  previous: 'Previous',
  next: 'Next',
  print: 'Print',
  opensInNewWindow: '(opens in a new window)',
  removeFilter: (label: string) => `Remove filter ${label}`,
};
