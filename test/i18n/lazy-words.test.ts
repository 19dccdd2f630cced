/**
 * English words load lazily: a Dutch page never fetches them, an English page's
 * first render waits for them (no Dutch first), a language switch keeps the old
 * words until the new ones are in, and a failed load leaves the widget in Dutch.
 */
import {expect, fixtureCleanup, nextFrame, waitUntil} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {LangController} from '../../src/i18n/lang.js';
import {Translations} from '../../src/i18n/strings.js';

/** A loader whose result the test releases by hand. */
function deferredLoader<T>(words: T) {
  let release!: () => void;
  let fail!: (error: Error) => void;
  const calls: number[] = [];
  const gate = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = reject;
  });
  const load = () => {
    calls.push(Date.now());
    return gate.then(() => words);
  };
  return {load, release: () => release(), fail: (error: Error) => fail(error), calls};
}

let tagCount = 0;
/** Defines a small widget that shows one greeting from `strings`. */
function defineGreeter(strings: Translations<{hello: string}>): string {
  const tag = `test-greeter-${++tagCount}`;
  customElements.define(
    tag,
    class extends LitElement {
      private readonly langController = new LangController(this, [strings]);
      protected override scheduleUpdate(): void | Promise<unknown> {
        return this.langController.whenReady(() => super.scheduleUpdate());
      }
      override render() {
        return html`<p>${strings[this.langController.lang].hello}</p>`;
      }
    },
  );
  return tag;
}

const shown = (el: Element) => el.shadowRoot?.querySelector('p')?.textContent ?? '(nothing)';

function place(tag: string, lang?: string): {wrapper: HTMLElement; el: LitElement} {
  const wrapper = document.createElement('div');
  if (lang) wrapper.lang = lang;
  const el = document.createElement(tag) as LitElement;
  wrapper.append(el);
  document.body.append(wrapper);
  return {wrapper, el};
}

describe('lazily loaded English words', () => {
  const removeAfter: HTMLElement[] = [];
  afterEach(() => {
    removeAfter.splice(0).forEach((n) => n.remove());
    fixtureCleanup();
  });

  it('Translations: English is not readable before it is loaded, and loads once', async () => {
    const loader = deferredLoader({hello: 'Hello'});
    const strings = new Translations({hello: 'Hallo'}, loader.load);
    expect(strings.nl.hello).to.equal('Hallo');
    expect(strings.has('nl')).to.equal(true);
    expect(strings.has('en')).to.equal(false);
    expect(() => strings.en).to.throw(/before they were loaded/);
    const both = Promise.all([strings.load('en'), strings.load('en')]);
    loader.release();
    await both;
    expect(loader.calls).to.have.length(1);
    expect(strings.en.hello).to.equal('Hello');
    await strings.load('en');
    expect(loader.calls).to.have.length(1);
  });

  it('Translations: a failed load can be tried again', async () => {
    let attempts = 0;
    const strings = new Translations({hello: 'Hallo'}, () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({hello: 'Hello'})));
    await strings.load('en').then(
      () => expect.fail('the first load should fail'),
      (error: Error) => expect(error.message).to.equal('offline'),
    );
    await strings.load('en');
    expect(strings.en.hello).to.equal('Hello');
    expect(attempts).to.equal(2);
  });

  it('a Dutch page renders at once and never asks for English', async () => {
    const loader = deferredLoader({hello: 'Hello'});
    const tag = defineGreeter(new Translations({hello: 'Hallo'}, loader.load));
    const {wrapper, el} = place(tag, 'nl');
    removeAfter.push(wrapper);
    await el.updateComplete;
    expect(shown(el)).to.equal('Hallo');
    expect(loader.calls).to.have.length(0);
  });

  it('an English page: nothing shows until the English words are in, then English (never Dutch first)', async () => {
    const loader = deferredLoader({hello: 'Hello'});
    const tag = defineGreeter(new Translations({hello: 'Hallo'}, loader.load));
    const {wrapper, el} = place(tag, 'en');
    removeAfter.push(wrapper);
    await nextFrame();
    await nextFrame();
    expect(el.hasUpdated).to.equal(false);
    expect(shown(el)).to.equal('(nothing)');
    loader.release();
    // updateComplete covers the wait, so `await fixture(...)` in widget tests sees English.
    await el.updateComplete;
    expect(shown(el)).to.equal('Hello');
    expect(loader.calls).to.have.length(1);
  });

  it('a second widget on an English page uses the words already loaded, without waiting', async () => {
    const strings = new Translations({hello: 'Hallo'}, () => Promise.resolve({hello: 'Hello'}));
    await strings.load('en');
    const tag = defineGreeter(strings);
    const {wrapper, el} = place(tag, 'en');
    removeAfter.push(wrapper);
    await el.updateComplete;
    expect(shown(el)).to.equal('Hello');
  });

  it('a language switch keeps the old words until the new ones are in', async () => {
    const loader = deferredLoader({hello: 'Hello'});
    const tag = defineGreeter(new Translations({hello: 'Hallo'}, loader.load));
    const {wrapper, el} = place(tag, 'nl');
    removeAfter.push(wrapper);
    await el.updateComplete;
    wrapper.lang = 'en';
    await nextFrame();
    await el.updateComplete;
    expect(shown(el)).to.equal('Hallo');
    loader.release();
    await waitUntil(() => shown(el) === 'Hello', 'switches to English once the words are in');
    wrapper.lang = 'nl';
    await nextFrame();
    await el.updateComplete;
    expect(shown(el)).to.equal('Hallo');
  });

  it('when the English words cannot be loaded, the widget shows Dutch and says why in the console', async () => {
    const loader = deferredLoader({hello: 'Hello'});
    const tag = defineGreeter(new Translations({hello: 'Hallo'}, loader.load));
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const {wrapper, el} = place(tag, 'en');
      removeAfter.push(wrapper);
      loader.fail(new Error('chunk not found'));
      await el.updateComplete;
      expect(shown(el)).to.equal('Hallo');
      expect(warnings.some((w) => String(w[0]).includes('could not be loaded'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });
});
