/**
 * The compiled parsers (the zod schemas described as parser-kit.ts calls by
 * scripts/compile-schemas.mjs) must agree with zod's runtime: the same output for
 * every item both accept, and never accept an item zod rejects. Checked on the
 * sample feed, generated feeds, every field of every section set to hostile
 * values, odd shapes and thousands of randomly corrupted items. The describer
 * itself is checked on constructs the feed does not use yet, and on what it must
 * refuse.
 */
import {expect} from '@open-wc/testing';
import * as z from 'zod/mini';
import {ALL_SECTIONS, INVALID, type Section} from '../../src/feed/sections.js';
import {CriterionSchema, EventSchema, InitiativeSchema, PartnerSchema} from '../../src/feed/schema.js';
import * as kit from '../../src/feed/parser-kit.js';
import {sampleFeed} from '../../src/data/sample.js';
import {generateFeed} from '../../scripts/generate-feed.mjs';
import {describeSchemas} from '../../scripts/describe-schemas.mjs';

type Item = Record<string, unknown>;
type Path = Array<string | number>;

const SCHEMAS = new Map<Section, z.ZodMiniType>([
  [ALL_SECTIONS.initiatives, InitiativeSchema],
  [ALL_SECTIONS.partners, PartnerSchema],
  [ALL_SECTIONS.events, EventSchema],
  [ALL_SECTIONS['criteria.membership'], CriterionSchema],
]);

const show = (item: unknown) => {
  try {
    return JSON.stringify(item)?.slice(0, 200);
  } catch {
    return String(item);
  }
};

/**
 * Checks one item: when the parser accepts it, zod must accept it with the same
 * output. With `exact`, the parser must also accept whatever zod accepts.
 */
function agree(parse: (input: unknown) => unknown, schema: z.ZodMiniType, item: unknown, label: string, exact = false): 'accepted' | 'declined' {
  const compiled = parse(item);
  const runtime = z.safeParse(schema, item);
  if (compiled === INVALID) {
    if (exact) expect(runtime.success, `${label}: declined what zod accepts: ${show(item)}`).to.equal(false);
    return 'declined';
  }
  expect(runtime.success, `${label}: accepted what zod rejects: ${show(item)}`).to.equal(true);
  expect(compiled, `${label}: output differs from zod's for ${show(item)}`).to.deep.equal(runtime.success ? runtime.data : undefined);
  // Same keys in the same order, `undefined` values included.
  expect(JSON.stringify(compiled), label).to.equal(JSON.stringify(runtime.data));
  return 'accepted';
}

const agreeIn = (section: Section, item: unknown, label: string, exact = false) => agree(section.parse, SCHEMAS.get(section)!, item, label, exact);

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

/** Values of every kind, for every field: wrong types, edges of each rule, hostile links and dates. */
const HOSTILE: unknown[] = [
  undefined, null, '', ' ', '\t\n', 'x', '\u0000', 'x'.repeat(5_000), '__proto__', 'constructor',
  0, -0, 1, -1, 1.5, 4, 5, 1799, 1800, 2100, 2101, 89.9999, 90, 90.0001, -90, -90.5, 180, -180, 180.5,
  2 ** 53 - 1, 2 ** 53, -(2 ** 53), 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity,
  true, false, [], [''], ['x'], [' '], [1], ['x', null], [[]], [{}], {}, {place: 'Utrecht'}, {national: true}, {national: false},
  {national: 'true'}, {provinces: ['Utrecht']}, {provinces: 'Utrecht'}, {gemeenten: []}, {place: 'x', lat: 1, lon: 2},
  'https://example.org', 'http://x.nl/a?b#c', 'HTTPS://EXAMPLE.ORG/a b', ' https://example.org/ ', 'https:example.org',
  'https:/example.org', 'https://', 'https://exa\tmple.org', 'https://user:pw@example.org', 'ftp://example.org',
  'javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\nscript:alert(1)', 'jav&#x09;ascript:alert(1)', 'mailto:a@b.nl',
  'tel:+31201234567', 'data:text/html,<script>alert(1)</script>', '//example.org', 'https://[::1]/', 'http://999.1.1.1',
  '2026-09-24T10:00:00+02:00', '2026-09-24T10:00:00.123Z', '2026-09-24T10:00:00', '2026-09-24T24:00:00Z', '2026-02-29T10:00:00Z',
  '2028-02-29T10:00:00Z', '2026-09-24', '2026-13-01', '2026-02-30', '24-09-2026', '2026-09-24T10:00+02:00',
  'a@b.nl', 'a.b@c.example.org', 'not-an-email', 'a@b', '@b.nl',
  'emotioneel', 'Emotioneel', 'bedrijf', 'overheid ', 'scheduled', 'moved-online', 'number', 'yes-no',
  new Date(0), new String('x'), Object.create(null), new Map(), () => 'x',
];

/** Every path into an item worth corrupting: its fields, nested fields and list elements. */
function paths(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return value.length ? [[...at, 0], ...paths(value[0], [...at, 0])] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => [[...at, key], ...paths(v, [...at, key])]);
}

/** A copy of `item` with the value at `path` replaced (removed for `undefined`). */
function setAt(item: Item, path: Path, value: unknown): Item {
  const copy = structuredClone(item);
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined && !Array.isArray(target)) delete target[last];
  else target[last] = value;
  return copy;
}

describe('compiled parsers agree with zod', () => {
  it('on every item of the sample feed (all accepted by both)', () => {
    for (const [section, items, name] of sections(sampleFeed())) {
      items.forEach((item, i) => expect(agreeIn(section, item, `${name}[${i}]`), `${name}[${i}] declined`).to.equal('accepted'));
    }
  });

  it('on generated feeds of 1,000 items per section, three seeds (all accepted by both)', () => {
    for (const seed of [11, 12, 13]) {
      const feed = generateFeed({initiatives: 1_000, partners: 1_000, events: 1_000, seed}) as Item;
      for (const [section, items, name] of sections(feed)) {
        items.forEach((item, i) => expect(agreeIn(section, item, `seed ${seed} ${name}[${i}]`)).to.equal('accepted'));
      }
    }
  });

  it('on every field of every section set to each hostile value: the same verdict and output', () => {
    const outcomes = {accepted: 0, declined: 0};
    for (const [section, items, name] of sections(sampleFeed())) {
      // The items with the most fields, so every optional field is corrupted too.
      const bases = [...items].sort((a, b) => paths(b).length - paths(a).length).slice(0, 3);
      for (const base of bases) {
        for (const path of paths(base)) {
          for (const value of HOSTILE) {
            const item = setAt(base, path, value);
            outcomes[agreeIn(section, item, `${name} ${base.id} .${path.join('.')}`, true)]++;
          }
        }
      }
    }
    expect(outcomes.declined).to.be.greaterThan(5_000);
    expect(outcomes.accepted).to.be.greaterThan(1_000);
  });

  it('on odd shapes: extra, prototype and inherited keys, non-plain objects, the same verdict and output', () => {
    for (const [section, items, name] of sections(sampleFeed())) {
      const base = items[0];
      const odd: Array<[string, unknown]> = [
        ['extra keys', {...base, extra: 1, onclick: 'alert(1)', constructor: 'x', toString: 'x', hasOwnProperty: 1}],
        ['a __proto__ key', JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(base).slice(1)}`)],
        ['only a __proto__ key holding the item', JSON.parse(`{"__proto__": ${JSON.stringify(base)}}`)],
        ['inherited fields', Object.create(base)],
        ['a null prototype', Object.assign(Object.create(null), base)],
        ['undefined values', Object.fromEntries(Object.keys((SCHEMAS.get(section)!._zod.def as unknown as {shape: Item}).shape).map((key) => [key, base[key]]))],
        ['the item in an array', [base]],
        ['an array with its keys', Object.assign([], base)],
        ['a Date with its keys', Object.assign(new Date(0), base)],
        ['the item as a string', JSON.stringify(base)],
        ['a frozen item', Object.freeze({...base})],
      ];
      for (const [label, item] of odd) agreeIn(section, item, `${name}: ${label}`, true);
      // The prototype is never touched through a parsed item.
      expect(({} as Item).polluted, name).to.equal(undefined);
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
      outcomes[agreeIn(section, item, `${name} #${n}`, true)]++;
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

/** Builds the parser scripts/describe-schemas.mjs describes for `schema` (eval is fine in a test). */
function parserFor(schema: z.ZodMiniType, own: Record<string, unknown> = {}): (input: unknown) => unknown {
  const {constants, exports} = describeSchemas({parse: schema}, own);
  const names = [...Object.keys(kit), ...Object.keys(own)];
  const body = `${constants.join('\n')}\nreturn ${exports[0].code};`;
  return new Function(...names, body)(...Object.values(kit), ...Object.values(own)) as (input: unknown) => unknown;
}

describe('scripts/describe-schemas.mjs', () => {
  const positive = (value: {n: number}) => value.n > 0;

  it('describes nullable, default, union, literal, boolean and number forms as zod parses them', () => {
    const cases: Array<[string, z.ZodMiniType, unknown[]]> = [
      ['nullable', z.nullable(z.string()), [null, undefined, 'x', 1]],
      ['default', z._default(z.string(), 'd'), [undefined, null, 'x', '', 1]],
      ['nullable optional', z.nullable(z.optional(z.number())), [null, undefined, 1, 'x']],
      ['union', z.union([z.number(), z.string().check(z.regex(/^a/)), z.array(z.boolean())]), ['ab', 'b', 1, [true], [1], null]],
      ['literals', z.union([z.literal('a'), z.literal(2), z.literal(null), z.enum(['c'])]), ['a', 2, null, 'c', 'b', 3, undefined]],
      ['boolean', z.boolean(), [true, false, 0, 'true', null]],
      ['bounds', z.number().check(z.gte(-1), z.gte(0), z.lte(10), z.lte(5)), [-1, 0, 5, 5.5, 10, NaN, '1']],
      ['int', z.int(), [1, 1.5, 2 ** 53, -(2 ** 53) + 1, Infinity, '1']],
      [
        'object with defaults, nullables and a refinement',
        z.object({n: z._default(z.number(), 1), s: z.optional(z.nullable(z.string())), list: z.array(z.nullable(z.int()))}).check(z.refine(positive)),
        [{list: []}, {n: 0, list: []}, {n: 2, s: null, list: [null, 1]}, {s: undefined, list: [1.5]}, {n: undefined, list: [], x: 1}, {list: {}}],
      ],
    ];
    for (const [label, schema, inputs] of cases) {
      const parse = parserFor(schema, {positive});
      for (const input of inputs) agree(parse, schema, input, `${label} ${show(input)}`, true);
    }
  });

  it('refuses what it cannot express, so no parser differs from zod silently', () => {
    const refused: Array<[string, z.ZodMiniType]> = [
      ['a length check', z.string().check(z.minLength(1))],
      ['several patterns', z.email().check(z.regex(/a/))],
      ['a global pattern', z.string().check(z.regex(/a/g))],
      ['a sticky protocol', z.url({protocol: /^https?$/y, normalize: true})],
      ['trimming', z.string().check(z.trim())],
      ['an exclusive bound', z.number().check(z.gt(0))],
      ['a number format', z.int32()],
      ['a strict object', z.strictObject({a: z.string()})],
      ['a loose object', z.looseObject({a: z.string()})],
      ['a catch-all', z.catchall(z.object({a: z.string()}), z.number())],
      ['a transform', z.pipe(z.string(), z.transform((s: string) => s.length))],
      ['a refinement of our own that vocabulary.ts does not export', z.object({}).check(z.refine(() => true))],
      ['a refinement of a string', z.string().check(z.refine((s) => s.length > 1))],
      ['a URL that is not normalised', z.url({protocol: /^https?$/})],
      ['a plain URL', z.url()],
      ['a UUID', z.uuid()],
      ['an optional default', z.optional(z._default(z.string(), 'x'))],
      ['an object default', z._default(z.object({}), {})],
      ['any', z.any()],
      ['unknown', z.unknown()],
      ['a coerced number', z.coerce.number()],
      ['a key on the prototype', z.object({constructor: z.string()})],
      ['a tuple', z.tuple([z.string()])],
      ['a record', z.record(z.string(), z.string())],
      ['an array length', z.array(z.string()).check(z.minLength(1))],
    ];
    for (const [label, schema] of refused) {
      expect(() => describeSchemas({parse: schema}, {}), label).to.throw(/compile-schemas/);
    }
  });
});
