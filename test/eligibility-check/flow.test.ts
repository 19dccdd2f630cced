import {expect} from '@open-wc/testing';
import {CHECK_ANSWERS, RESULT, START, back, change, next, reachable, stepIndex, type Step} from '../../src/eligibility-check/flow.js';

const q = (index: number, changing?: boolean): Step => (changing ? {name: 'question', index, changing} : {name: 'question', index});

describe('flow (one question per page)', () => {
  const mode = 'one-per-page';

  it('runs start → each question → check answers → result', () => {
    const seen: Step[] = [START];
    let step = START;
    while (step.name !== 'result') seen.push((step = next(step, 3, mode)));
    expect(seen).to.deep.equal([START, q(0), q(1), q(2), CHECK_ANSWERS, RESULT]);
    expect(seen.map((s) => stepIndex(s, 3, mode))).to.deep.equal([0, 1, 2, 3, 4, 5]);
  });

  it('goes back one step at a time, to the start', () => {
    expect(back(RESULT, 3, mode)).to.deep.equal(CHECK_ANSWERS);
    expect(back(CHECK_ANSWERS, 3, mode)).to.deep.equal(q(2));
    expect(back(q(2), 3, mode)).to.deep.equal(q(1));
    expect(back(q(0), 3, mode)).to.deep.equal(START);
    expect(back(START, 3, mode)).to.deep.equal(START);
  });

  it('returns to the summary after changing an answer, by Next or Back', () => {
    const changing = change(1, mode);
    expect(changing).to.deep.equal(q(1, true));
    expect(next(changing, 3, mode)).to.deep.equal(CHECK_ANSWERS);
    expect(back(changing, 3, mode)).to.deep.equal(CHECK_ANSWERS);
  });

  it('keeps a restored step only when the answers allow it', () => {
    expect(reachable(RESULT, 5, mode, 2)).to.deep.equal(q(2));
    expect(reachable(CHECK_ANSWERS, 5, mode, -1)).to.deep.equal(CHECK_ANSWERS);
    expect(reachable(q(7), 5, mode, -1)).to.deep.equal(CHECK_ANSWERS);
    expect(reachable(q(7), 5, mode, 3)).to.deep.equal(q(3));
    expect(reachable({name: 'questions'}, 5, mode, 0)).to.deep.equal(q(0));
    expect(reachable(q(1), 0, mode, -1)).to.deep.equal(START);
  });
});

describe('flow (single page)', () => {
  const mode = 'single-page';

  it('runs start → all questions → check answers → result', () => {
    expect(next(START, 5, mode)).to.deep.equal({name: 'questions'});
    expect(next({name: 'questions'}, 5, mode)).to.deep.equal(CHECK_ANSWERS);
    expect(stepIndex(CHECK_ANSWERS, 5, mode)).to.equal(2);
    expect(stepIndex(RESULT, 5, mode)).to.equal(3);
  });

  it('changes an answer on the questions page and returns to the summary', () => {
    const changing = change(3, mode);
    expect(changing).to.deep.equal({name: 'questions', changing: true, index: 3});
    expect(next(changing, 5, mode)).to.deep.equal(CHECK_ANSWERS);
    expect(back(changing, 5, mode)).to.deep.equal(CHECK_ANSWERS);
    expect(back({name: 'questions'}, 5, mode)).to.deep.equal(START);
    expect(back(CHECK_ANSWERS, 5, mode)).to.deep.equal({name: 'questions'});
    expect(reachable(q(2), 5, mode, -1)).to.deep.equal({name: 'questions', index: 2});
  });
});
