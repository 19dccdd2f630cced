import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';

/**
 * The iframe embed (docs/embedding.md): `dist/cdn/embed.html` in an `<iframe>`,
 * sized by `dist/cdn/ncte-embed.js`. Shows the built files: run `npm run build`
 * (or `node scripts/build.mjs --cdn-only`) before `npm run storybook`.
 */
interface Args {
  widget: 'etalage' | 'eligibility-check' | 'partner-map' | 'event-list';
  /** The widget's attributes as a query, e.g. `gemeente=Utrecht&page-size=4`. */
  attributes: string;
  lang: 'nl' | 'en';
  accent: string;
  font: string;
  radius: string;
  title: string;
}

const CDN = '/dist/cdn/';

/** ncte-embed.js, once per page, as a host site loads it. */
function loadEmbedScript(): void {
  if (document.querySelector(`script[src="${CDN}ncte-embed.js"]`)) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${CDN}ncte-embed.js`;
  document.head.append(script);
}

/** The embed page's URL for the story's settings (the contract of docs/embedding.md). */
function embedUrl(args: Args): string {
  const query = new URLSearchParams({widget: args.widget});
  for (const [key, value] of new URLSearchParams(args.attributes)) query.append(key, value);
  if (args.lang === 'en') query.set('lang', 'en');
  for (const key of ['accent', 'font', 'radius'] as const) if (args[key]) query.set(key, args[key]);
  return `${CDN}embed.html?${query}`;
}

const render = (args: Args) => {
  loadEmbedScript();
  const src = embedUrl(args);
  const snippet = `<iframe title="${args.title}" src="${new URL(src, location.href)}" width="100%" height="900" style="border: 0"></iframe>\n<script type="module" src="${new URL(`${CDN}ncte-embed.js`, location.href)}"></script>`;
  return html`<div class="embed-story">
    <iframe title=${args.title} src=${src} width="100%" height="600" style="border: 0; display: block"></iframe>
    <h2 style="font: 600 1rem system-ui">The snippet</h2>
    <pre style="white-space: pre-wrap; overflow-wrap: anywhere"><code>${snippet}</code></pre>
  </div>`;
};

const meta: Meta<Args> = {
  title: 'Embedding/Iframe embed',
  render,
  args: {
    widget: 'etalage',
    attributes: 'src=/src/data/sample-feed.json&page-size=4',
    lang: 'nl',
    accent: '',
    font: '',
    radius: '',
    title: 'Etalage: initiatieven tegen eenzaamheid',
  },
  argTypes: {
    widget: {control: 'select', options: ['etalage', 'eligibility-check', 'partner-map', 'event-list']},
    lang: {control: 'inline-radio', options: ['nl', 'en']},
  },
  parameters: {
    docs: {
      description: {
        component:
          'For CMSs that strip scripts: one widget in an iframe, configured by the URL query, sized to its content by `ncte-embed.js` on the host page. Widget events arrive on the `<iframe>`. See docs/embedding.md. Needs the CDN build (`npm run build`).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Etalage: Story = {};

export const EligibilityCheckThemed: Story = {
  args: {widget: 'eligibility-check', attributes: 'track=membership', accent: '#006b3f', font: 'Georgia, serif', radius: '0', title: 'Kan mijn organisatie lid worden van de coalitie?'},
};

export const PartnerMapEnglish: Story = {
  args: {widget: 'partner-map', attributes: 'src=/src/data/sample-feed.json', lang: 'en', title: 'Partners of the coalition'},
};

export const EventList: Story = {
  args: {widget: 'event-list', attributes: 'src=/src/data/sample-feed.json&show-past&layout=compact', title: 'Activiteiten in de Week tegen Eenzaamheid'},
};

export const UnknownWidget: Story = {
  args: {widget: 'kaart' as Args['widget'], attributes: '', title: 'Een widget die niet bestaat'},
};
