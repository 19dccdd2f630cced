import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/etalage/index.js';
import type {NcteEtalage} from '../../src/etalage/index.js';
import {initiativesSection} from '../../src/feed/sections.js';
import {readEnvelope, SLICED_FROM, unvalidatedItems, validateSections, validateSectionsInSlices} from '../../src/feed/validate.js';

const generated = (n: number) => fetch(`/__test/generated?initiatives=${n}`).then((r) => r.json()) as Promise<Record<string, unknown>>;

describe('big feeds are validated in slices', () => {
  it('validateSectionsInSlices fills the cache validateSections reads, with the same result', async () => {
    const raw = await generated(SLICED_FROM + 500);
    const sliced = readEnvelope(structuredClone(raw));
    const sections = {initiatives: initiativesSection};
    expect(unvalidatedItems(sliced, sections)).to.equal(SLICED_FROM + 500);
    await validateSectionsInSlices(sliced, sections);
    expect(unvalidatedItems(sliced, sections), 'cached').to.equal(0);
    const whole = validateSections(readEnvelope(structuredClone(raw)), sections);
    expect(validateSections(sliced, sections).feed).to.deep.equal(whole.feed);
  });

  it('leaves a section with a problem to validateSections, which reports it', async () => {
    const raw = await generated(SLICED_FROM);
    (raw.initiatives as Array<Record<string, unknown>>)[7].name = '';
    const envelope = readEnvelope(raw);
    const sections = {initiatives: initiativesSection};
    await validateSectionsInSlices(envelope, sections);
    expect(unvalidatedItems(envelope, sections), 'not cached').to.equal(SLICED_FROM);
    const result = validateSections(envelope, sections);
    expect(result.feed.initiatives).to.have.length(SLICED_FROM - 1);
  });

  it('a widget given a big feed object shows its loading box first, then the feed', async () => {
    const feed = await generated(SLICED_FROM + 200);
    const el = await fixture<NcteEtalage>(html`<ncte-etalage .feed=${feed}></ncte-etalage>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.feed-state.loading'), 'validating in slices').to.exist;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.card').length > 0, 'cards', {timeout: 20_000});
    expect(el.issues).to.deep.equal([]);
  });
});
