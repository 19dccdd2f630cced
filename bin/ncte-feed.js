#!/usr/bin/env node
// npx ncte-feed <template|import|export|validate> …  (npx ncte-feed --help)
// The command lives in src/feed-tools/ and is built into dist/node/cli.js.
// Exit code 0 when all is well, 1 when problems were found, 2 when called wrongly.
import {readFileSync} from 'node:fs';

let cli;
try {
  cli = await import('../dist/node/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/node/cli.js')) throw error;
  console.error('ncte-feed: the command is not built; run `npm run build` first.');
  process.exit(2);
}
const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
process.exitCode = await cli.main(process.argv.slice(2), version);
