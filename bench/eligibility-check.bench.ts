/**
 * <ncte-eligibility-check>: first render (built-in criteria, and after a feed
 * arrives) and a full run through the flow as a visitor clicks it: start, five
 * questions, check your answers, result. The issue sets no speed budget for this
 * widget (its budget is the bundle size), so the rows carry none.
 */
import '../src/eligibility-check/index.js';
import type {NcteEligibilityCheck} from '../src/eligibility-check/index.js';
import {max, median, nextPaint, timeRuns, type Benchmark, type BenchRow} from './harness.js';

const q = (el: NcteEligibilityCheck, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

export default (async (ctx) => {
  const rows: BenchRow[] = [];
  const sample = await ctx.sampleFeed();

  // Script time alone (create, render, commit), then the same until the next frame is painted.
  const firstRenderScript = await timeRuns(async () => {
    const el = document.createElement('ncte-eligibility-check');
    ctx.container().append(el);
    await el.updateComplete;
  }, 30);
  rows.push({metric: 'eligibility-check: first render to updateComplete, built-in criteria (median)', value: median(firstRenderScript), unit: 'ms'});

  const firstRender = await timeRuns(async () => {
    const el = document.createElement('ncte-eligibility-check');
    ctx.container().append(el);
    await el.updateComplete;
    await nextPaint();
  }, 30);
  rows.push({metric: 'eligibility-check: first render to next paint, built-in criteria (median)', value: median(firstRender), unit: 'ms'});

  const afterFeed = await timeRuns(async () => {
    const el = document.createElement('ncte-eligibility-check');
    ctx.container().append(el);
    await el.updateComplete;
    el.feed = structuredClone(sample);
    await el.updateComplete;
    await nextPaint();
  }, 30);
  rows.push({metric: 'eligibility-check: first render after the sample feed arrives, incl. validation (median)', value: median(afterFeed), unit: 'ms'});

  const stepTimes: number[] = [];
  const stepScriptTimes: number[] = [];
  const fullRun = await timeRuns(async () => {
    const el = document.createElement('ncte-eligibility-check');
    ctx.container().append(el);
    await el.updateComplete;
    const timed = async (selector: string) => {
      const start = performance.now();
      q(el, selector).click();
      await el.updateComplete;
      stepScriptTimes.push(performance.now() - start);
      await nextPaint();
      stepTimes.push(performance.now() - start);
    };
    await timed('[part="start-button"]');
    for (const [index, criterion] of el.criteria.entries()) {
      if (criterion.answer === 'yes-no') {
        q(el, `#q${index}`).click();
      } else {
        const input = q(el, `#q${index}`) as HTMLInputElement;
        input.value = '2.000';
        input.dispatchEvent(new Event('input', {bubbles: true}));
      }
      await timed('[part="next-button"]');
    }
    await timed('.check-answers [part="next-button"]');
  }, 20);
  rows.push({metric: 'eligibility-check: full run, start → 5 questions → summary → result, each step painted (median)', value: median(fullRun), unit: 'ms'});
  rows.push({metric: 'eligibility-check: one step, click to updateComplete (median)', value: median(stepScriptTimes), unit: 'ms'});
  rows.push({metric: 'eligibility-check: one step, click to updateComplete (max)', value: max(stepScriptTimes), unit: 'ms'});
  rows.push({metric: 'eligibility-check: one step, click to painted next step (max)', value: max(stepTimes), unit: 'ms'});
  return rows;
}) satisfies Benchmark;
