/**
 * Interface strings, per language. The strings every widget shows (loading,
 * errors, retry) are here: Dutch at hand, English in `strings.en.ts`. Each widget keeps its own beside it:
 * Dutch in `<widget>/strings.ts`, English in `<widget>/strings.en.ts`, which is
 * loaded only when a page asks for English (most pages are Dutch), so a CDN
 * bundle carries only the Dutch words it shows.
 */
import type {Lang} from './lang.js';
import type {FeedErrorKind} from '../feed/validate.js';

/** Strings in both languages at hand, the English typed after the Dutch. */
export function defineStrings<T extends object>(nl: T, en: NoInfer<T>): Record<Lang, T> {
  return {nl, en};
}

/**
 * A widget's strings: Dutch at hand, English loaded on first use. Index it like a
 * record (`strings[lang]`) with the `lang` of a {@link LangController} that was
 * given these strings: it only turns to English once {@link load} is done. Reading
 * `en` before that throws, so a missed load is loud rather than a page in Dutch.
 */
export class Translations<T> {
  readonly nl: T;
  readonly #loadEnglish: () => Promise<T>;
  #english?: T;
  #loading?: Promise<void>;

  constructor(nl: T, loadEnglish: () => Promise<T>) {
    this.nl = nl;
    this.#loadEnglish = loadEnglish;
  }

  get en(): T {
    if (!this.#english) throw new Error('ncte-widgets: English strings read before they were loaded');
    return this.#english;
  }

  /** Whether the words for `lang` are at hand. */
  has(lang: Lang): boolean {
    return lang === 'nl' || this.#english !== undefined;
  }

  /** Loads the words for `lang` (once; a failed load may be tried again). */
  load(lang: Lang): Promise<void> {
    if (this.has(lang)) return Promise.resolve();
    return (this.#loading ??= this.#loadEnglish().then(
      (english) => {
        this.#english = english;
      },
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    ));
  }
}

/** The Dutch words every widget shows. */
const nl = {
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
};

export type CommonStrings = typeof nl;

/**
 * The words every widget shows (loading, errors, retry, …): Dutch at hand, English
 * in `i18n/strings.en.ts`, loaded on an English page: every widget gives it to its
 * {@link LangController} with its own strings.
 */
export const commonStrings = /* @__PURE__ */ new Translations(nl, () => import('./strings.en.js').then((m) => m.common));
