import {expect} from '@open-wc/testing';
import {render} from 'lit';
import type {Criterion} from '../../src/feed/schema.js';
import {
  formatAnswer,
  pageQuestions,
  renderCheckAnswers,
  renderQuestions,
  renderResult,
  renderStart,
  type CheckHost,
} from '../../src/eligibility-check/templates.js';
import {change, type Step} from '../../src/eligibility-check/flow.js';
import {strings} from '../../src/eligibility-check/strings.js';
import {text} from '../helpers.js';

const yesNo: Criterion = {id: 'aim', question: 'Zet je je in tegen eenzaamheid?', answer: 'yes-no', unmet: 'Richt je daar eerst op.'};
const hours: Criterion = {id: 'hours', question: 'Hoeveel uur per week?', answer: 'number', min: 4, unit: 'uur', help: 'Gemiddeld.', unmet: 'Minstens 4 uur.'};
const t = strings.nl;

/** A host as the element builds it, with every call recorded. */
function host(overrides: Partial<CheckHost> = {}): CheckHost & {calls: string[]} {
  const calls: string[] = [];
  const record = (name: string) => (...args: unknown[]) => void calls.push([name, ...args.filter((a) => !(a instanceof Event))].join(' '));
  return {
    calls,
    lang: 'nl',
    track: 'membership',
    mode: 'one-per-page',
    step: {name: 'start'},
    criteria: [yesNo, hours],
    answers: {},
    drafts: {},
    errors: {},
    element: {remember: false},
    onStart: record('start'),
    onBack: record('back'),
    onSubmit: (event: SubmitEvent) => {
      event.preventDefault();
      calls.push('submit');
    },
    onShowResult: record('showResult'),
    onRestart: record('restart'),
    onPrint: record('print'),
    onRetry: record('retry'),
    go: (step: Step, focus: string) => void calls.push(`go ${JSON.stringify(step)} ${focus}`),
    draft: record('draft'),
    focusField: (event: Event, index: number) => {
      event.preventDefault();
      calls.push(`focusField ${index}`);
    },
    ...overrides,
  };
}

const shownRoots: HTMLElement[] = [];
/** The template rendered into a container on the page (a form submits, a radio changes only there). */
function shown(template: unknown): HTMLElement {
  const root = document.body.appendChild(document.createElement('div'));
  shownRoots.push(root);
  render(template, root);
  return root;
}

describe('eligibility check templates', () => {
  afterEach(() => shownRoots.splice(0).forEach((root) => root.remove()));

  it('pageQuestions: one question, all of them, or none', () => {
    expect(pageQuestions({name: 'question', index: 1}, [yesNo, hours])).to.deep.equal([[hours, 1]]);
    expect(pageQuestions({name: 'questions'}, [yesNo, hours])).to.deep.equal([
      [yesNo, 0],
      [hours, 1],
    ]);
    expect(pageQuestions({name: 'start'}, [yesNo, hours])).to.deep.equal([]);
    expect(pageQuestions({name: 'result'}, [yesNo])).to.deep.equal([]);
  });

  it('formatAnswer: yes/no in words, numbers Dutch-style with their unit, nothing unanswered', () => {
    expect(formatAnswer(yesNo, 'yes', 'nl')).to.equal('Ja');
    expect(formatAnswer(yesNo, 'no', 'nl')).to.equal('Nee');
    expect(formatAnswer(hours, 1500, 'nl')).to.equal('1.500 uur');
    expect(formatAnswer({...hours, unit: undefined}, 2.5, 'nl')).to.equal('2,5');
    expect(formatAnswer(hours, undefined, 'nl')).to.equal('');
  });

  it('start: question count, privacy text, a fallback note whose button retries, and the start button', () => {
    const h = host({element: {remember: true}});
    const root = shown(renderStart(h, t, 3, {criteria: [yesNo, hours], source: 'fallback'}));
    expect(root.querySelector('h3#step-heading')).to.exist;
    expect(text(root)).to.contain(t.questionCount(2)).and.contain(t.privacyRemember);
    root.querySelector<HTMLButtonElement>('.note button')!.click();
    root.querySelector<HTMLButtonElement>('[part="start-button"]')!.click();
    expect(h.calls).to.deep.equal(['retry', 'start']);
    const fromFeed = shown(renderStart(host(), t, 2, {criteria: [yesNo], source: 'feed'}));
    expect(fromFeed.querySelector('.note'), 'no note with the feed').to.equal(null);
    expect(text(fromFeed)).to.contain(t.privacy);
  });

  it('one question per page: its heading is the step heading, errors are summarised and linked to the field', () => {
    const h = host({step: {name: 'question', index: 1}, errors: {1: 'empty'}, drafts: {hours: 'x'}});
    const root = shown(renderQuestions(h, t, 2));
    expect(root.querySelector('#step-heading')!.textContent).to.contain(t.progress(2, 2)).and.contain(hours.question);
    const input = root.querySelector<HTMLInputElement>('#q1')!;
    expect(input.value, 'the draft').to.equal('x');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('q1-hint q1-error');
    const link = root.querySelector<HTMLAnchorElement>('[part="error-summary"] a')!;
    expect(link.getAttribute('href')).to.equal('#q1');
    expect(text(link)).to.equal(t.errors.empty);
    link.click();
    input.value = '12';
    input.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('[part="back-button"]')!.click();
    root.querySelector('form')!.requestSubmit();
    expect(h.calls).to.deep.equal(['focusField 1', 'draft hours 12', 'back', 'submit']);
  });

  it('all questions on one page: numbered error links, radios that keep a draft', () => {
    const h = host({step: {name: 'questions'}, mode: 'single-page', errors: {0: 'choose'}, answers: {aim: 'no'}, drafts: {aim: 'yes'}});
    const root = shown(renderQuestions(h, t, 2));
    expect(text(root.querySelector('[part="error-summary"] a'))).to.equal(`${t.progress(1, 2)}: ${t.errors.choose}`);
    expect(root.querySelector('#h-q0')!.tagName).to.equal('H3');
    expect(root.querySelector<HTMLInputElement>('#q0')!.checked, 'yes: the draft wins over the answer').to.equal(true);
    root.querySelector<HTMLInputElement>('#q0-no')!.click();
    expect(h.calls).to.deep.equal(['draft aim no']);
    expect(text(root.querySelector('[part="next-button"]'))).to.equal(t.next);
  });

  it('check answers: each answer, and a change button that goes back to that question', () => {
    const h = host({step: {name: 'check-answers'}, mode: 'single-page', answers: {aim: 'yes', hours: 6}});
    const root = shown(renderCheckAnswers(h, t, 2, 'nl'));
    expect([...root.querySelectorAll('dd:not(.change)')].map(text)).to.deep.equal(['Ja', '6 uur']);
    root.querySelectorAll<HTMLButtonElement>('.change button')[1].click();
    expect(h.calls).to.deep.equal([`go ${JSON.stringify(change(1, 'single-page'))} h-q1`]);
  });

  it('result: met and unmet criteria, the help link when not eligible, no unsafe link', () => {
    const notEligible = host({step: {name: 'result'}, answers: {aim: 'yes', hours: 2}, element: {remember: false, helpHref: 'https://example.org/toolkit', helpLabel: 'Toolkit'}});
    const root = shown(renderResult(notEligible, t, 2, 'nl'));
    expect(root.querySelector('.result.not-eligible')).to.exist;
    expect([...root.querySelectorAll('[part~="criterion"]')].map((li) => li.getAttribute('part'))).to.deep.equal([
      'criterion criterion-met',
      'criterion criterion-unmet',
    ]);
    expect(text(root.querySelector('.explanation'))).to.equal(hours.unmet);
    expect(root.querySelector('[part="help-link"]')!.getAttribute('href')).to.equal('https://example.org/toolkit');
    const buttons = root.querySelectorAll<HTMLButtonElement>('.actions button');
    buttons[0].click();
    buttons[1].click();
    expect(notEligible.calls).to.deep.equal(['restart', 'print']);

    const eligible = shown(renderResult(host({answers: {aim: 'yes', hours: 4}, element: {remember: false, applyHref: 'javascript:alert(1)'}}), t, 2, 'nl'));
    expect(eligible.querySelector('.result.eligible')).to.exist;
    expect(eligible.querySelector('[part="apply-link"]'), 'a javascript: link is left out').to.equal(null);
    const apply = shown(renderResult(host({answers: {aim: 'yes', hours: 4}, element: {remember: false, applyHref: 'mailto:a@b.nl'}}), t, 2, 'nl'));
    expect(text(apply.querySelector('[part="apply-link"]'))).to.equal(t.applyLabel.membership);
  });
});
