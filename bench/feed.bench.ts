/**
 * Parsing and validating feeds of 150, 1,000 and 10,000 items per section, and
 * the two parts on their own for 10,000 initiatives: `JSON.parse` (the browser's
 * work) and validation (ours).
 */
import {readEnvelope, validateSections} from '../src/feed/validate.js';
import {validateFeed} from '../src/feed/validate-feed.js';
import {initiativesSection} from '../src/feed/sections.js';
import {median, timeRuns, type Benchmark, type BenchRow} from './harness.js';

export default (async (ctx) => {
  const rows: BenchRow[] = [];
  for (const size of [150, 1_000, 10_000]) {
    const text = JSON.stringify(await ctx.feed(size));
    const runs = size === 10_000 ? 15 : 30;
    const all = await timeRuns(() => validateFeed(JSON.parse(text)), runs);
    rows.push({metric: `feed: parse + validate, ${size.toLocaleString('en')} items in each of 3 sections (median)`, value: median(all), unit: 'ms'});
    const initiativesOnly = JSON.stringify({version: 1, initiatives: (JSON.parse(text) as {initiatives: unknown[]}).initiatives});
    const initiatives = await timeRuns(() => validateFeed(JSON.parse(initiativesOnly)), runs);
    const budget = size === 10_000 ? {budget: 100} : {};
    rows.push({metric: `feed: parse + validate, ${size.toLocaleString('en')} initiatives (median)`, value: median(initiatives), unit: 'ms', ...budget});
    if (size === 10_000) {
      const parse = await timeRuns(() => JSON.parse(initiativesOnly), runs);
      rows.push({metric: 'feed: of which JSON.parse, 10,000 initiatives (median)', value: median(parse), unit: 'ms'});
      // Validation alone, on a freshly parsed feed each time (results are cached per feed).
      const parsed = Array.from({length: runs + 2}, () => JSON.parse(initiativesOnly) as unknown);
      let next = 0;
      const validate = await timeRuns(() => validateSections(readEnvelope(parsed[next++]), {initiatives: initiativesSection}), runs);
      rows.push({metric: 'feed: of which validating, 10,000 initiatives (median)', value: median(validate), unit: 'ms', budget: 100});
    }
  }
  return rows;
}) satisfies Benchmark;
