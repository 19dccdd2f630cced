import {expect} from '@open-wc/testing';
import {amsterdamDateKey, formatDay, formatEuro, formatNumber, formatTime} from '../../src/i18n/format.js';

describe('formatting in Europe/Amsterdam, whatever the browser time zone', () => {
  it('writes times in Amsterdam time across the summer/winter change', () => {
    // 25 October 2026: clocks go back at 03:00 CEST → 02:00 CET.
    expect(formatTime(new Date('2026-10-24T12:00:00Z'), 'nl')).to.equal('14:00');
    expect(formatTime(new Date('2026-10-26T12:00:00Z'), 'nl')).to.equal('13:00');
    expect(formatTime(new Date('2026-09-24T22:30:00Z'), 'en')).to.equal('00:30');
  });

  it('keys days by the Amsterdam calendar date', () => {
    expect(amsterdamDateKey(new Date('2026-09-24T22:30:00Z'))).to.equal('2026-09-25');
    expect(amsterdamDateKey(new Date('2026-09-24T21:59:00Z'))).to.equal('2026-09-24');
  });

  it('names days in Dutch and English', () => {
    expect(formatDay(new Date('2026-09-24T10:00:00+02:00'), 'nl')).to.equal('donderdag 24 september');
    expect(formatDay(new Date('2026-09-24T10:00:00+02:00'), 'en')).to.equal('Thursday 24 September');
  });

  it('formats numbers and money Dutch style', () => {
    expect(formatNumber(1500, 'nl')).to.equal('1.500');
    expect(formatNumber(1500, 'en')).to.equal('1,500');
    expect(formatEuro(2.5, 'nl').replace(/\s/g, ' ')).to.equal('€ 2,50');
  });

  it('runs in the time zone this group emulates', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.be.a('string');
  });
});
