/**
 * Lazily loaded chunks of the CDN bundles, fetched the way an embedding page
 * fetches them. The event list's add-to-calendar chunk, when it cannot be
 * fetched: an opened activity still shows (without calendar links),
 * `updateComplete` still resolves, "all to calendar" says politely that the files
 * cannot be loaded now, and nothing is thrown. (Only this test asks the server to
 * refuse that chunk: no other test opens an activity in the CDN bundle.)
 */
import {expect, waitUntil} from '@open-wc/testing';
import {openPage} from './embed-page.js';

describe('lazily loaded chunks of the CDN bundles', function () {
  this.timeout(30_000);
  before(() => fetch('/__test/block?module=/dist/cdn/chunks/add-to-calendar'));
  after(() => fetch('/__test/unblock?module=/dist/cdn/chunks/add-to-calendar'));

  it('the event list without its calendar chunk: activities open, the download explains itself, nothing throws', async () => {
    const {frame, win, doc} = await openPage('/test/embed/event-list.html');
    const list = doc.querySelector('ncte-event-list') as HTMLElement & {updateComplete: Promise<boolean>};
    const root = () => list.shadowRoot!;
    await waitUntil(() => root()?.querySelector('details summary'), 'the list shows', {timeout: 15_000});
    const details = root().querySelector<HTMLDetailsElement>('details')!;
    details.querySelector<HTMLElement>('summary')!.click();
    await waitUntil(() => details.querySelector('.details-body'), 'the activity opens');
    const settled = await Promise.race([list.updateComplete.then(() => true), new Promise((resolve) => setTimeout(resolve, 8_000, false))]);
    expect(settled, 'updateComplete resolves').to.equal(true);
    expect(details.querySelector('a.ics'), 'no calendar links without their code').to.equal(null);
    expect(details.querySelector('a.share'), 'the link to the activity is there').to.exist;
    root().querySelector<HTMLButtonElement>('button.all-ics')!.click();
    await waitUntil(
      () => /De agendabestanden kunnen nu niet worden geladen/.test(root().querySelector('[role="status"]')?.textContent ?? ''),
      'the failed download is announced',
    );
    const requested = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(requested.some((name) => name.includes('/dist/cdn/chunks/add-to-calendar')), 'the chunk was asked for').to.equal(true);
    expect(win.__errors).to.deep.equal([]);
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });
});
