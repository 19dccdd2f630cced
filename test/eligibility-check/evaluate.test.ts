import {expect} from '@open-wc/testing';
import {defaultCriteria, resolveCriteria} from '../../src/eligibility-check/default-criteria.js';
import {evaluate, firstUnanswered, isMet, keepValidAnswers, type Answer} from '../../src/eligibility-check/evaluate.js';
import {CriterionSchema, type CriteriaTrack, type Criterion} from '../../src/feed/schema.js';
import * as z from 'zod/mini';

const allMet = (criteria: readonly Criterion[]) =>
  Object.fromEntries(criteria.map((c) => [c.id, c.answer === 'number' ? (c.min ?? 0) : 'yes'])) as Record<string, Answer>;

describe('evaluate', () => {
  for (const track of ['membership', 'etalage'] as CriteriaTrack[]) {
    const criteria = defaultCriteria.nl[track];

    it(`${track}: all yes (and numbers at the minimum) is eligible`, () => {
      const {eligible, results} = evaluate(criteria, allMet(criteria));
      expect(eligible).to.be.true;
      expect(results.map((r) => r.met)).to.deep.equal(criteria.map(() => true));
    });

    criteria.forEach((criterion, index) => {
      it(`${track}: failing only "${criterion.id}" is not eligible, for that reason alone`, () => {
        const answers = {...allMet(criteria), [criterion.id]: criterion.answer === 'number' ? criterion.min! - 1 : 'no'} as Record<string, Answer>;
        const {eligible, results} = evaluate(criteria, answers);
        expect(eligible).to.be.false;
        expect(results.filter((r) => !r.met).map((r) => r.criterion.unmet)).to.deep.equal([criterion.unmet]);
        expect(results[index].met).to.be.false;
      });
    });
  }

  it('treats min as inclusive: min is met, min − 1 is not', () => {
    const reach = defaultCriteria.nl.membership.find((c) => c.id === 'met-mensen')!;
    expect(reach.min).to.equal(1501);
    expect(isMet(reach, 1501)).to.be.true;
    expect(isMet(reach, 1500)).to.be.false;
    expect(isMet(reach, 1500.5)).to.be.false;
    const years = defaultCriteria.nl.etalage.find((c) => c.id === 'minimaal-2-jaar-actief')!;
    expect(isMet(years, 2)).to.be.true;
    expect(isMet(years, 1)).to.be.false;
    expect(isMet(years, 1.5)).to.be.false;
    const people = defaultCriteria.nl.etalage.find((c) => c.id === 'bereik-500-per-jaar')!;
    expect(isMet(people, 500)).to.be.true;
    expect(isMet(people, 499)).to.be.false;
  });

  it('counts a missing or wrong-kind answer as not met', () => {
    const [yesNo] = defaultCriteria.nl.membership;
    const reach = defaultCriteria.nl.membership[3];
    expect(isMet(yesNo, undefined)).to.be.false;
    expect(isMet(yesNo, 5)).to.be.false;
    expect(isMet(reach, 'yes')).to.be.false;
    expect(isMet(reach, Number.NaN)).to.be.false;
    expect(isMet(reach, -2000)).to.be.false;
    expect(evaluate(defaultCriteria.nl.membership, {}).eligible).to.be.false;
  });

  it('meets a number criterion without min with any answer', () => {
    const open: Criterion = {id: 'x', question: 'Hoeveel?', answer: 'number', unmet: 'n.v.t.'};
    expect(isMet(open, 0)).to.be.true;
    expect(isMet(open, undefined)).to.be.false;
  });

  it('is never eligible without criteria', () => {
    expect(evaluate([], {}).eligible).to.be.false;
  });

  it('finds the first unanswered criterion', () => {
    const criteria = defaultCriteria.nl.etalage;
    expect(firstUnanswered(criteria, {})).to.equal(0);
    expect(firstUnanswered(criteria, {'gericht-op-eenzaamheid': 'no'})).to.equal(1);
    expect(firstUnanswered(criteria, allMet(criteria))).to.equal(-1);
  });

  it('keeps only valid answers from untrusted input', () => {
    const criteria = defaultCriteria.nl.membership;
    expect(
      keepValidAnswers(criteria, {
        'actief-op-eenzaamheid': 'yes',
        'inzet-op-samenwerken': 'maybe',
        'met-mensen': '2000',
        'landelijke-uitstraling': 'no',
        onbekend: 'yes',
      }),
    ).to.deep.equal({'actief-op-eenzaamheid': 'yes', 'landelijke-uitstraling': 'no'});
    expect(keepValidAnswers(criteria, {'met-mensen': 2000})).to.deep.equal({'met-mensen': 2000});
    expect(keepValidAnswers(criteria, null)).to.deep.equal({});
    expect(keepValidAnswers(criteria, '{"x":1}')).to.deep.equal({});
    expect(keepValidAnswers(criteria, JSON.parse('{"__proto__": {"met-mensen": 2000}}'))).to.deep.equal({});
  });
});

describe('default criteria', () => {
  before(() => defaultCriteria.load('en'));

  it('has the five membership and five Etalage criteria of the coalition, valid by the feed schema', () => {
    for (const lang of ['nl', 'en'] as const) {
      expect(defaultCriteria[lang].membership.map((c) => c.id)).to.deep.equal([
        'actief-op-eenzaamheid',
        'inzet-op-samenwerken',
        'landelijke-uitstraling',
        'met-mensen',
        'professionele-organisatie',
      ]);
      expect(defaultCriteria[lang].etalage.map((c) => c.id)).to.deep.equal([
        'gericht-op-eenzaamheid',
        'minimaal-2-jaar-actief',
        'duurzaam',
        'landelijk-of-meerdere-gemeenten',
        'bereik-500-per-jaar',
      ]);
      for (const criterion of [...defaultCriteria[lang].membership, ...defaultCriteria[lang].etalage]) {
        expect(z.safeParse(CriterionSchema, criterion).success, criterion.id).to.be.true;
      }
    }
  });

  it('names each membership criterion as the document does', () => {
    const names = defaultCriteria.nl.membership.map((c) => c.help!.split(':')[0]);
    expect(names).to.deep.equal([
      'Actief op eenzaamheid',
      'Inzet op samenwerken',
      'Landelijke uitstraling',
      'Met mensen',
      'Professionele organisatie',
    ]);
    expect(defaultCriteria.nl.membership[3].help).to.contain('gevoelens van eenzaamheid');
  });

  it('uses the thresholds of the document', () => {
    const mins = (track: CriteriaTrack) => defaultCriteria.nl[track].filter((c) => c.answer === 'number').map((c) => [c.min, c.unit]);
    expect(mins('membership')).to.deep.equal([[1501, 'mensen']]);
    expect(mins('etalage')).to.deep.equal([
      [2, 'jaar'],
      [500, 'mensen per jaar'],
    ]);
  });

  it('resolves to the feed criteria when present, else the defaults', () => {
    const feedCriteria: Criterion[] = [{id: 'a', question: 'Vraag?', answer: 'yes-no', unmet: 'Nee.'}];
    const ready = (criteria?: object) => ({status: 'ready', feed: {version: 1, criteria}, issues: []}) as never;
    expect(resolveCriteria(ready({membership: feedCriteria}), 'membership', 'nl')).to.deep.equal({criteria: feedCriteria, source: 'feed'});
    expect(resolveCriteria(ready({membership: feedCriteria}), 'etalage', 'nl')!.criteria).to.equal(defaultCriteria.nl.etalage);
    expect(resolveCriteria(ready({membership: []}), 'membership', 'en')!.criteria).to.equal(defaultCriteria.en.membership);
    expect(resolveCriteria(ready(), 'membership', 'nl')!.source).to.equal('default');
    expect(resolveCriteria({status: 'idle'}, 'membership', 'nl')!.source).to.equal('default');
    expect(resolveCriteria({status: 'loading'}, 'membership', 'nl')).to.equal(undefined);
    expect(resolveCriteria({status: 'error', error: new Error('x')} as never, 'etalage', 'nl')).to.deep.equal({
      criteria: defaultCriteria.nl.etalage,
      source: 'fallback',
    });
  });
});
