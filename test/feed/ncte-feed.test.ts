import {aTimeout, expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {LitElement, html as litHtml, type PropertyDeclarations} from 'lit';
import type {FeedIssuesEvent, NcteFeed} from '../../src/feed/index.js';
import {FeedController} from '../../src/feed/feed-controller.js';
import {clearFeedCache} from '../../src/feed/load.js';
import {initiativesSection} from '../../src/feed/sections.js';
import {baseStyles, feedStateStyles} from '../../src/styles/base.styles.js';
import {renderFeedState, feedStateAnnouncement, retryKeepingFocus} from '../../src/feed/feed-state-view.js';
import {LangController} from '../../src/i18n/lang.js';
import {commonStrings} from '../../src/i18n/strings.js';
import {AnnouncerController} from '../../src/controllers/announcer.js';
import {define} from '../../src/internal/define.js';
import '../../src/feed/ncte-feed.element.js';

/** A minimal widget on the shared feed layer: shows the feed states and the initiative count. */
class TestFeedWidget extends LitElement {
  static override styles = [baseStyles, feedStateStyles];
  private readonly feedController = new FeedController(this, {initiatives: initiativesSection});
  private readonly langController = new LangController(this, [commonStrings]);
  private readonly announcer = new AnnouncerController(this);
  static override properties: PropertyDeclarations = {src: {}, feed: {attribute: false}, timeout: {type: Number}};
  declare src?: string;
  declare feed?: unknown;
  declare timeout?: number;
  get state() {
    return this.feedController.state;
  }
  get issues() {
    return this.feedController.issues;
  }
  // As every widget does: on an English page the first render waits for the English words.
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.langController.whenReady(() => super.scheduleUpdate());
  }
  protected override render() {
    const {state} = this.feedController;
    const lang = this.langController.lang;
    return litHtml`${this.announcer.render(feedStateAnnouncement(state, lang))}
      ${renderFeedState(state, lang, () => retryKeepingFocus(this, this.feedController))}
      ${state.status === 'ready' ? litHtml`<p class="count">${state.feed.initiatives?.length ?? 0}</p>` : ''}`;
  }
}
define('test-feed-widget', TestFeedWidget);

// Settled and rendered: the controller's state can read ready a task before the widget is asked to render it.
const ready = (el: TestFeedWidget) =>
  waitUntil(
    () => (el.state.status === 'ready' || el.state.status === 'error') && el.shadowRoot!.querySelector('.count, .feed-state.error'),
    'feed settled and rendered',
    {timeout: 5000},
  );
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('<ncte-feed> and the feed states', () => {
  beforeEach(() => clearFeedCache());

  it('loading, then ready: the skeleton is accessible and announces loading', async () => {
    const el = await fixture<TestFeedWidget>(html`<test-feed-widget src="/__test/sample-feed?delay=300"></test-feed-widget>`);
    expect(el.state.status).to.equal('loading');
    expect(text(el)).to.contain('Gegevens worden geladen');
    await expect(el).to.be.accessible();
    await ready(el);
    await el.updateComplete;
    expect(Number(el.shadowRoot!.querySelector('.count')!.textContent)).to.be.greaterThan(29);
  });

  it('error: a polite Dutch message with a retry button that keeps focus in the widget', async () => {
    const el = await fixture<TestFeedWidget>(html`<test-feed-widget src="/__test/status/500"></test-feed-widget>`);
    await ready(el);
    await el.updateComplete;
    expect(text(el)).to.contain('De gegevens kunnen nu niet worden geladen.');
    expect(text(el)).to.contain('De bron van de gegevens gaf een foutmelding.');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('De gegevens kunnen nu niet');
    await expect(el).to.be.accessible();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    expect(button.textContent).to.equal('Opnieuw proberen');
    button.focus();
    button.click();
    await el.updateComplete;
    await waitUntil(() => el.state.status === 'loading', 'loads again');
    expect(el.shadowRoot!.activeElement!.classList.contains('feed-state')).to.equal(true);
    // Fails again: focus is on the error box, still inside the widget.
    await waitUntil(() => el.state.status === 'error', 'fails again');
    await el.updateComplete;
    await aTimeout(0);
    expect(el.shadowRoot!.activeElement, 'focus is never lost').to.not.equal(null);
    expect(el.shadowRoot!.activeElement!.matches('.feed-state.error')).to.equal(true);
  });

  it('speaks English with lang="en" on an ancestor', async () => {
    const wrapper = await fixture(html`<div lang="en"><test-feed-widget src="/__test/not-json"></test-feed-widget></div>`);
    const el = wrapper.querySelector<TestFeedWidget>('test-feed-widget')!;
    await ready(el);
    await el.updateComplete;
    expect(text(el)).to.contain('The information cannot be loaded right now.');
    expect(text(el)).to.contain('Try again');
    wrapper.setAttribute('lang', 'nl');
    await waitUntil(() => text(el).includes('Opnieuw proberen'), 'switches back to Dutch when the page does');
  });

  it('a provider loads once and feeds every widget inside it', async () => {
    const key = Math.random().toString(36).slice(2);
    const el = await fixture<NcteFeed>(html`<ncte-feed src="/__test/sample-feed?key=${key}">
      <test-feed-widget></test-feed-widget>
      <div><test-feed-widget></test-feed-widget></div>
    </ncte-feed>`);
    const widgets = [...el.querySelectorAll<TestFeedWidget>('test-feed-widget')];
    await Promise.all(widgets.map(ready));
    for (const widget of widgets) expect(widget.state.status).to.equal('ready');
    // One validation: both widgets show the very same items.
    const [a, b] = widgets.map((w) => w.state);
    expect(a.status === 'ready' && b.status === 'ready' && a.feed.initiatives === b.feed.initiatives).to.equal(true);
    const count = await (await fetch(`/__test/count?of=${key}`)).json();
    expect(count.count).to.equal(1);
  });

  it('a provider reads an inline <script type="application/json"> feed', async () => {
    const el = await fixture<NcteFeed>(html`<ncte-feed>
      <script type="application/json">
        {"version": 1, "initiatives": [{"id": "a", "name": "A", "organisation": "O", "summary": "S", "area": {"national": true}}]}
      </script>
      <test-feed-widget></test-feed-widget>
    </ncte-feed>`);
    const widget = el.querySelector<TestFeedWidget>('test-feed-widget')!;
    await ready(widget);
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('.count')!.textContent).to.equal('1');
  });

  it('problems are reported once through the widget that finds them, and on the provider', async () => {
    const provider = document.createElement('ncte-feed') as NcteFeed;
    provider.feed = {version: 1, initiatives: [{id: 'x', name: 'X'}], partners: [{id: 'p', name: 'P', sector: 'onbekend'}]};
    const first = document.createElement('test-feed-widget') as TestFeedWidget;
    const second = document.createElement('test-feed-widget') as TestFeedWidget;
    const heard: FeedIssuesEvent[] = [];
    const listener = (event: Event) => heard.push(event as FeedIssuesEvent);
    document.addEventListener('ncte-feed-issues', listener);
    provider.append(first, second);
    document.body.append(provider);
    // The problems are described once zod is in (a lazy import: many modules under the test server, slow on a busy machine).
    await waitUntil(() => heard.length > 0, 'issues reported', {timeout: 5000});
    await second.updateComplete;
    document.removeEventListener('ncte-feed-issues', listener);
    expect(heard).to.have.length(1);
    expect(heard[0].issues.map((i) => i.path)).to.include('initiatives[0].summary');
    // Only the sections the widgets show are validated: the partner problem is not reported here.
    expect(heard[0].issues.some((i) => i.path.startsWith('partners'))).to.equal(false);
    expect(first.issues).to.deep.equal(second.issues);
    expect(provider.issues.map((i) => i.path)).to.include('initiatives[0].organisation');
    provider.remove();
  });

  it('a widget with a feed property validates it once and reports issues', async () => {
    const el = document.createElement('test-feed-widget') as TestFeedWidget;
    const heard = oneEvent(el, 'ncte-feed-issues');
    el.feed = {version: 1, initiatives: [{id: 'x'}]};
    document.body.append(el);
    const event = (await heard) as unknown as FeedIssuesEvent;
    expect(event.issues.map((i) => i.path)).to.include('initiatives[0].name');
    expect(el.issues.length).to.equal(event.issues.length);
    el.remove();
  });

  it('a widget\'s own src wins over the provider around it', async () => {
    const emptyFeed = {version: 1, initiatives: []};
    const el = await fixture<NcteFeed>(html`<ncte-feed .feed=${emptyFeed}>
      <test-feed-widget src="/__test/sample-feed"></test-feed-widget>
    </ncte-feed>`);
    const widget = el.querySelector<TestFeedWidget>('test-feed-widget')!;
    await ready(widget);
    await widget.updateComplete;
    expect(Number(widget.shadowRoot!.querySelector('.count')!.textContent)).to.be.greaterThan(29);
  });

  it('a widget that leaves the page aborts its request, and loads again when it comes back', async () => {
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const url = `/__test/sample-feed?delay=400&key=${Math.random().toString(36).slice(2)}`;
      const el = await fixture<TestFeedWidget>(html`<test-feed-widget src=${url}></test-feed-widget>`);
      expect(el.state.status).to.equal('loading');
      expect(signals).to.have.length(1);
      el.remove();
      expect(signals[0].aborted).to.equal(true);
      expect(el.state.status).to.equal('idle');
      document.body.append(el);
      await ready(el);
      expect(el.state.status).to.equal('ready');
      expect(signals).to.have.length(2);
      expect(signals[1].aborted).to.equal(false);
      el.remove();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a provider that leaves the page while loading loads again when it comes back', async () => {
    const url = `/__test/sample-feed?delay=400&key=${Math.random().toString(36).slice(2)}`;
    const provider = await fixture<NcteFeed>(html`<ncte-feed src=${url}><test-feed-widget loading="eager"></test-feed-widget></ncte-feed>`);
    const el = provider.querySelector<TestFeedWidget>('test-feed-widget')!;
    expect(provider.state.status).to.equal('loading');
    const parent = provider.parentElement!;
    provider.remove();
    parent.append(provider);
    await ready(el);
    expect(provider.state.status).to.equal('loaded');
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('38');
  });

  it('without any feed source, says so instead of showing an empty box', async () => {
    const el = await fixture<TestFeedWidget>(html`<test-feed-widget></test-feed-widget>`);
    expect(text(el)).to.contain('Er is geen bron voor de gegevens ingesteld.');
    await expect(el).to.be.accessible();
  });

  describe('a check page: <ncte-feed> on its own', () => {
    /** Collects every `ncte-feed-issues` event on the page until `done` resolves. */
    async function issuesHeard(done: () => Promise<unknown>): Promise<string[]> {
      const heard: FeedIssuesEvent[] = [];
      const listener = (event: Event) => heard.push(event as FeedIssuesEvent);
      document.addEventListener('ncte-feed-issues', listener);
      try {
        await done();
      } finally {
        document.removeEventListener('ncte-feed-issues', listener);
      }
      return heard.flatMap((event) => event.issues.map((issue) => issue.path));
    }

    it('without validate-all, validates nothing and says so: `issues` is empty, no event', async () => {
      const provider = await fixture<NcteFeed>(html`<ncte-feed src="/__test/bad-feed"></ncte-feed>`);
      const paths = await issuesHeard(async () => {
        await waitUntil(() => provider.state.status === 'loaded', 'feed loaded');
        await aTimeout(100);
      });
      expect(provider.issues).to.deep.equal([]);
      expect(paths).to.deep.equal([]);
    });

    it('with validate-all, validates every section and fires each problem', async () => {
      const provider = document.createElement('ncte-feed') as NcteFeed;
      provider.toggleAttribute('validate-all', true);
      provider.feed = {
        version: 1,
        initiatives: [{id: 'x', name: 'X'}],
        partners: [{id: 'p', name: 'P', sector: 'onbekend'}],
        events: [{id: 'e', title: 'E', start: '2026-09-24T10:00:00+02:00', online: 'javascript:alert(1)'}],
        criteria: {membership: [{id: 'c', question: 'Q?', answer: 'misschien', unmet: 'U'}]},
      };
      const paths = await issuesHeard(async () => {
        document.body.append(provider);
        await waitUntil(() => provider.issues.some((i) => i.path.startsWith('criteria')) && provider.issues.length >= 4, 'every section checked', {timeout: 5000});
        await aTimeout(50);
      });
      provider.remove();
      expect(provider.validateAll).to.equal(true);
      for (const path of ['initiatives[0].organisation', 'partners[0].sector', 'events[0].online', 'criteria.membership[0].answer']) {
        expect(paths, path).to.include(path);
        expect(provider.issues.map((i) => i.path), path).to.include(path);
      }
      expect(new Set(paths).size, 'each problem once').to.equal(paths.length);
    });

    it('with validate-all and a widget inside, still reports each problem once', async () => {
      const provider = await fixture<NcteFeed>(html`<ncte-feed validate-all src="/__test/bad-feed?check=widget"><test-feed-widget></test-feed-widget></ncte-feed>`);
      const paths = await issuesHeard(async () => {
        await waitUntil(() => provider.issues.filter((i) => i.path.startsWith('events')).length >= 2, 'events checked', {timeout: 5000});
        await aTimeout(100);
      });
      expect(paths).to.include.members(['events[1].start', 'events[2].online']);
      expect(new Set(paths).size, 'each problem once').to.equal(paths.length);
    });

    it('validate-all set later checks the feed already loaded', async () => {
      const provider = await fixture<NcteFeed>(html`<ncte-feed src="/__test/bad-feed?check=later"></ncte-feed>`);
      await waitUntil(() => provider.state.status === 'loaded', 'feed loaded');
      const paths = await issuesHeard(async () => {
        provider.validateAll = true;
        await waitUntil(() => provider.issues.length >= 2, 'checked', {timeout: 5000});
        await aTimeout(50);
      });
      expect(paths).to.include.members(['events[1].start', 'events[2].online']);
    });
  });
});
