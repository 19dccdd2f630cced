import {expect, fixture, waitUntil} from '@open-wc/testing';
import {commonStrings} from '../../src/i18n/strings.js';
import '../../src/etalage/ncte-etalage.element.js';
import '../../src/eligibility-check/ncte-eligibility-check.element.js';
import '../../src/partner-map/ncte-partner-map.element.js';
import '../../src/event-list/ncte-event-list.element.js';
import {$, text} from '../helpers.js';

// The words every widget shares are Dutch at hand and English in a lazily loaded
// chunk: each widget has to load them on an English page, or it would throw.
describe('the words every widget shares', () => {
  // Each widget on its own: forget the English words another widget loaded.
  beforeEach(() => Object.assign(commonStrings, {english: undefined, loading: undefined}));

  for (const tag of ['ncte-etalage', 'ncte-eligibility-check', 'ncte-partner-map', 'ncte-event-list']) {
    it(`<${tag} lang="en"> shows them in English (a broken feed: error and retry)`, async () => {
      const el = await fixture<HTMLElement>(`<${tag} lang="en" loading="eager" src="/__test/status/500"></${tag}>`);
      await waitUntil(() => /Try again/.test(text($(el, '.feed-state button, .check button'))), `${tag}: the retry button in English`, {timeout: 5000});
      expect(text(el.shadowRoot)).not.to.contain(commonStrings.nl.retry);
    });
  }

  it('are Dutch by default', async () => {
    const el = await fixture<HTMLElement>(`<ncte-etalage loading="eager" src="/__test/status/500"></ncte-etalage>`);
    await waitUntil(() => text($(el, '.feed-state button')) === 'Opnieuw proberen', 'the retry button in Dutch', {timeout: 5000});
  });
});
