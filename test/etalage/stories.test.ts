import {expect, waitUntil} from '@open-wc/testing';
import {renderStory, type StoryLike} from '../helpers.js';
import meta, * as stories from '../../stories/etalage.stories.js';
import type {NcteEtalage} from '../../src/etalage/index.js';

// Every story renders a real state and passes axe, so the stories stay true.
describe('etalage stories', () => {
  for (const [name, story] of Object.entries(stories)) {
    if (name === 'default') continue;
    it(name, async () => {
      const host = await renderStory(meta as StoryLike, story as StoryLike);
      const el = host.querySelector<NcteEtalage>('ncte-etalage')!;
      await el.updateComplete;
      if (name === 'FarBelowTheFold') {
        expect(el.shadowRoot!.querySelector('.feed-state.loading'), 'waits while far away').to.exist;
        el.scrollIntoView();
        await waitUntil(() => el.shadowRoot!.querySelector('.count'), 'shows after scrolling near', {timeout: 5000});
      }
      if (name === 'FeedFailed') await waitUntil(() => el.shadowRoot!.querySelector('.feed-state.error'), 'error shown', {timeout: 5000});
      const shown = el.shadowRoot!.querySelector('.count, .feed-state')!.textContent!;
      expect(shown).to.match(name === 'Loading' ? /geladen/ : name === 'FeedFailed' ? /niet worden geladen/ : /\d+ initiatie(f|ven)|initiatives?/);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector('dialog')?.close();
    });
  }
});
