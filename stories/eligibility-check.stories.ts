import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {ContextProvider} from '@lit/context';
import {html, nothing} from 'lit';
import '../src/eligibility-check/index.js';
import type {NcteEligibilityCheck} from '../src/eligibility-check/index.js';
import {feedContext} from '../src/feed/context.js';
import {LOADING} from '../src/feed/feed-state.js';
import {sampleFeed} from '../src/data/sample.js';

interface Args {
  track: 'membership' | 'etalage';
  mode: 'one-per-page' | 'single-page';
  remember: boolean;
  applyHref: string;
  applyLabel: string;
  helpHref: string;
  headingLevel: number;
  lang: 'nl' | 'en';
}

const render = (args: Args, feed?: unknown) =>
  html`<ncte-eligibility-check
    track=${args.track}
    mode=${args.mode}
    ?remember=${args.remember}
    apply-href=${args.applyHref}
    apply-label=${args.applyLabel || nothing}
    help-href=${args.helpHref || nothing}
    heading-level=${args.headingLevel}
    lang=${args.lang}
    .feed=${feed}
  ></ncte-eligibility-check>`;

/** Clicks through the check inside the element's shadow root, as a visitor would. */
async function walk(canvas: HTMLElement, answers: string[], then: 'check' | 'result' | 'stay' = 'stay') {
  const el = canvas.querySelector('ncte-eligibility-check')!;
  await el.updateComplete;
  const root = el.shadowRoot!;
  const click = async (selector: string) => {
    root.querySelector<HTMLElement>(selector)!.click();
    await el.updateComplete;
  };
  await click('[part="start-button"]');
  for (const [index, answer] of answers.entries()) {
    if (answer === 'yes' || answer === 'no') {
      await click(`input[name="q${index}"][value="${answer}"]`);
    } else {
      const input = root.querySelector<HTMLInputElement>(`#q${index}`)!;
      input.value = answer;
      input.dispatchEvent(new Event('input', {bubbles: true}));
      await el.updateComplete;
    }
    await click('[part="next-button"]');
  }
  if (then === 'result') await click('.check-answers [part="next-button"]');
}

const meta: Meta<Args> = {
  title: 'Widgets/Eligibility check',
  component: 'ncte-eligibility-check',
  args: {
    track: 'membership',
    mode: 'one-per-page',
    remember: false,
    applyHref: 'mailto:eenzaamheid@aef.nl',
    applyLabel: '',
    helpHref: '',
    headingLevel: 2,
    lang: 'nl',
  },
  argTypes: {
    track: {control: 'inline-radio', options: ['membership', 'etalage']},
    mode: {control: 'inline-radio', options: ['one-per-page', 'single-page']},
    lang: {control: 'inline-radio', options: ['nl', 'en']},
    headingLevel: {control: {type: 'number', min: 1, max: 6}},
  },
  render: (args) => render(args),
};
export default meta;

type Story = StoryObj<Args>;

/** No feed at all: the built-in membership criteria from the coalition's document. */
export const Default: Story = {};

export const Etalage: Story = {args: {track: 'etalage'}};

export const English: Story = {args: {lang: 'en'}};

/** All questions on one page. */
export const SinglePage: Story = {args: {mode: 'single-page', track: 'etalage'}};

/** The criteria from the sample feed replace the built-in ones (six membership questions). */
export const CriteriaFromFeed: Story = {render: (args) => render(args, sampleFeed())};

export const Question: Story = {play: ({canvasElement}) => walk(canvasElement, [])};

export const NumberQuestion: Story = {play: ({canvasElement}) => walk(canvasElement, ['yes', 'yes', 'yes'])};

/** "Next" with text that is not a number: the error summary takes focus. */
export const NumberError: Story = {play: ({canvasElement}) => walk(canvasElement, ['yes', 'yes', 'yes', 'heel veel'])};

export const SinglePageErrors: Story = {
  args: {mode: 'single-page', track: 'etalage'},
  play: async ({canvasElement}) => {
    await walk(canvasElement, []);
    const el = canvasElement.querySelector('ncte-eligibility-check')!;
    el.shadowRoot!.querySelector<HTMLElement>('[part="next-button"]')!.click();
  },
};

export const CheckYourAnswers: Story = {play: ({canvasElement}) => walk(canvasElement, ['yes', 'yes', 'yes', '2.400', 'yes'])};

export const Eligible: Story = {play: ({canvasElement}) => walk(canvasElement, ['yes', 'yes', 'yes', '2.400', 'yes'], 'result')};

export const NotYetEligible: Story = {
  args: {helpHref: 'https://www.eentegeneenzaamheid.nl/toolkit/'},
  play: ({canvasElement}) => walk(canvasElement, ['yes', 'yes', 'no', '900', 'yes'], 'result'),
};

export const EtalageResult: Story = {
  args: {track: 'etalage', applyHref: 'https://www.eentegeneenzaamheid.nl/etalage/aanmelden/', applyLabel: 'Naar het inschrijfformulier'},
  play: ({canvasElement}) => walk(canvasElement, ['yes', '3', 'yes', 'yes', '750'], 'result'),
};

/** With `remember`, a reload of this story keeps the answers (sessionStorage). */
export const Remember: Story = {args: {remember: true}};

/** The feed is still loading (a surrounding provider that never finishes). */
export const Loading: Story = {
  render: (args) => {
    const wrapper = document.createElement('div');
    new ContextProvider(wrapper, {context: feedContext, initialValue: {state: LOADING, retry: () => {}}});
    const el = document.createElement('ncte-eligibility-check') as NcteEligibilityCheck;
    el.track = args.track;
    wrapper.append(el);
    return wrapper;
  },
};

/** The feed fails (404): the built-in criteria with a note and a retry button. */
export const FeedFailed: Story = {
  render: (args) => html`<ncte-eligibility-check track=${args.track} src="./does-not-exist/feed.json"></ncte-eligibility-check>`,
};

/** Feed text with markup and very long words is shown as text and wraps. */
export const HostileText: Story = {
  render: (args) =>
    render(args, {
      version: 1,
      criteria: {
        membership: [
          {
            id: 'html',
            question: '<img src=x onerror=alert(1)> Is dit <b>vet</b>?',
            help: '<script>alert(1)</script>',
            answer: 'yes-no',
            unmet: '<a href="javascript:alert(1)">klik</a>',
          },
          {
            id: 'lang',
            question: 'Hoeveel Kindergartenmedewerkersorganisatieondersteuningsprogrammadeelnemers bereikt je organisatie?',
            answer: 'number',
            min: 1,
            unit: 'Kindergartenmedewerkersorganisatieondersteuningsprogrammadeelnemers',
            unmet: 'x'.repeat(200),
          },
        ],
      },
    }),
};

/** Themed through the custom properties, in a 320 px wide column. */
export const ThemedNarrow: Story = {
  render: (args) => html`<div class="themed">
    <style>
      .themed {
        width: 320px;
        --ncte-color-accent: #00557f;
        --ncte-font-family: Georgia, serif;
        --ncte-eligibility-check-met-color: #006b3c;
      }
    </style>
    ${render(args)}
  </div>`,
  play: ({canvasElement}) => walk(canvasElement, ['yes', 'yes', 'no', '900', 'yes'], 'result'),
};
