import {aTimeout, expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/eligibility-check/index.js';
import type {NcteEligibilityCheck} from '../../src/eligibility-check/index.js';
import {defaultCriteria} from '../../src/eligibility-check/default-criteria.js';
import type {Answer} from '../../src/eligibility-check/evaluate.js';
import type {EligibilityResultEvent} from '../../src/events/eligibility-result.js';
import type {StepChangeEvent} from '../../src/events/step-change.js';
import type {FeedIssuesEvent} from '../../src/events/feed-issues.js';
import type {CriteriaTrack, Criterion} from '../../src/feed/schema.js';
import {clearFeedCache} from '../../src/feed/load.js';
import {sampleFeed} from '../../src/data/sample.js';
import {$, $$, text} from '../helpers.js';
import '../../src/feed/ncte-feed.element.js';

const shadow = (el: NcteEligibilityCheck) => el.shadowRoot!;
const headingText = (el: NcteEligibilityCheck) => text($(el, '#step-heading'));
const focused = (el: NcteEligibilityCheck) => shadow(el).activeElement as HTMLElement | null;
const announced = (el: NcteEligibilityCheck) => text($(el, '[role="status"]'));
const describe_ = (node: Element | null) =>
  node ? `<${node.localName}${node.id ? `#${node.id}` : ''}${node.getAttribute('part') ? ` part=${node.getAttribute('part')}` : ''}> ${text(node).slice(0, 40)}` : 'nothing';

function expectAbsent(el: NcteEligibilityCheck, selector: string): void {
  expect($(el, selector) === null, `${selector} should not be shown`).to.be.true;
}

/** Focus is on `target` (compared by identity; a failed deep comparison of DOM nodes would hang the runner). */
function expectFocusOn(el: NcteEligibilityCheck, target: Element | null, what = ''): void {
  expect(target, `${what} target exists`).to.not.equal(null);
  expect(focused(el) === target, `${what} focus should be on ${describe_(target)}, is on ${describe_(focused(el))}`).to.be.true;
}

async function click(el: NcteEligibilityCheck, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`nothing matches ${selector} on step "${headingText(el)}"`);
  target.click();
  await el.updateComplete;
}

/** Answers the question on screen through its controls, without pressing Next. */
async function fill(el: NcteEligibilityCheck, index: number, value: Answer | string): Promise<void> {
  if (value === 'yes' || value === 'no') {
    $<HTMLInputElement>(el, `input[name="q${index}"][value="${value}"]`)!.click();
  } else {
    const input = $<HTMLInputElement>(el, `#q${index}`)!;
    input.value = String(value);
    input.dispatchEvent(new Event('input', {bubbles: true}));
  }
  await el.updateComplete;
}

/** From the start screen through every question to "check your answers". */
async function answerAll(el: NcteEligibilityCheck, values: Array<Answer | string>): Promise<void> {
  await click(el, '[part="start-button"]');
  for (const [index, value] of values.entries()) {
    expect(headingText(el)).to.contain(`Vraag ${index + 1} van ${values.length}`);
    await fill(el, index, value);
    await click(el, '[part="next-button"]');
  }
  expect(headingText(el)).to.equal('Controleer je antwoorden');
}

const passing = (criteria: readonly Criterion[]) => criteria.map((c) => (c.answer === 'number' ? String(c.min) : 'yes'));
const explanations = (el: NcteEligibilityCheck) => $$(el, '.explanation').map(text);

describe('<ncte-eligibility-check>', () => {
  let realFetch: typeof fetch;
  let requests: string[];

  beforeEach(() => {
    sessionStorage.clear();
    clearFeedCache();
    requests = [];
    realFetch = window.fetch;
    window.fetch = (input, init) => {
      requests.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
  });

  afterEach(() => {
    window.fetch = realFetch;
  });

  it('works with no feed at all: the start screen with the built-in criteria, no request, nothing stored', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check></ncte-eligibility-check>`);
    await expect(el).to.be.accessible();
    expect(headingText(el)).to.equal('Kan mijn organisatie lid worden van de Nationale Coalitie tegen Eenzaamheid?');
    expect(text($(el, '.start'))).to.contain('Je beantwoordt 5 vragen.');
    expect(text($(el, '.start'))).to.contain('Je antwoorden blijven in je browser');
    expectAbsent(el, '.feed-state');
    expect(el.criteria).to.equal(defaultCriteria.nl.membership);
    await answerAll(el, passing(el.criteria));
    await click(el, '.check-answers [part="next-button"]');
    await aTimeout(50);
    expect(requests).to.deep.equal([]);
    expect(sessionStorage.length).to.equal(0);
  });

  it('has these defaults', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check></ncte-eligibility-check>`);
    expect(el.track).to.equal('membership');
    expect(el.mode).to.equal('one-per-page');
    expect(el.remember).to.be.false;
    expect(el.applyHref).to.equal('mailto:eenzaamheid@aef.nl');
    expect(el.applyLabel).to.equal(undefined);
    expect(el.helpHref).to.equal(undefined);
    expect(el.headingLevel).to.equal(2);
    expect(el.loading).to.equal('lazy');
    expect(el.timeout).to.equal(10_000);
    expect(el.src).to.equal(undefined);
    expect(el.feed).to.equal(undefined);
    expect(el.issues).to.deep.equal([]);
    expect($(el, 'h2#step-heading')).to.exist;
  });

  for (const track of ['membership', 'etalage'] as CriteriaTrack[]) {
    const criteria = defaultCriteria.nl[track];

    it(`${track}: all yes is eligible, with the call to action and the result event`, async () => {
      const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check track=${track}></ncte-eligibility-check>`);
      await answerAll(el, passing(criteria));
      await expect(el).to.be.accessible();
      const result = oneEvent(el, 'ncte-eligibility-result') as Promise<EligibilityResultEvent>;
      await click(el, '.check-answers [part="next-button"]');
      const {detail} = await result;
      expect(detail).to.deep.equal({track, eligible: true, criteria: criteria.map((c) => ({id: c.id, met: true}))});
      expect(headingText(el)).to.equal(
        track === 'membership' ? 'Je organisatie voldoet aan de criteria voor lidmaatschap' : 'Je initiatief voldoet aan de criteria voor de Etalage',
      );
      expect(focused(el)?.id).to.equal('step-heading');
      expect($$(el, '.criterion.met')).to.have.length(5);
      expect($$(el, '.criterion .status').map(text).every((s) => s.startsWith('✓ Voldaan:'))).to.be.true;
      expect(explanations(el)).to.deep.equal([]);
      const apply = $<HTMLAnchorElement>(el, '[part="apply-link"]')!;
      expect(apply.href).to.equal('mailto:eenzaamheid@aef.nl');
      expect(text(apply)).to.equal(track === 'membership' ? 'Meld je organisatie aan' : 'Meld je initiatief aan');
      await expect(el).to.be.accessible();
    });

    criteria.forEach((failing, index) => {
      it(`${track}: failing only "${failing.id}" is not eligible, with exactly that explanation`, async () => {
        const el = await fixture<NcteEligibilityCheck>(
          html`<ncte-eligibility-check track=${track} help-href="https://www.eentegeneenzaamheid.nl/toolkit/"></ncte-eligibility-check>`,
        );
        const values = passing(criteria);
        values[index] = failing.answer === 'number' ? String(failing.min! - 1) : 'no';
        await answerAll(el, values);
        const result = oneEvent(el, 'ncte-eligibility-result') as Promise<EligibilityResultEvent>;
        await click(el, '.check-answers [part="next-button"]');
        const {detail} = await result;
        expect(detail.eligible).to.be.false;
        expect(detail.criteria.filter((c) => !c.met).map((c) => c.id)).to.deep.equal([failing.id]);
        expect(headingText(el)).to.contain('voldoet (nog) niet aan alle criteria');
        expect(text($(el, '.result > p'))).to.equal('Je voldoet aan 4 van de 5 criteria.');
        expect(explanations(el)).to.deep.equal([failing.unmet]);
        const unmet = $$(el, '.criterion.unmet');
        expect(unmet).to.have.length(1);
        expect(text(unmet[0].querySelector('.status'))).to.equal(`✗ Niet voldaan: ${failing.question}`);
        expectAbsent(el, '[part="apply-link"]');
        expect($<HTMLAnchorElement>(el, '[part="help-link"]')!.href).to.equal('https://www.eentegeneenzaamheid.nl/toolkit/');
        if (index === 0) await expect(el).to.be.accessible();
      });
    });
  }

  it('reads Dutch numbers and checks the boundary: 1.501 is met, 1.500 is not', async () => {
    for (const [typed, met] of [
      ['1.501', true],
      [' 1501 ', true],
      ['1 501', true],
      ['1.500', false],
      ['1500', false],
    ] as const) {
      const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check></ncte-eligibility-check>`);
      await answerAll(el, ['yes', 'yes', 'yes', typed, 'yes']);
      expect(text($$(el, '.summary-row')[3].querySelector('dd'))).to.equal(`${met ? '1.501' : '1.500'} mensen`);
      await click(el, '.check-answers [part="next-button"]');
      expect($$(el, '.criterion')[3].classList.contains(met ? 'met' : 'unmet'), typed).to.be.true;
    }
  });

  it('rejects what is not a number with an error linked to the field and a focused error summary', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check track="etalage"></ncte-eligibility-check>`);
    await click(el, '[part="start-button"]');
    await fill(el, 0, 'yes');
    await click(el, '[part="next-button"]');
    expect(headingText(el)).to.equal('Vraag 2 van 5 Hoeveel jaar is je initiatief al actief?');
    const historyLength = history.length;
    const hash = location.hash;

    await click(el, '[part="next-button"]');
    expect(text($(el, '.error-message'))).to.equal('Fout: Vul een getal in.');

    await fill(el, 1, 'twee');
    await click(el, '[part="next-button"]');
    const summary = $(el, '[part="error-summary"]')!;
    expectFocusOn(el, summary);
    expect(text(summary)).to.equal('Er is een probleem Vul alleen een getal in, zonder letters of tekens, bijvoorbeeld 1.500.');
    const input = $<HTMLInputElement>(el, '#q1')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.type).to.equal('text');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include.members(['q1-hint', 'q1-error']);
    expect(text($(el, '#q1-error'))).to.equal('Fout: Vul alleen een getal in, zonder letters of tekens, bijvoorbeeld 1.500.');
    expect(announced(el)).to.contain('Er is een probleem');
    expect(headingText(el)).to.contain('Vraag 2 van 5');
    await expect(el).to.be.accessible();
    // The same errors again: the live region gets a new node with the same text, so it is heard again.
    const textNode = () => [...$(el, '[role="status"]')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
    const said = textNode();
    await click(el, '[part="next-button"]');
    expect(announced(el)).to.equal(text(said));
    expect(textNode()).not.to.equal(said);

    summary.querySelector('a')!.click();
    await el.updateComplete;
    expectFocusOn(el, input);
    expect(location.hash).to.equal(hash);

    await fill(el, 1, '-3');
    await click(el, '[part="next-button"]');
    expect(text($(el, '#q1-error'))).to.equal('Fout: Vul een getal van 0 of meer in.');

    await fill(el, 1, '2');
    await click(el, '[part="next-button"]');
    expect(headingText(el)).to.contain('Vraag 3 van 5');
    expectAbsent(el, '[part="error-summary"]');
    expect(history.length).to.equal(historyLength);
  });

  it('asks to choose yes or no before moving on', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check></ncte-eligibility-check>`);
    await click(el, '[part="start-button"]');
    await click(el, '[part="next-button"]');
    expectFocusOn(el, $(el, '[part="error-summary"]'));
    expect(text($(el, '#q0-error'))).to.equal('Fout: Kies ja of nee.');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('q0-hint q0-error');
    await expect(el).to.be.accessible();
    $(el, '[part="error-summary"] a')!.click();
    expectFocusOn(el, $(el, '#q0'));
  });

  it('changes an answer from the summary and returns to the summary', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check></ncte-eligibility-check>`);
    await answerAll(el, ['yes', 'yes', 'yes', '2000', 'yes']);
    const rows = () => $$(el, '.summary-row').map((row) => text(row.querySelector('dd')));
    expect(rows()).to.deep.equal(['Ja', 'Ja', 'Ja', '2.000 mensen', 'Ja']);
    await expect(el).to.be.accessible();

    const steps: string[] = [];
    el.addEventListener('ncte-step-change', (e: StepChangeEvent) => steps.push(`${e.detail.step}:${e.detail.index}`));
    const changeButtons = $$(el, '.summary .change button');
    expect(text(changeButtons[1])).to.equal(
      'Wijzigen antwoord op: Is je organisatie bereid om minimaal 2 jaar samen te werken met de andere partners van de coalitie?',
    );
    changeButtons[1].click();
    await el.updateComplete;
    expect(headingText(el)).to.contain('Vraag 2 van 5');
    expect(focused(el)?.id).to.equal('step-heading');
    expect($<HTMLInputElement>(el, '#q1')!.checked).to.be.true;
    expect(text($(el, '[part="next-button"]'))).to.equal('Opslaan en terug naar je antwoorden');
    await fill(el, 1, 'no');
    await click(el, '[part="next-button"]');
    expect(headingText(el)).to.equal('Controleer je antwoorden');
    expect(focused(el)?.id).to.equal('step-heading');
    expect(rows()).to.deep.equal(['Ja', 'Nee', 'Ja', '2.000 mensen', 'Ja']);

    // Change the number, then go Back without saving: the summary keeps the old answer.
    $$(el, '.summary .change button')[3].click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#q3')!.value).to.equal('2.000');
    await fill(el, 3, '10');
    await click(el, '[part="back-button"]');
    expect(rows()[3]).to.equal('2.000 mensen');
    expect(steps).to.deep.equal(['question:2', 'check-answers:6', 'question:4', 'check-answers:6']);
  });

  it("shows each question's own answer, never the previous question's choice or text", async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check track="etalage"></ncte-eligibility-check>`);
    const radios = (index: number) => ['yes', 'no'].map((value) => $<HTMLInputElement>(el, `input[name="q${index}"][value="${value}"]`)!.checked);
    await click(el, '[part="start-button"]');
    await fill(el, 0, 'yes');
    await click(el, '[part="next-button"]');
    await fill(el, 1, '3');
    await click(el, '[part="next-button"]');
    expect(radios(2), 'a new question: nothing chosen').to.deep.equal([false, false]);
    await fill(el, 2, 'no');
    await click(el, '[part="next-button"]');
    expect(radios(3), 'after "no"').to.deep.equal([false, false]);
    await fill(el, 3, 'yes');
    await click(el, '[part="next-button"]');
    expect($<HTMLInputElement>(el, '#q4')!.value, 'a new number question: empty').to.equal('');
    await fill(el, 4, '600');
    for (const [index, expected] of [
      [3, [true, false]],
      [2, [false, true]],
    ] as const) {
      await click(el, '[part="back-button"]');
      expect(radios(index), `back to question ${index + 1}`).to.deep.equal(expected);
    }
    // A choice not saved with Next is dropped on Back, and the saved answer shows again.
    await fill(el, 2, 'yes');
    await click(el, '[part="back-button"]');
    expect($<HTMLInputElement>(el, '#q1')!.value).to.equal('3');
    await click(el, '[part="back-button"]');
    expect(radios(0)).to.deep.equal([true, false]);
    await click(el, '[part="next-button"]');
    await click(el, '[part="next-button"]');
    expect(radios(2), 'forward again: the saved "no"').to.deep.equal([false, true]);
    await click(el, '[part="next-button"]');
    expect(radios(3)).to.deep.equal([true, false]);
    await click(el, '[part="next-button"]');
    expect($<HTMLInputElement>(el, '#q4')!.value, 'the number typed but not saved is gone').to.equal('');
  });

  it('goes Back step by step to the start, keeping the answers', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check></ncte-eligibility-check>`);
    await answerAll(el, ['yes', 'no', 'yes', '1600', 'yes']);
    await click(el, '.check-answers [part="back-button"]');
    expect(headingText(el)).to.contain('Vraag 5 van 5');
    expect($<HTMLInputElement>(el, '#q4')!.checked).to.be.true;
    for (const n of [4, 3, 2, 1]) {
      await click(el, '[part="back-button"]');
      expect(headingText(el)).to.contain(`Vraag ${n} van 5`);
      expect(focused(el)?.id).to.equal('step-heading');
    }
    expect($<HTMLInputElement>(el, '#q0')!.checked).to.be.true;
    await click(el, '[part="back-button"]');
    expect($(el, '[part="start-button"]')).to.exist;
    expect(announced(el)).to.equal('Kan mijn organisatie lid worden van de Nationale Coalitie tegen Eenzaamheid?');
  });

  it('can be completed with the keyboard only, focus on each new heading', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check track="etalage"></ncte-eligibility-check>`);
    const press = async (key: string) => {
      await sendKeys({press: key});
      await el.updateComplete;
    };
    await press('Tab');
    expectFocusOn(el, $(el, '[part="start-button"]'));
    await press('Enter');
    for (const [index, value] of ['yes', '3', 'yes', 'yes', '1.200'].entries()) {
      expect(focused(el)?.id, `question ${index + 1}`).to.equal('step-heading');
      expect(headingText(el)).to.contain(`Vraag ${index + 1} van 5`);
      expect(announced(el)).to.contain(`Vraag ${index + 1} van 5:`);
      await press('Tab');
      if (value === 'yes') {
        expectFocusOn(el, $(el, `#q${index}`));
        await press('Space');
        expect($<HTMLInputElement>(el, `#q${index}`)!.checked).to.be.true;
        await press('Tab');
        expectFocusOn(el, $(el, '[part="next-button"]'));
        await press('Enter');
      } else {
        expectFocusOn(el, $(el, `#q${index}`));
        await sendKeys({type: value});
        await press('Enter');
      }
    }
    expect(headingText(el)).to.equal('Controleer je antwoorden');
    expect(focused(el)?.id).to.equal('step-heading');
    expect(announced(el)).to.equal('Controleer je antwoorden');
    for (let i = 0; i < 6; i++) await press('Tab');
    expectFocusOn(el, $(el, '.check-answers [part="next-button"]'));
    await press('Enter');
    expect(headingText(el)).to.equal('Je initiatief voldoet aan de criteria voor de Etalage');
    expect(focused(el)?.id).to.equal('step-heading');
    expect(announced(el)).to.contain('Je voldoet aan 5 van de 5 criteria.');
    await press('Tab');
    expectFocusOn(el, $(el, '[part="apply-link"]'));
    await press('Tab');
    expect(text(focused(el))).to.equal('Opnieuw beginnen');
    await press('Enter');
    expect(focused(el)?.id).to.equal('step-heading');
    expect($(el, '[part="start-button"]')).to.exist;
    // Start again forgot every answer.
    await press('Tab');
    await press('Enter');
    expect($<HTMLInputElement>(el, '#q0')!.checked).to.be.false;
  });

  it('fires ncte-step-change for user steps only, not when the host sets properties', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check></ncte-eligibility-check>`);
    const events: string[] = [];
    el.addEventListener('ncte-step-change', (e) => events.push(e.detail.step));
    el.addEventListener('ncte-eligibility-result', () => events.push('RESULT'));
    el.track = 'etalage';
    el.mode = 'single-page';
    el.feed = sampleFeed();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    await aTimeout(20);
    expect(events).to.deep.equal([]);
    const step = oneEvent(el, 'ncte-step-change') as Promise<StepChangeEvent>;
    await click(el, '[part="start-button"]');
    expect((await step).detail).to.deep.equal({step: 'questions', index: 1, total: 4, questionId: undefined});
  });

  it('uses the feed’s criteria instead of the defaults', async () => {
    const feed = sampleFeed();
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check .feed=${feed}></ncte-eligibility-check>`);
    const membership = (feed.criteria as {membership: Criterion[]}).membership;
    expect(el.criteria.map((c) => c.id)).to.deep.equal(membership.map((c) => c.id));
    expect(text($(el, '.start'))).to.contain(`Je beantwoordt ${membership.length} vragen.`);
    await click(el, '[part="start-button"]');
    expect(headingText(el)).to.equal(`Vraag 1 van ${membership.length} ${membership[0].question}`);
    expect(text($(el, '#q0-hint'))).to.equal(membership[0].help);
    await expect(el).to.be.accessible();
    el.track = 'etalage';
    await el.updateComplete;
    expect(el.criteria.map((c) => c.id)).to.deep.equal((feed.criteria as {etalage: Criterion[]}).etalage.map((c) => c.id));
    // Other criteria: the check starts again.
    expect($(el, '[part="start-button"]')).to.exist;
    // A feed without criteria falls back to the defaults.
    el.feed = {version: 1, initiatives: []};
    await el.updateComplete;
    expect(el.criteria).to.equal(defaultCriteria.nl.etalage);
  });

  it('takes the criteria from a surrounding <ncte-feed>', async () => {
    const feed = {version: 1, criteria: {etalage: [{id: 'p', question: 'Via de provider?', answer: 'yes-no', unmet: 'Nee.'}]}};
    const wrapper = await fixture(html`<ncte-feed .feed=${feed}><ncte-eligibility-check track="etalage"></ncte-eligibility-check></ncte-feed>`);
    const el = wrapper.querySelector('ncte-eligibility-check')!;
    await el.updateComplete;
    expect(el.criteria.map((c) => c.id)).to.deep.equal(['p']);
    expect(text($(el, '.start'))).to.contain('Je beantwoordt 1 vraag.');
    expect(requests).to.deep.equal([]);
  });

  it('switches language mid-run and keeps the answers', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check></ncte-eligibility-check>`);
    await click(el, '[part="start-button"]');
    await fill(el, 0, 'yes');
    await click(el, '[part="next-button"]');
    el.setAttribute('lang', 'en');
    await waitUntil(() => headingText(el).startsWith('Question 2 of 5'), 'English heading');
    await click(el, '[part="back-button"]');
    expect($<HTMLInputElement>(el, '#q0')!.checked).to.be.true;
    expect(text($(el, 'label[for="q0"]'))).to.equal('Yes');
  });

  it('leaves out an invalid criterion and reports it in issues', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check></ncte-eligibility-check>`);
    const issuesEvent = oneEvent(el, 'ncte-feed-issues') as Promise<FeedIssuesEvent>;
    el.feed = {
      version: 1,
      criteria: {
        membership: [
          {id: 'een', question: 'Eerste vraag?', answer: 'yes-no', unmet: 'Eerste uitleg.'},
          {id: 'kapot', question: 'Zonder uitleg?', answer: 'yes-no'},
          {id: 'min-bij-ja-nee', question: 'Ja of nee?', answer: 'yes-no', min: 3, unmet: 'x'},
          {id: 'twee', question: 'Hoeveel leden?', answer: 'number', min: 10, unit: 'leden', unmet: 'Minstens 10 leden.'},
        ],
      },
    };
    await el.updateComplete;
    expect((await issuesEvent).issues.map((i) => i.path)).to.deep.equal(['criteria.membership[1].unmet', 'criteria.membership[2].min']);
    expect(el.issues.map((i) => i.path)).to.deep.equal(['criteria.membership[1].unmet', 'criteria.membership[2].min']);
    expect(el.criteria.map((c) => c.id)).to.deep.equal(['een', 'twee']);
    await answerAll(el, ['yes', '9']);
    await click(el, '.check-answers [part="next-button"]');
    expect(explanations(el)).to.deep.equal(['Minstens 10 leden.']);
    expect(text($$(el, '.criterion .answer')[1])).to.equal('Je antwoord: 9 leden');
  });

  it('loads its own feed, showing the loading state meanwhile', async () => {
    const el = await fixture<NcteEligibilityCheck>(
      html`<ncte-eligibility-check src=${'/__test/sample-feed?delay=300&key=ec-loading'}></ncte-eligibility-check>`,
    );
    expect($(el, '.feed-state.loading')).to.exist;
    expect(announced(el)).to.equal('Gegevens worden geladen…');
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, '[part="start-button"]'), 'the start screen after loading', {timeout: 3000});
    expect(el.criteria.map((c) => c.id)).to.include('met-mensen-betrokken');
    expect(requests).to.have.length(1);
  });

  it('falls back to the built-in criteria with a note when the feed fails, and can retry', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check src="/__test/status/500"></ncte-eligibility-check>`);
    await waitUntil(() => $(el, '[part="note"]'), 'the fallback note', {timeout: 3000});
    expect(text($(el, '[part="note"] p'))).to.equal(
      'De actuele criteria konden niet worden geladen. Deze check gebruikt de criteria uit het verhaal van de coalitie (januari 2026).',
    );
    expect(announced(el)).to.contain('De actuele criteria konden niet worden geladen.');
    expect(el.criteria).to.equal(defaultCriteria.nl.membership);
    expectAbsent(el, '.feed-state');
    await expect(el).to.be.accessible();
    $(el, '[part="note"] button')!.click();
    await waitUntil(() => $(el, '[part="note"]') && focused(el)?.id === 'step-heading', 'focus back on the heading after retry', {
      timeout: 3000,
    });
    await click(el, '[part="start-button"]');
    expect(headingText(el)).to.contain('Vraag 1 van 5');
  });

  it('asks all questions on one page with mode="single-page"', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check mode="single-page" track="etalage"></ncte-eligibility-check>`);
    await click(el, '[part="start-button"]');
    expect(headingText(el)).to.equal('Beantwoord de vragen');
    expect(focused(el)?.id).to.equal('step-heading');
    expect($$(el, 'h3')).to.have.length(5);
    await expect(el).to.be.accessible();
    await fill(el, 0, 'yes');
    await fill(el, 1, 'pas net');
    await click(el, '[part="next-button"]');
    expectFocusOn(el, $(el, '[part="error-summary"]'));
    expect($$(el, '[part="error-summary"] li').map(text)).to.deep.equal([
      'Vraag 2 van 5: Vul alleen een getal in, zonder letters of tekens, bijvoorbeeld 1.500.',
      'Vraag 3 van 5: Kies ja of nee.',
      'Vraag 4 van 5: Kies ja of nee.',
      'Vraag 5 van 5: Vul een getal in.',
    ]);
    await expect(el).to.be.accessible();
    // What was typed stays while fixing the errors.
    expect($<HTMLInputElement>(el, '#q1')!.value).to.equal('pas net');
    expect($<HTMLInputElement>(el, '#q0')!.checked).to.be.true;
    await fill(el, 1, '2');
    await fill(el, 2, 'yes');
    await fill(el, 3, 'no');
    await fill(el, 4, '499');
    await click(el, '[part="next-button"]');
    expect(headingText(el)).to.equal('Controleer je antwoorden');
    $$(el, '.summary .change button')[3].click();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('h-q3');
    await fill(el, 3, 'yes');
    await click(el, '[part="next-button"]');
    expect(headingText(el)).to.equal('Controleer je antwoorden');
    await click(el, '.check-answers [part="next-button"]');
    expect(explanations(el)).to.deep.equal([defaultCriteria.nl.etalage[4].unmet]);
  });

  it('remembers the answers in sessionStorage only with remember', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check remember></ncte-eligibility-check>`);
    expect(text($(el, '.start'))).to.contain('bewaard tot je dit tabblad sluit');
    await click(el, '[part="start-button"]');
    await fill(el, 0, 'yes');
    await click(el, '[part="next-button"]');
    const stored = JSON.parse(sessionStorage.getItem('ncte-eligibility-check:membership')!);
    expect(stored).to.deep.equal({answers: {'actief-op-eenzaamheid': 'yes'}, step: {name: 'question', index: 1}});
    el.remove();

    const again = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check remember></ncte-eligibility-check>`);
    expect(headingText(again)).to.contain('Vraag 2 van 5');
    await click(again, '[part="back-button"]');
    expect($<HTMLInputElement>(again, '#q0')!.checked).to.be.true;
    again.remove();

    sessionStorage.setItem('ncte-eligibility-check:membership', '{"answers":{"actief-op-eenzaamheid":"yes"},"step":{"name":"result"}}');
    const restoredPastMissing = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check remember></ncte-eligibility-check>`);
    expect(headingText(restoredPastMissing)).to.contain('Vraag 2 van 5');

    sessionStorage.setItem('ncte-eligibility-check:membership', 'not json');
    const broken = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check remember></ncte-eligibility-check>`);
    expect($(broken, '[part="start-button"]')).to.exist;

    sessionStorage.clear();
    const forgetful = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check></ncte-eligibility-check>`);
    await answerAll(forgetful, passing(defaultCriteria.nl.membership));
    expect(sessionStorage.length).to.equal(0);
  });

  it('keeps the runs of two same-track checks apart when each has an id', async () => {
    sessionStorage.clear();
    const first = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check remember id="check-a"></ncte-eligibility-check>`);
    await click(first, '[part="start-button"]');
    await fill(first, 0, 'yes');
    await click(first, '[part="next-button"]');
    expect(sessionStorage.getItem('ncte-eligibility-check:membership#check-a')).to.contain('"index":1');
    expect(sessionStorage.getItem('ncte-eligibility-check:membership')).to.equal(null);
    const second = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check remember id="check-b"></ncte-eligibility-check>`);
    expect($(second, '[part="start-button"]'), 'the other check starts fresh').to.exist;
    first.remove();
    const firstAgain = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check remember id="check-a"></ncte-eligibility-check>`);
    expect(headingText(firstAgain)).to.contain('Vraag 2 van 5');
    sessionStorage.clear();
  });

  it('forgets the stored answers on Start again', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check remember track="etalage"></ncte-eligibility-check>`);
    await answerAll(el, passing(defaultCriteria.nl.etalage));
    await click(el, '.check-answers [part="next-button"]');
    expect(sessionStorage.getItem('ncte-eligibility-check:etalage')).to.contain('"result"');
    await click(el, '.result .actions button');
    expect(JSON.parse(sessionStorage.getItem('ncte-eligibility-check:etalage')!)).to.deep.equal({answers: {}, step: {name: 'start'}});
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check lang="en" track="etalage"></ncte-eligibility-check>`);
    expect(headingText(el)).to.equal('Can my initiative be listed in the Etalage?');
    expect(text($(el, '[part="start-button"]'))).to.equal('Start the check →');
    await click(el, '[part="start-button"]');
    expect(headingText(el)).to.equal('Question 1 of 5 Does your initiative aim to prevent or reduce loneliness?');
    await fill(el, 0, 'yes');
    await click(el, '[part="next-button"]');
    await fill(el, 1, '1,500');
    await click(el, '[part="next-button"]');
    await click(el, '[part="back-button"]');
    expect($<HTMLInputElement>(el, '#q1')!.value).to.equal('1,500');
    expect(text($(el, '[part="back-button"]'))).to.equal('Back');
    await expect(el).to.be.accessible();
  });

  it('uses apply-href, apply-label and heading-level; refuses unsafe links', async () => {
    const el = await fixture<NcteEligibilityCheck>(
      html`<ncte-eligibility-check heading-level="3" apply-href="https://example.org/aanmelden" apply-label="Naar het formulier"></ncte-eligibility-check>`,
    );
    expect($(el, 'h3#step-heading')).to.exist;
    await answerAll(el, passing(defaultCriteria.nl.membership));
    await click(el, '.check-answers [part="next-button"]');
    expect($$(el, 'h4').map(text)).to.deep.equal(['De criteria', 'Wat kun je nu doen?']);
    const apply = $<HTMLAnchorElement>(el, '[part="apply-link"]')!;
    expect(apply.href).to.equal('https://example.org/aanmelden');
    expect(text(apply)).to.equal('Naar het formulier');
    el.applyHref = 'javascript:alert(1)';
    await el.updateComplete;
    expectAbsent(el, '[part="apply-link"]');
  });

  it('renders hostile feed text as text', async () => {
    const el = await fixture<NcteEligibilityCheck>(html`<ncte-eligibility-check></ncte-eligibility-check>`);
    el.feed = {
      version: 1,
      criteria: {membership: [{id: 'x', question: '<img src=x onerror="window.__pwned=1">Vraag?', answer: 'yes-no', unmet: '<b>uitleg</b>'}]},
    };
    await el.updateComplete;
    await click(el, '[part="start-button"]');
    expectAbsent(el, 'img');
    expect(headingText(el)).to.contain('<img src=x');
    expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
  });
});
