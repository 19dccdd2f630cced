// Fails when custom-elements.json is stale: regenerates it into a temporary folder
// and compares it with the committed one (npm run analyze:check).
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';

// The analyzer takes --outdir relative to the project.
const dir = join('node_modules', '.cache', 'cem-check');
rmSync(dir, {recursive: true, force: true});
mkdirSync(dir, {recursive: true});
const result = spawnSync('npx', ['cem', 'analyze', '--config', 'cem.config.mjs', '--outdir', dir], {stdio: ['ignore', 'ignore', 'inherit']});
if (result.status !== 0) process.exit(result.status ?? 1);
const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
const committed = readFileSync('custom-elements.json', 'utf8');
if (JSON.stringify(JSON.parse(fresh)) !== JSON.stringify(JSON.parse(committed))) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
