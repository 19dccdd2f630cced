import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {ContextProvider} from '@lit/context';
import {html, nothing} from 'lit';
import '../src/etalage/index.js';
import {feedContext} from '../src/feed/context.js';
import {LOADING} from '../src/feed/feed-state.js';
import {sampleFeed} from '../src/data/sample.js';

interface Args {
  layout: 'cards' | 'list';
  pageSize: number;
  facets: string;
  gemeente: string;
  province: string;
  audience: string;
  theme: string;
  query: string;
  locked: boolean;
  syncUrl: boolean;
  headingLevel: number;
  lang: 'nl' | 'en';
}

const render = (args: Args, feed: unknown = sampleFeed()) =>
  html`<ncte-etalage
    layout=${args.layout}
    page-size=${args.pageSize}
    facets=${args.facets}
    gemeente=${args.gemeente || nothing}
    province=${args.province || nothing}
    audience=${args.audience || nothing}
    theme=${args.theme || nothing}
    query=${args.query || nothing}
    ?locked=${args.locked}
    ?sync-url=${args.syncUrl}
    heading-level=${args.headingLevel}
    lang=${args.lang}
    .feed=${feed}
  ></ncte-etalage>`;

const meta: Meta<Args> = {
  title: 'Widgets/Etalage',
  component: 'ncte-etalage',
  args: {
    layout: 'cards',
    pageSize: 12,
    facets: 'audience,theme,lonelinessType,province,gemeente',
    gemeente: '',
    province: '',
    audience: '',
    theme: '',
    query: '',
    locked: false,
    syncUrl: false,
    headingLevel: 2,
    lang: 'nl',
  },
  argTypes: {
    layout: {control: 'inline-radio', options: ['cards', 'list']},
    lang: {control: 'inline-radio', options: ['nl', 'en']},
    headingLevel: {control: {type: 'number', min: 1, max: 4}},
    pageSize: {control: {type: 'number', min: 1, max: 50}},
  },
  render: (args) => render(args),
};
export default meta;
type Story = StoryObj<Args>;

/** Every initiative of the sample feed as cards, with search, filters, sort and pages. */
export const Default: Story = {};

/** Every string in English. */
export const English: Story = {args: {lang: 'en'}};

/** The compact list layout. */
export const List: Story = {args: {layout: 'list'}};

/** A gemeente page: Zwolle preset (its own and the national initiatives); the visitor can remove it. */
export const GemeentePreset: Story = {args: {gemeente: 'Zwolle'}};

/** A gemeente page that only ever shows what runs in Zwolle: the preset is locked. */
export const GemeenteLocked: Story = {args: {gemeente: 'Zwolle', locked: true}};

/** A province page, locked. */
export const ProvinceLocked: Story = {args: {province: 'Overijssel', locked: true}};

/** Preset audience and theme, only those two filter groups shown. */
export const AudienceAndTheme: Story = {args: {audience: 'ouderen', theme: 'ontmoeting', facets: 'audience,theme'}};

/** Starts with a search (`query`): matches highlighted, sorted by relevance. */
export const InitialSearch: Story = {args: {query: 'maatje'}};

/** No filter groups at all: search only. */
export const SearchOnly: Story = {args: {facets: ''}};

/** Four at a time, with pages. */
export const SmallPages: Story = {args: {pageSize: 4}};

/** State in the page URL (`sync-url`): open an initiative, then reload the story frame. */
export const SyncUrl: Story = {args: {syncUrl: true}};

/** One initiative opened in the dialog (the `initiative` attribute, as a deep link would). */
export const OpenInitiative: Story = {
  render: (args) => {
    const feed = sampleFeed() as {initiatives: {id: string}[]};
    return html`<ncte-etalage lang=${args.lang} initiative=${feed.initiatives[0].id} .feed=${feed}></ncte-etalage>`;
  },
};

/** The feed is still loading (a surrounding provider that never finishes): a skeleton holds the space. */
export const Loading: Story = {
  render: () => {
    const wrapper = document.createElement('div');
    new ContextProvider(wrapper, {context: feedContext, initialValue: {state: LOADING, retry: () => {}}});
    wrapper.append(document.createElement('ncte-etalage'));
    return wrapper;
  },
};

/**
 * Far below the fold (lazy start): the Etalage fetched its feed at once but parses
 * and shows it only when you scroll near it; until then the loading box holds its
 * place. `loading="eager"` would show it at once.
 */
export const FarBelowTheFold: Story = {
  render: (args) => html`<div style="block-size: 250vh; padding: 1rem; background: repeating-linear-gradient(#eee 0 2rem, #fff 2rem 4rem)">
      <p>Scroll down: the Etalage starts when it is about one screen away.</p>
    </div>
    ${render(args)}`,
};

/** The feed cannot be loaded (404): an error with a retry button. */
export const FeedFailed: Story = {
  render: () => html`<ncte-etalage src="./does-not-exist/feed.json"></ncte-etalage>`,
};

/** Nothing matches: the `empty` slot, and buttons to remove the last filter or clear the search. */
export const Empty: Story = {
  render: (args) => html`<ncte-etalage lang=${args.lang} audience="studenten" query="zzz" .feed=${sampleFeed()}>
    <p slot="empty">
      Staat jouw initiatief er niet bij?
      <a href="https://www.eentegeneenzaamheid.nl/">Meld het aan voor de Etalage</a>
    </p>
  </ncte-etalage>`,
};

/** A custom heading in the `heading` slot. */
export const CustomHeading: Story = {
  render: (args) => html`<ncte-etalage lang=${args.lang} gemeente="Zwolle" locked .feed=${sampleFeed()}>
    <h2 slot="heading">Initiatieven tegen eenzaamheid in Zwolle</h2>
  </ncte-etalage>`,
};

/** Only the required fields: no badges, tags, logo or contact, and nothing odd in their place. */
export const MinimalFields: Story = {
  render: (args) =>
    render(args, {
      version: 1,
      initiatives: [
        {id: 'kaal', name: 'Kaal initiatief', organisation: 'Kleine club', summary: 'Alleen de verplichte velden.', area: {provinces: ['Groningen']}},
      ],
    }),
};

/** Feed text with markup and very long words is shown as text and wraps. */
export const HostileText: Story = {
  render: (args) =>
    render(args, {
      version: 1,
      initiatives: [
        {
          id: 'html',
          name: '<img src=x onerror=alert(1)> </script><script>alert(1)</script>',
          organisation: '<b>vet</b>',
          summary: '<a href="javascript:alert(1)">klik</a> Kindergartenmedewerkersorganisatieondersteuningsprogrammadeelnemers',
          description: '<p>alinea</p>\n\n<iframe src="https://example.org"></iframe>',
          website: 'https://example.org/',
          phone: 'javascript:alert(1)',
          area: {national: true},
        },
      ],
    }),
};

/** Themed through the custom properties, in a 320 px wide column. */
export const ThemedNarrow: Story = {
  render: (args) => html`<div class="themed">
    <style>
      .themed {
        max-width: 320px;
        --ncte-color-accent: #00576b;
        --ncte-etalage-card-background: #f4fbfc;
        --ncte-etalage-badge-background: #dff1f4;
        --ncte-radius: 0;
      }
    </style>
    ${render(args)}
  </div>`,
};
