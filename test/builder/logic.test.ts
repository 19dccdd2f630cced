/** The builder's pure logic: options from the manifest, snippets, the URL round trip, contrast and the feed check. */
import {expect} from '@open-wc/testing';
import manifest from '../../custom-elements.json';
import {WIDGETS, literalValue, optionsOfDeclaration, widgetOptions, type WidgetOptions} from '../../src/builder/manifest.js';
import {defaultConfig, effectiveAttributes, fromQuery, themeValueOk, toQuery, type BuilderConfig} from '../../src/builder/config.js';
import {escapeAttribute, snippets} from '../../src/builder/snippets.js';
import {contrastRatio, floorRatio, parseColor} from '../../src/builder/contrast.js';
import {checkFeed} from '../../src/builder/feed-check.js';
import {checkFeed as checkFeedReport} from '../../src/feed-tools/check.js';
import {feedValues, hasFeedValues} from '../../src/builder/feed-values.js';
import {sampleFeed} from '../../src/data/sample.js';
import type {Feed} from '../../src/feed/schema.js';

const BASE = 'https://cdn.example.nl/ncte/dist/cdn/';
const options = widgetOptions(manifest);
const config = (change: Partial<BuilderConfig>): BuilderConfig => ({...defaultConfig(change.widget), ...change});

describe('builder: options from custom-elements.json', () => {
  it('every widget has its attributes, except src (the feed has a field of its own)', () => {
    for (const widget of WIDGETS) {
      expect(options[widget].length, widget).to.be.greaterThan(3);
      expect(options[widget].map((o) => o.name), widget).to.not.include('src');
    }
    expect(options['event-list'].map((o) => o.name)).to.include.members(['gemeente', 'show-past', 'page-size', 'layout', 'locked']);
  });

  it('chooses a control by type and shows the documented default', () => {
    const byName = (widget: keyof WidgetOptions, name: string) => options[widget].find((o) => o.name === name)!;
    expect(byName('event-list', 'show-past')).to.include({kind: 'boolean'});
    expect(byName('event-list', 'show-past').default).to.equal(undefined);
    expect(byName('event-list', 'page-size')).to.include({kind: 'number', default: '20'});
    expect(byName('event-list', 'layout')).to.deep.include({kind: 'choice', values: ['default', 'compact'], default: 'default'});
    expect(byName('etalage', 'layout')).to.deep.include({kind: 'choice', values: ['cards', 'list'], default: 'cards'});
    expect(byName('etalage', 'gemeente')).to.include({kind: 'text'});
    expect(byName('etalage', 'timeout').default).to.equal('10000');
    expect(byName('event-list', 'gemeente').description).to.match(/gemeente/);
  });

  it('an attribute added to a manifest appears as an option, with its type, description and default', () => {
    const copy = structuredClone(manifest) as {modules: Array<{declarations?: Array<{tagName?: string; attributes?: unknown[]}>}>};
    const declaration = copy.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'ncte-event-list')!;
    declaration.attributes!.push(
      {name: 'density', type: {text: "'airy' | 'dense' | undefined"}, default: "'airy'", description: 'How tight the list is.'},
      {name: 'max-days', type: {text: 'number'}, default: '7', description: 'Days shown at most.'},
    );
    const added = widgetOptions(copy)['event-list'];
    expect(added.find((o) => o.name === 'density')).to.deep.equal({
      name: 'density',
      description: 'How tight the list is.',
      kind: 'choice',
      values: ['airy', 'dense'],
      suggestions: [],
      default: 'airy',
    });
    expect(added.find((o) => o.name === 'max-days')).to.include({kind: 'number', default: '7'});
  });

  it('reads a strange manifest defensively', () => {
    expect(widgetOptions(undefined).etalage).to.deep.equal([]);
    expect(widgetOptions({modules: 'x'})['event-list']).to.deep.equal([]);
    expect(optionsOfDeclaration({attributes: [null, 3, {name: ''}, {name: 'Bad Name'}, {name: 'ok'}, {name: 'ok'}]}).map((o) => o.name)).to.deep.equal(['ok']);
    const [plain] = optionsOfDeclaration({attributes: [{name: 'x'}]});
    expect(plain).to.include({kind: 'text', description: ''});
    // A named type (before the manifest spells out unions): a text field, with the values its description names.
    const [track] = optionsOfDeclaration({
      attributes: [{name: 'track', type: {text: 'CriteriaTrack'}, default: "'membership'", description: '`membership` of the coalition, or the `etalage`; see `mode`.'}, {name: 'mode'}],
    });
    expect(track).to.deep.include({kind: 'text', default: 'membership', suggestions: ['membership', 'etalage']});
    // A default that is not one of the choices is no default.
    const [layout] = optionsOfDeclaration({attributes: [{name: 'layout', type: {text: "'a' | 'b'"}, default: "'c'"}]});
    expect(layout.default).to.equal(undefined);
  });

  it('turns manifest literals into attribute values', () => {
    expect(literalValue("'cards'")).to.equal('cards');
    expect(literalValue('"x"')).to.equal('x');
    expect(literalValue('10_000')).to.equal('10000');
    expect(literalValue('2')).to.equal('2');
    expect(literalValue('undefined')).to.equal(undefined);
    expect(literalValue('DEFAULT_TIMEOUT_MS')).to.equal(undefined);
    expect(literalValue(12)).to.equal(undefined);
  });
});

describe('builder: values from the feed', () => {
  const feed = sampleFeed() as unknown as Feed;
  it('offers the gemeenten, audiences and places of the event list from the events', () => {
    const gemeenten = feedValues(feed, 'event-list', 'gemeente').map((v) => v.value);
    expect(gemeenten).to.include('Zwolle');
    expect(new Set(gemeenten).size).to.equal(gemeenten.length);
    // Dutch order: 's-Hertogenbosch among the H… is fine either way, but it is sorted by the Dutch collator.
    const sorted = [...gemeenten].sort(new Intl.Collator('nl', {sensitivity: 'base', numeric: true}).compare);
    expect(gemeenten).to.deep.equal(sorted);
    expect(feedValues(feed, 'event-list', 'place').length).to.be.greaterThan(5);
  });
  it('offers the Etalage its initiatives’ themes and ids with names, the partner map its sectors', () => {
    expect(feedValues(feed, 'etalage', 'theme').length).to.be.greaterThan(2);
    const initiative = feedValues(feed, 'etalage', 'initiative')[0];
    expect(initiative.label).to.be.a('string');
    expect(feedValues(feed, 'partner-map', 'sector').map((v) => v.value)).to.include('bedrijf');
    expect(hasFeedValues('partner-map', 'view')).to.equal(false);
    expect(feedValues(undefined, 'etalage', 'theme')).to.deep.equal([]);
  });
});

describe('builder: snippets', () => {
  it('carry only the attributes that differ from their defaults', () => {
    const c = config({widget: 'event-list', attributes: {gemeente: 'Zwolle', 'show-past': 'true', 'page-size': '20', layout: 'default'}});
    expect(effectiveAttributes(c, options)).to.deep.equal([
      ['gemeente', 'Zwolle'],
      ['show-past', 'true'],
    ]);
  });

  it('script form: the bundle beside the builder and the element', () => {
    const code = snippets({config: config({widget: 'event-list', attributes: {gemeente: 'Zwolle', 'show-past': 'true'}}), options, base: BASE});
    expect(code.script).to.equal(
      '<script type="module" src="https://cdn.example.nl/ncte/dist/cdn/ncte-event-list.js"></script>\n' +
        '<ncte-event-list src="https://cdn.example.nl/ncte/dist/cdn/sample-feed.json" gemeente="Zwolle" show-past></ncte-event-list>',
    );
    expect(code.css).to.equal('');
  });

  it('iframe form: the embed page with the same parameter names, a title, and ncte-embed.js in one variant', () => {
    const c = config({
      widget: 'event-list',
      src: 'https://www.example.nl/feed.json',
      attributes: {gemeente: "'s-Hertogenbosch", 'show-past': 'true'},
      lang: 'en',
      theme: {accent: '#01689b', 'accent-contrast': '#fff', font: "'Fira Sans', sans-serif", radius: '0', background: 'white'},
    });
    const code = snippets({config: c, options, base: BASE});
    const url =
      'https://cdn.example.nl/ncte/dist/cdn/embed.html?widget=event-list&amp;src=https%3A%2F%2Fwww.example.nl%2Ffeed.json' +
      '&amp;gemeente=%27s-Hertogenbosch&amp;show-past=true&amp;lang=en&amp;accent=%2301689b&amp;accent-contrast=%23fff' +
      '&amp;font=%27Fira+Sans%27%2C+sans-serif&amp;radius=0&amp;background=white';
    expect(code.iframeBare).to.equal(
      `<iframe src="${url}" title="Activities in the Week against Loneliness" width="100%" height="900" loading="lazy"></iframe>`,
    );
    expect(code.iframe).to.equal(`${code.iframeBare}\n<script type="module" src="https://cdn.example.nl/ncte/dist/cdn/ncte-embed.js"></script>`);
    expect(code.css).to.equal(
      "ncte-event-list {\n  --ncte-color-accent: #01689b;\n  --ncte-color-accent-contrast: #fff;\n  --ncte-font-family: 'Fira Sans', sans-serif;\n  --ncte-radius: 0;\n  --ncte-color-background: white;\n}",
    );
    expect(code.script).to.contain(' lang="en"></ncte-event-list>');
    // The iframe's src, decoded as a browser does, is the embed page with the builder's own query.
    const src = new DOMParser().parseFromString(code.iframeBare, 'text/html').querySelector('iframe')!.getAttribute('src')!;
    expect(new URL(src).search.slice(1)).to.equal(toQuery({...c, src: 'https://www.example.nl/feed.json'}, options).toString());
  });

  it('npm form: the import of the widget’s entry and the same element', () => {
    const code = snippets({config: config({widget: 'partner-map', attributes: {view: 'list'}}), options, base: BASE});
    expect(code.npmImport).to.equal("import 'ncte-widgets/partner-map';");
    expect(code.npmElement).to.match(/^<ncte-partner-map src="[^"]+" view="list"><\/ncte-partner-map>$/);
    expect(code.npm).to.contain('npm install ncte-widgets');
  });

  it('hostile values stay attribute text', () => {
    const code = snippets({config: config({widget: 'etalage', attributes: {gemeente: '"><script>alert(1)</script>'}}), options, base: BASE});
    expect(code.script).to.contain('gemeente="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    const doc = new DOMParser().parseFromString(code.script, 'text/html');
    expect(doc.querySelectorAll('script').length).to.equal(1);
    expect(doc.querySelector('ncte-etalage')!.getAttribute('gemeente')).to.equal('"><script>alert(1)</script>');
    expect(escapeAttribute('a&b')).to.equal('a&amp;b');
  });
});

describe('builder: the URL round trip', () => {
  const valid = () => true;
  it('a configuration survives toQuery → fromQuery', () => {
    const c = config({
      widget: 'etalage',
      src: 'https://www.example.nl/feed.json',
      attributes: {gemeente: 'Zwolle', layout: 'list', locked: 'true', 'page-size': '6'},
      lang: 'en',
      theme: {accent: '#01689b', radius: '0'},
    });
    const query = toQuery(c, options);
    expect(query.toString()).to.equal(
      'widget=etalage&src=https%3A%2F%2Fwww.example.nl%2Ffeed.json&layout=list&page-size=6&gemeente=Zwolle&locked=true&lang=en&accent=%2301689b&radius=0',
    );
    const back = fromQuery(new URLSearchParams(query.toString()), options, BASE, valid);
    expect(back.refused).to.deep.equal([]);
    expect(back.config).to.deep.equal(c);
  });

  it('a query without anything is the default configuration', () => {
    expect(fromQuery(new URLSearchParams(''), options, BASE, valid)).to.deep.equal({config: defaultConfig(), refused: []});
  });

  it('refuses what does not fit, and keeps the rest', () => {
    const query = new URLSearchParams({
      widget: 'event-list',
      src: 'javascript:alert(1)',
      gemeente: 'Zwolle',
      layout: 'huge',
      'page-size': 'many',
      'show-past': 'false',
      locked: '',
      accent: 'red;background:url(https://evil.example/x)',
      radius: '4px',
      lang: 'fr',
      onload: 'x',
    });
    const {config: c, refused} = fromQuery(query, options, BASE, valid);
    expect(c.widget).to.equal('event-list');
    expect(c.src).to.equal('sample-feed.json');
    expect(c.attributes).to.deep.equal({gemeente: 'Zwolle', locked: 'true'});
    expect(c.theme).to.deep.equal({radius: '4px'});
    expect(c.lang).to.equal('nl');
    expect(refused.sort()).to.deep.equal(['accent', 'lang', 'layout', 'onload', 'page-size', 'src'].sort());
    expect(fromQuery(new URLSearchParams('widget=marquee'), options, BASE, valid).refused).to.deep.equal(['widget']);
  });

  it('theme values that could add a declaration or load something are refused, as the embed page refuses them', () => {
    const anything = () => true;
    for (const bad of ['red;color:blue', 'red}body{x:y', 'url(x.png)', 'image-set("a.png" 1x)', '"a" /* x */', '@import', '<b>', '', 'a\\62', 'var(--x)']) {
      expect(themeValueOk('accent', bad, anything), bad).to.equal(false);
    }
    expect(themeValueOk('radius', '4px 8px', anything)).to.equal(false);
    for (const good of ['#01689b', 'rgb(1 2 3)', 'hsl(200 50% 40%)']) expect(themeValueOk('accent', good, anything), good).to.equal(true);
    expect(themeValueOk('font', "'Fira Sans', sans-serif", anything)).to.equal(true);
    for (const good of ['0', '4px', '0.5rem']) expect(themeValueOk('radius', good, anything), good).to.equal(true);
    // The browser's parser decides the rest.
    expect(themeValueOk('accent', 'not-a-colour', (property, value) => CSS.supports(property, value))).to.equal(false);
  });
});

describe('builder: contrast (WCAG 1.4.3)', () => {
  it('computes ratios as WCAG does', () => {
    expect(contrastRatio(parseColor('#000')!, parseColor('#fff')!)).to.equal(21);
    expect(contrastRatio(parseColor('#fff')!, parseColor('#fff')!)).to.equal(1);
    // The default accent with white text, and a light accent that fails.
    expect(floorRatio(contrastRatio(parseColor('#8a2a5f')!, parseColor('#ffffff')!))).to.be.greaterThan(4.5);
    expect(contrastRatio(parseColor('#ffcc00')!, parseColor('#fff')!)).to.be.lessThan(4.5);
    // #767676 on white is the classic borderline case: 4.54:1.
    expect(floorRatio(contrastRatio(parseColor('#767676')!, parseColor('#fff')!))).to.equal(4.54);
    expect(floorRatio(4.499)).to.equal(4.49);
  });
  it('reads the forms a browser gives', () => {
    expect(parseColor('rgb(1, 104, 155)')).to.deep.equal([1, 104, 155]);
    expect(parseColor('rgba(1, 2, 3, 0.5)')).to.deep.equal([1, 2, 3]);
    expect(parseColor('#abc')).to.deep.equal([170, 187, 204]);
    expect(parseColor('#01689bff')).to.deep.equal([1, 104, 155]);
    expect(parseColor('papayawhip')).to.equal(undefined);
    expect(parseColor('rgb(300, 0, 0)')).to.equal(undefined);
  });
});

describe('builder: feed check', () => {
  it('counts each section and names every item left out, with its id, path and the toolkit’s reason in Dutch and English', async () => {
    const raw = sampleFeed() as unknown as {events: Array<Record<string, unknown>>; initiatives: Array<Record<string, unknown>>};
    raw.events[1].start = 'morgen';
    raw.events[2].online = 'javascript:alert(1)';
    delete raw.events[2].location;
    delete raw.initiatives[0].name;
    const check = await checkFeed(raw);
    const events = check.sections.find((s) => s.section === 'events')!;
    expect(events.total - events.valid).to.equal(2);
    const paths = check.leftOut.map((i) => i.path);
    expect(paths).to.include.members(['events[1].start', 'events[2].online', 'initiatives[0].name']);
    const missing = check.leftOut.find((i) => i.path === 'initiatives[0].name')!;
    expect(missing.id).to.equal(raw.initiatives[0].id);
    expect(missing.message.nl).to.equal('ontbreekt (verplicht)');
    const start = check.leftOut.find((i) => i.path === 'events[1].start')!.message;
    expect(start.nl).to.equal('"morgen" is geen geldige datum en tijd met tijdzone (bijvoorbeeld 2026-09-24T10:00:00+02:00)');
    expect(start.en).to.match(/date|time/i);
    expect(check.leftOut.find((i) => i.path === 'events[2].online')!.message.nl).to.contain('https://');
    // The same words as `ncte-feed validate`, for every problem of this feed.
    const report = checkFeedReport(raw, 'nl');
    expect(check.leftOut.map((i) => [i.path, i.message.nl])).to.deep.equal(report.problems.filter((p) => p.severity === 'error').map((p) => [p.path, p.message]));
  });

  it('a valid feed loads no toolkit and leaves nothing out', async () => {
    const check = await checkFeed(sampleFeed());
    expect(check.leftOut).to.deep.equal([]);
    expect(check.sections.every((s) => s.total === s.valid)).to.equal(true);
  });

  it('a feed that is no feed throws the feed layer’s error', async () => {
    let error: unknown;
    await checkFeed({version: 2}).catch((e: unknown) => (error = e));
    expect((error as {kind?: string}).kind).to.equal('version');
  });
});
