import {expect} from '@open-wc/testing';
import {define} from '../../src/internal/define.js';
import {resolveLang, toSupportedLang} from '../../src/i18n/lang.js';
import {mailtoHref, safeHref, telHref} from '../../src/internal/safe-href.js';

describe('define()', () => {
  it('registers once; a second definition leaves the first and warns once', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define('test-define-twice', First);
    expect(() => define('test-define-twice', Second)).to.not.throw();
    define('test-define-twice', First);
    console.warn = warn;
    expect(customElements.get('test-define-twice')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<test-define-twice> is already defined');
  });
});

describe('language resolution', () => {
  it('maps tags to nl or en', () => {
    expect(toSupportedLang('en')).to.equal('en');
    expect(toSupportedLang('en-GB')).to.equal('en');
    expect(toSupportedLang('EN-us')).to.equal('en');
    expect(toSupportedLang('nl-BE')).to.equal('nl');
    expect(toSupportedLang('fy')).to.equal('nl');
    expect(toSupportedLang('')).to.equal('nl');
    expect(toSupportedLang(null)).to.equal('nl');
  });

  it('takes the element, then the nearest ancestor across shadow roots, then <html>', () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const host = document.createElement('div');
    const root = host.attachShadow({mode: 'open'});
    const inner = document.createElement('span');
    root.append(inner);
    outer.append(host);
    document.body.append(outer);
    expect(resolveLang(inner)).to.equal('en');
    inner.lang = 'nl';
    expect(resolveLang(inner)).to.equal('nl');
    outer.remove();
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    html.setAttribute('lang', 'en');
    const loose = document.createElement('p');
    document.body.append(loose);
    expect(resolveLang(loose)).to.equal('en');
    html.removeAttribute('lang');
    expect(resolveLang(loose)).to.equal('nl');
    if (before !== null) html.setAttribute('lang', before);
    loose.remove();
  });
});

describe('safeHref', () => {
  it('lets http(s), mailto and tel through and nothing else', () => {
    expect(safeHref('https://example.org/x')).to.equal('https://example.org/x');
    expect(safeHref('http://example.org')).to.equal('http://example.org/');
    expect(safeHref('mailto:a@b.nl')).to.equal('mailto:a@b.nl');
    expect(safeHref('tel:+31301234567')).to.equal('tel:+31301234567');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\nscript:x', 'data:text/html,x', 'vbscript:x', 'blob:https://x/y', '', undefined, null]) {
      expect(safeHref(bad), String(bad)).to.equal(undefined);
    }
  });

  it('builds mailto and tel links from plain values', () => {
    expect(mailtoHref('eenzaamheid@aef.nl')).to.equal('mailto:eenzaamheid@aef.nl');
    expect(mailtoHref('x@y.nl?body=<script>')).to.equal(undefined);
    expect(telHref('030 123 45 67')).to.equal('tel:0301234567');
    expect(telHref('+31 (0)30-1234567')).to.equal('tel:+31301234567');
    expect(telHref('bel ons')).to.equal(undefined);
  });
});
