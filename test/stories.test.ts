/**
 * Every story of the event list, the partner map and the feed renders a real
 * state and passes axe, so the stories stay true. (The Etalage and the
 * eligibility check have their own story tests beside their other tests.)
 * Stories that fetch map tiles from a third party are skipped: tests make no
 * request outside this machine.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {renderStory, type StoryLike} from './helpers.js';
import eventListMeta, * as eventListStories from '../stories/event-list.stories.js';
import partnerMapMeta, * as partnerMapStories from '../stories/partner-map.stories.js';
import feedMeta, * as feedStories from '../stories/feed.stories.js';

type StoryModule = Record<string, unknown>;
type Meta = StoryLike;

const THIRD_PARTY_TILES = /^Tiles(Pdok|Custom)/;
const WIDGETS = 'ncte-etalage, ncte-eligibility-check, ncte-partner-map, ncte-event-list';

const settled = (el: Element) => {
  const root = el.shadowRoot;
  return !!root && root.childElementCount > 0 && !root.querySelector('.feed-state.loading');
};

function storiesOf(title: string, meta: Meta, module: StoryModule) {
  describe(`${title} stories`, function () {
    this.timeout(20_000);
    for (const [name, story] of Object.entries(module)) {
      if (name === 'default' || THIRD_PARTY_TILES.test(name)) continue;
      it(name, async () => {
        const host = await renderStory(meta, story as StoryLike);
        const widgets = [...host.querySelectorAll(WIDGETS)];
        expect(widgets.length, 'the story shows a widget').to.be.greaterThan(0);
        if (name === 'Loading') {
          await Promise.all(widgets.map((w) => (w as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete));
          for (const widget of widgets) expect(widget.shadowRoot!.querySelector('.feed-state.loading'), 'shows the skeleton').to.exist;
        } else {
          // A widget far down the story starts when the visitor scrolls near it.
          for (const widget of widgets) {
            widget.scrollIntoView();
            await waitUntil(() => settled(widget), `${widget.localName} settles`, {timeout: 10_000});
          }
        }
        for (const widget of widgets) {
          expect(widget.shadowRoot!.textContent!.trim().length, `${widget.localName} shows something`).to.be.greaterThan(0);
          await expect(widget).to.be.accessible();
        }
      });
    }
  });
}

storiesOf('event list', eventListMeta as Meta, eventListStories);
storiesOf('partner map', partnerMapMeta as Meta, partnerMapStories);
storiesOf('feed', feedMeta as Meta, feedStories);
