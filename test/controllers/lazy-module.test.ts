import {expect} from '@open-wc/testing';
import {LazyModule} from '../../src/controllers/lazy-module.js';

/** A host that counts the updates it was asked for. */
const host = () => {
  const h = {updates: 0, addController() {}, removeController() {}, requestUpdate: () => h.updates++, updateComplete: Promise.resolve(true)};
  return h;
};

describe('LazyModule', () => {
  it('loads once, keeps the module and asks the host to render again', async () => {
    const h = host();
    let imports = 0;
    const lazy = new LazyModule(h, async () => ({answer: ++imports}));
    expect(lazy.value).to.equal(undefined);
    expect(lazy.pending).to.equal(undefined);
    const first = lazy.load();
    expect(lazy.pending).to.equal(first);
    const [a, b] = await Promise.all([first, lazy.load()]);
    expect(a).to.equal(b);
    expect(imports).to.equal(1);
    expect(lazy.value).to.deep.equal({answer: 1});
    expect(lazy.pending).to.equal(undefined);
    expect(h.updates).to.equal(1);
  });

  it('tries again after a failed load (offline), and rejects the failed one', async () => {
    const h = host();
    let attempts = 0;
    const lazy = new LazyModule(h, async () => {
      if (++attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return {ok: true};
    });
    let failure: unknown;
    await lazy.load().catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);
    expect(lazy.value).to.equal(undefined);
    expect(h.updates).to.equal(0);
    expect(await lazy.load()).to.deep.equal({ok: true});
    expect(attempts).to.equal(2);
  });

  it('loads a real chunk', async () => {
    const lazy = new LazyModule(host(), () => import('../../src/event-list/distance.js'));
    const module = await lazy.load();
    expect(module.requestPosition).to.be.a('function');
  });
});
