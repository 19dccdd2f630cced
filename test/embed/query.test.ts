/** The embed page's query reading: widget, attributes, language, theme, and every refusal. */
import {expect} from '@open-wc/testing';
import {feedSrc, readEmbedQuery, themeValue, wordpressSecret, type EmbedWidgets} from '../../src/embed/query.js';

const BASE = 'https://widgets.example.nl/ncte/embed.html?widget=etalage';
const WIDGETS: EmbedWidgets = {
  etalage: {attributes: ['src', 'gemeente', 'page-size', 'locked', 'sync-url', 'theme', 'query'], booleans: ['locked', 'sync-url'], events: ['ncte-filter-change']},
  'partner-map': {attributes: ['src', 'view', 'tiles'], booleans: [], events: []},
};
const supports = (property: string, value: string) => CSS.supports(property, value);
const read = (query: string) => readEmbedQuery(new URLSearchParams(query), WIDGETS, BASE, supports);

describe('embed page: readEmbedQuery', () => {
  it('reads a widget with its attributes in query order, as text', () => {
    const config = read('widget=etalage&gemeente=Den%20Haag&page-size=3&query=<b>hi</b>');
    expect(config.widget).to.equal('etalage');
    expect(config.tag).to.equal('ncte-etalage');
    expect(config.attributes).to.deep.equal([
      ['gemeente', 'Den Haag'],
      ['page-size', '3'],
      ['query', '<b>hi</b>'],
    ]);
    expect(config.problem).to.equal(undefined);
    expect(config.lang).to.equal('nl');
    expect(config.unknown).to.deep.equal([]);
    expect(config.refused).to.deep.equal([]);
  });

  it('an unknown, missing or inherited widget name is a problem naming the allowed values', () => {
    for (const query of ['widget=kaart', '', 'widget=', 'widget=constructor', 'widget=__proto__', 'widget=toString', 'widget=ETALAGE', 'widget=<script>']) {
      const config = read(query);
      expect(config.problem, query).to.deep.equal({kind: 'widget', allowed: ['etalage', 'partner-map']});
      expect(config.widget, query).to.equal(undefined);
      expect(config.attributes, query).to.deep.equal([]);
    }
  });

  it('ignores unknown parameters and names them, once each', () => {
    const config = read('widget=etalage&foo=1&onload=alert(1)&foo=2&style=color:red&view=map');
    expect(config.unknown).to.deep.equal(['foo', 'onload', 'style', 'view']);
    expect(config.attributes).to.deep.equal([]);
  });

  it('takes the first of repeated parameters', () => {
    expect(read('widget=etalage&gemeente=Zwolle&gemeente=Kampen').attributes).to.deep.equal([['gemeente', 'Zwolle']]);
  });

  it('boolean attributes: on when empty, true or their name; off for false; anything else refused', () => {
    expect(read('widget=etalage&locked').attributes).to.deep.equal([['locked', '']]);
    expect(read('widget=etalage&locked=').attributes).to.deep.equal([['locked', '']]);
    expect(read('widget=etalage&locked=TRUE').attributes).to.deep.equal([['locked', '']]);
    expect(read('widget=etalage&locked=locked').attributes).to.deep.equal([['locked', '']]);
    expect(read('widget=etalage&sync-url=false').attributes).to.deep.equal([]);
    const refused = read('widget=etalage&locked=ja');
    expect(refused.attributes).to.deep.equal([]);
    expect(refused.refused).to.have.length(1);
  });

  it('src: relative (resolved against the embed page) or absolute http(s)', () => {
    expect(read('widget=etalage&src=feed.json').attributes).to.deep.equal([['src', 'https://widgets.example.nl/ncte/feed.json']]);
    expect(read('widget=etalage&src=/data/feed.json').attributes).to.deep.equal([['src', 'https://widgets.example.nl/data/feed.json']]);
    expect(read('widget=etalage&src=https://www.example.nl/feed.json').attributes).to.deep.equal([['src', 'https://www.example.nl/feed.json']]);
    expect(read('widget=etalage&src=http://localhost:8000/feed.json').attributes).to.deep.equal([['src', 'http://localhost:8000/feed.json']]);
  });

  it('src: anything else is a problem (no widget, no request)', () => {
    for (const src of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:application/json,{}', 'blob:https://x/1', 'file:///etc/passwd', 'ftp://example.nl/feed.json', 'http://[::1', 'about:blank']) {
      const config = read(`widget=etalage&src=${encodeURIComponent(src)}`);
      expect(config.problem, src).to.deep.equal({kind: 'src'});
      expect(config.attributes, src).to.deep.equal([]);
      expect(config.refused.join(), src).to.contain('src=');
    }
  });

  it('an empty src is refused too', () => {
    expect(read('widget=etalage&src=').problem).to.deep.equal({kind: 'src'});
  });

  it('tiles: only PDOK or none in the frame (another tile server would be a third-party request)', () => {
    for (const tiles of ['pdok', 'pdok-grijs', 'PDOK-Pastel', 'none', 'outline']) {
      expect(read(`widget=partner-map&tiles=${tiles}`).attributes, tiles).to.deep.equal([['tiles', tiles]]);
    }
    for (const tiles of ['https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'pdok-roze', 'pdok ']) {
      const config = read(`widget=partner-map&tiles=${encodeURIComponent(tiles)}`);
      expect(config.attributes, tiles).to.deep.equal(tiles === 'pdok ' ? [['tiles', 'pdok ']] : []);
    }
  });

  it('lang: en (and en-GB) for English, nl or nothing for Dutch; anything else Dutch with a note', () => {
    expect(read('widget=etalage&lang=en').lang).to.equal('en');
    expect(read('widget=etalage&lang=EN-gb').lang).to.equal('en');
    expect(read('widget=etalage&lang=nl').lang).to.equal('nl');
    expect(read('widget=etalage').lang).to.equal('nl');
    const german = read('widget=etalage&lang=de');
    expect(german.lang).to.equal('nl');
    expect(german.refused).to.have.length(1);
    // The language is known even when the widget is not (for the message).
    expect(read('widget=nope&lang=en').lang).to.equal('en');
  });

  it('theme parameters set their tokens; refused values are named, the others still apply', () => {
    const config = read('widget=etalage&accent=%23005a9c&accent-contrast=white&font=%22Open%20Sans%22,%20sans-serif&radius=4px&background=rgb(250%20250%20250)&theme=eenzaamheid');
    expect(config.theme).to.deep.equal([
      ['--ncte-color-accent', '#005a9c'],
      ['--ncte-color-accent-contrast', 'white'],
      ['--ncte-font-family', '"Open Sans", sans-serif'],
      ['--ncte-radius', '4px'],
      ['--ncte-color-background', 'rgb(250 250 250)'],
    ]);
    // `theme` is an Etalage attribute (a filter), not a theme parameter.
    expect(config.attributes).to.deep.equal([['theme', 'eenzaamheid']]);
    const mixed = read('widget=etalage&accent=red;background:red&radius=0');
    expect(mixed.theme).to.deep.equal([['--ncte-radius', '0']]);
    expect(mixed.refused).to.have.length(1);
    expect(mixed.refused[0]).to.contain('accent=red;background:red');
  });
});

describe('embed page: themeValue', () => {
  const ok = (parameter: string, value: string) => expect(themeValue(parameter, value, supports), `${parameter}=${value}`).to.deep.equal({value: value.trim()});
  const refused = (parameter: string, value: string) => expect(themeValue(parameter, value, supports), `${parameter}=${value}`).to.have.property('refused');

  it('accepts colours, font lists and single lengths', () => {
    for (const colour of ['#005a9c', '#fff', 'teal', 'rgb(0 90 156)', 'rgba(0, 90, 156, 0.5)', 'hsl(200 100% 30%)', 'oklch(50% 0.1 250)', 'transparent', ' red ']) ok('accent', colour);
    for (const font of ['Verdana', 'Verdana, sans-serif', '"Rijksoverheid Sans", Arial, sans-serif', "'Open Sans'", 'system-ui']) ok('font', font);
    for (const radius of ['0', '4px', '0.5rem', '.25em', '10%']) ok('radius', radius);
  });

  it('refuses anything that could add a declaration, load something, or is not a value of its kind', () => {
    const hostile = [
      'red;background:url(https://evil.example/x.png)',
      'red; color: blue',
      'red}html{background:red',
      'url(https://evil.example/x.png)',
      'image-set("x.png" 1x)',
      'var(--x)',
      'env(safe-area-inset-top)',
      'attr(data-x)',
      'red !important',
      'red /* comment */',
      '\\72 ed',
      '@import "x.css"',
      '<script>',
      'red\nblue',
      '',
      '   ',
      'x'.repeat(201),
    ];
    for (const value of hostile) {
      for (const parameter of ['accent', 'accent-contrast', 'font', 'radius', 'background']) refused(parameter, value);
    }
  });

  it('refuses values of the wrong kind', () => {
    for (const value of ['12px', 'Verdana', 'notacolour', 'rgb(1 2)']) refused('accent', value);
    for (const value of ['4px 8px', '4px / 2px', 'calc(1px + 2px)', 'auto', 'red', '-4px']) refused('radius', value);
    for (const value of ['12px', '1px solid red', 'Verdana,']) refused('font', value);
  });
});

describe('embed page: feedSrc and wordpressSecret', () => {
  it('feedSrc resolves against the embed page and keeps http(s) only', () => {
    expect(feedSrc('feed.json', BASE)).to.equal('https://widgets.example.nl/ncte/feed.json');
    expect(feedSrc('  https://x.nl/f.json ', BASE)).to.equal('https://x.nl/f.json');
    expect(feedSrc('//cdn.example.nl/f.json', BASE)).to.equal('https://cdn.example.nl/f.json');
    expect(feedSrc('javascript:alert(1)', BASE)).to.equal(undefined);
    expect(feedSrc('java\tscript:alert(1)', BASE)).to.equal(undefined);
    expect(feedSrc('', BASE)).to.equal(undefined);
  });

  it('wordpressSecret reads `#?secret=` with letters and digits only', () => {
    expect(wordpressSecret('#?secret=a1B2c3')).to.equal('a1B2c3');
    expect(wordpressSecret('#?foo=1&secret=abc')).to.equal('abc');
    expect(wordpressSecret('#secret=abc')).to.equal('abc');
    expect(wordpressSecret('')).to.equal(undefined);
    expect(wordpressSecret('#?secret=')).to.equal(undefined);
    expect(wordpressSecret('#?secret=abc"def')).to.equal(undefined);
    expect(wordpressSecret('#?secret=a-b')).to.equal(undefined);
  });
});
