import {expect} from '@open-wc/testing';
import {toggledIn} from '../../src/internal/sets.js';

describe('toggledIn', () => {
  it('flips a value in a set, leaving the set given alone', () => {
    const set = new Set(['theme']);
    expect([...toggledIn(set, 'gemeente')]).to.deep.equal(['theme', 'gemeente']);
    expect([...toggledIn(set, 'theme')]).to.deep.equal([]);
    expect([...set]).to.deep.equal(['theme']);
  });

  it('puts a value in or out, as asked, in a new set', () => {
    const ids = new Set(['a']);
    const opened = toggledIn(ids, 'b', true);
    expect([...opened]).to.deep.equal(['a', 'b']);
    expect([...ids], 'the old set stays').to.deep.equal(['a']);
    expect([...toggledIn(opened, 'a', false)]).to.deep.equal(['b']);
    expect([...toggledIn(ids, 'a', true)]).to.deep.equal(['a']);
    expect(toggledIn(ids, 'a', true)).not.to.equal(ids);
  });
});
