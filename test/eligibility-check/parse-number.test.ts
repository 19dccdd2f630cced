import {expect} from '@open-wc/testing';
import {parseNumber} from '../../src/eligibility-check/parse-number.js';

const value = (input: string, lang: 'nl' | 'en' = 'nl') => {
  const result = parseNumber(input, lang);
  return result.ok ? result.value : result.reason;
};

describe('parseNumber', () => {
  it('reads plain and padded whole numbers', () => {
    expect(value('1500')).to.equal(1500);
    expect(value(' 1500 ')).to.equal(1500);
    expect(value('\t1500\n')).to.equal(1500);
    expect(value('0')).to.equal(0);
    expect(value('007')).to.equal(7);
  });

  it('reads Dutch thousands separators', () => {
    expect(value('1.500')).to.equal(1500);
    expect(value('1.501')).to.equal(1501);
    expect(value('12.345.678')).to.equal(12345678);
    expect(value('1 500')).to.equal(1500);
    expect(value('1\u00a0500')).to.equal(1500);
    expect(value('1\u202f500')).to.equal(1500);
    expect(value('1 500 000')).to.equal(1500000);
  });

  it('reads a decimal comma, with or without thousands', () => {
    expect(value('2,5')).to.equal(2.5);
    expect(value('1.500,5')).to.equal(1500.5);
    expect(value('1 500,25')).to.equal(1500.25);
    expect(value('1500,75')).to.equal(1500.75);
  });

  it('reads a lone dot that cannot be a thousands separator as a decimal point', () => {
    expect(value('2.5')).to.equal(2.5);
    expect(value('1500.5')).to.equal(1500.5);
    expect(value('15.00')).to.equal(15);
  });

  it('lets the page language decide "1.500" and "1,500"', () => {
    expect(value('1.500', 'nl')).to.equal(1500);
    expect(value('1,500', 'nl')).to.equal(1.5);
    expect(value('1,500', 'en')).to.equal(1500);
    expect(value('1.500', 'en')).to.equal(1.5);
    expect(value('1,500.5', 'en')).to.equal(1500.5);
    expect(value('1,500.5', 'nl')).to.equal(1500.5);
    expect(value('1,500,000', 'nl')).to.equal(1500000);
  });

  it('says an empty field is empty', () => {
    expect(value('')).to.equal('empty');
    expect(value('   ')).to.equal('empty');
  });

  it('says a negative number is negative', () => {
    expect(value('-5')).to.equal('negative');
    expect(value('- 1.500')).to.equal('negative');
    expect(value('\u22121500')).to.equal('negative');
  });

  it('rejects what is not a number', () => {
    for (const input of ['abc', 'veel', '1500 mensen', 'ruim 1500', '1e3', '+5', '1500+', '1,5,0.0', '1.50.0', '12.34.567', '1 50', '1.500 000', '1.500.000,00,0', ',5', '5,', '1..5', 'NaN', 'Infinity', '0x10', '½', '٣']) {
      expect(value(input), input).to.equal('invalid');
    }
  });
});
