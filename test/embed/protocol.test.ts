/** The messages between the embed page and ncte-embed.js: what the host accepts, and from where. */
import {expect} from '@open-wc/testing';
import {embedOrigin, eventDetail, eventFields, readFrameMessage} from '../../src/embed/protocol.js';
import {FeedIssuesEvent} from '../../src/events/feed-issues.js';
import {FilterChangeEvent} from '../../src/events/filter-change.js';

describe('embed protocol', () => {
  it('readFrameMessage accepts well-formed heights and events only', () => {
    expect(readFrameMessage({type: 'ncte-embed:height', height: 640})).to.deep.equal({type: 'ncte-embed:height', height: 640});
    expect(readFrameMessage({type: 'ncte-embed:height', height: 0})).to.deep.equal({type: 'ncte-embed:height', height: 0});
    expect(readFrameMessage({type: 'ncte-embed:event', name: 'ncte-filter-change', detail: {query: 'x'}})).to.deep.equal({type: 'ncte-embed:event', name: 'ncte-filter-change', detail: {query: 'x'}});
    expect(readFrameMessage({type: 'ncte-embed:event', name: 'ncte-partner-select'})).to.deep.equal({type: 'ncte-embed:event', name: 'ncte-partner-select', detail: null});
    const refused: unknown[] = [
      null,
      undefined,
      'ncte-embed:height',
      640,
      [],
      {},
      {type: 'ncte-embed:height'},
      {type: 'ncte-embed:height', height: '640'},
      {type: 'ncte-embed:height', height: -1},
      {type: 'ncte-embed:height', height: 12.5},
      {type: 'ncte-embed:height', height: Infinity},
      {type: 'ncte-embed:height', height: NaN},
      {type: 'ncte-embed:height', height: 100_001},
      {type: 'ncte-embed:event', name: 'click'},
      {type: 'ncte-embed:event', name: 'ncte-'},
      {type: 'ncte-embed:event', name: 'ncte-x'},
      {type: 'ncte-embed:event', name: 'NCTE-FILTER-CHANGE'},
      {type: 'ncte-embed:event', name: 'ncte-filter-change<img>'},
      {type: 'ncte-embed:event', name: 42},
      {type: 'ncte-embed:sized'},
      {message: 'height', value: 300, secret: 'abc'},
    ];
    for (const data of refused) expect(readFrameMessage(data), JSON.stringify(data) ?? String(data)).to.equal(undefined);
  });

  it('readFrameMessage keeps extra event fields with plain names only', () => {
    expect(readFrameMessage({type: 'ncte-embed:event', name: 'ncte-feed-issues', detail: {issues: []}, fields: {issues: []}})).to.deep.equal({
      type: 'ncte-embed:event',
      name: 'ncte-feed-issues',
      detail: {issues: []},
      fields: {issues: []},
    });
    const hostile = {
      ...{type: 'x', target: 1, detail: 2, isTrusted: true, timeStamp: 0, defaultPrevented: true, __proto__x: 1, 'a-b': 1, ok: 1},
      // Methods the host page's listeners call, and Object's own.
      ...{preventDefault: 1, stopPropagation: 1, stopImmediatePropagation: 1, composedPath: 0, initEvent: 0, initCustomEvent: 0},
      ...{hasOwnProperty: 0, toString: 0, valueOf: 0, constructor: 0},
    };
    expect(readFrameMessage({type: 'ncte-embed:event', name: 'ncte-a-b', fields: hostile})).to.deep.equal({type: 'ncte-embed:event', name: 'ncte-a-b', detail: null, fields: {ok: 1}});
    expect(readFrameMessage({type: 'ncte-embed:event', name: 'ncte-a-b', fields: 'x'})).to.deep.equal({type: 'ncte-embed:event', name: 'ncte-a-b', detail: null});
  });

  it('embedOrigin: the origin of an http(s) src whose path is the embed page, else nothing', () => {
    const base = 'https://www.gemeente.nl/welzijn/';
    expect(embedOrigin('https://widgets.example.nl/ncte/embed.html?widget=etalage', base)).to.equal('https://widgets.example.nl');
    expect(embedOrigin('http://127.0.0.1:8000/dist/cdn/embed.html', base)).to.equal('http://127.0.0.1:8000');
    expect(embedOrigin('/ncte/embed.html?widget=etalage#?secret=abc', base)).to.equal('https://www.gemeente.nl');
    for (const src of [
      'https://widgets.example.nl/ncte/other.html?embed.html',
      'https://widgets.example.nl/ncte/embed.html.evil',
      'https://widgets.example.nl/ncte/myembed.html',
      'https://www.youtube.com/embed/xyz',
      'https://widgets.example.nl/ncte/embed?widget=etalage',
      'javascript:alert(1)//embed.html',
      'data:text/html,embed.html',
      'about:blank',
      '',
    ]) {
      expect(embedOrigin(src, base), src).to.equal(undefined);
    }
  });

  it('eventDetail copies a detail as JSON, and the fields of an event without one', () => {
    const filter = new FilterChangeEvent({query: 'koken', filters: {audience: ['ouderen']}, resultCount: 3});
    const copy = eventDetail(filter);
    expect(copy).to.deep.equal({query: 'koken', filters: {audience: ['ouderen']}, resultCount: 3});
    expect(copy).to.not.equal(filter.detail);
    const issues = new FeedIssuesEvent([{path: 'events[1].start', message: 'geen datum'} as never]);
    expect(eventDetail(issues)).to.deep.equal({issues: [{path: 'events[1].start', message: 'geen datum'}]});
    expect(eventFields(issues)).to.deep.equal({issues: [{path: 'events[1].start', message: 'geen datum'}]});
    expect(eventFields(filter)).to.deep.equal({});
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(eventDetail(new CustomEvent('ncte-x-y', {detail: cyclic}))).to.equal(null);
    expect(eventDetail(new CustomEvent('ncte-x-y', {detail: {when: new Date(0), skip: undefined}}))).to.deep.equal({when: '1970-01-01T00:00:00.000Z'});
  });
});
