/** The builder's stories render a real builder: options, the checked feed, a preview, the code; axe finds nothing. */
import {expect, fixture, waitUntil} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import * as stories from '../../stories/builder.stories.js';

describe('builder stories', function () {
  this.timeout(30_000);
  for (const [name, story] of Object.entries(stories)) {
    if (name === 'default') continue;
    it(name, async () => {
      const host = await fixture<HTMLElement>(document.createElement('div'));
      render((story as {render: () => TemplateResult}).render(), host);
      const builder = host.querySelector('ncte-builder')!;
      expect(builder.src).to.match(/\/src\/data\/sample-feed\.json$/);
      // The same feed from the test server: here the browser has the JSON file cached as a module (other tests import it).
      builder.src = '/__test/sample-feed';
      await waitUntil(() => builder.shadowRoot?.querySelector('.counts'), 'the sample feed is checked', {timeout: 15_000});
      const preview = () => builder.shadowRoot!.querySelector('.preview > ncte-etalage');
      await waitUntil(() => (preview()?.shadowRoot?.textContent?.length ?? 0) > 200, 'the Etalage previews', {timeout: 15_000});
      expect(builder.shadowRoot!.querySelectorAll('.option').length).to.be.greaterThan(5);
      expect(builder.shadowRoot!.querySelector('#snippet-script')!.textContent).to.contain('<ncte-etalage src="');
      await expect(builder).to.be.accessible();
    });
  }
});
