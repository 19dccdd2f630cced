/** Parsing and validating feeds of 150, 1,000 and 10,000 items per section. */
import {validateFeed} from '../src/feed/validate.js';
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
    rows.push({
      metric: `feed: parse + validate, ${size.toLocaleString('en')} initiatives (median)`,
      value: median(initiatives),
      unit: 'ms',
      ...(size === 10_000 ? {budget: 100} : {}),
    });
  }
  return rows;
}) satisfies Benchmark;
