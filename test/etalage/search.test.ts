import {expect} from '@open-wc/testing';
import {highlightPieces, highlightRanges} from '../../src/etalage/highlight.js';
import {
  matchesAll,
  normalize,
  queryTokens,
  relevance,
  searchText,
  spaced,
  words,
} from '../../src/etalage/search.js';

const marks = (text: string, query: string) =>
  highlightPieces(text, highlightRanges(text, queryTokens(query)))
    .filter((p) => p.mark)
    .map((p) => p.text);

describe('etalage search', () => {
  it('normalises case, accents and ligatures', () => {
    expect(normalize('Financiële Ĳssel Über ÇA')).to.equal('financiele ijssel uber ca');
    expect(normalize('café')).to.equal(normalize('cafe\u0301'));
  });

  it('splits words on anything that is not a letter or digit', () => {
    expect(words("Hoi! Let's connect, e-mail 24/7")).to.deep.equal(['hoi', 'let', 's', 'connect', 'e', 'mail', '24', '7']);
    expect(words('   ')).to.deep.equal([]);
  });

  it('makes distinct query tokens, longest first', () => {
    expect(queryTokens('Jong  jongeren JONG')).to.deep.equal(['jongeren', 'jong']);
    expect(queryTokens('  ')).to.deep.equal([]);
  });

  it('matches every word as a prefix of a word, accent- and case-insensitively', () => {
    const text = searchText('Financiële hulp', 'Voor Jongeren', undefined, ['ouderen', 'sport en bewegen']);
    expect(matchesAll(text, spaced(queryTokens('financiele')))).to.be.true;
    expect(matchesAll(text, spaced(queryTokens('FINANCIËLE hulp')))).to.be.true;
    expect(matchesAll(text, spaced(queryTokens('jong')))).to.be.true;
    expect(matchesAll(text, spaced(queryTokens('jong sport')))).to.be.true;
    expect(matchesAll(text, spaced(queryTokens('jong kunst'))), 'every word must match').to.be.false;
    expect(matchesAll(text, spaced(queryTokens('eren'))), 'only at word starts').to.be.false;
    expect(matchesAll(text, spaced(queryTokens('')))).to.be.true;
  });

  it('ranks a whole word in the name above a prefix and above other fields', () => {
    const tokens = queryTokens('maatje');
    const score = relevance(tokens);
    const inName = score(searchText('Maatje'), searchText('Maatje'));
    const prefixInName = score(searchText('Maatjesproject'), searchText('Maatjesproject'));
    const elsewhere = score(searchText('Buurtcirkel'), searchText('Buurtcirkel', 'een maatje'));
    const prefixElsewhere = score(searchText('Buurtcirkel'), searchText('Buurtcirkel', 'maatjes'));
    expect(inName).to.be.greaterThan(prefixInName);
    expect(prefixInName).to.be.greaterThan(elsewhere);
    expect(elsewhere).to.be.greaterThan(prefixElsewhere);
    expect(relevance(queryTokens('maatje buurt'))(searchText('Buurtcirkel'), searchText('Buurtcirkel', 'een maatje'))).to.equal(3 + 2);
  });

  it('returns highlight ranges in the original text', () => {
    expect(highlightRanges('Financiële hulp', queryTokens('financiele'))).to.deep.equal([[0, 10]]);
    expect(marks('Financiële hulp voor jongeren', 'financiele jong')).to.deep.equal(['Financiële', 'jong']);
    expect(marks('Jong en jonger', 'jong')).to.deep.equal(['Jong', 'jong']);
    expect(marks('Ĳsselmeer', 'ijs')).to.deep.equal(['Ĳs']);
    expect(marks('cafe\u0301 open', 'cafe')).to.deep.equal(['cafe\u0301'], 'combining mark stays with its letter');
    expect(marks('overjong', 'jong')).to.deep.equal([], 'only at word starts');
    expect(highlightRanges('tekst', [])).to.deep.equal([]);
  });

  it('merges overlapping matches and keeps the longest', () => {
    expect(marks('jongeren', 'jong jongeren')).to.deep.equal(['jongeren']);
  });

  it('keeps hostile text as plain pieces', () => {
    const text = '<img src=x onerror=alert(1)>';
    const pieces = highlightPieces(text, highlightRanges(text, queryTokens('img')));
    expect(pieces.map((p) => p.text).join('')).to.equal(text);
    expect(pieces[1]).to.deep.equal({text: 'img', mark: true});
  });
});
