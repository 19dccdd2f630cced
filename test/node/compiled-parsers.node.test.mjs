// The committed compiled parsers must be what the schemas compile to today.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';

test('src/feed/compiled-parsers.ts is up to date with the zod schemas', () => {
  const result = spawnSync(process.execPath, ['scripts/compile-schemas.mjs', '--check'], {encoding: 'utf8'});
  assert.equal(result.status, 0, result.stderr);
});
