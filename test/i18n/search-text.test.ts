import {expect} from '@open-wc/testing';
import {foldForSearch, queryWords, searchWords} from '../../src/i18n/search-text.js';

describe('search text folding', () => {
  it('folds case, accents and ligatures', () => {
    expect(foldForSearch('Financiële')).to.equal('financiele');
    expect(foldForSearch('Fryslân')).to.equal('fryslan');
    expect(foldForSearch('ĲSSELMEER')).to.equal('ijsselmeer');
    expect(foldForSearch('Café Ñandú')).to.equal('cafe nandu');
    expect(foldForSearch('plain ascii')).to.equal('plain ascii');
  });

  it('splits words on anything that is not a letter or digit', () => {
    expect(searchWords("Hoi! Let's connect — 2026")).to.deep.equal(['hoi', 'let', 's', 'connect', '2026']);
    expect(searchWords('  ')).to.deep.equal([]);
  });

  it('gives the distinct words of a query', () => {
    expect(queryWords('jong JONG jongeren')).to.deep.equal(['jong', 'jongeren']);
  });
});
