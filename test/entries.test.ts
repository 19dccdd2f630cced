import {expect} from '@open-wc/testing';
import * as root from '../src/index.js';
import * as feed from '../src/feed/index.js';
import * as etalage from '../src/etalage/index.js';
import * as eligibilityCheck from '../src/eligibility-check/index.js';
import * as partnerMap from '../src/partner-map/index.js';
import * as eventList from '../src/event-list/index.js';
// The types each entry promises: this file stops compiling (npm run typecheck) when one goes.
import type {
  Area,
  Criterion,
  CriteriaTrack,
  EventLocation,
  EventStatus,
  Feed,
  FeedEnvelope,
  FeedErrorKind,
  FeedEvent,
  FeedIssue,
  FeedSourceState,
  Initiative,
  LoadOptions,
  LonelinessType,
  Partner,
  Sector,
  ValidatedFeed,
  Workgroup,
} from '../src/feed/index.js';
import type {FilterChangeDetail, InitiativeOpenDetail} from '../src/etalage/index.js';
import type {EligibilityMode, EligibilityResultDetail, StepChangeDetail} from '../src/eligibility-check/index.js';
import type {PartnerGroupBy, PartnerMapView, PartnerSelectDetail} from '../src/partner-map/index.js';
import type {EventSelectDetail} from '../src/event-list/index.js';

export type PromisedTypes = [
  Area, Criterion, CriteriaTrack, EventLocation, EventStatus, Feed, FeedEnvelope, FeedErrorKind, FeedEvent, FeedIssue,
  FeedSourceState, Initiative, LoadOptions, LonelinessType, Partner, Sector, ValidatedFeed, Workgroup,
  FilterChangeDetail, InitiativeOpenDetail, EligibilityMode, EligibilityResultDetail, StepChangeDetail,
  PartnerGroupBy, PartnerMapView, PartnerSelectDetail, EventSelectDetail,
];

// Each public entry exports its elements, their event classes and (feed) the feed API; nothing
// else, so that the modules behind them can change without a breaking release. A change here is a
// change of the public API: say so in the changelog.
const ENTRIES: Record<string, [Record<string, unknown>, string[]]> = {
  'ncte-widgets/feed': [feed, ['FEED_VERSION', 'FeedError', 'FeedIssuesEvent', 'NcteFeed', 'loadFeed', 'parseFeedText', 'validateFeed', 'withEventsInNextEdition']],
  'ncte-widgets/etalage': [etalage, ['FilterChangeEvent', 'InitiativeOpenEvent', 'NcteEtalage']],
  'ncte-widgets/eligibility-check': [eligibilityCheck, ['EligibilityResultEvent', 'NcteEligibilityCheck', 'StepChangeEvent']],
  'ncte-widgets/partner-map': [partnerMap, ['FilterChangeEvent', 'NctePartnerMap', 'PartnerSelectEvent']],
  'ncte-widgets/event-list': [eventList, ['EventSelectEvent', 'FilterChangeEvent', 'NcteEventList']],
};

describe('public entries', () => {
  for (const [name, [module, names]] of Object.entries(ENTRIES)) {
    it(`${name} exports exactly its elements, events and API`, () => {
      expect(Object.keys(module).sort()).to.deep.equal(names);
    });
  }

  it('ncte-widgets exports what the five entries export, together', () => {
    const all = [...new Set(Object.values(ENTRIES).flatMap(([, names]) => names))].sort();
    expect(Object.keys(root).sort()).to.deep.equal(all);
  });

  it('every exported element class is registered under its tag', () => {
    const tags: Record<string, string> = {
      NcteFeed: 'ncte-feed',
      NcteEtalage: 'ncte-etalage',
      NcteEligibilityCheck: 'ncte-eligibility-check',
      NctePartnerMap: 'ncte-partner-map',
      NcteEventList: 'ncte-event-list',
    };
    for (const [name, tag] of Object.entries(tags)) expect(customElements.get(tag), tag).to.equal((root as Record<string, unknown>)[name]);
  });

  it('every exported event class is an Event with its ncte- name', () => {
    for (const [name, value] of Object.entries(root)) {
      if (!name.endsWith('Event')) continue;
      const eventClass = value as {eventName: string; prototype: Event};
      expect(eventClass.prototype, name).to.be.instanceOf(Event);
      expect(eventClass.eventName, name).to.match(/^ncte-[a-z]+(-[a-z]+)+$/);
    }
  });
});
