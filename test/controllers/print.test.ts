import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, html as litHtml} from 'lit';
import {PrintController} from '../../src/controllers/print.js';
import {define} from '../../src/internal/define.js';
import {text} from '../helpers.js';

class TestPrint extends LitElement {
  readonly printer = new PrintController(this, () => this.performUpdate());
  protected override render() {
    return litHtml`<p>${this.printer.printing ? 'alles' : 'pagina 1'}</p>`;
  }
}
define('test-print', TestPrint);

class TestPrintLater extends LitElement {
  readonly printer = new PrintController(this);
  protected override render() {
    return litHtml`<p>${this.printer.printing ? 'alles' : 'pagina 1'}</p>`;
  }
}
define('test-print-later', TestPrintLater);

const shown = (el: Element) => text(el.shadowRoot!.querySelector('p'));

describe('PrintController', () => {
  it('renders for paper within beforeprint, before the browser lays the page out', async () => {
    const el = await fixture<TestPrint>(html`<test-print></test-print>`);
    expect(shown(el)).to.equal('pagina 1');
    let duringEvent = '';
    const peek = () => (duringEvent = shown(el));
    // Listeners run in order: the controller's (added at connect) before this one.
    addEventListener('beforeprint', peek);
    try {
      dispatchEvent(new Event('beforeprint'));
    } finally {
      removeEventListener('beforeprint', peek);
    }
    expect(duringEvent).to.equal('alles');
    expect(el.printer.printing).to.equal(true);
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.printer.printing).to.equal(false);
    expect(shown(el)).to.equal('pagina 1');
  });

  it('without renderNow renders in the next update', async () => {
    const el = await fixture<TestPrintLater>(html`<test-print-later></test-print-later>`);
    dispatchEvent(new Event('beforeprint'));
    expect(shown(el)).to.equal('pagina 1');
    await el.updateComplete;
    expect(shown(el)).to.equal('alles');
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(shown(el)).to.equal('pagina 1');
  });

  it('stops listening when the host leaves the page', async () => {
    const el = await fixture<TestPrint>(html`<test-print></test-print>`);
    el.remove();
    dispatchEvent(new Event('beforeprint'));
    expect(el.printer.printing).to.equal(false);
    dispatchEvent(new Event('afterprint'));
  });
});
