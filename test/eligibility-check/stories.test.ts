/** Every story renders, plays and passes axe: the states and steps a visitor can see. */
import {expect, waitUntil} from '@open-wc/testing';
import {renderStory, type StoryLike} from '../helpers.js';
import * as stories from '../../stories/eligibility-check.stories.js';
import type {NcteEligibilityCheck} from '../../src/eligibility-check/index.js';

type AnyStory = StoryLike;
const {default: meta, ...named} = stories as unknown as Record<string, AnyStory> & {default: AnyStory};

describe('eligibility-check stories', () => {
  afterEach(() => sessionStorage.clear());

  for (const [name, story] of Object.entries(named)) {
    it(`${name} renders and passes axe`, async () => {
      const canvas = await renderStory(meta, story);
      const el = canvas.querySelector<NcteEligibilityCheck>('ncte-eligibility-check')!;
      const root = el.shadowRoot!;
      if (name === 'FeedFailed') {
        // The built-in criteria with a note and a retry button (not a sleep: wait for the failure to show).
        await waitUntil(() => [...root.querySelectorAll('button')].some((b) => /Opnieuw proberen/.test(b.textContent!)), 'retry shown', {timeout: 5000});
      }
      // What the story shows: a step with a heading and something to do (the wrapper .check is always there).
      const check = root.querySelector('.check')!;
      if (name === 'Loading') expect(check.querySelector('.feed-state.loading'), 'loading state').to.exist;
      else {
        expect(check.querySelector('h1, h2, h3, h4, legend'), 'a heading or legend').to.exist;
        expect(check.querySelector('button, a[href], input'), 'something to do').to.exist;
      }
      await expect(canvas).to.be.accessible();
    });
  }
});
