/**
 * Interface strings shared by every widget, per language. Each widget keeps its
 * own strings beside it in `<widget>/strings.ts`, typed the same way, so a CDN
 * bundle carries only the words it shows.
 */
import type {Lang} from './lang.js';
import type {FeedErrorKind} from '../feed/validate.js';

/** A set of strings in both languages, the English typed after the Dutch. */
export type Translations<T> = Record<Lang, T>;

/** Defines a widget's strings: Dutch first, English with exactly the same keys. */
export function defineStrings<T extends object>(nl: T, en: NoInfer<T>): Translations<T> {
  return {nl, en};
}

export const commonStrings = defineStrings(
  {
    loading: 'Gegevens worden geladen…',
    errorTitle: 'De gegevens kunnen nu niet worden geladen.',
    errorKinds: {
      network: 'Er is geen verbinding met de bron van de gegevens.',
      http: 'De bron van de gegevens gaf een foutmelding.',
      timeout: 'Het laden duurde te lang.',
      json: 'De gegevens zijn niet leesbaar.',
      shape: 'De gegevens hebben niet de verwachte vorm.',
      version: 'Deze versie van de gegevens wordt niet ondersteund.',
    } satisfies Record<FeedErrorKind, string>,
    retry: 'Opnieuw proberen',
    noFeed: 'Er is geen bron voor de gegevens ingesteld.',
    close: 'Sluiten',
    clearAll: 'Alles wissen',
    search: 'Zoeken',
    previous: 'Vorige',
    next: 'Volgende',
    print: 'Afdrukken',
    opensInNewWindow: '(opent in een nieuw venster)',
    removeFilter: (label: string) => `Filter ${label} verwijderen`,
  },
  {
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
  },
);
