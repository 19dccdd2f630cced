/**
 * The criteria built into the check, taken from "Het verhaal van de Nationale
 * Coalitie tegen Eenzaamheid" (January 2026), annex "Criteria voor lidmaatschap
 * [...] en voor het plaatsen van initiatieven in de Etalage". A feed's
 * `criteria.membership` / `criteria.etalage` replaces them (the coalition says the
 * criteria may change). Each `help` opens with the criterion's name in the document,
 * so the five criteria stay recognisable.
 *
 * "Met mensen" (reach over 1,500 people and involving people who feel lonely) is one
 * number criterion: the reach is what can be checked, the involvement is spelled out
 * in its help text and question. `min` is inclusive, so "more than 1500" is `1501`.
 */
import type {CriteriaTrack, Criterion} from '../feed/schema.js';
import type {FeedState} from '../feed/feed-state.js';
import type {Lang} from '../i18n/lang.js';
import {Translations} from '../i18n/strings.js';

/** The built-in criteria of both tracks, in one language. */
export type DefaultCriteria = Record<CriteriaTrack, Criterion[]>;

const nl: DefaultCriteria = {
  membership: [
    {
      id: 'actief-op-eenzaamheid',
      question: 'Zet je organisatie zich in om eenzaamheid te voorkomen of te verminderen, of is zij dat van plan?',
      help: 'Actief op eenzaamheid: deelnemers hebben de intentie of zetten zich al actief in om eenzaamheid te voorkomen en/of verminderen.',
      answer: 'yes-no',
      unmet: 'De coalitie is er voor organisaties die zich inzetten (of willen inzetten) om eenzaamheid te voorkomen of te verminderen.',
    },
    {
      id: 'inzet-op-samenwerken',
      question: 'Is je organisatie bereid om minimaal 2 jaar samen te werken met de andere partners van de coalitie?',
      help: 'Inzet op samenwerken: deelnemers zijn bereid om voor minimaal 2 jaar de handen ineen te slaan.',
      answer: 'yes-no',
      unmet: 'Leden slaan voor minimaal 2 jaar de handen ineen. Lid worden kan zodra je organisatie zich zo lang wil verbinden.',
    },
    {
      id: 'landelijke-uitstraling',
      question: 'Is je organisatie in het hele land actief, of heeft zij een landelijke uitstraling?',
      help: 'Landelijke uitstraling: deelnemers zijn in het hele land actief en/of hebben een landelijke uitstraling.',
      answer: 'yes-no',
      unmet: 'De coalitie is landelijk. Werk je lokaal of regionaal? Kijk dan of je initiatief in de Etalage past, of zoek samenwerking met een landelijke partner.',
    },
    {
      id: 'met-mensen',
      question: 'Hoeveel mensen bereikt je organisatie met haar aanpak tegen eenzaamheid?',
      help: 'Met mensen: deelnemers hebben een groot bereik (meer dan 1500 mensen) en betrekken mensen met gevoelens van eenzaamheid, hun familie, buurtbewoners, vrijwilligers of medewerkers bij hun aanpak.',
      answer: 'number',
      min: 1501,
      unit: 'mensen',
      unmet: 'Leden bereiken meer dan 1500 mensen en betrekken mensen met gevoelens van eenzaamheid, hun familie, buurtbewoners, vrijwilligers of medewerkers bij hun aanpak.',
    },
    {
      id: 'professionele-organisatie',
      question: 'Is je organisatie professioneel georganiseerd, met een solide financiële basis?',
      help: 'Professionele organisatie: deelnemers zijn professioneel georganiseerd en hebben een solide financiële basis.',
      answer: 'yes-no',
      unmet: 'Leden zijn professioneel georganiseerd en hebben een solide financiële basis.',
    },
  ],
  etalage: [
    {
      id: 'gericht-op-eenzaamheid',
      question: 'Richt je initiatief zich op het voorkomen of verminderen van eenzaamheid?',
      help: 'Alle initiatieven in de Etalage richten zich op het voorkomen en/of verminderen van eenzaamheid.',
      answer: 'yes-no',
      unmet: 'De Etalage toont alleen initiatieven die zich richten op het voorkomen en/of verminderen van eenzaamheid.',
    },
    {
      id: 'minimaal-2-jaar-actief',
      question: 'Hoeveel jaar is je initiatief al actief?',
      help: 'Het initiatief is minimaal 2 jaar actief.',
      answer: 'number',
      min: 2,
      unit: 'jaar',
      unmet: 'Een initiatief moet minimaal 2 jaar actief zijn. Meld het aan zodra het 2 jaar bestaat.',
    },
    {
      id: 'duurzaam',
      question: 'Is je initiatief duurzaam, dus niet eenmalig?',
      help: 'Het initiatief is duurzaam en heeft geen eenmalig karakter.',
      answer: 'yes-no',
      unmet: 'De Etalage toont initiatieven die blijvend zijn; eenmalige activiteiten komen er niet in.',
    },
    {
      id: 'landelijk-of-meerdere-gemeenten',
      question: 'Is je initiatief landelijk actief, of in ieder geval in meerdere gemeenten?',
      help: 'Het initiatief is landelijk actief, of in ieder geval in meerdere gemeenten.',
      answer: 'yes-no',
      unmet: 'Een initiatief in de Etalage wordt in meerdere gemeenten uitgevoerd, zodat andere gemeenten het kunnen overnemen.',
    },
    {
      id: 'bereik-500-per-jaar',
      question: 'Hoeveel mensen bereikt je initiatief per jaar?',
      help: 'Het initiatief bereikt minimaal 500 mensen per jaar.',
      answer: 'number',
      min: 500,
      unit: 'mensen per jaar',
      unmet: 'Een initiatief in de Etalage bereikt minimaal 500 mensen per jaar.',
    },
  ],
};

/** The built-in criteria per language: Dutch at hand, English loaded on English pages. */
export const defaultCriteria = new Translations(nl, () => import('./strings.en.js').then((m) => m.criteria));

/** Where the criteria in use come from. `fallback`: the feed failed to load, so the defaults are used. */
export type CriteriaSource = 'feed' | 'default' | 'fallback';

export interface ResolvedCriteria {
  criteria: readonly Criterion[];
  source: CriteriaSource;
}

/**
 * The criteria for a track: the feed's list when the feed is ready and has a
 * non-empty list for the track (after invalid criteria were left out), otherwise
 * the defaults in the page language. `undefined` while the feed is loading.
 */
export function resolveCriteria(state: FeedState, track: CriteriaTrack, lang: Lang): ResolvedCriteria | undefined {
  if (state.status === 'loading') return undefined;
  const fromFeed = state.status === 'ready' ? state.feed.criteria?.[track] : undefined;
  if (fromFeed?.length) return {criteria: fromFeed, source: 'feed'};
  return {criteria: defaultCriteria[lang][track], source: state.status === 'error' ? 'fallback' : 'default'};
}
