import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {ContextProvider} from '@lit/context';
import {html, nothing} from 'lit';
import '../src/event-list/index.js';
import {feedContext} from '../src/feed/context.js';
import {LOADING} from '../src/feed/feed-state.js';
import {sampleFeed} from '../src/data/sample.js';

interface Args {
  gemeente: string;
  place: string;
  audience: string;
  locked: boolean;
  from: string;
  to: string;
  showPast: boolean;
  layout: 'default' | 'compact';
  pageSize: number;
  syncUrl: boolean;
  noStructuredData: boolean;
  headingLevel: number;
  lang: 'nl' | 'en';
}

// sampleFeed() moves the sample events to the next Week tegen Eenzaamheid,
// so every story shows upcoming events whenever it is opened.
const render = (args: Args, feed: unknown = sampleFeed(), now?: Date) =>
  html`<ncte-event-list
    gemeente=${args.gemeente || nothing}
    place=${args.place || nothing}
    audience=${args.audience || nothing}
    ?locked=${args.locked}
    from=${args.from || nothing}
    to=${args.to || nothing}
    ?show-past=${args.showPast}
    layout=${args.layout}
    page-size=${args.pageSize}
    ?sync-url=${args.syncUrl}
    ?no-structured-data=${args.noStructuredData}
    heading-level=${args.headingLevel}
    lang=${args.lang}
    .feed=${feed}
    .now=${now}
  >
    <h2 slot="heading">${args.lang === 'en' ? 'Activities in the Week against Loneliness' : 'Activiteiten in de Week tegen Eenzaamheid'}</h2>
  </ncte-event-list>`;

const meta: Meta<Args> = {
  title: 'Widgets/Event list',
  component: 'ncte-event-list',
  args: {
    gemeente: '',
    place: '',
    audience: '',
    locked: false,
    from: '',
    to: '',
    showPast: false,
    layout: 'default',
    pageSize: 20,
    syncUrl: false,
    noStructuredData: false,
    headingLevel: 3,
    lang: 'nl',
  },
  argTypes: {
    layout: {control: 'inline-radio', options: ['default', 'compact']},
    lang: {control: 'inline-radio', options: ['nl', 'en']},
    headingLevel: {control: {type: 'number', min: 1, max: 5}},
  },
  render: (args) => render(args),
};
export default meta;
type Story = StoryObj<Args>;

/** The whole sample Week, upcoming events grouped by day. */
export const Default: Story = {};

/** Every string and date in English. */
export const English: Story = {args: {lang: 'en'}};

/** A gemeente page: Utrecht preset, the visitor can still change it. */
export const GemeentePreset: Story = {args: {gemeente: 'Utrecht'}};

/** A gemeente page that only ever shows its own activities. */
export const GemeenteLocked: Story = {args: {gemeente: 'Rotterdam', locked: true}};

/** Only activities for older people, locked. */
export const AudienceLocked: Story = {args: {audience: 'ouderen', locked: true}};

/** One dense line per activity. */
export const Compact: Story = {args: {layout: 'compact'}};

/** Five at a time, with "show more". */
export const SmallPages: Story = {args: {pageSize: 5}};

/** Past events shown too (`show-past`), seen from the middle of the Week: ended ones are marked "Afgelopen". */
export const WithPast: Story = {
  args: {showPast: true},
  render: (args) => {
    const feed = sampleFeed() as {events: {start: string}[]};
    const starts = feed.events.map((e) => Date.parse(e.start)).sort((a, b) => a - b);
    const middle = new Date(starts[Math.floor(starts.length / 2)]);
    return render(args, feed, middle);
  },
};

/** The first two days of the Week only (`from`/`to`, computed from the sample feed). */
export const FirstTwoDays: Story = {
  render: (args) => {
    const feed = sampleFeed() as {events: {start: string}[]};
    const first = feed.events.map((e) => e.start.slice(0, 10)).sort()[0];
    const second = new Date(Date.parse(`${first}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    return render({...args, from: first, to: second}, feed);
  },
};

/** Filters live in the page URL (`sync-url`): reload the story frame to see them restored. */
export const SyncUrl: Story = {args: {syncUrl: true}};

/** The feed is still loading (a surrounding provider that never finishes). */
export const Loading: Story = {
  render: () => {
    const wrapper = document.createElement('div');
    new ContextProvider(wrapper, {context: feedContext, initialValue: {state: LOADING, retry: () => {}}});
    wrapper.append(document.createElement('ncte-event-list'));
    return wrapper;
  },
};

/** The feed cannot be loaded (404): an error with a retry button. */
export const FeedFailed: Story = {
  render: () => html`<ncte-event-list src="./does-not-exist/feed.json"></ncte-event-list>`,
};

/** Nothing matches: the `empty` slot invites organisers. */
export const Empty: Story = {
  render: (args) => html`<ncte-event-list lang=${args.lang} gemeente="Schiermonnikoog" locked .feed=${sampleFeed()}>
    <p slot="empty">
      Nog geen activiteiten in Schiermonnikoog.
      <a href="https://www.eentegeneenzaamheid.nl/week-tegen-eenzaamheid/">Organiseer zelf een activiteit</a>
    </p>
  </ncte-event-list>`,
};

/** Statuses: cancelled and postponed stay visible and marked; moved online shows the link. */
export const Statuses: Story = {
  render: (args) => {
    const feed = sampleFeed() as {events: {status?: string}[]};
    return render(args, {...feed, events: feed.events.filter((e) => e.status && e.status !== 'scheduled')});
  },
};

/** Feed text with markup, a script-ending title and very long words is shown as text and wraps. */
export const HostileText: Story = {
  render: (args) => {
    const start = (sampleFeed() as {events: {start: string}[]}).events[0].start;
    return render(args, {
      version: 1,
      events: [
        {
          id: 'html',
          title: '<img src=x onerror=alert(1)> </script><script>alert(1)</script>',
          description: '<b>vet</b> <a href="javascript:alert(1)">klik</a>',
          start,
          location: {place: 'Kindergartenmedewerkersorganisatieondersteuningsprogrammadeelnemersplaats', gemeente: 'Utrecht'},
          organiser: 'x'.repeat(120),
          registration: 'https://example.org/aanmelden',
        },
      ],
    });
  },
};

/** Themed through the custom properties, in a 320 px wide column. */
export const ThemedNarrow: Story = {
  render: (args) => html`<div class="themed">
    <style>
      .themed {
        max-width: 320px;
        --ncte-color-accent: #00576b;
        --ncte-event-list-day-color: #00576b;
        --ncte-event-list-card-background: #f4fbfc;
        --ncte-radius: 0;
      }
    </style>
    ${render(args)}
  </div>`,
};
