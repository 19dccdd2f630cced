import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {AnnouncerController, ANNOUNCE_PAUSE} from '../../src/controllers/announcer.js';
import {define} from '../../src/internal/define.js';
import {announced, liveText, $} from '../helpers.js';

class TestAnnouncer extends LitElement {
  readonly announcer = new AnnouncerController(this);
  instead = '';
  protected override render() {
    return this.announcer.render(this.instead);
  }
}
define('test-announcer', TestAnnouncer);

const make = () => fixture<TestAnnouncer>(html`<test-announcer></test-announcer>`);
/** The text node of the live region (besides Lit's comment markers). */
const node = (el: TestAnnouncer) => [...$(el, '[role="status"]')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);

describe('AnnouncerController', () => {
  it('renders one polite, atomic live region that starts empty', async () => {
    const el = await make();
    const region = $(el, '[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    expect(liveText(el)).to.equal('');
  });

  it('says a message now', async () => {
    const el = await make();
    el.announcer.announce('Pagina 2 van 3');
    await el.updateComplete;
    expect(liveText(el)).to.equal('Pagina 2 van 3');
  });

  it('says the same message twice as a new node, so it is heard again', async () => {
    const el = await make();
    el.announcer.announce('Er is een probleem');
    await el.updateComplete;
    const first = node(el);
    el.announcer.announce('Er is een probleem');
    await el.updateComplete;
    expect(liveText(el)).to.equal('Er is een probleem');
    expect(node(el)).not.to.equal(first);
    expect(node(el)!.textContent, 'no invisible characters').to.equal('Er is een probleem');
    el.announcer.announce('Er is een probleem');
    await el.updateComplete;
    expect(node(el), 'a third time too').not.to.equal(first);
  });

  it('says a burst of changes once, after the pause, with the latest text', async () => {
    const el = await make();
    el.announcer.announce('4 initiatieven');
    let count = 4;
    const start = performance.now();
    for (const n of [3, 2, 1]) {
      count = n;
      el.announcer.announceAfterPause(() => `${count} initiatieven`);
      await el.updateComplete;
      expect(liveText(el), 'not while typing').to.equal('4 initiatieven');
      expect(el.announcer.pending).to.be.true;
    }
    count = 0;
    await announced(el, '0 initiatieven');
    expect(performance.now() - start).to.be.at.least(ANNOUNCE_PAUSE);
    expect(el.announcer.pending).to.be.false;
  });

  it('a message said now replaces one that waits', async () => {
    const el = await make();
    el.announcer.announceAfterPause('3 initiatieven');
    el.announcer.announce('Pagina 2 van 2');
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_PAUSE + 100));
    await el.updateComplete;
    expect(liveText(el)).to.equal('Pagina 2 van 2');
  });

  it('says the feed state instead while it is given, and forgets a waiting message when disconnected', async () => {
    const el = await make();
    el.announcer.announce('4 initiatieven');
    el.instead = 'Gegevens worden geladen…';
    el.requestUpdate();
    await el.updateComplete;
    expect(liveText(el)).to.equal('Gegevens worden geladen…');
    el.instead = '';
    el.announcer.announceAfterPause('2 initiatieven');
    el.remove();
    expect(el.announcer.pending).to.be.false;
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_PAUSE + 100));
    expect(el.announcer.message).to.equal('4 initiatieven');
  });
});
