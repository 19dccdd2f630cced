#!/usr/bin/env node
// npx ncte-feed validate <file-or-url>
// Prints every problem in a feed with its path and a summary per section.
// Exit code 0 when the feed is valid, 1 when not, 2 when called wrongly.
import {readFile} from 'node:fs/promises';

const USAGE = 'Usage: ncte-feed validate <file-or-url>\n\nChecks an ncte-widgets feed (version 1) and lists every problem with its path.';

async function main(argv) {
  const [command, source, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'validate' || !source || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  let validator;
  try {
    validator = await import('../dist/node/validate.js');
  } catch {
    console.error('ncte-feed: the validator is not built; run `npm run build` first.');
    return 2;
  }
  const {validateFeed, summariseSections, FeedError} = validator;

  let text;
  try {
    if (/^https?:\/\//i.test(source)) {
      const response = await fetch(source, {headers: {accept: 'application/json'}, signal: AbortSignal.timeout(10_000)});
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } else {
      text = await readFile(source, 'utf8');
    }
  } catch (error) {
    console.error(`✗ ${source}: cannot be read (${error.message})`);
    return 1;
  }

  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    console.error(`✗ ${source}: not valid JSON (${error.message})`);
    return 1;
  }

  let result;
  try {
    result = validateFeed(raw);
  } catch (error) {
    if (error instanceof FeedError) {
      console.error(`✗ ${source}: ${error.message}`);
      return 1;
    }
    throw error;
  }

  for (const issue of result.issues) console.log(`${issue.path}: ${issue.message}`);
  const rows = summariseSections(raw, result).filter((row) => row.total > 0);
  const summary = rows.map((row) => `${row.section} ${row.valid}/${row.total} valid`).join(', ') || 'no items';
  if (result.issues.length === 0) {
    console.log(`✓ ${source}: valid feed version 1 (${summary})`);
    return 0;
  }
  console.log(`✗ ${source}: ${result.issues.length} problem(s); ${summary}`);
  return 1;
}

process.exitCode = await main(process.argv.slice(2));
