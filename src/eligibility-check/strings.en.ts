/** English interface text of `<ncte-eligibility-check>`, loaded only on English pages. */
import type {EligibilityStrings} from './strings.js';

// The built-in criteria's English, so that one chunk brings all of the check's English.
export {criteria} from './default-criteria.en.js';

export const en: EligibilityStrings = {
  title: {
    membership: 'Can my organisation join the National Coalition against Loneliness?',
    etalage: 'Can my initiative be listed in the Etalage?',
  },
  intro: {
    membership: 'Find out in two minutes whether your organisation meets the criteria for membership of the coalition. Membership is free.',
    etalage: 'Find out in two minutes whether your initiative meets the criteria for the Etalage, the showcase of community initiatives against loneliness.',
  },
  questionCount: (n: number) => `You answer ${n} ${n === 1 ? 'question' : 'questions'}.`,
  privacy: 'Your answers stay in your browser. They are not sent anywhere.',
  privacyRemember: 'Your answers stay in your browser and are not sent anywhere. They are kept until you close this tab.',
  fallback: 'The current criteria could not be loaded. This check uses the criteria from the coalition’s own document (January 2026).',
  start: 'Start the check',
  progress: (n: number, total: number) => `Question ${n} of ${total}`,
  questionsTitle: 'Answer the questions',
  yes: 'Yes',
  no: 'No',
  numberHint: 'Enter a number, for example 1,500.',
  next: 'Next',
  back: 'Back',
  saveAnswer: 'Save and return to your answers',
  continue: 'Continue',
  errorSummary: 'There is a problem',
  errorPrefix: 'Error:',
  errors: {
    choose: 'Choose yes or no.',
    empty: 'Enter a number.',
    invalid: 'Enter a number only, without letters or symbols, for example 1,500.',
    negative: 'Enter a number of 0 or more.',
  },
  checkTitle: 'Check your answers',
  change: 'Change',
  changeWhat: (question: string) => ` answer to: ${question}`,
  showResult: 'See the result',
  eligible: {
    membership: 'Your organisation meets the criteria for membership',
    etalage: 'Your initiative meets the criteria for the Etalage',
  },
  notEligible: {
    membership: 'Your organisation does not (yet) meet all criteria for membership',
    etalage: 'Your initiative does not (yet) meet all criteria for the Etalage',
  },
  summaryMet: (met: number, total: number) => `You meet ${met} of the ${total} criteria.`,
  criteriaTitle: 'The criteria',
  met: 'Met',
  unmet: 'Not met',
  yourAnswer: 'Your answer:',
  nextStepTitle: 'What can you do now?',
  nextEligible: {
    membership: 'Apply to the coalition’s coordination team. They will get in touch with you.',
    etalage: 'Submit your initiative for the Etalage. The coordination team will review it.',
  },
  applyLabel: {membership: 'Apply for membership', etalage: 'Submit your initiative'},
  nextNotEligible: 'Work on the criteria you do not meet yet and take the check again later. Questions? Write to eenzaamheid@aef.nl.',
  helpLabel: 'See what you can do against loneliness',
  restart: 'Start again',
  print: 'Print',
};
