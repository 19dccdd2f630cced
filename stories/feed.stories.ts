import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {sampleFeed} from '../src/data/sample.js';
import '../src/index.js';

/**
 * `<ncte-feed>` loads one feed and shares it with every widget inside it: one
 * request, one validation. It renders nothing itself; the widgets show the
 * loading and error states.
 */
const meta: Meta = {
  title: 'Feed/<ncte-feed>',
  component: 'ncte-feed',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

const feed = sampleFeed();

/** Two widgets share the sample feed given as a property. */
export const SharedByTwoWidgets: Story = {
  render: () => html`<ncte-feed .feed=${feed}>
    <ncte-event-list page-size="3"></ncte-event-list>
    <ncte-partner-map view="list"></ncte-partner-map>
  </ncte-feed>`,
};

/** The feed inline in the page, for a CMS where hosting a file is hard. */
export const InlineJson: Story = {
  render: () => {
    const inline = JSON.stringify({version: 1, initiatives: (feed.initiatives as unknown[]).slice(0, 3)});
    const provider = document.createElement('ncte-feed');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = inline;
    provider.append(script, document.createElement('ncte-etalage'));
    return provider;
  },
};

/** A feed URL that answers 404: every widget inside shows the error with a retry button. */
export const Unreachable: Story = {
  render: () => html`<ncte-feed src="/feed-that-does-not-exist.json">
    <ncte-etalage></ncte-etalage>
  </ncte-feed>`,
};

/** A feed with bad items: they are left out, reported in the console and on `issues`. */
export const BadItems: Story = {
  render: () => {
    const bad = {
      ...feed,
      events: [
        ...(feed.events as unknown[]).slice(0, 4),
        {id: 'kapot', title: 'Zonder datum', location: {place: 'Ede'}},
        {id: 'gevaarlijk', title: 'Link', start: '2027-09-30T10:00:00+02:00', online: 'javascript:alert(1)'},
      ],
    };
    return html`<ncte-feed .feed=${bad}><ncte-event-list show-past></ncte-event-list></ncte-feed>`;
  },
};
