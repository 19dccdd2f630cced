import {expect} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {firstUpdateInOwnTask} from '../../src/internal/first-update.js';
import {NcteEtalage} from '../../src/etalage/ncte-etalage.element.js';

class FirstUpdateTest extends LitElement {
  override scheduleUpdate(): void | Promise<unknown> {
    return firstUpdateInOwnTask(this, () => super.scheduleUpdate());
  }
  override render() {
    return html`<p>gerenderd</p>`;
  }
  /** What the print controller does in `beforeprint`. */
  renderNow(): void {
    this.performUpdate();
  }
}

/** Lets every queued microtask run (not a new task). */
async function microtasks(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

let tags = 0;
/** An element on the page before its tag is defined, as on a page that loads a CDN bundle. */
function upgradedAtDefine<T extends HTMLElement>(base: CustomElementConstructor): T {
  const tag = `first-update-${++tags}`;
  const element = document.body.appendChild(document.createElement(tag));
  customElements.define(tag, class extends base {});
  return element as T;
}

describe('firstUpdateInOwnTask', () => {
  it('renders an element upgraded at define in a task after the definition, later updates at once', async () => {
    const el = upgradedAtDefine<FirstUpdateTest>(FirstUpdateTest);
    try {
      await microtasks();
      expect(el.hasUpdated, 'not in the microtasks of the define task').to.equal(false);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.equal('gerenderd');
      el.requestUpdate();
      await microtasks();
      expect(el.isUpdatePending, 'a later update runs in the microtask').to.equal(false);
    } finally {
      el.remove();
    }
  });

  it('a synchronous performUpdate() (printing) still renders at once', async () => {
    const el = upgradedAtDefine<FirstUpdateTest>(FirstUpdateTest);
    try {
      el.renderNow();
      expect(el.shadowRoot!.textContent).to.equal('gerenderd');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.equal('gerenderd');
    } finally {
      el.remove();
    }
  });

  it('the Etalage uses it', async () => {
    const el = upgradedAtDefine<NcteEtalage>(NcteEtalage);
    try {
      await microtasks();
      expect(el.hasUpdated).to.equal(false);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.heading')).to.exist;
    } finally {
      el.remove();
    }
  });
});
