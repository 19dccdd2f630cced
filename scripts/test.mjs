// npm test: the whole suite. Builds the CDN bundles, the Node validator and the
// npm build's JavaScript (the embedding, CLI and package tests use them), runs every browser test in headless Chromium
// and the Node tests, then prints one line: `tests: N passed, N failed`.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {requireChrome} from './chrome-path.mjs';

const chrome = requireChrome();
process.env.CHROME_PATH = chrome;

function run(command, args, {capture = false} = {}) {
  const result = spawnSync(command, args, {stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: process.env});
  if (capture) process.stdout.write(result.stdout ?? '');
  return {code: result.status ?? 1, stdout: result.stdout ?? ''};
}

let passed = 0;
let failed = 0;

const builds = ['--cdn-only', '--node-only', '--lib-only'].map((part) => run('node', ['scripts/build.mjs', part]));
if (builds.some((b) => b.code !== 0)) {
  console.error('The build failed; the embedding, CLI and package tests cannot run.');
  failed++;
}

// The browser suite; the count reporter (test/count-reporter.mjs) sums every group.
const countsFile = join(mkdtempSync(join(tmpdir(), 'ncte-test-')), 'counts.json');
process.env.TEST_COUNTS_FILE = countsFile;
const browser = run('npx', ['wtr', '--config', 'web-test-runner.config.mjs']);
if (existsSync(countsFile)) {
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  passed += counts.passed;
  failed += counts.failed + counts.filesFailedToLoad;
}
if (browser.code !== 0 && failed === 0) failed++;

const node = run('node', ['--test', '--test-reporter=spec', 'test/node/'], {capture: true});
const nodePass = /ℹ pass (\d+)/.exec(node.stdout);
const nodeFail = /ℹ fail (\d+)/.exec(node.stdout);
passed += Number(nodePass?.[1] ?? 0);
failed += Number(nodeFail?.[1] ?? 0);
if (node.code !== 0 && !nodeFail) failed++;

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || browser.code !== 0 || node.code !== 0 ? 1 : 0);
