// The builder's own script stays within its budget (30 KB min+gzip, gzip level 9 as the bench measures),
// and carries no widget: the widget bundles load only when previewed. Needs the CDN build (npm test builds it first).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const builder = readFileSync(new URL('../../dist/cdn/ncte-builder.js', import.meta.url));

test('dist/cdn/ncte-builder.js is at most 30 KB min+gzip', () => {
  const kb = gzipSync(builder, {level: 9}).length / 1024;
  assert.ok(kb <= 30, `ncte-builder.js is ${kb.toFixed(1)} KB min+gzip`);
});

test('the builder script defines no widget and imports no widget bundle statically', () => {
  const code = builder.toString();
  // Words and event names only each widget's own code has (they are in that widget's bundle and in ncte-all.js).
  for (const own of ['Dicht bij mij', 'Initiatieven tegen eenzaamheid', 'ncte-partner-select', 'ncte-eligibility-result']) {
    assert.ok(!code.includes(own), `the builder carries widget code ("${own}")`);
  }
  assert.doesNotMatch(code, /\bimport\s*["']\.\/ncte-/);
  // The manifest it carries is cut down to the attributes (no members, events or CSS parts).
  assert.doesNotMatch(code, /cssParts|"members"/);
});
