/**
 * dist/cdn/builder.html as an editor opens it: the built builder script with the
 * options it carries from custom-elements.json, started from a colleague's link,
 * under the page's own strict Content-Security-Policy, loading only the bundle
 * it previews and nothing from elsewhere.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {openPage} from '../embed/embed-page.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('dist/cdn/builder.html', function () {
  this.timeout(30_000);

  it('has a strict policy of its own: no inline script or style, no eval', async () => {
    const page = await (await fetch('/dist/cdn/builder.html')).text();
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(policy).to.contain("default-src 'self'");
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.not.contain('unsafe-');
    expect(page).to.not.match(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).to.not.match(/<style|style="/);
  });

  it('opens a shared link: the configuration, the preview, the feed check and the code', async () => {
    const query = 'widget=event-list&src=%2F__test%2Fsample-feed&gemeente=Zwolle&show-past=true&lang=en&accent=%2301689b';
    const {frame, win, doc} = await openPage(`/dist/cdn/builder.html?${query}`);
    const builder = doc.querySelector('ncte-builder')!;
    await waitUntil(() => builder.shadowRoot?.querySelector('.counts'), 'the feed is checked', {timeout: 15_000});
    const root = builder.shadowRoot!;
    const preview = () => root.querySelector('.preview > ncte-event-list');
    await waitUntil(() => (preview()?.shadowRoot?.textContent?.length ?? 0) > 200, 'the event list previews', {timeout: 15_000});
    expect(preview()!.getAttribute('gemeente')).to.equal('Zwolle');
    expect(preview()!.getAttribute('lang')).to.equal('en');
    // The options came with the built script, from the manifest.
    expect(root.querySelectorAll('.option').length).to.be.greaterThan(10);
    expect(root.querySelectorAll('#option-gemeente-values option').length).to.be.greaterThan(10);
    // Snippets point where the builder is served from.
    expect(text(root.querySelector('#snippet-script'))).to.contain(`src="${location.origin}/dist/cdn/ncte-event-list.js"`);
    expect(text(root.querySelector('#snippet-iframe'))).to.contain(`${location.origin}/dist/cdn/embed.html?widget=event-list&amp;src=`);
    expect(text(root.querySelector('#snippet-iframe'))).to.contain(`<script type="module" src="${location.origin}/dist/cdn/ncte-embed.js"></script>`);
    // The query is kept (a reload keeps it).
    expect(new URLSearchParams(win.location.search).get('gemeente')).to.equal('Zwolle');
    // Only the previewed widget's bundle was loaded, and nothing from another origin.
    const requests = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(requests.filter((name) => new URL(name).origin !== location.origin)).to.deep.equal([]);
    const bundles = requests.filter((name) => /\/dist\/cdn\/ncte-[\w-]+\.js$/.test(name)).map((name) => name.split('/').pop());
    expect(bundles.sort()).to.deep.equal(['ncte-builder.js', 'ncte-event-list.js']);
    frame.remove();
  });
});
