import {aTimeout, expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {sampleFeed} from '../../src/data/sample.js';
import type {NctePartnerMap, PartnerSelectEvent} from '../../src/partner-map/index.js';
import {$, $$, active, countText, listNames, option, partnerMap, smallFeed, unlocatedFeed} from './helpers.js';

const samplePartners = sampleFeed().partners as Array<{id: string; name: string; location?: unknown; sector: string}>;

const markers = (el: NctePartnerMap) => $$(el, '.leaflet-marker-icon');
const labels = (el: NctePartnerMap) => markers(el).map((m) => m.getAttribute('aria-label')!);
const tabStops = (el: NctePartnerMap) => markers(el).filter((m) => m.tabIndex === 0);

async function shownMap(el: NctePartnerMap) {
  const engine = await el.mapReady();
  expect(engine, 'map engine').to.exist;
  await waitUntil(() => markers(el).length > 0 || el.mapEngine!.renderedLabels.length === 0, 'markers on the map');
  return engine!;
}

describe('<ncte-partner-map> map view', () => {
  it('is accessible and shows the sample partners as markers and clusters, with the others under the map', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${sampleFeed()}></ncte-partner-map>`);
    const engine = await shownMap(el);
    await expect(el).to.be.accessible();
    const located = samplePartners.filter((p) => p.location);
    const unlocated = samplePartners.filter((p) => !p.location);
    expect(countText(el)).to.equal(
      `${samplePartners.length} partners gevonden. ${located.length} op de kaart, ${unlocated.length} zonder vestigingsadres.`,
    );
    // Every located partner is on the map, alone or in a cluster.
    const total = labels(el).reduce((n, label) => n + (Number(/^(\d+) partners in /.exec(label)?.[1]) || 1), 0);
    expect(total).to.equal(located.length);
    expect(labels(el)).to.deep.equal(engine.renderedLabels);
    expect(labels(el).some((l) => /^\d+ partners in Utrecht/.test(l))).to.be.true;
    // Single markers are named "Name, sector" and drawn in the sector's shape.
    const single = markers(el).find((m) => !m.classList.contains('pm-cluster'))!;
    expect(single.getAttribute('aria-label')).to.match(/^.+, (Maatschappelijke organisatie|Bedrijf|Brancheorganisatie|Zorg en welzijn|Kennisinstelling|Overheid)$/);
    expect(single.getAttribute('role')).to.equal('button');
    expect(single.querySelector('svg')!.getAttribute('class')).to.match(/^shape shape-[a-z-]+$/);
    // The twelve provinces are drawn.
    expect($$(el, 'path.pm-province')).to.have.length(12);
    // Partners without an address are listed under the map.
    expect($(el, '.unlocated-heading')!.textContent).to.equal('Landelijk actief, zonder vestigingsadres');
    expect(listNames(el, '.unlocated')).to.have.members(unlocated.map((p) => p.name));
  });

  it('makes no network request at all with the default base layer', async () => {
    const before = new Set(performance.getEntriesByType('resource').map((e) => e.name));
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${sampleFeed()}></ncte-partner-map>`);
    const engine = await shownMap(el);
    engine.map.zoomIn(2, {animate: false});
    await aTimeout(300);
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const fresh = entries.filter((e) => !before.has(e.name));
    // Only the test server's own modules (the lazily loaded map engine), never tiles or images.
    for (const entry of entries) {
      expect(new URL(entry.name).origin, entry.name).to.equal(location.origin);
      expect(entry.initiatorType, entry.name).not.to.equal('img');
      expect(entry.name).not.to.match(/\.(png|jpe?g|webp|svg)(\?|$)/);
    }
    for (const entry of fresh) expect(entry.name, entry.name).to.match(/\.(ts|js|mjs)(\?|$)/);
    expect($$(el, 'img')).to.have.length(0);
    expect($$(el, '.leaflet-tile')).to.have.length(0);
  });

  it('has one tab stop into the map; arrow keys move between markers', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${smallFeed()}></ncte-partner-map>`);
    const engine = await shownMap(el);
    // Five located partners far apart: five single markers, in reading order.
    const order = engine.renderedLabels;
    expect(order).to.have.members([
      'UMCG, Zorg en welzijn',
      'Albert Heijn, Bedrijf',
      'Ouderenfonds, Maatschappelijke organisatie',
      'Ministerie van VWS, Overheid',
      'Maastricht UMC+, Zorg en welzijn',
    ]);
    expect(order[0]).to.equal('UMCG, Zorg en welzijn');
    expect(order[4]).to.equal('Maastricht UMC+, Zorg en welzijn');
    expect(tabStops(el)).to.have.length(1);

    $$<HTMLButtonElement>(el, '.view-toggle button')[1].focus();
    await sendKeys({press: 'Tab'});
    expect(active(el)!.getAttribute('aria-label')).to.equal(order[0]);
    expect(engine.map.scrollWheelZoom.enabled()).to.be.true;

    await sendKeys({press: 'ArrowRight'});
    expect(active(el)!.getAttribute('aria-label')).to.equal(order[1]);
    await sendKeys({press: 'ArrowDown'});
    expect(active(el)!.getAttribute('aria-label')).to.equal(order[2]);
    await sendKeys({press: 'End'});
    expect(active(el)!.getAttribute('aria-label')).to.equal(order[4]);
    await sendKeys({press: 'ArrowLeft'});
    expect(active(el)!.getAttribute('aria-label')).to.equal(order[3]);
    await sendKeys({press: 'Home'});
    expect(active(el)!.getAttribute('aria-label')).to.equal(order[0]);
    await sendKeys({press: 'ArrowUp'});
    expect(active(el)!.getAttribute('aria-label'), 'stays at the first').to.equal(order[0]);
    await sendKeys({press: 'ArrowDown'});
    expect(tabStops(el).length === 1 && tabStops(el)[0] === active(el), 'the focused marker is the one tab stop').to.be.true;

    // The next Tab leaves the markers (to the zoom buttons), not to another marker.
    await sendKeys({press: 'Tab'});
    expect(active(el)!.classList.contains('leaflet-marker-icon')).to.be.false;
    expect(active(el)!.getAttribute('aria-label')).to.equal('Inzoomen');
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(active(el)!.getAttribute('aria-label')).to.equal(order[1]);
  });

  it('opens a popup card on Enter, moves focus into it, and returns focus on Escape', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${smallFeed()}></ncte-partner-map>`);
    const engine = await shownMap(el);
    const marker = markers(el).find((m) => m.getAttribute('aria-label')!.startsWith('Ouderenfonds'))!;
    marker.focus();
    expect(marker.getAttribute('aria-haspopup')).to.equal('dialog');
    setTimeout(() => sendKeys({press: 'Enter'}));
    const event = (await oneEvent(el, 'ncte-partner-select')) as PartnerSelectEvent;
    expect(event.detail).to.deep.equal({id: 'fonds'});
    const popup = $(el, '.leaflet-popup .pm-popup')!;
    expect(popup.getAttribute('role')).to.equal('dialog');
    expect(popup.getAttribute('aria-label')).to.equal('Ouderenfonds');
    expect(active(el)!.tagName).to.equal('H3');
    expect(active(el)!.textContent).to.equal('Ouderenfonds');
    expect(popup.textContent).to.contain('Helpt ouderen.');
    expect(popup.querySelector('a')!.getAttribute('href')).to.equal('https://ouderenfonds.example/');
    expect(engine.openPartner).to.equal('fonds');
    await expect(el).to.be.accessible();

    await sendKeys({press: 'Escape'});
    expect(engine.openPartner).to.be.undefined;
    // (Comparisons below use strings and booleans: a failing assertion on a Leaflet
    // element would be serialised with the whole map.)
    await waitUntil(() => !$(el, '.leaflet-popup'), 'the popup fades out');
    expect(active(el)!.getAttribute('aria-label')).to.equal('Ouderenfonds, Maatschappelijke organisatie');

    // Space opens it too; the close button closes it and returns focus as well.
    await sendKeys({press: 'Space'});
    expect(engine.openPartner).to.equal('fonds');
    $<HTMLButtonElement>(el, '.leaflet-popup .card-close')!.click();
    expect(engine.openPartner).to.be.undefined;
    expect(active(el)!.getAttribute('aria-label')).to.equal('Ouderenfonds, Maatschappelijke organisatie');

    // Closed some other way (here: a filter hides the partner), focus still does not get lost.
    await sendKeys({press: 'Enter'});
    expect(engine.openPartner).to.equal('fonds');
    el.sector = 'overheid';
    await el.updateComplete;
    expect(engine.openPartner).to.be.undefined;
    expect(active(el)?.getAttribute('aria-label')).to.equal('Ministerie van VWS, Overheid');
  });

  it('opens the popup on a click and fires ncte-partner-select', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${smallFeed()}></ncte-partner-map>`);
    await shownMap(el);
    const marker = markers(el).find((m) => m.getAttribute('aria-label')!.startsWith('UMCG'))!;
    setTimeout(() => marker.click());
    const event = (await oneEvent(el, 'ncte-partner-select')) as PartnerSelectEvent;
    expect(event.detail.id).to.equal('umcg');
    expect(!!el.shadowRoot!.activeElement!.closest('.pm-popup'), 'focus in the popup').to.be.true;
  });

  it('names clusters after their province and zooms in on Enter, keeping focus on the map', async () => {
    const partners = Array.from({length: 12}, (_, i) => ({
      id: `u${i}`,
      name: `Utrechtse partner ${i + 1}`,
      sector: 'kennisinstelling',
      location: {place: 'Utrecht', lat: 52.09 + (i % 4) * 0.004, lon: 5.11 + Math.floor(i / 4) * 0.006},
    }));
    partners.push({id: 'gr', name: 'Groninger partner', sector: 'overheid', location: {place: 'Groningen', lat: 53.22, lon: 6.57}} as never);
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${{version: 1, partners}}></ncte-partner-map>`);
    const engine = await shownMap(el);
    expect(engine.renderedLabels).to.deep.equal(['Groninger partner, Overheid', '12 partners in Utrecht']);
    const cluster = markers(el).find((m) => m.classList.contains('pm-cluster'))!;
    expect(cluster.textContent).to.equal('12');
    cluster.focus();
    const zoom = engine.map.getZoom();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => engine.map.getZoom() > zoom, 'zooms in');
    await waitUntil(() => active(el)?.classList.contains('leaflet-marker-icon'), 'focus stays on a marker');
    const focused = active(el)!.getAttribute('aria-label')!;
    // Focus lands on the marker or cluster that holds the cluster's first partner.
    expect(focused === 'Utrechtse partner 1, Kennisinstelling' || /partners in Utrecht$/.test(focused), focused).to.be.true;
    expect(tabStops(el)).to.have.length(1);
    await expect(el).to.be.accessible();

    // Minus zooms out again, focus stays on the map.
    await sendKeys({press: '-'});
    await waitUntil(() => engine.map.getZoom() < 14, 'zooms out');
    await waitUntil(() => active(el)?.classList.contains('leaflet-marker-icon'), 'focus stays on a marker');
  });

  it('writes a cluster\'s count as the page\'s language does', async () => {
    const partners = Array.from({length: 1200}, (_, i) => ({
      id: `u${i}`,
      name: `Utrechtse partner ${i + 1}`,
      sector: 'kennisinstelling',
      location: {place: 'Utrecht', lat: 52.09 + (i % 40) * 0.0005, lon: 5.11 + Math.floor(i / 40) * 0.0005},
    }));
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${{version: 1, partners}}></ncte-partner-map>`);
    // 1,200 partners are validated in slices first (the loading box meanwhile).
    await waitUntil(() => !$(el, '.feed-state'), 'the feed is in', {timeout: 5000});
    const engine = await shownMap(el);
    engine.map.setZoom(7, {animate: false});
    expect(engine.renderedLabels).to.deep.equal(['1.200 partners in Utrecht']);
    el.setAttribute('lang', 'en');
    await waitUntil(() => labels(el)[0] === '1,200 partners in Utrecht', 'in English');
  });

  it('follows the filters on the map', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${smallFeed()}></ncte-partner-map>`);
    const engine = await shownMap(el);
    option(el, 'sector', 'zorg-en-welzijn').click();
    await el.updateComplete;
    expect(engine.renderedLabels).to.deep.equal(['UMCG, Zorg en welzijn', 'Maastricht UMC+, Zorg en welzijn']);
    expect($(el, '.unlocated')).to.be.null;
    expect(countText(el)).to.equal('2 partners gevonden. 2 op de kaart, 0 zonder vestigingsadres.');
    option(el, 'sector', 'zorg-en-welzijn').click();
    option(el, 'sector', 'maatschappelijke-organisatie').click();
    await el.updateComplete;
    expect(engine.renderedLabels).to.deep.equal(['Ouderenfonds, Maatschappelijke organisatie']);
    expect(listNames(el, '.unlocated')).to.deep.equal(['Stichting Eet Mee', 'Stichting UP!']);
  });

  it('draws the outline beyond the view; a pan that stays inside what is drawn changes nothing but the position', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${smallFeed()}></ncte-partner-map>`);
    const map = (await shownMap(el)).map;
    map.setView([52.2, 5.3], 9, {animate: false});
    const svg = $(el, '.leaflet-overlay-pane svg')!;
    const pane = $(el, '.leaflet-map-pane')!;
    const covers = () => {
      const drawn = svg.getBoundingClientRect();
      const view = map.getContainer().getBoundingClientRect();
      return drawn.left <= view.left && drawn.top <= view.top && drawn.right >= view.right && drawn.bottom >= view.bottom;
    };
    // Every change in the map (outline, markers, Leaflet's zoom-animation proxy) but the pane's position.
    let changes = 0;
    const observer = new MutationObserver((records) => (changes += records.filter((record) => record.target !== pane).length));
    observer.observe(map.getContainer(), {attributes: true, childList: true, subtree: true});
    const changesAfter = async (move: () => void) => {
      changes = 0;
      move();
      await aTimeout(0);
      return changes;
    };
    expect(covers(), 'the view').to.be.true;
    // The map is 900 × 512 px; 30% of that is drawn past each edge.
    expect(await changesAfter(() => map.panBy([120, 60], {animate: false})), 'a short pan').to.equal(0);
    expect(await changesAfter(() => map.panBy([-200, -100], {animate: false})), 'back and a bit further').to.equal(0);
    expect(covers(), 'the view after short pans').to.be.true;
    for (const step of [[400, 0], [0, 300], [-1200, 0], [0, -900]] as const) {
      expect(await changesAfter(() => map.panBy([...step], {animate: false})), `drawn again after a pan of ${step}`).to.be.greaterThan(0);
      expect(covers(), `the view after a pan of ${step}`).to.be.true;
    }
    expect(await changesAfter(() => map.setZoom(10, {animate: false})), 'drawn again after a zoom').to.be.greaterThan(0);
    expect(covers(), 'the view after a zoom').to.be.true;
    // An animated zoom out after those pans ends as before (Leaflet's proxy is set when it starts), then a short pan.
    const zoomed = new Promise<void>((resolve) => map.on('zoomend', () => resolve()));
    map.zoomOut(1);
    await zoomed;
    await aTimeout(0);
    expect(map.getZoom()).to.equal(9);
    expect(pane.classList.contains('leaflet-zoom-anim'), 'the animation ended').to.be.false;
    expect(covers(), 'the view after an animated zoom').to.be.true;
    expect(await changesAfter(() => map.panBy([100, -50], {animate: false})), 'a short pan after it').to.equal(0);
    expect(covers(), 'the view after that pan').to.be.true;
    expect($$(el, 'path.pm-province')).to.have.length(12);
    observer.disconnect();
  });

  it('keeps the view near the Netherlands (maxBounds): a pan far away is undone', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${smallFeed()}></ncte-partner-map>`);
    const map = (await shownMap(el)).map;
    map.setView([52.2, 5.3], 9, {animate: false});
    const inside = () => {
      const view = map.getBounds();
      const {lat: s, lng: w} = view.getSouthWest();
      const {lat: n, lng: e} = view.getNorthEast();
      // The bounds are 49.6-54.6 N, 1.2-9.6 E (a pixel of slack).
      return s > 49.59 && w > 1.19 && n < 54.61 && e < 9.61;
    };
    expect(inside(), 'at first').to.be.true;
    for (const step of [[4000, 0], [0, -3000], [-9000, 0], [0, 6000]] as const) {
      map.panBy([...step], {animate: false});
      await waitUntil(inside, `back inside after a pan of ${step}`, {timeout: 3000});
    }
  });

  it('works with partners that all lack a location', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${unlocatedFeed()}></ncte-partner-map>`);
    const engine = await shownMap(el);
    expect(engine.renderedLabels).to.deep.equal([]);
    expect($$(el, 'path.pm-province')).to.have.length(12);
    expect(listNames(el, '.unlocated')).to.deep.equal(['Omapost', 'Stichting Eet Mee']);
    await expect(el).to.be.accessible();
    // The list of a partner without address opens with the keyboard too.
    const toggle = $<HTMLButtonElement>(el, '.unlocated .partner-toggle')!;
    toggle.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(active(el) === toggle, 'focus stays on the toggle').to.be.true;
  });

  it('keeps the outline and the markers when tiles fail to load', async () => {
    const el = await partnerMap(
      html`<ncte-partner-map view="map" tiles="/no-tiles-here/{z}/{x}/{y}.png" tiles-attribution="Testkaart" .feed=${smallFeed()}></ncte-partner-map>`,
    );
    const engine = await shownMap(el);
    await waitUntil(() => $(el, '.map-status'), 'reports failing tiles', {timeout: 5000});
    expect($(el, '.map-status')!.textContent).to.contain('De achtergrondkaart kan niet worden geladen');
    expect($(el, '.map')!.classList.contains('pm-tiles-failed')).to.be.true;
    expect($$(el, 'path.pm-province')).to.have.length(12);
    expect(engine.renderedLabels).to.have.length(5);
    expect(markers(el)).to.have.length(5);
    expect($(el, '.leaflet-control-attribution')!.textContent).to.contain('Testkaart');
    await waitUntil(() => $(el, '[role=status]')!.textContent!.includes('achtergrondkaart'), 'announces it');
  });

  it('colours the outline with its custom properties; over tiles only its borders show, until they fail', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${smallFeed()} style="--ncte-partner-map-land-color: rgb(1, 2, 3); --ncte-partner-map-border-color: rgb(4, 5, 6)"></ncte-partner-map>`);
    await shownMap(el);
    const outline = () => getComputedStyle($(el, 'path.pm-province')!);
    expect([outline().fill, outline().stroke, outline().fillOpacity]).to.deep.equal(['rgb(1, 2, 3)', 'rgb(4, 5, 6)', '1']);
    el.tiles = '/no-tiles-here/{z}/{x}/{y}.png';
    await waitUntil(() => $(el, '.map')?.classList.contains('pm-tiles-failed'), 'tiles fail', {timeout: 5000});
    expect([outline().fillOpacity, outline().strokeOpacity], 'tiles failed: the land is drawn again').to.deep.equal(['1', '1']);
    // (While tiles show: the class the map has until they fail.)
    $(el, '.map')!.classList.remove('pm-tiles-failed');
    expect([outline().fillOpacity, outline().strokeOpacity], 'over tiles').to.deep.equal(['0', '0.5']);
  });

  it('uses the PDOK tiles when asked, credited to Kadaster', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="map" tiles="pdok-grijs" .feed=${unlocatedFeed()}></ncte-partner-map>`);
    await shownMap(el);
    await waitUntil(() => $$(el, 'img.leaflet-tile').length > 0, 'adds tiles');
    expect($$<HTMLImageElement>(el, 'img.leaflet-tile')[0].src).to.match(
      /^https:\/\/service\.pdok\.nl\/brt\/achtergrondkaart\/wmts\/v2_0\/grijs\/EPSG:3857\/\d+\/\d+\/\d+\.png$/,
    );
    expect($(el, '.leaflet-control-attribution')!.textContent).to.contain('Kadaster');
  });

  it('enables the scroll wheel only after the map is focused or clicked', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${smallFeed()}></ncte-partner-map>`);
    const engine = await shownMap(el);
    expect(engine.map.scrollWheelZoom.enabled()).to.be.false;
    tabStops(el)[0].focus();
    expect(engine.map.scrollWheelZoom.enabled()).to.be.true;
    $<HTMLInputElement>(el, '#search')!.focus();
    expect(engine.map.scrollWheelZoom.enabled()).to.be.false;
  });

  it('does not load the map for the list and keeps it when switching back', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="list" .feed=${smallFeed()}></ncte-partner-map>`);
    await aTimeout(50);
    expect(el.mapEngine).to.be.undefined;
    $$<HTMLButtonElement>(el, '.view-toggle button')[0].click();
    const engine = await shownMap(el);
    $$<HTMLButtonElement>(el, '.view-toggle button')[1].click();
    await el.updateComplete;
    $$<HTMLButtonElement>(el, '.view-toggle button')[0].click();
    await el.updateComplete;
    expect(el.mapEngine === engine, 'the same map').to.be.true;
    expect(markers(el)).to.have.length(5);
    // Its size follows the container that was hidden.
    await waitUntil(() => engine.map.getSize().x === $(el, '.map')!.clientWidth, 'the map knows its width again');
    expect(engine.map.getSize().y).to.equal($(el, '.map')!.clientHeight);
  });

  it('keeps the visitor’s view through list and back; a map made while hidden fits the partners when it shows', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${smallFeed()}></ncte-partner-map>`);
    const engine = await shownMap(el);
    const fitted = engine.map.getZoom();
    engine.map.setView([52.37, 4.9], 12, {animate: false});
    const toggle = () => $$<HTMLButtonElement>(el, '.view-toggle button');
    toggle()[1].click();
    await el.updateComplete;
    await aTimeout(50);
    toggle()[0].click();
    await el.updateComplete;
    await waitUntil(() => engine.map.getSize().x === $(el, '.map')!.clientWidth, 'the map knows its width again');
    await aTimeout(50);
    // (Numbers only: a failing assertion on a Leaflet object would be serialised with the whole map.)
    expect(engine.map.getZoom(), 'the zoom the visitor chose').to.equal(12);
    expect(engine.map.getBounds().contains([52.37, 4.9]) && !engine.map.getBounds().contains([53.2, 6.56]), 'where the visitor looked (Amsterdam, not Groningen)').to.be.true;

    // Made while hidden (in a closed tab panel, say): fitted to the partners once it shows.
    const panel = await fixture<HTMLDivElement>(html`<div hidden><ncte-partner-map view="map" loading="eager" .feed=${smallFeed()}></ncte-partner-map></div>`);
    const hidden = panel.querySelector('ncte-partner-map')!;
    const late = await hidden.mapReady();
    expect(late !== undefined && late.map.getSize().x === 0, 'made without a size').to.be.true;
    panel.hidden = false;
    await waitUntil(() => late!.map.getSize().x > 0, 'the map has a size');
    await aTimeout(50);
    expect(late!.map.getZoom(), 'zoomed to the partners as a map made visible is').to.equal(fitted);
  });

  it('starts the map when the visitor went to the list and back while the engine loaded', async () => {
    const el = await partnerMap(html`<ncte-partner-map loading="eager" view="list" .feed=${smallFeed()}></ncte-partner-map>`);
    el.view = 'map';
    await el.updateComplete;
    // The engine comes in a task later at the earliest (also when an earlier test loaded it): nothing is drawn yet.
    // (Booleans and strings only: a failing assertion on the engine would be serialised with the whole Leaflet map.)
    expect(el.mapEngine === undefined, 'the engine is not in yet').to.be.true;
    expect($(el, '.map-status')?.textContent, 'loading').to.equal('De kaart wordt geladen…');
    el.view = 'list';
    await el.updateComplete;
    expect((await el.mapReady()) === undefined, 'no map for the list').to.be.true;
    el.view = 'map';
    const engine = await el.mapReady();
    expect(engine !== undefined, 'the map starts again').to.be.true;
    expect($(el, '.map-status')?.textContent ?? 'none', 'no "loading" left').to.equal('none');
    expect(engine!.map.getContainer() === $(el, '.map'), 'on the map element').to.be.true;
    expect(markers(el)).to.have.length(5);
  });

  it('rebuilds the map when the element comes back on the page, and follows a language switch', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${smallFeed()}></ncte-partner-map>`);
    const first = await shownMap(el);
    const parent = el.parentElement!;
    el.remove();
    expect(el.mapEngine).to.be.undefined;
    parent.append(el);
    const second = await shownMap(el);
    expect(second !== first, 'a new map').to.be.true;
    expect(markers(el)).to.have.length(5);
    const zoomIn = () => el.shadowRoot!.querySelector('.leaflet-control-zoom-in')!;
    const dutchTitle = zoomIn().getAttribute('title');
    el.setAttribute('lang', 'en');
    await waitUntil(() => labels(el).includes('UMCG, Care and welfare'), 'relabels the markers');
    // The zoom buttons follow the language too.
    expect(zoomIn().getAttribute('title')).to.not.equal(dutchTitle);
    expect(zoomIn().getAttribute('aria-label')).to.equal(zoomIn().getAttribute('title'));
    expect(zoomIn().getAttribute('title')).to.match(/zoom in/i);
  });

  it('starts the map again after the feed failed and came back', async () => {
    const el = await partnerMap(html`<ncte-partner-map view="map" .feed=${smallFeed()}></ncte-partner-map>`);
    await shownMap(el);
    el.feed = {version: 99};
    await el.updateComplete;
    expect($(el, '.feed-state.error')).to.exist;
    el.feed = unlocatedFeed();
    await el.updateComplete;
    const engine = await shownMap(el);
    expect(engine.map.getContainer() === $(el, '.map'), 'on the new map element').to.be.true;
    expect(engine.renderedLabels).to.deep.equal([]);
    expect(listNames(el, '.unlocated')).to.deep.equal(['Omapost', 'Stichting Eet Mee']);
  });

  it('speaks English on the map', async () => {
    const el = await partnerMap(html`<ncte-partner-map lang="en" view="map" .feed=${smallFeed()}></ncte-partner-map>`);
    const engine = await shownMap(el);
    expect(engine.renderedLabels[0]).to.equal('UMCG, Care and welfare');
    expect($(el, '.unlocated-heading')!.textContent).to.equal('Active nationwide, without a street address');
    expect($(el, '.leaflet-control-zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
  });
});
