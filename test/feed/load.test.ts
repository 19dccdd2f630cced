import {expect, aTimeout} from '@open-wc/testing';
import {FeedError, type FeedIssue, loadFeed, parseFeedText, validateFeed} from '../../src/feed/index.js';
import {clearFeedCache} from '../../src/feed/load.js';
import {eventsSection} from '../../src/feed/sections.js';
import {validateSections} from '../../src/feed/validate.js';

const requests = async (key: string) => (await (await fetch(`/__test/count?of=${key}`)).json()).count as number;
const unique = () => Math.random().toString(36).slice(2);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('loadFeed', () => {
  let warn: typeof console.warn;
  beforeEach(() => {
    clearFeedCache();
    warn = console.warn;
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('loads and validates a feed over HTTP', async () => {
    const envelope = await loadFeed('/__test/sample-feed');
    const {feed, issues} = validateFeed(envelope);
    expect(issues).to.deep.equal([]);
    expect(feed.initiatives!.length).to.be.greaterThan(29);
  });

  it('turns an HTTP error into a FeedError with the status', async () => {
    const error = await rejection(loadFeed('/__test/status/500'));
    expect(error).to.be.instanceOf(FeedError);
    expect(error).to.include({kind: 'http', detail: 500});
    expect(await rejection(loadFeed('/__test/status/404'))).to.include({kind: 'http', detail: 404});
  });

  it('turns a network failure into a FeedError', async () => {
    const error = await rejection(loadFeed('http://127.0.0.1:9/feed.json'));
    expect(error).to.include({kind: 'network'});
  });

  it('times out (default 10 s, configurable)', async () => {
    const started = performance.now();
    const error = await rejection(loadFeed(`/__test/sample-feed?delay=3000&key=${unique()}`, {timeout: 150}));
    expect(error).to.include({kind: 'timeout'});
    expect(performance.now() - started).to.be.below(2000);
  });

  it('rejects text that is not JSON, JSON that is not an object, and another version', async () => {
    expect(await rejection(loadFeed('/__test/not-json'))).to.include({kind: 'json'});
    expect(await rejection(loadFeed('/__test/array'))).to.include({kind: 'shape'});
    expect(await rejection(loadFeed('/__test/version-2'))).to.include({kind: 'version', detail: 2});
  });

  it('shares one request between every caller of the same URL, relative or absolute', async () => {
    const key = unique();
    const url = `/__test/sample-feed?delay=50&key=${key}`;
    const results = await Promise.all([loadFeed(url), loadFeed(new URL(url, location.href).href), loadFeed(url)]);
    expect(results[0]).to.equal(results[1]);
    expect(results[1]).to.equal(results[2]);
    expect(await requests(key)).to.equal(1);
    // A later widget on the same page reuses the loaded feed too.
    expect(await loadFeed(url)).to.equal(results[0]);
    expect(await requests(key)).to.equal(1);
  });

  it('loads again on reload (retry), and after a failure', async () => {
    const key = unique();
    const url = `/__test/sample-feed?key=${key}`;
    await loadFeed(url);
    await loadFeed(url, {reload: true});
    expect(await requests(key)).to.equal(2);
    const failing = `/__test/status/503?key=${key}-f`;
    await rejection(loadFeed(failing));
    await rejection(loadFeed(failing));
    expect(await requests(`${key}-f`)).to.equal(2);
  });

  it('aborts the request when the last caller aborts, but not while another still waits', async () => {
    const key = unique();
    const url = `/__test/sample-feed?delay=300&key=${key}`;
    const first = new AbortController();
    const second = new AbortController();
    const a = loadFeed(url, {signal: first.signal});
    const b = loadFeed(url, {signal: second.signal});
    first.abort();
    expect(await rejection(a)).to.have.property('name', 'AbortError');
    const result = await b;
    expect(result.version).to.equal(1);

    const lone = new AbortController();
    const c = loadFeed(`${url}-lone`, {signal: lone.signal});
    await aTimeout(20);
    lone.abort();
    expect(await rejection(c)).to.have.property('name', 'AbortError');
    // The aborted request is not cached: the next caller loads afresh.
    const again = await loadFeed(`${url}-lone`);
    expect(again.version).to.equal(1);
  });

  it('never aborts the request of a caller without a signal when a widget leaves', async () => {
    const url = `/__test/sample-feed?delay=300&key=${unique()}`;
    const kept = loadFeed(url);
    const widget = new AbortController();
    const shared = loadFeed(url, {signal: widget.signal});
    await aTimeout(20);
    widget.abort();
    expect(await rejection(shared)).to.have.property('name', 'AbortError');
    expect((await kept).version).to.equal(1);
  });

  it('validates each section once per feed and reports its problems once', async () => {
    const body = encodeURIComponent(JSON.stringify({version: 1, events: [{id: 'x', title: 'X', start: 'nee', location: {place: 'Ede'}}]}));
    const url = `/__test/json?body=${body}&key=${unique()}`;
    const [a, b] = await Promise.all([loadFeed(url), loadFeed(url)]);
    expect(a).to.equal(b);
    const heard: string[][] = [];
    const onNewIssues = (issues: FeedIssue[]) => heard.push(issues.map((i) => i.path));
    // The invalid event is left out at once; zod is loaded to say why.
    const first = validateSections(a, {events: eventsSection}, {onNewIssues});
    expect(first.feed.events).to.deep.equal([]);
    expect(first.complete).to.be.instanceOf(Promise);
    const final = await first.complete!;
    expect(final.issues.map((i) => i.path)).to.deep.equal(['events[0].start']);
    const second = validateSections(b, {events: eventsSection}, {onNewIssues});
    expect(second.complete).to.equal(undefined);
    expect(second.feed.events).to.equal(final.feed.events);
    expect(second.issues).to.deep.equal(final.issues);
    expect(heard).to.deep.equal([['events[0].start']]);
  });

  it('parses inline JSON text', () => {
    expect(parseFeedText('{"version":1}')).to.deep.equal({version: 1});
    expect(() => parseFeedText('{')).to.throw(FeedError).with.property('kind', 'json');
  });
});
