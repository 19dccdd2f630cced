/** Interface text of `<ncte-eligibility-check>`, in Dutch; the English is in `strings.en.ts`. */
import {Translations} from '../i18n/strings.js';

const nl = {
  title: {
    membership: 'Kan mijn organisatie lid worden van de Nationale Coalitie tegen Eenzaamheid?',
    etalage: 'Kan mijn initiatief in de Etalage?',
  },
  intro: {
    membership: 'Ontdek in twee minuten of je organisatie voldoet aan de criteria voor lidmaatschap van de coalitie. Lidmaatschap is kosteloos.',
    etalage: 'Ontdek in twee minuten of je initiatief voldoet aan de criteria voor de Etalage van maatschappelijke initiatieven tegen eenzaamheid.',
  },
  questionCount: (n: number) => `Je beantwoordt ${n} ${n === 1 ? 'vraag' : 'vragen'}.`,
  privacy: 'Je antwoorden blijven in je browser. Ze worden nergens naartoe gestuurd.',
  privacyRemember: 'Je antwoorden blijven in je browser en worden nergens naartoe gestuurd. Ze worden bewaard tot je dit tabblad sluit.',
  fallback: 'De actuele criteria konden niet worden geladen. Deze check gebruikt de criteria uit het verhaal van de coalitie (januari 2026).',
  start: 'Start de check',
  progress: (n: number, total: number) => `Vraag ${n} van ${total}`,
  questionsTitle: 'Beantwoord de vragen',
  yes: 'Ja',
  no: 'Nee',
  numberHint: 'Vul een getal in, bijvoorbeeld 1.500.',
  next: 'Volgende',
  back: 'Vorige',
  saveAnswer: 'Opslaan en terug naar je antwoorden',
  continue: 'Verder',
  errorSummary: 'Er is een probleem',
  errorPrefix: 'Fout:',
  errors: {
    choose: 'Kies ja of nee.',
    empty: 'Vul een getal in.',
    invalid: 'Vul alleen een getal in, zonder letters of tekens, bijvoorbeeld 1.500.',
    negative: 'Vul een getal van 0 of meer in.',
  },
  checkTitle: 'Controleer je antwoorden',
  change: 'Wijzigen',
  changeWhat: (question: string) => ` antwoord op: ${question}`,
  showResult: 'Bekijk de uitslag',
  eligible: {
    membership: 'Je organisatie voldoet aan de criteria voor lidmaatschap',
    etalage: 'Je initiatief voldoet aan de criteria voor de Etalage',
  },
  notEligible: {
    membership: 'Je organisatie voldoet (nog) niet aan alle criteria voor lidmaatschap',
    etalage: 'Je initiatief voldoet (nog) niet aan alle criteria voor de Etalage',
  },
  summaryMet: (met: number, total: number) => `Je voldoet aan ${met} van de ${total} criteria.`,
  criteriaTitle: 'De criteria',
  met: 'Voldaan',
  unmet: 'Niet voldaan',
  yourAnswer: 'Je antwoord:',
  nextStepTitle: 'Wat kun je nu doen?',
  nextEligible: {
    membership: 'Meld je organisatie aan bij het coördinatieteam van de coalitie. Zij nemen contact met je op.',
    etalage: 'Meld je initiatief aan voor de Etalage. Het coördinatieteam bekijkt je aanmelding.',
  },
  applyLabel: {membership: 'Meld je organisatie aan', etalage: 'Meld je initiatief aan'},
  nextNotEligible: 'Werk aan de criteria die nog niet voldaan zijn en doe de check later opnieuw. Met vragen kun je terecht bij eenzaamheid@aef.nl.',
  helpLabel: 'Bekijk wat je kunt doen tegen eenzaamheid',
  restart: 'Opnieuw beginnen',
  print: 'Afdrukken',
};

export type EligibilityStrings = typeof nl;

/** Dutch at hand; English loaded on pages that ask for it. */
export const strings = new Translations(nl, () => import('./strings.en.js').then((m) => m.en));
