// The published JSON Schema (dist/feed.schema.json) and the zod schemas the
// widgets use must agree: a feed producer who validates with the JSON Schema may
// not ship a link that the widgets then drop. The same good and hostile items go
// to zod and to Ajv (a JSON Schema 2020-12 validator with format checks), one
// item per feed, and each must get the same verdict from both.
// Needs the Node validator and the schema (npm test builds them: --node-only).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {FeedSchema, safeParse} from '../../dist/node/validate.js';

const ajv = new Ajv2020({allErrors: true, strict: false});
addFormats(ajv);
const jsonSchemaAccepts = ajv.compile(JSON.parse(readFileSync('dist/feed.schema.json', 'utf8')));
const zodAccepts = (feed) => safeParse(FeedSchema, feed).success;

const initiative = {id: 'buurtdiner', name: 'Buurtdiner', organisation: 'Resto VanHarte', summary: 'Samen eten.', area: {national: true}};
const partner = {id: 'aef', name: 'Andersson Elffers Felix', sector: 'bedrijf'};
const event = {id: 'koffie', title: 'Koffieochtend', start: '2026-09-24T10:00:00+02:00', location: {place: 'Zwolle'}};

/** Links the widgets accept. */
const GOOD_LINKS = [
  'https://www.eentegeneenzaamheid.nl/',
  'http://example.nl',
  'https://example.nl/pad?vraag=1#kop',
  'HTTPS://EXAMPLE.NL/',
  'Http://example.nl',
  'https://example.nl:8443/a%20b',
  'https://xn--bcher-kva.example/',
  'https:example.nl',
  'https:///example.nl',
];
/** Links the widgets refuse: other schemes (script ones above all) and things that are no URL. */
const HOSTILE_LINKS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'javascript://example.nl/%0Aalert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'ftp://example.nl/',
  'mailto:info@example.nl',
  'tel:+31301234567',
  'blob:https://example.nl/1234',
  'about:blank',
  'httpx://example.nl',
  'https//example.nl',
  '//example.nl',
  '/relatief/pad',
  'www.example.nl',
  'example.nl',
  '',
  ' ',
  'java\nscript:alert(1)',
  '\tjavascript:alert(1)',
  ' javascript:alert(1)',
  'https://exa mple.nl',
  'https://',
  'https://[::1',
  'https://:8080/',
  'https://?vraag',
  'https://#kop',
];
/**
 * Links zod takes (the URL parser forgives them, and the widgets normalise them)
 * that the JSON Schema refuses, as `format: uri` allows no white space or
 * backslashes: a producer who validates with the JSON Schema is only stricter.
 */
const STRICTER_IN_JSON_SCHEMA = [' https://example.nl', 'https://example.nl/\t', 'https:\\\\example.nl'];
const LINK_FIELDS = [
  ['initiatives', initiative, 'website'],
  ['initiatives', initiative, 'logo'],
  ['partners', partner, 'website'],
  ['partners', partner, 'logo'],
  ['events', event, 'online'],
  ['events', event, 'registration'],
];

/** Other items, good and bad, so the test also covers the rest of each item. */
const OTHER_ITEMS = [
  ['initiatives', initiative, true],
  ['initiatives', {...initiative, name: ''}, false],
  ['initiatives', {...initiative, email: 'info@example.nl'}, true],
  ['initiatives', {...initiative, email: 'javascript:alert(1)'}, false],
  ['initiatives', {...initiative, lonelinessTypes: ['verdrietig']}, false],
  ['partners', partner, true],
  ['partners', {...partner, sector: 'sport'}, false],
  ['partners', {...partner, location: {place: 'X', lat: 200, lon: 5}}, false],
  ['events', event, true],
  ['events', {...event, start: 'gisteren'}, false],
];

function verdicts(section, item) {
  const feed = {version: 1, [section]: [item]};
  return {zod: zodAccepts(feed), jsonSchema: jsonSchemaAccepts(feed)};
}

for (const [section, base, field] of LINK_FIELDS) {
  test(`${section}[].${field}: the JSON Schema and zod give each link the same verdict`, () => {
    for (const [links, expected] of [[GOOD_LINKS, true], [HOSTILE_LINKS, false]]) {
      for (const link of links) {
        const got = verdicts(section, {...base, [field]: link});
        assert.deepEqual(got, {zod: expected, jsonSchema: expected}, `${field}: ${JSON.stringify(link)}`);
      }
    }
    for (const link of STRICTER_IN_JSON_SCHEMA) {
      assert.deepEqual(verdicts(section, {...base, [field]: link}), {zod: true, jsonSchema: false}, `${field}: ${JSON.stringify(link)}`);
    }
  });
}

test('the JSON Schema and zod agree on other good and bad items', () => {
  for (const [section, item, expected] of OTHER_ITEMS) {
    assert.deepEqual(verdicts(section, item), {zod: expected, jsonSchema: expected}, `${section}: ${JSON.stringify(item)}`);
  }
});

test('a partly invalid feed: the item with a javascript: website fails the JSON Schema too', () => {
  const feed = {version: 1, initiatives: [initiative, {...initiative, id: 'b', website: 'javascript:alert(1)'}]};
  assert.equal(jsonSchemaAccepts(feed), false);
  assert.ok(jsonSchemaAccepts.errors.some((error) => error.instancePath === '/initiatives/1/website'));
  assert.equal(zodAccepts(feed), false);
});
