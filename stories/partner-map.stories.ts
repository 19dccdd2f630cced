import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {ContextProvider} from '@lit/context';
import {html, nothing} from 'lit';
import '../src/partner-map/index.js';
import {feedContext} from '../src/feed/context.js';
import {LOADING} from '../src/feed/feed-state.js';
import {sampleFeed} from '../src/data/sample.js';

interface Args {
  view: '' | 'map' | 'list';
  groupBy: 'sector' | 'province';
  sector: string;
  workgroup: string;
  tiles: string;
  tilesAttribution: string;
  headingLevel: number;
  lang: 'nl' | 'en';
}

const render = (args: Args, feed: unknown = sampleFeed()) =>
  html`<ncte-partner-map
    view=${args.view || nothing}
    group-by=${args.groupBy}
    sector=${args.sector || nothing}
    workgroup=${args.workgroup || nothing}
    tiles=${args.tiles || nothing}
    tiles-attribution=${args.tilesAttribution || nothing}
    heading-level=${args.headingLevel}
    lang=${args.lang}
    .feed=${feed}
  ></ncte-partner-map>`;

const meta: Meta<Args> = {
  title: 'Widgets/Partner map',
  component: 'ncte-partner-map',
  args: {
    view: '',
    groupBy: 'sector',
    sector: '',
    workgroup: '',
    tiles: '',
    tilesAttribution: '',
    headingLevel: 2,
    lang: 'nl',
  },
  argTypes: {
    view: {control: 'inline-radio', options: ['', 'map', 'list']},
    groupBy: {control: 'inline-radio', options: ['sector', 'province']},
    tiles: {control: 'select', options: ['', 'pdok', 'pdok-grijs', 'pdok-pastel', 'pdok-standaard']},
    lang: {control: 'inline-radio', options: ['nl', 'en']},
    headingLevel: {control: {type: 'number', min: 1, max: 5}},
  },
  render: (args) => render(args),
};
export default meta;
type Story = StoryObj<Args>;

/** The sample partners; the map on wide screens, the list below 600 px. The base map is the built-in outline: no requests. */
export const Default: Story = {};

/** Every string in English. */
export const English: Story = {args: {lang: 'en'}};

/** The map view, with the partners without an address under it. */
export const MapView: Story = {args: {view: 'map'}};

/** The list view, grouped by sector: the screen-reader-first route through all partners. */
export const ListBySector: Story = {args: {view: 'list'}};

/** The list grouped by province (from the partners' coordinates), without an address last. */
export const ListByProvince: Story = {args: {view: 'list', groupBy: 'province'}};

/** Sector preset: only companies. */
export const SectorPreset: Story = {args: {sector: 'bedrijf'}};

/** Working group preset: working group 2, "Hoe bereiken we de doelgroep?". */
export const WorkgroupPreset: Story = {args: {workgroup: '2'}};

/** PDOK BRT-Achtergrondkaart, standard colours (needs the internet; the outline stays if it fails). */
export const TilesPdok: Story = {args: {view: 'map', tiles: 'pdok'}};

/** PDOK grey variant. */
export const TilesPdokGrijs: Story = {args: {view: 'map', tiles: 'pdok-grijs'}};

/** PDOK pastel variant. */
export const TilesPdokPastel: Story = {args: {view: 'map', tiles: 'pdok-pastel'}};

/** Any tile source by URL template, with its attribution. */
export const TilesCustom: Story = {
  args: {view: 'map', tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', tilesAttribution: '© OpenStreetMap-bijdragers'},
};

/** Tiles that fail to load (404): the outline and the markers stay, and a note says so. */
export const TilesFailing: Story = {args: {view: 'map', tiles: './no-tiles-here/{z}/{x}/{y}.png', tilesAttribution: 'Kapotte kaart'}};

/** Partners that all lack an address: the map shows none, the list under it shows them all. */
export const NoLocations: Story = {
  args: {view: 'map'},
  render: (args) =>
    render(args, {
      version: 1,
      partners: [
        {id: 'eetmee', name: 'Stichting Eet Mee', sector: 'maatschappelijke-organisatie', description: 'Landelijk actief.'},
        {id: 'omapost', name: 'Omapost', sector: 'bedrijf', website: 'https://www.omapost.nl'},
      ],
    }),
};

/** Many partners in one place: clusters named "… partners in Utrecht" that zoom in on Enter. */
export const DenseCluster: Story = {
  args: {view: 'map'},
  render: (args) =>
    render(args, {
      version: 1,
      partners: Array.from({length: 40}, (_, i) => ({
        id: `utrecht-${i}`,
        name: `Utrechtse partner ${i + 1}`,
        sector: ['maatschappelijke-organisatie', 'bedrijf', 'brancheorganisatie', 'zorg-en-welzijn', 'kennisinstelling', 'overheid'][i % 6],
        location: {place: 'Utrecht', lat: 52.07 + (i % 8) * 0.006, lon: 5.09 + Math.floor(i / 8) * 0.01},
      })),
    }),
};

/** The feed is still loading (a surrounding provider that never finishes). */
export const Loading: Story = {
  render: () => {
    const wrapper = document.createElement('div');
    new ContextProvider(wrapper, {context: feedContext, initialValue: {state: LOADING, retry: () => {}}});
    wrapper.append(document.createElement('ncte-partner-map'));
    return wrapper;
  },
};

/** The feed cannot be loaded (404): an error with a retry button. */
export const FeedFailed: Story = {
  render: () => html`<ncte-partner-map src="./does-not-exist/feed.json"></ncte-partner-map>`,
};

/** Nothing matches the filters. */
export const Empty: Story = {args: {view: 'list', sector: 'overheid', workgroup: '3'}};

/** Feed text with markup and very long words is shown as text and wraps. */
export const HostileText: Story = {
  render: (args) =>
    render(args, {
      version: 1,
      partners: [
        {
          id: 'html',
          name: '<img src=x onerror=alert(1)> </script><script>alert(1)</script>',
          sector: 'bedrijf',
          description: '<a href="javascript:alert(1)">klik</a> Kindergartenmedewerkersorganisatieondersteuningsprogrammadeelnemers',
          website: 'https://example.org/',
          location: {place: '<b>Utrecht</b>', lat: 52.09, lon: 5.12},
        },
      ],
    }),
};

/** Themed through the custom properties, in a 320 px wide column (the list view). */
export const ThemedNarrow: Story = {
  render: (args) => html`<div class="themed">
    <style>
      .themed {
        max-width: 320px;
        --ncte-color-accent: #00576b;
        --ncte-partner-map-height: 20rem;
        --ncte-partner-map-land-color: #fffbe8;
        --ncte-radius: 0;
      }
    </style>
    ${render(args)}
  </div>`,
};
