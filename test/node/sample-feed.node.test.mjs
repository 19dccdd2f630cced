// Checks the embedded sample feed and the benchmark feed generator.
// Run with: node --test test/data/
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateFeed } from '../../scripts/generate-feed.mjs';

const feed = JSON.parse(readFileSync(new URL('../../src/data/sample-feed.json', import.meta.url), 'utf8'));

const PROVINCES = ['Groningen', 'Fryslân', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland', 'Utrecht', 'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg'];
const SECTORS = ['maatschappelijke-organisatie', 'bedrijf', 'brancheorganisatie', 'zorg-en-welzijn', 'kennisinstelling', 'overheid'];
const LONELINESS = ['emotioneel', 'sociaal', 'existentieel'];
const AUDIENCES = ['jongeren', 'ouderen', 'mantelzorgers', 'werkenden', 'studenten', 'nieuwkomers', 'buurtbewoners', 'mensen met een beperking', 'iedereen'];
const THEMES = ['ontmoeting', 'eten', 'cultuur', 'werk', 'signalering', 'vrijwilligerswerk', 'zingeving', 'intergenerationeel', 'digitaal', 'sport en bewegen'];
const STATUSES = ['scheduled', 'cancelled', 'postponed', 'moved-online'];

/** Gemeente -> province, for every gemeente used in the sample feed. */
const GEMEENTE_PROVINCE = {
  Groningen: 'Groningen', Stadskanaal: 'Groningen',
  Leeuwarden: 'Fryslân', Heerenveen: 'Fryslân', 'Súdwest-Fryslân': 'Fryslân',
  Assen: 'Drenthe', Emmen: 'Drenthe', Meppel: 'Drenthe', Hoogeveen: 'Drenthe',
  Zwolle: 'Overijssel', Enschede: 'Overijssel', Deventer: 'Overijssel', Dalfsen: 'Overijssel', Kampen: 'Overijssel',
  Almere: 'Flevoland', Lelystad: 'Flevoland', Noordoostpolder: 'Flevoland',
  Arnhem: 'Gelderland', Nijmegen: 'Gelderland', Apeldoorn: 'Gelderland', Ede: 'Gelderland',
  Utrecht: 'Utrecht', Amersfoort: 'Utrecht', Zeist: 'Utrecht',
  Amsterdam: 'Noord-Holland', Haarlem: 'Noord-Holland', Alkmaar: 'Noord-Holland', Zaanstad: 'Noord-Holland', Hilversum: 'Noord-Holland',
  'Den Haag': 'Zuid-Holland', Rotterdam: 'Zuid-Holland', Leiden: 'Zuid-Holland', Dordrecht: 'Zuid-Holland', Gouda: 'Zuid-Holland',
  Middelburg: 'Zeeland', Vlissingen: 'Zeeland', Goes: 'Zeeland',
  Eindhoven: 'Noord-Brabant', Tilburg: 'Noord-Brabant', Breda: 'Noord-Brabant', "'s-Hertogenbosch": 'Noord-Brabant', Heusden: 'Noord-Brabant',
  Maastricht: 'Limburg', Heerlen: 'Limburg', Venlo: 'Limburg', Roermond: 'Limburg', 'Sittard-Geleen': 'Limburg',
};

const OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isHttpUrl(value) {
  if (typeof value !== 'string' || value !== value.trim()) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function assertUniqueIds(items, section) {
  const seen = new Set();
  for (const item of items) {
    assert.equal(typeof item.id, 'string', `${section}: id is a string`);
    assert.ok(!seen.has(item.id), `${section}: duplicate id ${item.id}`);
    seen.add(item.id);
  }
}

/** The contract's invariants that apply to every feed, sample or generated. */
function assertValidFeed(f) {
  assert.equal(f.version, 1);
  if (f.generated !== undefined) assert.match(f.generated, OFFSET_DATE_TIME);
  const partnerIds = new Set((f.partners ?? []).map((p) => p.id));

  for (const [section, items] of [['initiatives', f.initiatives ?? []], ['partners', f.partners ?? []], ['events', f.events ?? []]]) {
    assertUniqueIds(items, section);
    for (const item of items) {
      for (const key of ['website', 'online', 'registration', 'logo']) {
        if (item[key] !== undefined) assert.ok(isHttpUrl(item[key]), `${section} ${item.id}: ${key} ${item[key]} is not an http(s) link`);
      }
    }
  }

  for (const i of f.initiatives ?? []) {
    for (const key of ['name', 'organisation', 'summary']) assert.ok(typeof i[key] === 'string' && i[key].length > 0, `${i.id}: ${key}`);
    assert.ok(i.area && typeof i.area === 'object', `${i.id}: area`);
    if (i.area.national !== undefined) assert.equal(i.area.national, true, `${i.id}: area.national`);
    else assert.ok(Array.isArray(i.area.provinces) || Array.isArray(i.area.gemeenten), `${i.id}: area provinces/gemeenten`);
    for (const p of i.area.provinces ?? []) assert.ok(PROVINCES.includes(p), `${i.id}: unknown province ${p}`);
    for (const t of i.lonelinessTypes ?? []) assert.ok(LONELINESS.includes(t), `${i.id}: loneliness type ${t}`);
    if (i.activeSince !== undefined) assert.ok(Number.isInteger(i.activeSince), `${i.id}: activeSince`);
    if (i.reachPerYear !== undefined) assert.ok(Number.isInteger(i.reachPerYear) && i.reachPerYear >= 0, `${i.id}: reachPerYear`);
    if (i.lastChecked !== undefined) assert.match(i.lastChecked, /^\d{4}-\d{2}-\d{2}$/);
    for (const pid of i.partnerIds ?? []) assert.ok(partnerIds.has(pid), `${i.id}: unknown partner ${pid}`);
  }

  for (const p of f.partners ?? []) {
    assert.ok(SECTORS.includes(p.sector), `${p.id}: sector ${p.sector}`);
    if (p.location) {
      assert.equal(typeof p.location.place, 'string');
      assert.ok(p.location.lat > 50.7 && p.location.lat < 53.6, `${p.id}: lat ${p.location.lat} in the Netherlands`);
      assert.ok(p.location.lon > 3.3 && p.location.lon < 7.3, `${p.id}: lon ${p.location.lon} in the Netherlands`);
    }
    for (const w of p.workgroups ?? []) assert.ok([1, 2, 3, 4].includes(w), `${p.id}: workgroup ${w}`);
  }

  for (const e of f.events ?? []) {
    assert.match(e.start, OFFSET_DATE_TIME, `${e.id}: start has an offset`);
    if (e.end !== undefined) {
      assert.match(e.end, OFFSET_DATE_TIME, `${e.id}: end has an offset`);
      assert.ok(Date.parse(e.end) >= Date.parse(e.start), `${e.id}: end before start`);
    }
    assert.ok(e.location || e.online, `${e.id}: needs a location or online`);
    if (e.location) assert.equal(typeof e.location.place, 'string', `${e.id}: location.place`);
    if (e.status !== undefined) assert.ok(STATUSES.includes(e.status), `${e.id}: status ${e.status}`);
    if (e.status === 'moved-online') assert.ok(e.online, `${e.id}: moved-online needs an online link`);
    if (e.price !== undefined) assert.ok(typeof e.price === 'number' && e.price >= 0, `${e.id}: price`);
  }
}

describe('sample feed', () => {
  test('is a valid version 1 feed', () => {
    assertValidFeed(feed);
  });

  test('has the required sizes', () => {
    assert.ok(feed.initiatives.length >= 32, `initiatives: ${feed.initiatives.length}`);
    assert.ok(feed.partners.length >= 44, `partners: ${feed.partners.length}`);
    assert.ok(feed.events.length >= 44, `events: ${feed.events.length}`);
  });

  test('initiatives use the shared vocabularies and kebab-case ids', () => {
    for (const i of feed.initiatives) {
      assert.match(i.id, KEBAB);
      for (const a of i.audiences ?? []) assert.ok(AUDIENCES.includes(a), `${i.id}: audience ${a}`);
      for (const t of i.themes ?? []) assert.ok(THEMES.includes(t), `${i.id}: theme ${t}`);
      if (i.description) assert.ok(i.description.split('\n\n').length >= 2, `${i.id}: description has paragraphs`);
      if (i.phone) assert.match(i.phone, /^0\d{2,3} [\d ]+$/, `${i.id}: Dutch phone format`);
      if (i.area.gemeenten) for (const g of i.area.gemeenten) assert.ok(g in GEMEENTE_PROVINCE, `${i.id}: unknown gemeente ${g}`);
    }
    assert.ok(feed.initiatives.some((i) => !i.description), 'some initiative without description');
    assert.ok(feed.initiatives.some((i) => !i.phone), 'some initiative without phone');
    assert.ok(feed.initiatives.some((i) => i.reachPerYear === undefined), 'some initiative without reach');
    assert.ok(feed.initiatives.filter((i) => i.area.gemeenten?.includes('Zwolle')).length >= 3, 'Zwolle in several initiatives');
    assert.ok(feed.initiatives.some((i) => i.activeSince >= 2024), 'a recent initiative');
  });

  test('partners cover all six sectors, with some without location and the core team marked', () => {
    const sectors = new Set(feed.partners.map((p) => p.sector));
    for (const s of SECTORS) assert.ok(sectors.has(s), `sector ${s}`);
    assert.ok(feed.partners.filter((p) => !p.location).length >= 5, 'at least 5 partners without location');
    const core = feed.partners.filter((p) => p.coreTeam).map((p) => p.id).sort();
    assert.deepEqual(core, ['ministerie-vws', 'nationaal-ouderenfonds', 'ns', 'ogjg', 'oranje-fonds', 'postnl', 'prorail', 'resto-vanharte']);
  });

  test('events span all twelve provinces during the Week tegen Eenzaamheid 2026', () => {
    const provinces = new Set();
    for (const e of feed.events) {
      assert.match(e.id, KEBAB);
      assert.ok(e.start.endsWith('+02:00'), `${e.id}: summer time offset`);
      assert.ok(e.start >= '2026-09-24' && e.start < '2026-10-02', `${e.id}: start within the week`);
      if (e.location) {
        const province = GEMEENTE_PROVINCE[e.location.gemeente];
        assert.ok(province, `${e.id}: unknown gemeente ${e.location.gemeente}`);
        provinces.add(province);
      }
    }
    assert.deepEqual([...provinces].sort(), [...PROVINCES].sort());
  });

  test('events include every status and the edge cases', () => {
    const count = (status) => feed.events.filter((e) => e.status === status).length;
    assert.equal(count('cancelled'), 1);
    assert.equal(count('postponed'), 1);
    assert.equal(count('moved-online'), 1);
    assert.ok(feed.events.filter((e) => e.online && !e.location).length >= 5, 'at least 5 online events');
    assert.ok(feed.events.some((e) => e.price === 0), 'a free event');
    assert.ok(feed.events.some((e) => e.price > 0), 'a paid event');
    assert.ok(feed.events.some((e) => e.price === undefined), 'an event without price');
    const day = (iso) => iso.slice(0, 10);
    assert.ok(feed.events.some((e) => e.end && Date.parse(e.end) - Date.parse(e.start) < 86400000 && day(e.end) !== day(e.start)), 'an event past midnight');
    assert.ok(feed.events.some((e) => e.end && Date.parse(e.end) - Date.parse(e.start) >= 2 * 86400000), 'a multi-day event');
    const perDay = {};
    for (const e of feed.events) perDay[day(e.start)] = (perDay[day(e.start)] ?? 0) + 1;
    assert.ok(Object.values(perDay).some((n) => n >= 5), 'several events on one day');
  });

  test('criteria for membership and the Etalage', () => {
    const { membership, etalage } = feed.criteria;
    assert.ok(membership.length >= 5, 'membership criteria');
    assert.equal(etalage.length, 5, 'Etalage criteria');
    for (const c of [...membership, ...etalage]) {
      assert.match(c.id, KEBAB);
      assert.ok(['yes-no', 'number'].includes(c.answer), `${c.id}: answer`);
      assert.ok(c.question && c.unmet, `${c.id}: question and unmet`);
      if (c.answer === 'number') assert.equal(typeof c.min, 'number', `${c.id}: min`);
      else assert.equal(c.min, undefined, `${c.id}: no min on yes-no`);
    }
    assertUniqueIds(membership, 'membership');
    assertUniqueIds(etalage, 'etalage');
    assert.equal(membership.find((c) => c.answer === 'number')?.min, 1501);
    assert.deepEqual(etalage.filter((c) => c.answer === 'number').map((c) => c.min).sort((a, b) => a - b), [2, 500]);
  });
});

describe('generateFeed', () => {
  test('produces the requested counts and a valid feed', () => {
    const f = generateFeed({ initiatives: 250, partners: 120, events: 300, seed: 3 });
    assert.equal(f.initiatives.length, 250);
    assert.equal(f.partners.length, 120);
    assert.equal(f.events.length, 300);
    assertValidFeed(f);
    const sectors = new Set(f.partners.map((p) => p.sector));
    assert.equal(sectors.size, 6);
    for (const e of f.events) {
      assert.ok(e.start.endsWith('+02:00'));
      assert.ok(e.start >= '2026-09-24' && e.start < '2026-10-02', `${e.id}: start within the week`);
    }
  });

  test('allows empty sections', () => {
    const f = generateFeed({ initiatives: 5 });
    assert.equal(f.initiatives.length, 5);
    assert.equal(f.partners.length, 0);
    assert.equal(f.events.length, 0);
    assertValidFeed(f);
  });

  test('is deterministic for the same seed and differs for another seed', () => {
    const a = JSON.stringify(generateFeed({ initiatives: 100, partners: 100, events: 100, seed: 'abc' }));
    const b = JSON.stringify(generateFeed({ initiatives: 100, partners: 100, events: 100, seed: 'abc' }));
    const c = JSON.stringify(generateFeed({ initiatives: 100, partners: 100, events: 100, seed: 'abd' }));
    assert.equal(a, b);
    assert.notEqual(a, c);
  });

  test('makes 10,000 items per section quickly, with unique ids', () => {
    const started = performance.now();
    const f = generateFeed({ initiatives: 10000, partners: 10000, events: 10000, seed: 42 });
    const ms = performance.now() - started;
    assert.ok(ms < 2000, `took ${Math.round(ms)} ms`);
    assertValidFeed(f);
  });

  test('rejects invalid sizes', () => {
    assert.throws(() => generateFeed({ initiatives: -1 }), RangeError);
    assert.throws(() => generateFeed({ events: 1.5 }), RangeError);
  });
});
