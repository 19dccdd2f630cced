import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {LitElement, html as litHtml, type PropertyDeclarations} from 'lit';
import {FeedController} from '../../src/feed/feed-controller.js';
import {initiativesSection} from '../../src/feed/sections.js';
import type {NcteFeed} from '../../src/feed/ncte-feed.element.js';
import {feedFromStringifiedAttribute, sameContent} from '../../src/feed/upgrade.js';
import {NcteEtalage} from '../../src/etalage/ncte-etalage.element.js';
import {define} from '../../src/internal/define.js';
import '../../src/feed/ncte-feed.element.js';
import {initiative} from './fixtures.js';

const feedOf = (...ids: string[]) => ({version: 1, initiatives: ids.map((id) => ({...initiative, id, name: `Initiatief ${id}`}))});

/** A minimal widget on the shared feed layer that exposes its feed state. */
class UpgradeTestWidget extends LitElement {
  private readonly feedController = new FeedController(this, {initiatives: initiativesSection});
  static override properties: PropertyDeclarations = {src: {}, feed: {attribute: false}, note: {}};
  declare src?: string;
  declare feed?: unknown;
  note = '';
  /** Per update: the status shown, and whether the feed controller called it new. */
  readonly log: string[] = [];
  get state() {
    return this.feedController.state;
  }
  protected override willUpdate() {
    this.log.push(`${this.feedController.state.status}${this.feedController.changed ? ' (new)' : ''}`);
  }
  protected override render() {
    const {state} = this.feedController;
    return litHtml`<p>${state.status === 'ready' ? (state.feed.initiatives?.length ?? 0) : state.status}</p>`;
  }
}
define('upgrade-test-widget', UpgradeTestWidget);

let lateTags = 0;
/** An Etalage element created (and given a feed) before its tag is defined. */
function undefinedEtalage(): {element: HTMLElement; defineIt: () => void} {
  const tag = `late-etalage-${++lateTags}`;
  const element = document.createElement(tag);
  return {element, defineIt: () => customElements.define(tag, class extends NcteEtalage {})};
}
const cardTitles = (el: Element) => [...(el.shadowRoot?.querySelectorAll('[part~="card-title"]') ?? [])].map((b) => b.textContent!.trim());

describe('feed upgrade handling', () => {
  describe('sameContent', () => {
    it('compares JSON values by content', () => {
      expect(sameContent(feedOf('a', 'b'), feedOf('a', 'b'))).to.equal(true);
      expect(sameContent({a: [1, {b: null}], c: 'x'}, {c: 'x', a: [1, {b: null}]})).to.equal(true);
      expect(sameContent(feedOf('a', 'b'), feedOf('a', 'c'))).to.equal(false);
      expect(sameContent(feedOf('a'), feedOf('a', 'b'))).to.equal(false);
      expect(sameContent({a: 1}, {a: 1, b: undefined})).to.equal(false);
      expect(sameContent({a: undefined}, {b: undefined})).to.equal(false);
      expect(sameContent([1, 2], {0: 1, 1: 2, length: 2})).to.equal(false);
      expect(sameContent({a: '1'}, {a: 1})).to.equal(false);
      expect(sameContent(null, {})).to.equal(false);
      expect(sameContent(undefined, feedOf('a'))).to.equal(false);
      // Only plain objects compare by content.
      expect(sameContent(new Date(0), new Date(1))).to.equal(false);
      expect(sameContent(new Map(), new Map())).to.equal(false);
    });
  });

  describe('an identical feed object set again', () => {
    it('keeps the validated state (nothing validated or rebuilt); a changed feed is taken in', async () => {
      const el = await fixture<UpgradeTestWidget>(html`<upgrade-test-widget .feed=${feedOf('a', 'b')}></upgrade-test-widget>`);
      await waitUntil(() => el.state.status === 'ready');
      const shown = el.state;
      el.feed = feedOf('a', 'b');
      await el.updateComplete;
      expect(el.state).to.equal(shown);
      el.feed = feedOf('a', 'b', 'c');
      await el.updateComplete;
      await waitUntil(() => el.state !== shown && el.state.status === 'ready');
      expect(el.shadowRoot!.textContent).to.contain('3');
    });

    it('`changed` is true only in the update that shows a new state', async () => {
      const el = await fixture<UpgradeTestWidget>(html`<upgrade-test-widget loading="eager" .feed=${feedOf('a', 'b')}></upgrade-test-widget>`);
      await waitUntil(() => el.state.status === 'ready');
      await el.updateComplete;
      expect(el.log.at(-1)).to.equal('ready (new)');
      el.log.length = 0;
      el.note = 'iets anders';
      await el.updateComplete;
      el.feed = feedOf('a', 'b');
      await el.updateComplete;
      expect(el.log).to.deep.equal(['ready', 'ready']);
      el.feed = feedOf('c');
      await el.updateComplete;
      expect(el.log.at(-1)).to.equal('ready (new)');
    });

    it('keeps the Etalage catalogue and its rendered cards', async () => {
      const el = await fixture<NcteEtalage>(html`<ncte-etalage .feed=${feedOf('a', 'b')}></ncte-etalage>`);
      await waitUntil(() => cardTitles(el).length === 2);
      const firstCard = el.shadowRoot!.querySelector('[part~="card"]');
      const catalogue = (el as unknown as {catalogue: unknown}).catalogue;
      el.feed = feedOf('a', 'b');
      await el.updateComplete;
      expect((el as unknown as {catalogue: unknown}).catalogue).to.equal(catalogue);
      expect(el.shadowRoot!.querySelector('[part~="card"]')).to.equal(firstCard);
    });

    it('<ncte-feed> keeps its state for an identical feed', async () => {
      const el = await fixture<NcteFeed>(html`<ncte-feed .feed=${feedOf('a')}></ncte-feed>`);
      const shown = el.state;
      expect(shown.status).to.equal('loaded');
      el.feed = feedOf('a');
      await el.updateComplete;
      expect(el.state).to.equal(shown);
      el.feed = feedOf('b');
      await el.updateComplete;
      expect(el.state).not.to.equal(shown);
    });
  });

  describe('a feed given before the element was defined', () => {
    it('as a property (Svelte 5, Vue with .prop, plain JavaScript): shown once defined', async () => {
      const {element, defineIt} = undefinedEtalage();
      (element as unknown as {feed: unknown}).feed = feedOf('a', 'b');
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(element);
      defineIt();
      await waitUntil(() => cardTitles(element).length === 2, 'the feed set before upgrade is shown');
    });

    it("as React 19's feed=\"[object Object]\" attribute: the object React rendered with is taken", async () => {
      const {element, defineIt} = undefinedEtalage();
      const feed = feedOf('a', 'b', 'c');
      element.setAttribute('feed', String(feed));
      // What React 19 keeps on every element it renders.
      (element as unknown as Record<string, unknown>)['__reactProps$x1y2z3'] = {feed, layout: 'list'};
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(element);
      defineIt();
      await waitUntil(() => cardTitles(element).length === 3, 'the feed React meant is shown');
      expect((element as NcteEtalage).feed).to.equal(feed);
    });

    it('takes nothing from an attribute that is not a stringified object, or without React props', () => {
      const element = document.createElement('div');
      element.setAttribute('feed', '/feed.json');
      (element as unknown as Record<string, unknown>)['__reactProps$a'] = {feed: feedOf('a')};
      expect(feedFromStringifiedAttribute(element)).to.equal(undefined);
      const other = document.createElement('div');
      other.setAttribute('feed', '[object Object]');
      expect(feedFromStringifiedAttribute(other)).to.equal(undefined);
    });
  });
});
