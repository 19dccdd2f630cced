/**
 * The iframe embed stories render the built embed page in an iframe, sized by
 * ncte-embed.js (loaded by the story as a host page would), and the snippet
 * they show is the documented contract.
 */
import {expect, fixture, waitUntil} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import meta, * as stories from '../../stories/embed.stories.js';

type Args = Required<NonNullable<typeof meta.args>>;

describe('iframe embed stories', function () {
  this.timeout(30_000);
  for (const [name, story] of Object.entries(stories)) {
    if (name === 'default') continue;
    it(name, async () => {
      const args = {...meta.args, ...(story as {args?: Partial<Args>}).args} as Args;
      // The test server turns .json files into modules; it serves the sample feed as JSON here.
      args.attributes = args.attributes.replace('/src/data/sample-feed.json', '/__test/sample-feed');
      const host = await fixture<HTMLElement>(document.createElement('div'));
      render(meta.render!(args, {} as never) as TemplateResult, host);
      const frame = host.querySelector('iframe')!;
      expect(frame.title).to.equal(args.title);
      expect(frame.getAttribute('src')).to.match(new RegExp(`^/dist/cdn/embed\\.html\\?widget=${args.widget}`));
      expect(host.querySelector('code')!.textContent).to.contain('ncte-embed.js').and.contain(`title="${args.title}"`);
      // Sized by ncte-embed.js to the page's content.
      await waitUntil(() => frame.contentDocument?.documentElement?.hasAttribute('data-sized') ?? false, 'ncte-embed.js sizes the frame', {timeout: 20_000});
      const body = () => Math.ceil(frame.contentDocument!.body.getBoundingClientRect().height);
      await waitUntil(() => body() > 50 && Math.abs(frame.clientHeight - body()) <= 2, 'the frame has the height of its content', {timeout: 10_000});
      if (name === 'UnknownWidget') expect(frame.contentDocument!.querySelector('.ncte-embed-problem')).to.exist;
      else {
        const text = () => frame.contentDocument!.querySelector(`ncte-${args.widget}`)?.shadowRoot?.textContent ?? '';
        await waitUntil(() => text().length > 100 && !/Gegevens worden geladen|Loading/.test(text()), 'the widget renders', {timeout: 15_000});
        expect(text()).to.not.match(/Opnieuw proberen|Try again/);
      }
    });
  }
});
