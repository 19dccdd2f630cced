import {expect} from '@open-wc/testing';
import {validateFeed, FeedError} from '../../src/feed/index.js';
import {sampleFeed} from '../../src/data/sample.js';
import {criterion, event, feedWith, initiative, partner} from './fixtures.js';

const issuesOf = (raw: unknown) => validateFeed(raw).issues;

describe('feed schema and validation', () => {
  it('accepts a minimal valid feed with every section', () => {
    const {feed, issues} = validateFeed(
      feedWith({
        generated: '2026-11-01T09:00:00Z',
        initiatives: [initiative],
        partners: [partner],
        events: [event],
        criteria: {membership: [criterion], etalage: [{...criterion, id: 'bereik', answer: 'number', min: 500}]},
      }),
    );
    expect(issues).to.deep.equal([]);
    expect(feed.initiatives).to.have.length(1);
    expect(feed.partners).to.have.length(1);
    expect(feed.events).to.have.length(1);
    expect(feed.criteria?.etalage?.[0].min).to.equal(500);
  });

  it('accepts the shipped sample feed without a single issue', () => {
    const {feed, issues} = validateFeed(sampleFeed());
    expect(issues).to.deep.equal([]);
    expect(feed.initiatives!.length).to.be.at.least(30);
    expect(feed.partners!.length).to.be.at.least(40);
    expect(feed.events!.length).to.be.at.least(40);
  });

  it('leaves sections out that the feed does not have', () => {
    const {feed} = validateFeed({version: 1, events: [event]});
    expect(feed).to.have.keys(['version', 'events']);
  });

  it('leaves an invalid item out, keeps the valid ones and reports the path', () => {
    const {feed, issues} = validateFeed(
      feedWith({events: [event, {...event, id: 'b', start: 'gisteren'}, {...event, id: 'c'}]}),
    );
    expect(feed.events!.map((e) => e.id)).to.deep.equal(['koffie', 'c']);
    expect(issues).to.have.length(1);
    expect(issues[0].path).to.equal('events[1].start');
  });

  it('reports each kind of invalid item with its path', () => {
    const cases: Array<[unknown, string]> = [
      [feedWith({initiatives: [{...initiative, name: ''}]}), 'initiatives[0].name'],
      [feedWith({initiatives: [{...initiative, name: '   '}]}), 'initiatives[0].name'],
      [feedWith({initiatives: [{...initiative, area: undefined}]}), 'initiatives[0].area'],
      [feedWith({initiatives: [{...initiative, lonelinessTypes: ['verdrietig']}]}), 'initiatives[0].lonelinessTypes[0]'],
      [feedWith({initiatives: [{...initiative, reachPerYear: 12.5}]}), 'initiatives[0].reachPerYear'],
      [feedWith({initiatives: [{...initiative, email: 'geen-adres'}]}), 'initiatives[0].email'],
      [feedWith({partners: [{...partner, sector: 'sport'}]}), 'partners[0].sector'],
      [feedWith({partners: [{...partner, workgroups: [5]}]}), 'partners[0].workgroups[0]'],
      [feedWith({partners: [{...partner, location: {place: 'X', lat: 200, lon: 5}}]}), 'partners[0].location.lat'],
      [feedWith({events: [{...event, end: '2026-09-24T09:00:00+02:00'}]}), 'events[0].end'],
      [feedWith({events: [{...event, location: undefined}]}), 'events[0].location'],
      [feedWith({events: [{...event, start: '2026-09-24T10:00:00'}]}), 'events[0].start'],
      [feedWith({events: [{...event, status: 'maybe'}]}), 'events[0].status'],
      [feedWith({events: [{...event, price: -1}]}), 'events[0].price'],
      [feedWith({criteria: {membership: [{...criterion, answer: 'maybe'}]}}), 'criteria.membership[0].answer'],
      [feedWith({criteria: {membership: [{...criterion, min: 3}]}}), 'criteria.membership[0].min'],
    ];
    for (const [raw, path] of cases) {
      const issues = issuesOf(raw);
      expect(issues.map((i) => i.path), JSON.stringify(raw)).to.include(path);
    }
  });

  it('rejects unsafe links in any case and with hidden whitespace, and normalises safe ones', () => {
    const unsafe = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://example.org/file',
      'file:///etc/passwd',
      '//example.org/protocol-relative',
      'www.example.org',
    ];
    for (const website of unsafe) {
      const {feed, issues} = validateFeed(feedWith({initiatives: [{...initiative, website}]}));
      expect(feed.initiatives, website).to.deep.equal([]);
      expect(issues[0]?.path, website).to.equal('initiatives[0].website');
    }
    for (const field of ['online', 'registration'] as const) {
      const {issues} = validateFeed(feedWith({events: [{...event, [field]: 'javascript:alert(1)'}]}));
      expect(issues[0]?.path).to.equal(`events[0].${field}`);
    }
    const {feed} = validateFeed(feedWith({partners: [{...partner, website: '  HTTPS://Example.org/a b  '}]}));
    expect(feed.partners![0].website).to.equal('https://example.org/a%20b');
  });

  it('ignores unknown fields so newer feeds still load', () => {
    const {feed, issues} = validateFeed({version: 1, future: true, initiatives: [{...initiative, rating: 5}]});
    expect(issues).to.deep.equal([]);
    expect(feed.initiatives![0]).to.not.have.property('rating');
    expect(feed).to.not.have.property('future');
  });

  it('keeps the first of duplicate ids and reports the rest', () => {
    const {feed, issues} = validateFeed(feedWith({partners: [partner, {...partner, name: 'Tweede'}, partner]}));
    expect(feed.partners).to.have.length(1);
    expect(feed.partners![0].name).to.equal('Andersson Elffers Felix');
    expect(issues.map((i) => i.path)).to.deep.equal(['partners[1].id', 'partners[2].id']);
  });

  it('reports a section that is not a list and ignores it', () => {
    const {feed, issues} = validateFeed({version: 1, events: {a: 1}, initiatives: [initiative]});
    expect(feed.events).to.deep.equal([]);
    expect(feed.initiatives).to.have.length(1);
    expect(issues).to.deep.equal([{path: 'events', message: 'expected a list of items; the section is ignored'}]);
  });

  it('throws a clear error for another version, no version or no object', () => {
    const kinds = [
      [{version: 2}, 'version'],
      [{initiatives: []}, 'version'],
      [[], 'shape'],
      [null, 'shape'],
      ['feed', 'shape'],
    ] as const;
    for (const [raw, kind] of kinds) {
      expect(() => validateFeed(raw)).to.throw(FeedError).with.property('kind', kind);
    }
  });

  it('reports, but does not fail on, a bad generated date', () => {
    const {feed, issues} = validateFeed({version: 1, generated: 'vandaag'});
    expect(feed.generated).to.equal(undefined);
    expect(issues[0].path).to.equal('generated');
  });
});
