/**
 * The values a feed holds for an option (the gemeenten of its activities, the
 * themes of its initiatives, …), so an editor picks a spelling that matches.
 * The feed is the validated one: only items a widget would show count.
 */
import type {Feed} from '../feed/schema.js';
import {dutchCollator} from '../i18n/format.js';
import type {WidgetName} from './manifest.js';

/** One value to pick, with a label when the value itself is an id. */
export interface FeedValue {
  value: string;
  label?: string;
}

function unique(values: Iterable<string | undefined>): FeedValue[] {
  const set = new Set<string>();
  for (const value of values) if (typeof value === 'string' && value.trim() !== '') set.add(value);
  return [...set].sort(dutchCollator().compare).map((value) => ({value}));
}

const areaList = (feed: Feed, key: 'gemeenten' | 'provinces') =>
  (feed.initiatives ?? []).flatMap((i) => ('national' in i.area ? [] : (i.area[key] ?? [])));

type Source = (feed: Feed) => FeedValue[];

/** Per widget, per attribute: where its values are in the feed. */
const SOURCES: Partial<Record<WidgetName, Record<string, Source>>> = {
  etalage: {
    gemeente: (feed) => unique(areaList(feed, 'gemeenten')),
    province: (feed) => unique(areaList(feed, 'provinces')),
    audience: (feed) => unique((feed.initiatives ?? []).flatMap((i) => i.audiences ?? [])),
    theme: (feed) => unique((feed.initiatives ?? []).flatMap((i) => i.themes ?? [])),
    initiative: (feed) =>
      (feed.initiatives ?? []).map((i) => ({value: i.id, label: i.name})).sort((a, b) => dutchCollator().compare(a.label, b.label)),
  },
  'event-list': {
    gemeente: (feed) => unique((feed.events ?? []).map((e) => e.location?.gemeente)),
    place: (feed) => unique((feed.events ?? []).map((e) => e.location?.place)),
    audience: (feed) => unique((feed.events ?? []).flatMap((e) => e.audiences ?? [])),
  },
  'partner-map': {
    sector: (feed) => unique((feed.partners ?? []).map((p) => p.sector)),
    workgroup: (feed) => unique((feed.partners ?? []).flatMap((p) => (p.workgroups ?? []).map(String))),
  },
};

/** Whether an option of a widget takes its values from the feed. */
export function hasFeedValues(widget: WidgetName, attribute: string): boolean {
  return SOURCES[widget]?.[attribute] !== undefined;
}

/** The values the feed holds for an option, sorted the Dutch way; empty when the option takes none from the feed. */
export function feedValues(feed: Feed | undefined, widget: WidgetName, attribute: string): FeedValue[] {
  const source = SOURCES[widget]?.[attribute];
  return feed && source ? source(feed) : [];
}
