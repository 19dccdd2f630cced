import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import manifest from '../custom-elements.json';
import {widgetOptions} from '../src/builder/manifest.js';
import '../src/builder/ncte-builder.element.js';
// The widgets from source: the builder previews an element that is already defined without loading its CDN bundle.
import '../src/index.js';

/**
 * `<ncte-builder>` is dist/cdn/builder.html: a web editor picks a widget, its
 * feed and options (generated from custom-elements.json), its language and
 * theme, sees it live, checks the feed and copies the code. See docs/builder.md.
 */
const meta: Meta = {
  title: 'Builder/<ncte-builder>',
  component: 'ncte-builder',
};
export default meta;

type Story = StoryObj;

const options = widgetOptions(manifest);
/** The sample feed as a URL (served as a file in Storybook and in the tests). */
const sampleFeedUrl = new URL('../src/data/sample-feed.json', import.meta.url).href;

/** The builder on the sample feed, starting with the Etalage. */
export const Builder: Story = {
  render: () => html`<ncte-builder .options=${options} src=${sampleFeedUrl}></ncte-builder>`,
};

/** The builder in English (the widget's language is a separate choice). */
export const English: Story = {
  render: () => html`<ncte-builder lang="en" .options=${options} src=${sampleFeedUrl}></ncte-builder>`,
};
