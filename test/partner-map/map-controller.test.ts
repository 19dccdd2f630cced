import {expect, fixture, html as testHtml, waitUntil} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {MapController, type MapContent} from '../../src/partner-map/map-controller.js';
import {PartnerMapEngine, type MapInput} from '../../src/partner-map/map-engine.js';
import {partnerMapStrings} from '../../src/partner-map/strings.js';

const points = (n: number, lat = 52): MapInput[] =>
  Array.from({length: n}, (_, i) => ({id: `p${i}`, name: `P${i}`, sector: 'bedrijf', location: {lat: lat + i * 0.2, lon: 5 + i * 0.1}}));

/** A host that says what to show, as the element does. */
class MapHost extends LitElement {
  static override properties = {shown: {type: Boolean}, partners: {attribute: false}, feed: {attribute: false}, tiles: {}};
  shown = true;
  partners = points(3);
  feed: unknown = {};
  tiles?: string;
  readonly map = new MapController(this, {
    show: (): MapContent | undefined => {
      const container = this.renderRoot.querySelector<HTMLElement>('.map') ?? undefined;
      return this.shown ? {container, partners: this.partners, fitKey: this.feed, tiles: this.tiles, lang: 'nl'} : undefined;
    },
    labels: () => partnerMapStrings.nl,
    count: String,
    renderCard: () => undefined,
  });
  statusAtRender: string[] = [];

  protected override render() {
    this.statusAtRender.push(this.map.status);
    return this.shown ? html`<div class="map" style="height: 300px; width: 400px"></div>` : html`<p>no map</p>`;
  }
}
customElements.define('test-map-host', MapHost);

async function host(): Promise<MapHost> {
  const el = await fixture<MapHost>(testHtml`<test-map-host></test-map-host>`);
  await waitUntil(() => el.map.status === 'ready', 'map ready', {timeout: 10_000});
  await el.updateComplete;
  return el;
}

describe('MapController', () => {
  it('renders "loading" from the first update, then starts the map on the container and shows the partners', async () => {
    const el = await host();
    expect(el.statusAtRender[0]).to.equal('loading');
    expect(el.statusAtRender.at(-1)).to.equal('ready');
    expect(el.map.engine!.map.getContainer()).to.equal(el.renderRoot.querySelector('.map'));
    expect(el.map.engine!.renderedLabels.length).to.be.greaterThan(0);
    expect(el.renderRoot.querySelectorAll('path.pm-province'), 'the whole outline').to.have.length(12);
    expect(await el.map.ready()).to.equal(el.map.engine);
  });

  it('pushes new partners, fits the view only for a new feed, and leaves the same partners alone', async () => {
    const el = await host();
    const engine = el.map.engine!;
    const calls: boolean[] = [];
    const setPartners = engine.setPartners.bind(engine);
    engine.setPartners = (partners, fit = false) => {
      calls.push(fit);
      setPartners(partners, fit);
    };
    el.requestUpdate();
    await el.updateComplete;
    expect(calls, 'same partners').to.deep.equal([]);
    el.partners = points(2);
    await el.updateComplete;
    el.partners = points(4, 51);
    el.feed = {};
    await el.updateComplete;
    expect(calls, 'a filter change, then a new feed').to.deep.equal([false, true]);
  });

  for (const [change, fit] of [
    ['a filter change', false],
    ['a new feed', true],
  ] as const) {
    it(`shows the partners once while the map starts, after the outline, as they are then (${change})`, async () => {
      const proto = PartnerMapEngine.prototype;
      const {setPartners, drawOutline} = proto;
      const calls: Array<{count: number; fit: boolean; outline: number}> = [];
      proto.setPartners = function (this: PartnerMapEngine, partners, fitView = false) {
        calls.push({count: partners.length, fit: fitView, outline: this.map.getContainer().querySelectorAll('path.pm-province').length});
        setPartners.call(this, partners, fitView);
      };
      let changed = false;
      proto.drawOutline = function (this: PartnerMapEngine, count) {
        const done = drawOutline.call(this, count);
        if (!changed) {
          // An update of the host between two slices of the outline.
          changed = true;
          const el = document.querySelector<MapHost>('test-map-host')!;
          // A filter change keeps the view (two of the three partners); a new feed elsewhere is fitted.
          el.partners = fit ? points(2, 50.9) : points(2);
          if (fit) el.feed = {};
        }
        return done;
      };
      try {
        const el = await host();
        expect(changed, 'changed while starting').to.be.true;
        expect(calls).to.deep.equal([{count: 2, fit, outline: 12}]);
        expect(el.map.engine!.renderedLabels).to.have.length(2);
      } finally {
        proto.setPartners = setPartners;
        proto.drawOutline = drawOutline;
      }
    });
  }

  it('drops the map when its container leaves, and starts again on the next one', async () => {
    const el = await host();
    const first = el.map.engine!;
    el.shown = false;
    await el.updateComplete;
    expect(el.map.engine).to.equal(undefined);
    expect(el.map.status).to.equal('idle');
    el.shown = true;
    await el.updateComplete;
    await waitUntil(() => el.map.status === 'ready', 'map ready again');
    expect(el.map.engine).to.not.equal(first);
    expect(el.map.engine!.map.getContainer()).to.equal(el.renderRoot.querySelector('.map'));
    el.remove();
    expect(el.map.engine, 'dropped on disconnect').to.equal(undefined);
  });

  it('clears tilesFailed when the tiles change', async () => {
    const el = await host();
    el.tiles = 'https://tiles.invalid/{z}/{x}/{y}.png';
    await el.updateComplete;
    await waitUntil(() => el.map.tilesFailed, 'tiles failed', {timeout: 10_000});
    el.tiles = 'https://other.invalid/{z}/{x}/{y}.png';
    // Decided before rendering: the update that shows the new tiles no longer says they failed.
    await el.updateComplete;
    expect(el.map.tilesFailed).to.equal(false);
  });
});
