import {expect} from '@open-wc/testing';
import {foldForSearch as normalize} from '../../src/i18n/search-text.js';
import type {Partner} from '../../src/feed/schema.js';
import {
  NO_FILTERS,
  filterPartners,
  filtersForEvent,
  parseSectors,
  parseWorkgroups,
  preparePartners,
  queryTokens,
} from '../../src/partner-map/filter.js';
import {NO_PROVINCE, groupPartners, sortByName, splitByLocation} from '../../src/partner-map/group.js';
import {ClusterIndex, clusterPoints, project} from '../../src/partner-map/cluster.js';
import {tileSource, escapeHtml} from '../../src/partner-map/tiles.js';
import {insideRing, provinceAt, provinceOutlines} from '../../src/partner-map/province.js';
import {PROVINCE_OUTLINES, decodeRing} from '../../src/partner-map/outline-data.js';

const p = (id: string, extra: Partial<Partner> = {}): Partner => ({id, name: id, sector: 'bedrijf', ...extra});

const partners: Partner[] = [
  p('Albert Heijn', {sector: 'bedrijf', workgroups: [3, 4], location: {place: 'Zaandam', lat: 52.44, lon: 4.82}}),
  p('Ouderenfonds', {sector: 'maatschappelijke-organisatie', workgroups: [2], coreTeam: true, location: {place: 'Amsterdam', lat: 52.36, lon: 4.91}}),
  p('Ministerie van VWS', {sector: 'overheid', coreTeam: true, location: {place: 'Den Haag', lat: 52.08, lon: 4.31}}),
  p('Movisie', {sector: 'kennisinstelling', workgroups: [1, 2], location: {place: 'Utrecht', lat: 52.09, lon: 5.12}}),
  p('Stichting Ëet Mee', {sector: 'maatschappelijke-organisatie', workgroups: [2]}),
  p('PostNL', {sector: 'bedrijf', workgroups: [4], coreTeam: true, location: {place: 'Den Haag', lat: 52.07, lon: 4.3}}),
];
const prepared = preparePartners(partners);
const ids = (list: readonly Partner[]) => list.map((x) => x.id);

describe('partner-map filter', () => {
  it('normalises case and accents', () => {
    expect(normalize('Fryslân ËET')).to.equal('fryslan eet');
    expect(queryTokens('  eet   MEE eet ')).to.deep.equal(['eet', 'mee']);
  });

  it('returns everything without filters, with counts per option', () => {
    const {matches, counts} = filterPartners(prepared, NO_FILTERS);
    expect(matches).to.have.length(6);
    expect(counts.total).to.equal(6);
    expect(counts.sectors.bedrijf).to.equal(2);
    expect(counts.sectors['maatschappelijke-organisatie']).to.equal(2);
    expect(counts.sectors['zorg-en-welzijn']).to.equal(0);
    expect(counts.workgroups).to.deep.equal({1: 1, 2: 3, 3: 1, 4: 2});
    expect(counts.coreTeam).to.equal(3);
  });

  it('searches names and places by word prefix, accent-insensitive', () => {
    expect(ids(filterPartners(prepared, {...NO_FILTERS, query: 'eet'}).matches)).to.deep.equal(['Stichting Ëet Mee']);
    expect(ids(filterPartners(prepared, {...NO_FILTERS, query: 'den haag'}).matches)).to.deep.equal(['Ministerie van VWS', 'PostNL']);
    expect(ids(filterPartners(prepared, {...NO_FILTERS, query: 'heijn alb'}).matches)).to.deep.equal(['Albert Heijn']);
    expect(filterPartners(prepared, {...NO_FILTERS, query: 'eijn'}).matches).to.have.length(0);
    expect(filterPartners(prepared, {...NO_FILTERS, query: ' ,; '}).matches).to.have.length(6);
  });

  it('combines sectors with OR and groups with AND; counts each option under the other filters', () => {
    const filters = {...NO_FILTERS, sectors: ['bedrijf', 'overheid'] as const, workgroups: [4] as const};
    const {matches, counts} = filterPartners(prepared, {...filters, sectors: [...filters.sectors], workgroups: [...filters.workgroups]});
    expect(ids(matches)).to.deep.equal(['Albert Heijn', 'PostNL']);
    // Sector counts ignore the sector filter but respect the working group.
    expect(counts.sectors.bedrijf).to.equal(2);
    expect(counts.sectors.overheid).to.equal(0);
    expect(counts.sectors['maatschappelijke-organisatie']).to.equal(0);
    // Working group counts ignore the working group filter but respect the sectors.
    expect(counts.workgroups).to.deep.equal({1: 0, 2: 0, 3: 1, 4: 2});
    expect(counts.coreTeam).to.equal(1);
  });

  it('filters on the core team', () => {
    const {matches, counts} = filterPartners(prepared, {...NO_FILTERS, coreTeam: true});
    expect(ids(matches)).to.deep.equal(['Ouderenfonds', 'Ministerie van VWS', 'PostNL']);
    expect(counts.sectors.bedrijf).to.equal(1);
    expect(counts.coreTeam).to.equal(3);
  });

  it('a search narrows every count', () => {
    const {counts} = filterPartners(prepared, {...NO_FILTERS, query: 'amsterdam'});
    expect(counts.sectors['maatschappelijke-organisatie']).to.equal(1);
    expect(counts.sectors.bedrijf).to.equal(0);
    expect(counts.total).to.equal(1);
  });

  it('parses presets, ignoring unknown values', () => {
    expect(parseSectors('bedrijf, overheid onzin bedrijf')).to.deep.equal(['bedrijf', 'overheid']);
    expect(parseSectors(undefined)).to.deep.equal([]);
    expect(parseWorkgroups('2')).to.deep.equal([2]);
    expect(parseWorkgroups('1,3 9 x')).to.deep.equal([1, 3]);
    expect(parseWorkgroups('')).to.deep.equal([]);
  });

  it('reports filters for the event', () => {
    expect(filtersForEvent(NO_FILTERS)).to.deep.equal({});
    expect(filtersForEvent({sectors: ['bedrijf'], workgroups: [1, 2], coreTeam: true, query: 'x'})).to.deep.equal({
      sector: ['bedrijf'],
      workgroup: ['1', '2'],
      coreTeam: ['true'],
    });
  });
});

describe('partner-map group', () => {
  it('groups by sector in the document order, names sorted Dutch-style', () => {
    const groups = groupPartners(partners, 'sector');
    expect(groups.map((g) => g.key)).to.deep.equal(['maatschappelijke-organisatie', 'bedrijf', 'kennisinstelling', 'overheid']);
    expect(ids(groups[0].partners)).to.deep.equal(['Ouderenfonds', 'Stichting Ëet Mee']);
    expect(ids(sortByName([p('b'), p('Á'), p('a10'), p('a9')]))).to.deep.equal(['Á', 'a9', 'a10', 'b']);
  });

  it('groups by province, partners without location last', () => {
    const groups = groupPartners(partners, 'province', provinceAt);
    expect(groups.map((g) => g.key)).to.deep.equal(['Utrecht', 'Noord-Holland', 'Zuid-Holland', NO_PROVINCE]);
    expect(ids(groups[2].partners)).to.deep.equal(['Ministerie van VWS', 'PostNL']);
    expect(ids(groups[3].partners)).to.deep.equal(['Stichting Ëet Mee']);
  });

  it('without a province lookup everything lands in the no-province group', () => {
    const groups = groupPartners(partners, 'province');
    expect(groups).to.have.length(1);
    expect(groups[0].key).to.equal(NO_PROVINCE);
  });

  it('splits by location', () => {
    const {located, unlocated} = splitByLocation(partners);
    expect(located).to.have.length(5);
    expect(ids(unlocated)).to.deep.equal(['Stichting Ëet Mee']);
  });
});

describe('partner-map province outlines', () => {
  it('ships all twelve provinces with a few hundred points at most each', () => {
    expect(PROVINCE_OUTLINES.map(([name]) => name)).to.have.members([
      'Groningen', 'Fryslân', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland',
      'Utrecht', 'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg',
    ]);
    for (const [, rings] of provinceOutlines()) {
      const points = rings.reduce((n, ring) => n + ring.length, 0);
      expect(points).to.be.within(20, 400);
      for (const ring of rings)
        for (const [lat, lon] of ring) {
          expect(lat).to.be.within(50.7, 53.7);
          expect(lon).to.be.within(3.3, 7.3);
        }
    }
  });

  it('decodes encoded polyline rings', () => {
    // 52000, 5000, then +1/-2 and -1/+2 thousandths of a degree.
    expect(decodeRing('_qdBowHAB@C')).to.deep.equal([
      [52, 5],
      [52.001, 4.998],
      [52, 5],
    ]);
  });

  it('knows ray casting', () => {
    const square: [number, number][] = [[0, 0], [0, 1], [1, 1], [1, 0]];
    expect(insideRing(0.5, 0.5, square)).to.be.true;
    expect(insideRing(1.5, 0.5, square)).to.be.false;
  });

  it('finds the province of Dutch places', () => {
    const places: Array<[number, number, string]> = [
      [52.0907, 5.1214, 'Utrecht'],
      [52.3676, 4.9041, 'Noord-Holland'],
      [51.9244, 4.4777, 'Zuid-Holland'],
      [53.2194, 6.5665, 'Groningen'],
      [53.2012, 5.7999, 'Fryslân'],
      [52.9925, 6.5649, 'Drenthe'],
      [52.5168, 6.083, 'Overijssel'],
      [52.3508, 5.2647, 'Flevoland'],
      [51.8426, 5.8546, 'Gelderland'],
      [51.4988, 3.61, 'Zeeland'],
      [51.5555, 5.0913, 'Noord-Brabant'],
      [50.8514, 5.691, 'Limburg'],
      [53.4, 5.3, 'Fryslân'], // Terschelling
    ];
    for (const [lat, lon, province] of places) expect(provinceAt(lat, lon), `${lat},${lon}`).to.equal(province);
  });

  it('places points abroad nowhere', () => {
    expect(provinceAt(50.85, 4.35)).to.equal(undefined); // Brussels
    expect(provinceAt(51.22, 6.78)).to.equal(undefined); // Düsseldorf
    expect(provinceAt(48.85, 2.35)).to.equal(undefined); // Paris
  });

  it('gives the same province as testing every ring and every outline point (the bounding boxes only skip work)', () => {
    const outlines = provinceOutlines();
    const reference = (lat: number, lon: number) => {
      const inside = outlines.find(([, rings]) => rings.some((ring) => insideRing(lat, lon, ring)))?.[0];
      if (inside) return inside;
      const scale = Math.cos((lat * Math.PI) / 180);
      let best = 0.01;
      let found: string | undefined;
      for (const [name, rings] of outlines)
        for (const ring of rings)
          for (const [pLat, pLon] of ring) {
            const d = (pLat - lat) ** 2 + ((pLon - lon) * scale) ** 2;
            if (d < best) [best, found] = [d, name];
          }
      return found;
    };
    let coastal = 0;
    // A grid over the country and 0.3° around it (coasts, borders, abroad), off the 0.001° grid of the outline.
    for (let lat = 50.45; lat <= 53.85; lat += 0.0537)
      for (let lon = 3.05; lon <= 7.55; lon += 0.0611) {
        const expected = reference(lat, lon);
        if (expected && !outlines.some(([, rings]) => rings.some((ring) => insideRing(lat, lon, ring)))) coastal++;
        expect(provinceAt(lat, lon), `${lat},${lon}`).to.equal(expected);
      }
    expect(coastal, 'points near but outside an outline were tried').to.be.greaterThan(20);
  });
});

describe('partner-map cluster', () => {
  it('projects like Web Mercator', () => {
    expect(project(0, 0, 0)).to.deep.equal([128, 128]);
    const [x, y] = project(52, 5, 8);
    expect(x).to.be.closeTo(33678.2, 0.5);
    expect(y).to.be.closeTo(21647.5, 0.5);
  });

  it('clusters nearby points and keeps far ones single, in reading order', () => {
    const points = [
      {id: 'maastricht', lat: 50.85, lon: 5.69},
      {id: 'utrecht-1', lat: 52.09, lon: 5.12},
      {id: 'utrecht-2', lat: 52.091, lon: 5.121},
      {id: 'groningen', lat: 53.22, lon: 6.57},
    ];
    const clusters = clusterPoints(points, 8);
    expect(clusters.map((c) => c.ids)).to.deep.equal([['groningen'], ['utrecht-1', 'utrecht-2'], ['maastricht']]);
    expect(clusters[1].lat).to.be.closeTo(52.0905, 1e-9);
    expect(clusters[1].bounds).to.deep.equal([
      [52.09, 5.12],
      [52.091, 5.121],
    ]);
  });

  it('merges neighbours across a cell border and splits when zoomed in', () => {
    // Two points about 1 km apart: one cluster at zoom 8, two markers at zoom 16.
    const points = [
      {id: 'a', lat: 52.0, lon: 4.999},
      {id: 'b', lat: 52.0, lon: 5.001},
    ];
    expect(clusterPoints(points, 8)).to.have.length(1);
    expect(clusterPoints(points, 16)).to.have.length(2);
    expect(clusterPoints(points, 8, 0).map((c) => c.ids)).to.deep.equal([['a'], ['b']]);
  });

  it('clusters 10,000 points fast', () => {
    const points = Array.from({length: 10_000}, (_, i) => ({id: String(i), lat: 50.8 + ((i * 7919) % 2700) / 1000, lon: 3.4 + ((i * 104729) % 3800) / 1000}));
    const start = performance.now();
    const clusters = clusterPoints(points, 8);
    expect(performance.now() - start).to.be.below(100);
    expect(clusters.reduce((n, c) => n + c.ids.length, 0)).to.equal(10_000);
  });
});

describe('partner-map cluster index', () => {
  const points = Array.from({length: 3000}, (_, i) => ({id: `p${i}`, lat: 50.8 + ((i * 7919) % 2700) / 1000, lon: 3.4 + ((i * 104729) % 3800) / 1000}));
  const index = new ClusterIndex(points, {radius: 56, minZoom: 6, maxZoom: 13});

  it('holds every point once at every zoom, ids in input order', () => {
    for (let zoom = 6; zoom <= 15; zoom++) {
      const clusters = index.clusters(zoom);
      const ids = clusters.flatMap((c) => c.ids);
      expect(ids.length, `zoom ${zoom}`).to.equal(points.length);
      expect(new Set(ids).size).to.equal(points.length);
      for (const c of clusters) {
        const order = c.ids.map((id) => Number(id.slice(1)));
        expect(order).to.deep.equal([...order].sort((a, b) => a - b));
      }
    }
    expect(index.clusters(14).every((c) => c.ids.length === 1), 'single from zoom 14').to.be.true;
  });

  it('is a hierarchy: each cluster is the union of clusters one zoom in, fewer markers as one zooms out', () => {
    for (let zoom = 6; zoom < 14; zoom++) {
      const outer = index.clusters(zoom);
      const inner = index.clusters(zoom + 1);
      expect(outer.length).to.be.at.most(inner.length);
      const holder = new Map<string, number>();
      outer.forEach((c, i) => c.ids.forEach((id) => holder.set(id, i)));
      for (const c of inner) expect(new Set(c.ids.map((id) => holder.get(id))).size, `zoom ${zoom + 1} inside ${zoom}`).to.equal(1);
    }
  });

  it('puts each cluster at the mean of its points, inside its bounds, and keeps clusters apart', () => {
    const byId = new Map(points.map((p) => [p.id, p]));
    const clusters = index.clusters(9);
    for (const c of clusters) {
      const lat = c.ids.reduce((sum, id) => sum + byId.get(id)!.lat, 0) / c.ids.length;
      expect(c.lat).to.be.closeTo(lat, 1e-9);
      expect(c.lat).to.be.within(c.bounds[0][0], c.bounds[1][0]);
      expect(c.lon).to.be.within(c.bounds[0][1], c.bounds[1][1]);
    }
    // Markers of 28–48 px: no two centres closer than a marker.
    const pixels = clusters.map((c) => project(c.lat, c.lon, 9));
    let closest = Infinity;
    for (let i = 0; i < pixels.length; i++)
      for (let j = i + 1; j < pixels.length; j++) closest = Math.min(closest, Math.hypot(pixels[i][0] - pixels[j][0], pixels[i][1] - pixels[j][1]));
    expect(closest).to.be.at.least(28);
  });

  it('answers for a view only what lies in it, in reading order', () => {
    const view: [[number, number], [number, number]] = [
      [51.5, 4.5],
      [52.5, 6],
    ];
    const all = index.clusters(10);
    const shown = index.clusters(10, view);
    expect(shown.length).to.be.greaterThan(0);
    expect(shown).to.deep.equal(all.filter((c) => c.lat >= 51.5 && c.lat <= 52.5 && c.lon >= 4.5 && c.lon <= 6));
    const rows = shown.map((c) => Math.floor(project(c.lat, c.lon, 10)[1] / 56));
    expect(rows).to.deep.equal([...rows].sort((a, b) => a - b));
  });

  it('answers every view at every zoom exactly as filtering the whole level would (it reads only the rows across the view)', () => {
    const many = Array.from({length: 3000}, (_, i) => ({id: String(i), lat: 50.8 + ((i * 7919) % 2700) / 1000, lon: 3.4 + ((i * 104729) % 3800) / 1000}));
    const built = new ClusterIndex(many, {radius: 56, minZoom: 6, maxZoom: 13});
    let compared = 0;
    for (let zoom = 6; zoom <= 14; zoom++) {
      const all = built.clusters(zoom);
      for (const [south, west, size] of [[50.7, 3.3, 3], [51.9, 4.9, 0.4], [52.3, 5.2, 0.05], [52.31, 5.27, 0.011], [53.4, 7, 1]]) {
        const [north, east] = [south + size * 0.6, west + size];
        const expected = all.filter((c) => c.lat >= south && c.lat <= north && c.lon >= west && c.lon <= east);
        expect(built.clusters(zoom, [[south, west], [north, east]]), `zoom ${zoom}, ${south},${west}`).to.deep.equal(expected);
        compared += expected.length;
      }
    }
    expect(compared).to.be.greaterThan(1000);
  });

  it('builds for 10,000 points once, then a query for a view takes well under a frame', () => {
    const many = Array.from({length: 10_000}, (_, i) => ({id: String(i), lat: 50.8 + ((i * 7919) % 2700) / 1000, lon: 3.4 + ((i * 104729) % 3800) / 1000}));
    const built = new ClusterIndex(many, {radius: 56, minZoom: 6, maxZoom: 13});
    // Each level is put in reading order on its first query (as on the first zoom to it); then only look-ups.
    for (const zoom of [8, 9, 10, 11, 12]) built.clusters(zoom);
    const start = performance.now();
    for (const zoom of [8, 9, 10, 11, 12]) built.clusters(zoom, [[51, 4], [52.5, 6]]);
    expect((performance.now() - start) / 5).to.be.below(16);
  });
});

describe('partner-map tiles', () => {
  it('defaults to the outline only', () => {
    expect(tileSource(undefined)).to.equal(undefined);
    expect(tileSource('')).to.equal(undefined);
    expect(tileSource('outline')).to.equal(undefined);
  });

  it('knows the PDOK variants', () => {
    expect(tileSource('pdok')!.url).to.equal(
      'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
    );
    expect(tileSource('pdok-grijs')!.url).to.contain('/grijs/');
    expect(tileSource('pdok-pastel')!.url).to.contain('/pastel/');
    expect(tileSource('pdok')!.attribution).to.contain('Kadaster');
  });

  it('accepts http(s) templates with escaped attribution and rejects others', () => {
    const source = tileSource('https://tiles.example.org/{z}/{x}/{y}.png', '<b>© Voorbeeld</b>')!;
    expect(source.url).to.equal('https://tiles.example.org/{z}/{x}/{y}.png');
    expect(source.attribution).to.equal('&#60;b&#62;© Voorbeeld&#60;/b&#62;');
    expect(tileSource('/tiles/{z}/{x}/{y}.png')).to.exist;
    expect(tileSource('javascript:alert(1)//{z}{x}{y}')).to.equal(undefined);
    expect(tileSource('https://tiles.example.org/tile.png')).to.equal(undefined);
    expect(escapeHtml(`"'&`)).to.equal('&#34;&#39;&#38;');
  });
});
