/**
 * No state changes in `updated()`: each costs a wasted second update, and Lit's
 * development build warns about it ("change-in-update") in every page that uses
 * it. The tests run Lit's production build, so this checks what Lit checks: after
 * `updated()`, no new update may be pending. Covers starting the map, switching
 * views and changing the tiles.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sampleFeed} from '../../src/data/sample.js';
import '../../src/partner-map/index.js';
import type {NctePartnerMap} from '../../src/partner-map/index.js';

describe('<ncte-partner-map> updates', () => {
  it('starts the map, switches views and changes tiles without changing state in updated()', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('ncte-partner-map') as NctePartnerMap;
    const changedInUpdate: string[] = [];
    const element = el as unknown as {updated(changed: Map<PropertyKey, unknown>): void; isUpdatePending: boolean};
    const updated = element.updated.bind(el);
    element.updated = (changed) => {
      updated(changed);
      if (element.isUpdatePending) changedInUpdate.push([...changed.keys()].map(String).join(', '));
    };
    el.view = 'map';
    el.feed = sampleFeed();
    box.append(el);
    await el.updateComplete;
    expect(await el.mapReady(), 'map engine').to.exist;
    el.tiles = 'https://tiles.invalid/{z}/{x}/{y}.png';
    await el.updateComplete;
    el.view = 'list';
    await el.updateComplete;
    el.view = 'map';
    await el.updateComplete;
    await el.mapReady();
    await el.updateComplete;
    expect(changedInUpdate, 'updates after which another was already pending').to.deep.equal([]);
  });
});
