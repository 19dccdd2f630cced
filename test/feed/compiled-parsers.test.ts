/**
 * The compiled parsers (zod's own compiler, written out ahead of time) must agree
 * with zod's runtime: the same output for every item both accept, and never
 * accept an item zod rejects. Checked on the sample feed, a generated feed and
 * thousands of corrupted items.
 */
import {expect} from '@open-wc/testing';
import * as z from 'zod/mini';
import {ALL_SECTIONS, INVALID, type Section} from '../../src/feed/sections.js';
import {CriterionSchema, EventSchema, InitiativeSchema, PartnerSchema} from '../../src/feed/schema.js';
import {sampleFeed} from '../../src/data/sample.js';
import {generateFeed} from '../../scripts/generate-feed.mjs';

type Item = Record<string, unknown>;

const SCHEMAS = new Map<Section, z.ZodMiniType>([
  [ALL_SECTIONS.initiatives, InitiativeSchema],
  [ALL_SECTIONS.partners, PartnerSchema],
  [ALL_SECTIONS.events, EventSchema],
  [ALL_SECTIONS['criteria.membership'], CriterionSchema],
]);

function agree(section: Section, item: unknown, label: string): 'accepted' | 'declined' {
  const compiled = section.parse(item);
  const runtime = z.safeParse(SCHEMAS.get(section)!, item);
  if (compiled === INVALID) return 'declined';
  expect(runtime.success, `${label}: compiled accepted what zod rejects: ${JSON.stringify(item).slice(0, 200)}`).to.equal(true);
  expect(compiled, label).to.deep.equal(runtime.success ? runtime.data : undefined);
  return 'accepted';
}

const sections = (feed: Item): Array<[Section, Item[], string]> => {
  const criteria = (feed.criteria ?? {}) as Item;
  return [
    [ALL_SECTIONS.initiatives, (feed.initiatives ?? []) as Item[], 'initiatives'],
    [ALL_SECTIONS.partners, (feed.partners ?? []) as Item[], 'partners'],
    [ALL_SECTIONS.events, (feed.events ?? []) as Item[], 'events'],
    [ALL_SECTIONS['criteria.membership'], [...((criteria.membership ?? []) as Item[]), ...((criteria.etalage ?? []) as Item[])], 'criteria'],
  ];
};

// A small deterministic PRNG, so a failure can be reproduced.
function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const CORRUPTIONS: Array<(value: unknown) => unknown> = [
  () => undefined,
  () => null,
  () => '',
  () => '   ',
  () => 42,
  () => -1,
  () => 1.5,
  () => true,
  () => [],
  () => ({}),
  () => 'javascript:alert(1)',
  () => 'http:example.org',
  () => 'https:/example.org/x',
  () => ' https://Example.ORG/a b ',
  () => 'https://exa\nmple.org',
  () => 'HTTPS://EXAMPLE.ORG',
  () => 'mailto:a@b.nl',
  () => 'https://',
  () => '//example.org',
  () => ' JAVASCRIPT:alert(1)',
  () => 'data:text/html,x',
  () => '2026-13-45T25:00:00+02:00',
  () => '2026-09-24T10:00:00',
  () => 'not-an-email',
  () => ['ok', 3],
  (value) => (typeof value === 'string' ? `${value}\u0000` : value),
  (value) => (Array.isArray(value) ? [...value, 99] : value),
  (value) => (typeof value === 'object' && value !== null ? {...value, lat: 500} : value),
];

describe('compiled parsers agree with zod', () => {
  it('on every item of the sample feed (all accepted by both)', () => {
    for (const [section, items, name] of sections(sampleFeed())) {
      items.forEach((item, i) => expect(agree(section, item, `${name}[${i}]`), `${name}[${i}] declined`).to.equal('accepted'));
    }
  });

  it('on a generated feed of 300 items per section', () => {
    const feed = generateFeed({initiatives: 300, partners: 300, events: 300, seed: 11}) as Item;
    for (const [section, items, name] of sections(feed)) {
      items.forEach((item, i) => expect(agree(section, item, `${name}[${i}]`)).to.equal('accepted'));
    }
  });

  it('on 5,000 corrupted items: never accepting what zod rejects', () => {
    const next = random(20261128);
    const outcomes = {accepted: 0, declined: 0};
    const base = sampleFeed();
    const pools = sections(base);
    for (let n = 0; n < 5_000; n++) {
      const [section, items, name] = pools[n % pools.length];
      const item = structuredClone(items[Math.floor(next() * items.length)]);
      const keys = Object.keys(item);
      for (let k = 0, count = 1 + Math.floor(next() * 3); k < count; k++) {
        const key = next() < 0.1 ? 'location' : keys[Math.floor(next() * keys.length)];
        const corrupt = CORRUPTIONS[Math.floor(next() * CORRUPTIONS.length)];
        const value = corrupt(item[key]);
        if (value === undefined) delete item[key];
        else item[key] = value;
      }
      outcomes[agree(section, item, `${name} #${n}`)]++;
    }
    // Both outcomes occur: the corruptions really do break items, and many survive (optional fields).
    expect(outcomes.declined).to.be.greaterThan(1_000);
    expect(outcomes.accepted).to.be.greaterThan(100);
  });

  it('declines a non-object, so zod reports it', () => {
    for (const section of Object.values(ALL_SECTIONS)) {
      for (const value of [null, 'x', 1, [], undefined]) expect(section.parse(value)).to.equal(INVALID);
    }
  });
});
