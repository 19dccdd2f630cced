/** The built-in criteria in English, loaded only on English pages (with the check's other English text). */
import type {DefaultCriteria} from './default-criteria.js';

export const criteria: DefaultCriteria = {
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
};
