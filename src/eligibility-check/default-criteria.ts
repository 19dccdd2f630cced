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

export const defaultCriteria: Record<Lang, Record<CriteriaTrack, Criterion[]>> = {
  nl: {
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
  },
  en: {
    membership: [
      {
        id: 'actief-op-eenzaamheid',
        question: 'Does your organisation work to prevent or reduce loneliness, or does it intend to?',
        help: 'Active on loneliness: members intend to, or already actively, work to prevent and/or reduce loneliness.',
        answer: 'yes-no',
        unmet: 'The coalition is for organisations that work (or want to work) to prevent or reduce loneliness.',
      },
      {
        id: 'inzet-op-samenwerken',
        question: 'Is your organisation willing to work with the other coalition partners for at least 2 years?',
        help: 'Committed to cooperation: members are willing to join forces for at least 2 years.',
        answer: 'yes-no',
        unmet: 'Members join forces for at least 2 years. You can join once your organisation wants to commit for that long.',
      },
      {
        id: 'landelijke-uitstraling',
        question: 'Is your organisation active throughout the country, or does it have a national presence?',
        help: 'National presence: members are active throughout the country and/or have a national presence.',
        answer: 'yes-no',
        unmet: 'The coalition is national. Working locally or regionally? See whether your initiative fits the Etalage, or team up with a national partner.',
      },
      {
        id: 'met-mensen',
        question: 'How many people does your organisation reach with its work against loneliness?',
        help: 'With people: members reach many people (more than 1,500) and involve people who feel lonely, their families, neighbours, volunteers or staff in their approach.',
        answer: 'number',
        min: 1501,
        unit: 'people',
        unmet: 'Members reach more than 1,500 people and involve people who feel lonely, their families, neighbours, volunteers or staff in their approach.',
      },
      {
        id: 'professionele-organisatie',
        question: 'Is your organisation professionally run, with a solid financial base?',
        help: 'Professional organisation: members are professionally organised and have a solid financial base.',
        answer: 'yes-no',
        unmet: 'Members are professionally organised and have a solid financial base.',
      },
    ],
    etalage: [
      {
        id: 'gericht-op-eenzaamheid',
        question: 'Does your initiative aim to prevent or reduce loneliness?',
        help: 'Every initiative in the Etalage aims to prevent and/or reduce loneliness.',
        answer: 'yes-no',
        unmet: 'The Etalage only shows initiatives that aim to prevent and/or reduce loneliness.',
      },
      {
        id: 'minimaal-2-jaar-actief',
        question: 'For how many years has your initiative been active?',
        help: 'The initiative has been active for at least 2 years.',
        answer: 'number',
        min: 2,
        unit: 'years',
        unmet: 'An initiative must have been active for at least 2 years. Apply once it is 2 years old.',
      },
      {
        id: 'duurzaam',
        question: 'Is your initiative lasting, that is not a one-off?',
        help: 'The initiative is lasting and not a one-off.',
        answer: 'yes-no',
        unmet: 'The Etalage shows lasting initiatives; one-off activities are not included.',
      },
      {
        id: 'landelijk-of-meerdere-gemeenten',
        question: 'Is your initiative active nationally, or at least in several municipalities?',
        help: 'The initiative is active nationally, or at least in several municipalities (gemeenten).',
        answer: 'yes-no',
        unmet: 'An initiative in the Etalage runs in several municipalities, so that other municipalities can adopt it.',
      },
      {
        id: 'bereik-500-per-jaar',
        question: 'How many people does your initiative reach per year?',
        help: 'The initiative reaches at least 500 people a year.',
        answer: 'number',
        min: 500,
        unit: 'people a year',
        unmet: 'An initiative in the Etalage reaches at least 500 people a year.',
      },
    ],
  },
};

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
